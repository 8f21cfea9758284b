// Partner lists as CSV, as offices keep them in a spreadsheet: columns „name“ and „anschrift“
// (address lines separated by „|“), comma, semicolon or tab as separator, quotes for fields with separators.
import { readFile } from 'node:fs/promises';
import { csvRecords, detectSeparator, SEPARATORS, type CsvCell, type CsvRecord } from './csv-records.js';
import { decodeText, notUtf8Message } from './text-file.js';
import type { Diagnostic } from './diagnostics.js';
import type { Partner } from './types.js';

export interface PartnerList {
  partners: Partner[];
  diagnostics: Diagnostic[];
}

/** The record's cell at `index`, or an empty one at the end of the row when the row is shorter. */
function cellAt(record: CsvRecord, index: number): CsvCell {
  return record.cells[index] ?? { text: '', ...record.end };
}

export async function readPartnerCsv(file: string): Promise<PartnerList> {
  const problem = (line: number, message: string, hint: string, column = 1): PartnerList => ({
    partners: [],
    diagnostics: [{ code: 'RV502', severity: 'error', message, hint, file, line, column, path: '' }],
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return problem(1, `Die Partnerliste „${file}“ lässt sich nicht lesen.`, 'Der Pfad gilt relativ zum Ordner der Vereinbarung.');
  }
  const decoded = decodeText(bytes);
  if (!('text' in decoded)) {
    const { message, hint } = notUtf8Message(decoded.notUtf8.utf16, file);
    return problem(decoded.notUtf8.line, message, hint);
  }
  const text = decoded.text;
  const separator = detectSeparator(text);
  const { records, openQuote } = csvRecords(text, separator);
  if (openQuote) {
    return problem(openQuote.line, `In Zeile ${openQuote.line} der Partnerliste beginnt ein Feld mit Anführungszeichen, das nicht geschlossen wird.`, 'Schließen Sie das Feld mit einem zweiten " ab; ein " im Text wird verdoppelt ("").', openQuote.column);
  }
  const columns = (records[0]?.cells ?? []).map((c) => c.text.toLowerCase());
  const nameColumn = columns.indexOf('name');
  const addressColumn = columns.indexOf('anschrift');
  if (nameColumn < 0) return problem(records[0]?.line ?? 1, 'Der Partnerliste fehlt die Spalte „name“.', 'Die erste Zeile nennt die Spalten, z. B. „name;anschrift“.');
  const partners: Partner[] = [];
  const found: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], at: CsvCell, message: string, hint: string) =>
    found.push({ code: 'RV502', severity, message, hint, file, line: at.line, column: at.column, path: '' });
  for (const record of records.slice(1)) {
    const { cells, line } = record;
    const name = (cells[nameColumn]?.text ?? '').replace(/\s*\n\s*/g, ' ').trim();
    const surplus = cells.slice(columns.length).find((c) => c.text !== ''); // a separator at the end of a line leaves only an empty field
    if (surplus) {
      report('error', surplus, `Zeile ${line} der Partnerliste hat ${cells.length} Felder, die Kopfzeile nur ${columns.length} Spalten.`, `Steht in einem Namen oder einer Anschrift ${SEPARATORS[separator].named}, setzen Sie das Feld in Anführungszeichen${SEPARATORS[separator].quoted}.`);
    }
    if (!name) report('error', cellAt(record, nameColumn), `In Zeile ${line} der Partnerliste fehlt der Name.`, 'Jede Zeile braucht einen Namen in der Spalte „name“.');
    // Address lines: separated by „|“, or the line breaks of a spreadsheet cell.
    const address = addressColumn >= 0 ? (cells[addressColumn]?.text ?? '').split(/[|\n]/).map((l) => l.trim()).filter(Boolean) : [];
    if (name && addressColumn >= 0 && address.length === 0) {
      report('warning', cellAt(record, addressColumn), `„${name}“ (Zeile ${line} der Partnerliste) hat keine Anschrift; die Vereinbarung erscheint ohne sie.`, 'Tragen Sie die Anschrift in der Spalte „anschrift“ ein, Zeilen getrennt mit „|“.');
    }
    partners.push({ name, anschrift: address });
  }
  if (found.some((d) => d.severity === 'error')) return { partners: [], diagnostics: found };
  if (partners.length === 0) return problem(records[0]!.line, 'Die Partnerliste enthält keinen Partner.', 'Tragen Sie unter der Kopfzeile je Partner eine Zeile ein.');
  return { partners, diagnostics: found };
}
