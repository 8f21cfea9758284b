// Two partners of one Vereinbarung whose copies would get one file name: the same partner listed twice,
// names that differ only in what a file name leaves out („Verein A e.V.“, „Verein A (e. V.)“), or long names
// that differ only after the point where the file name is cut. Found while validating, from the file names
// render will use (output-name.ts), at the later partner's name in the list (CSV or YAML).
import { slug } from '../batch/safe-name.js';
import { CODES, type Diagnostic } from '../spec/diagnostics.js';
import type { PlacedPartner } from '../spec/partner-csv.js';

/** How file names come from names. */
const FILE_NAME_HINT = 'Dateinamen entstehen aus den Namen: Buchstaben und Ziffern bleiben, alles andere wird zu „-“. Unterscheiden Sie die Namen.';

interface Clash {
  name: string;
  first: { name: string; line: number };
  fileName: string;
}

interface ClashKind {
  applies: (clash: Clash) => boolean;
  message: (clash: Clash) => string;
  hint: string;
}

/** The first kind that applies explains the clash. */
const KINDS: readonly ClashKind[] = [
  {
    applies: ({ name, first }) => name === first.name,
    message: ({ name, first }) => `Der Partner „${name}“ steht zweimal in der Liste, zuerst in Zeile ${first.line}; beide Exemplare bekämen denselben Dateinamen.`,
    hint: 'Jeder Partner erhält ein eigenes Exemplar: Löschen Sie die doppelte Zeile.',
  },
  {
    applies: ({ name, first }) => slug(name, Infinity) === slug(first.name, Infinity),
    message: ({ name, first }) => `Der Partner „${name}“ bekäme denselben Dateinamen wie „${first.name}“ aus Zeile ${first.line}; eines der Exemplare würde das andere überschreiben.`,
    hint: FILE_NAME_HINT,
  },
  {
    applies: ({ name, first }) => slug(name) === slug(first.name),
    message: (clash) => `${cutMessage(clash)} Vom Namen eines Partners gehen nur die ersten 60 Zeichen in den Dateinamen ein.`,
    hint: 'Unterscheiden Sie die beiden Namen weiter vorn.',
  },
  {
    applies: () => true,
    message: (clash) => `${cutMessage(clash)} Ein Dateiname hat höchstens 100 Zeichen, den Namen der Vorlagendatei eingerechnet.`,
    hint: 'Geben Sie der Vorlagendatei einen kürzeren Namen, oder unterscheiden Sie die beiden Namen weiter vorn.',
  },
];

function cutMessage({ name, first, fileName }: Clash): string {
  return `Der Partner „${name}“ bekäme denselben Dateinamen wie „${first.name}“ aus Zeile ${first.line}, weil der Dateiname gekürzt wird: „${fileName}“.`;
}

function clash(second: PlacedPartner, first: PlacedPartner, fileName: string): Diagnostic {
  const found: Clash = { name: second.partner.name, first: { name: first.partner.name, line: first.at.line }, fileName };
  const kind = KINDS.find((k) => k.applies(found))!;
  return { code: CODES.sameOutput, severity: 'error', message: kind.message(found), hint: kind.hint, ...second.at };
}

/** An error for each partner whose copy would get the file name of an earlier one; `fileNames[i]` is that of partner i's copy. */
export function duplicatePartners(partners: readonly PlacedPartner[], fileNames: readonly string[]): Diagnostic[] {
  const seen = new Map<string, PlacedPartner>();
  return partners.flatMap((placed, i) => {
    const fileName = fileNames[i]!;
    const first = seen.get(fileName);
    if (!first) seen.set(fileName, placed);
    return first ? [clash(placed, first, fileName)] : [];
  });
}
