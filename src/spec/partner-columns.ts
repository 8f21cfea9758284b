// The header line of a partner list: which column holds the name and which the address, and a finding at
// the header cell of every column that ratsvorlage does not read, with the column it probably means.
import type { CsvCell } from './csv-records.js';
import type { Severity } from './diagnostics.js';
import { nearestName } from './suggest.js';

export const PARTNER_COLUMNS = ['name', 'anschrift'] as const;
export type PartnerColumn = (typeof PARTNER_COLUMNS)[number];

/** Words offices use in their spreadsheets for a column that ratsvorlage calls otherwise. */
const SYNONYMS: Readonly<Record<string, PartnerColumn>> = {
  adresse: 'anschrift',
  address: 'anschrift',
  postanschrift: 'anschrift',
  partner: 'name',
  einrichtung: 'name',
  organisation: 'name',
};

export interface HeaderFinding {
  severity: Severity;
  /** The known column the header cell probably means. */
  meant?: PartnerColumn;
  cell: CsvCell;
  message: string;
  hint: string;
}

export interface PartnerHeader {
  /** The index of each known column that the header names. */
  columns: Partial<Record<PartnerColumn, number>>;
  findings: HeaderFinding[];
}

const KNOWN = 'Die Partnerliste liest die Spalten „name“ und „anschrift“ (groß oder klein geschrieben).';

/** A column the header names twice: only the first is read. */
function repeated(cell: CsvCell, firstIndex: number): HeaderFinding {
  return {
    severity: 'error',
    cell,
    message: `Die Kopfzeile der Partnerliste nennt die Spalte „${cell.text}“ zweimal (auch die ${firstIndex + 1}. Spalte heißt so).`,
    hint: 'Behalten Sie eine der beiden Spalten und löschen oder benennen Sie die andere um.',
  };
}

/**
 * A column that is not read. Where it probably means a known column the header lacks („Nmae“, „Adresse“),
 * its contents would be missing from every agreement: an error. Any other (say „Telefon“) is a warning.
 */
function unknown(cell: CsvCell, meant: PartnerColumn | undefined, present: boolean): HeaderFinding {
  if (meant && !present) {
    return { severity: 'error', meant, cell, message: `Unbekannte Spalte „${cell.text}“ in der Partnerliste. Meinten Sie „${meant}“?`, hint: `${KNOWN} Benennen Sie die Spalte in der Kopfzeile um.` };
  }
  return {
    severity: 'warning',
    cell,
    message: `Die Spalte „${cell.text}“ der Partnerliste wird nicht gelesen; ihr Inhalt erscheint in keiner Vereinbarung.`,
    hint: `${KNOWN} Soll der Inhalt gedruckt werden, übernehmen Sie ihn in „anschrift“ (Zeilen getrennt mit „|“); sonst löschen Sie die Spalte.`,
  };
}

export function readHeader(cells: readonly CsvCell[]): PartnerHeader {
  const columns: PartnerHeader['columns'] = {};
  const findings: HeaderFinding[] = [];
  const others: { cell: CsvCell; meant?: PartnerColumn }[] = [];
  cells.forEach((cell, index) => {
    const key = cell.text.toLowerCase();
    if (key === '') return; // a separator at the end of the header line
    const known = PARTNER_COLUMNS.find((column) => column === key);
    if (!known) others.push({ cell, meant: SYNONYMS[key] ?? nearestName(key, PARTNER_COLUMNS) });
    else if (columns[known] === undefined) columns[known] = index;
    else findings.push(repeated(cell, columns[known]));
  });
  for (const { cell, meant } of others) findings.push(unknown(cell, meant, meant !== undefined && columns[meant] !== undefined));
  return { columns, findings: findings.sort((a, b) => a.cell.column - b.cell.column) };
}
