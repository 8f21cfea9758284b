// RV301: the Beratungsfolge runs forward in time and does not start before the Vorlage is dated.
import type { Diagnostic } from '../diagnostics.js';
import { dayNumber, formatGermanDate, parseDate } from '../formats.js';
import { finding, type Rule } from './index.js';

export const beratungsfolgeOrder: Rule = (ctx) => {
  const findings: Diagnostic[] = [];
  const vorlage = parseDate(ctx.spec.datum);
  let previous = vorlage && { day: dayNumber(vorlage), label: `dem Datum der Vorlage (${formatGermanDate(vorlage)})` };
  ctx.spec.beratungsfolge.forEach((beratung, index) => {
    const date = parseDate(beratung.datum);
    if (!date) return;
    if (previous && dayNumber(date) < previous.day) {
      findings.push(
        finding(ctx, `/beratungsfolge/${index}/datum`, {
          code: 'RV301',
          message: `Die Sitzung am ${formatGermanDate(date)} (${beratung.gremium}) liegt vor ${previous.label}.`,
          hint: 'Ordnen Sie die Beratungsfolge nach Sitzungsdatum und prüfen Sie das Datum.',
        }),
      );
    }
    previous = { day: dayNumber(date), label: `der vorherigen Sitzung (${formatGermanDate(date)})` };
  });
  return findings;
};
