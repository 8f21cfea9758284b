// RV401–RV409: stated figures in structured finance tables agree with what they are computed from.
import { evaluateTable } from '../../finance/plan.js';
import { checkMessage } from '../../finance/messages.js';
import type { Finanzen, PlanTable } from '../../finance/types.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load.js';
import type { Rule } from './index.js';

/** Diagnostics for one finance table written at `path` in a spec (any kind of document). */
export function tableDiagnostics(source: LoadedSpec, table: PlanTable, path: string): Diagnostic[] {
  return evaluateTable(table).findings.map((check) => {
    const { code, message, hint } = checkMessage(check);
    const at = `${path}${check.path}`;
    return { code, message, hint, severity: check.takenOver ? 'warning' : 'error', ...source.locate(at), path: at };
  });
}

export const financeConsistency: Rule = (ctx) => {
  const finance = ctx.spec.finanzielle_auswirkungen;
  if (typeof finance !== 'object' || finance === null) return [];
  return ((finance as Finanzen).tabellen ?? []).flatMap((table, t) =>
    tableDiagnostics(ctx.source, table, `/finanzielle_auswirkungen/tabellen/${t}`),
  );
};
