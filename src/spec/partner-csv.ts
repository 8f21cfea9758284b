// Partner lists as CSV, as offices keep them in a spreadsheet: columns „name“ and „anschrift“
// (address lines separated by „|“), comma or semicolon as separator, quotes for fields with separators.
import { readFile } from 'node:fs/promises';
import { decodeText, notUtf8Message } from './text-file.js';
import type { Diagnostic } from './diagnostics.js';
import type { Partner } from './types.js';

interface CsvRecord {
  fields: string[];
  /** Line of the file where the record starts (1-based). */
  line: number;
}

/**
 * The records of a CSV text. A quoted field may hold separators, doubled quotes and line breaks (Excel
 * writes a cell with several lines so); a quote left open is reported with the line it opened on.
 */
function csvRecords(text: string, separator: string): { records: CsvRecord[]; openQuoteLine?: number } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field.trim());
    if (fields.some((f) => f !== '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const newline = ch === '\n' || ch === '\r';
    if (newline && ch === '\r' && text[i + 1] === '\n') i++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += newline ? '\n' : ch;
    } else if (ch === '"' && field.trim() === '') (quoted = true), (quoteLine = line); // quotes open a field only at its start; inside („Kita "Sonne"“) they are text
    else if (ch === separator) fields.push(field.trim()), (field = '');
    else if (newline) endRecord();
    else field += ch;
    if (newline) {
      line++;
      if (!quoted) recordLine = line;
    }
  }
  if (quoted) return { records, openQuoteLine: quoteLine };
  endRecord();
  return { records };
}

export interface PartnerList {
  partners: Partner[];
  diagnostics: Diagnostic[];
}

export async function readPartnerCsv(file: string): Promise<PartnerList> {
  const problem = (line: number, message: string, hint: string): PartnerList => ({
    partners: [],
    diagnostics: [{ code: 'RV502', severity: 'error', message, hint, file, line, column: 1, path: '' }],
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
  const header = text.split(/\r\n?|\n/).find((line) => line.trim() !== '') ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const { records, openQuoteLine } = csvRecords(text, separator);
  if (openQuoteLine !== undefined) {
    return problem(openQuoteLine, `In Zeile ${openQuoteLine} der Partnerliste beginnt ein Feld mit Anführungszeichen, das nicht geschlossen wird.`, 'Schließen Sie das Feld mit einem zweiten " ab; ein " im Text wird verdoppelt ("").');
  }
  const columns = (records[0]?.fields ?? []).map((c) => c.toLowerCase());
  const nameColumn = columns.indexOf('name');
  const addressColumn = columns.indexOf('anschrift');
  if (nameColumn < 0) return problem(records[0]?.line ?? 1, 'Der Partnerliste fehlt die Spalte „name“.', 'Die erste Zeile nennt die Spalten, z. B. „name;anschrift“.');
  const partners: Partner[] = [];
  const found: Diagnostic[] = [];
  const report = (severity: Diagnostic['severity'], line: number, message: string, hint: string) =>
    found.push({ code: 'RV502', severity, message, hint, file, line, column: 1, path: '' });
  for (const { fields, line } of records.slice(1)) {
    const name = (fields[nameColumn] ?? '').replace(/\s*\n\s*/g, ' ').trim();
    if (fields.slice(columns.length).some((f) => f !== '')) { // a separator at the end of a line leaves only an empty field
      report('error', line, `Zeile ${line} der Partnerliste hat ${fields.length} Felder, die Kopfzeile nur ${columns.length} Spalten.`, `Steht in einem Namen oder einer Anschrift ein „${separator}“, setzen Sie das Feld in Anführungszeichen: "Kita ${separator} Hort Süd".`);
    }
    if (!name) report('error', line, `In Zeile ${line} der Partnerliste fehlt der Name.`, 'Jede Zeile braucht einen Namen in der Spalte „name“.');
    // Address lines: separated by „|“, or the line breaks of a spreadsheet cell.
    const address = addressColumn >= 0 ? (fields[addressColumn] ?? '').split(/[|\n]/).map((l) => l.trim()).filter(Boolean) : [];
    if (name && addressColumn >= 0 && address.length === 0) {
      report('warning', line, `„${name}“ (Zeile ${line} der Partnerliste) hat keine Anschrift; die Vereinbarung erscheint ohne sie.`, 'Tragen Sie die Anschrift in der Spalte „anschrift“ ein, Zeilen getrennt mit „|“.');
    }
    partners.push({ name, anschrift: address });
  }
  if (found.some((d) => d.severity === 'error')) return { partners: [], diagnostics: found };
  if (partners.length === 0) return problem(2, 'Die Partnerliste enthält keinen Partner.', 'Tragen Sie unter der Kopfzeile je Partner eine Zeile ein.');
  return { partners, diagnostics: found };
}
