// The Beratungsfolge runs forward in time and does not start before the Vorlage is dated.
import type { Diagnostic } from '../diagnostics.js';
import { dayNumber, formatGermanDate, parseDate } from '../formats.js';
import type { Rule } from './index.js';

export const CODE = 'RV301';

export const beratungsfolgeOrder: Rule = (spec, source) => {
  const findings: Diagnostic[] = [];
  const vorlage = parseDate(spec.datum);
  let previous = vorlage ? { day: dayNumber(vorlage), label: `dem Datum der Vorlage (${formatGermanDate(vorlage)})` } : undefined;
  spec.beratungsfolge.forEach((beratung, index) => {
    const date = parseDate(beratung.datum);
    if (!date) return;
    const path = `/beratungsfolge/${index}/datum`;
    if (previous && dayNumber(date) < previous.day) {
      findings.push({
        code: CODE,
        severity: 'error',
        message: `Die Sitzung am ${formatGermanDate(date)} (${beratung.gremium}) liegt vor ${previous.label}.`,
        hint: 'Ordnen Sie die Beratungsfolge nach Sitzungsdatum und prüfen Sie das Datum.',
        file: source.file,
        ...source.positions.ofValue(path),
        path,
      });
    }
    previous = { day: dayNumber(date), label: `der vorherigen Sitzung (${formatGermanDate(date)})` };
  });
  return findings;
};
