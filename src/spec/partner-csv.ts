// Partner lists as CSV, as offices keep them in a spreadsheet: columns „name“ and „anschrift“
// (address lines separated by „|“), comma, semicolon or tab as separator, quotes for fields with separators.
import { SEPARATORS, type CsvCell, type CsvRecord, type Separator } from './csv-records.js';
import { readCsvFile } from './csv-file.js';
import { readHeader } from './partner-columns.js';
import { CODES, hasErrors, type Diagnostic } from './diagnostics.js';
import type { Location } from './load.js';
import type { Partner } from './types.js';

/** A partner with the place of its name: in the partner list, or in the spec (with its JSON path there). */
export interface PlacedPartner {
  partner: Partner;
  at: Location & { path: string };
}

export interface PartnerList {
  partners: PlacedPartner[];
  diagnostics: Diagnostic[];
}

type Report = (severity: Diagnostic['severity'], at: Pick<CsvCell, 'line' | 'column'>, message: string, hint: string) => void;

/** The record's cell at `index`, or an empty one at the end of the row when the row is shorter. */
function cellAt(record: CsvRecord, index: number): CsvCell {
  return record.cells[index] ?? { text: '', ...record.end };
}

/** The partner of one row below the header, with a finding for each of its cells that is wrong. */
function partnerOfRow(record: CsvRecord, header: { width: number; name: number; address?: number }, separator: Separator, report: Report): Partner {
  const { cells, line } = record;
  const name = (cells[header.name]?.text ?? '').replace(/\s*\n\s*/g, ' ').trim();
  const surplus = cells.slice(header.width).find((c) => c.text !== ''); // a separator at the end of a line leaves only an empty field
  if (surplus) {
    report('error', surplus, `Zeile ${line} der Partnerliste hat ${cells.length} Felder, die Kopfzeile nur ${header.width === 1 ? 'eine Spalte' : `${header.width} Spalten`}.`, `Steht in einem Namen oder einer Anschrift ${SEPARATORS[separator].named}, setzen Sie das Feld in Anführungszeichen${SEPARATORS[separator].quoted}.`);
  }
  if (!name) report('error', cellAt(record, header.name), `In Zeile ${line} der Partnerliste fehlt der Name.`, 'Jede Zeile braucht einen Namen in der Spalte „name“.');
  if (header.address === undefined) return { name, anschrift: [] };
  // Address lines: separated by „|“, or the line breaks of a spreadsheet cell.
  const address = (cells[header.address]?.text ?? '').split(/[|\n]/).map((l) => l.trim()).filter(Boolean);
  if (name && address.length === 0) {
    report('warning', cellAt(record, header.address), `„${name}“ (Zeile ${line} der Partnerliste) hat keine Anschrift; die Vereinbarung erscheint ohne sie.`, 'Tragen Sie die Anschrift in der Spalte „anschrift“ ein, Zeilen getrennt mit „|“.');
  }
  return { name, anschrift: address };
}

/** The partners of a list's records, reporting every finding at once. */
function partnersOfRecords(records: readonly CsvRecord[], separator: Separator, file: string, report: Report): PlacedPartner[] {
  const [head, ...rows] = records;
  if (!head) {
    report('error', { line: 1, column: 1 }, 'Die Partnerliste ist leer.', 'Die erste Zeile nennt die Spalten, z. B. „name;anschrift“; darunter steht je Partner eine Zeile.');
    return [];
  }
  const { columns, findings } = readHeader(head.cells);
  for (const { severity, cell, message, hint } of findings) report(severity, cell, message, hint);
  if (columns.name === undefined) {
    if (!findings.some((f) => f.meant === 'name')) report('error', { line: head.line, column: 1 }, 'Der Partnerliste fehlt die Spalte „name“.', 'Die erste Zeile nennt die Spalten, z. B. „name;anschrift“.');
    return [];
  }
  if (head.cells.length === 1 && rows.length > 0 && rows.every((row) => row.cells.slice(1).some((cell) => cell.text !== ''))) {
    // Every row has more fields than the header names: the header lacks columns, not each row quotes.
    const { named } = SEPARATORS[separator];
    report('error', head.end, `Die Kopfzeile der Partnerliste nennt nur die Spalte „${head.cells[0]!.text}“, die Zeilen darunter haben aber mehrere Felder, getrennt durch ${named}.`, `Ergänzen Sie die Kopfzeile um die übrigen Spalten, getrennt durch ${named}, etwa „anschrift“ für die zweite.`);
    return [];
  }
  const header = { width: head.cells.length, name: columns.name, address: columns.anschrift };
  const partners = rows.map((row) => {
    const { line, column } = cellAt(row, header.name);
    return { partner: partnerOfRow(row, header, separator, report), at: { file, line, column, path: '' } };
  });
  if (partners.length === 0) report('error', { line: head.line, column: 1 }, 'Die Partnerliste enthält keinen Partner.', 'Tragen Sie unter der Kopfzeile je Partner eine Zeile ein.');
  return partners;
}

export async function readPartnerCsv(file: string): Promise<PartnerList> {
  const read = readCsvFile(file, 'Partnerliste', CODES.partnerList);
  if ('diagnostic' in read) return { partners: [], diagnostics: [read.diagnostic] };
  const found: Diagnostic[] = [];
  const report: Report = (severity, at, message, hint) => found.push({ code: CODES.partnerList, severity, message, hint, file, line: at.line, column: at.column, path: '' });
  const partners = partnersOfRecords(read.records, read.separator, file, report);
  return { partners: hasErrors(found) ? [] : partners, diagnostics: found };
}
