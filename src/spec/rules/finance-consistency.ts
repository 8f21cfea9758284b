// RV401–RV409: stated figures in structured finance tables agree with what they are computed from.
import { evaluateTable } from '../../finance/plan.js';
import { checkMessage } from '../../finance/messages.js';
import type { Finanzen } from '../../finance/types.js';
import { finding, type Rule } from './index.js';

export const financeConsistency: Rule = (ctx) => {
  const finance = ctx.spec.finanzielle_auswirkungen;
  if (typeof finance !== 'object' || finance === null) return [];
  return ((finance as Finanzen).tabellen ?? []).flatMap((table, t) =>
    evaluateTable(table).findings.map((check) => {
      const { code, message, hint } = checkMessage(check);
      return finding(ctx, `/finanzielle_auswirkungen/tabellen/${t}${check.path}`, {
        code,
        message,
        hint,
        severity: check.takenOver ? 'warning' : 'error',
      });
    }),
  );
};
