// RV401–RV409: stated figures in structured finance tables agree with what they are computed from;
// RV410: a distribution key has the figures it distributes by.
import { evaluateTable } from '../../finance/plan.js';
import { checkMessage } from '../../finance/messages.js';
import type { Finanzen, PlanTable } from '../../finance/types.js';
import { CODES, type Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load.js';
import type { Rule } from './index.js';

const KEY_FIELDS = { einwohner: 'einwohner', gewichte: 'gewicht' } as const;

/** A distribution by inhabitants or weights needs that figure in every row, and not all of them 0. */
function distributionProblem(source: LoadedSpec, table: PlanTable, path: string): Diagnostic | undefined {
  const key = table.verteilung?.schluessel;
  if (key !== 'einwohner' && key !== 'gewichte') return undefined;
  const field = KEY_FIELDS[key];
  const missing = table.zeilen.findIndex((row) => row[field] === undefined);
  const at = missing >= 0 ? `${path}/zeilen/${missing}` : `${path}/verteilung/schluessel`;
  if (missing < 0 && table.zeilen.some((row) => (row[field] ?? 0) > 0)) return undefined;
  const message =
    missing >= 0
      ? `Die Verteilung „${key}“ braucht in jeder Zeile „${field}“; der Zeile „${table.zeilen[missing]!.bezeichnung}“ fehlt die Angabe.`
      : `Die Verteilung „${key}“ braucht mindestens eine Zeile mit „${field}“ über 0.`;
  const hint = `Tragen Sie „${field}: …“ in jeder Zeile ein, oder verteilen Sie mit „schluessel: gleich“ zu gleichen Teilen.`;
  return { code: CODES.distributionKey, severity: 'error', message, hint, ...source.locate(at), path: at };
}

/** Diagnostics for one finance table written at `path` in a spec (any kind of document). */
export function tableDiagnostics(source: LoadedSpec, table: PlanTable, path: string): Diagnostic[] {
  const problem = distributionProblem(source, table, path);
  if (problem) return [problem];
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
