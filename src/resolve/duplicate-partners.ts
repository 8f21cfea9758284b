// Two partners of one Vereinbarung whose copies would get one file name: the same partner listed twice,
// or names that differ only in what a file name leaves out („Verein A e.V.“, „Verein A (e. V.)“). Found while
// validating, at the later partner's name in the list (CSV or YAML), so that `validate` and `render` agree.
import { slug } from '../batch/safe-name.js';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import type { PlacedPartner } from '../spec/partner-csv.js';

/** How file names come from names, for every finding about two documents with one file name. */
export const FILE_NAME_HINT = 'Dateinamen entstehen aus den Namen: Buchstaben und Ziffern bleiben, alles andere wird zu „-“. Unterscheiden Sie die Namen.';

function clash(second: PlacedPartner, first: PlacedPartner): Diagnostic {
  const [name, firstName] = [second.partner.name, first.partner.name];
  const message =
    name === firstName
      ? `Der Partner „${name}“ steht zweimal in der Liste, zuerst in Zeile ${first.at.line}; beide Exemplare bekämen denselben Dateinamen.`
      : `Der Partner „${name}“ bekäme denselben Dateinamen wie „${firstName}“ aus Zeile ${first.at.line}; eines der Exemplare würde das andere überschreiben.`;
  const hint = name === firstName ? 'Jeder Partner erhält ein eigenes Exemplar: Löschen Sie die doppelte Zeile.' : FILE_NAME_HINT;
  return { code: CODES.sameOutput, severity: 'error', message, hint, ...second.at };
}

/** An error for each partner whose copy would get the file name of an earlier one. */
export function duplicatePartners(partners: readonly PlacedPartner[]): Diagnostic[] {
  const seen = new Map<string, PlacedPartner>();
  return partners.flatMap((placed) => {
    const key = slug(placed.partner.name);
    const first = seen.get(key);
    if (!first) seen.set(key, placed);
    return first ? [clash(placed, first)] : [];
  });
}
