// Reading a spreadsheet a spec names (a partner list, a list of copies): its bytes as UTF-8 text, split
// into records. What stops the reading (no access, another encoding, a quote never closed) is one
// finding, worded with the list's name.
import { readFileSync } from 'node:fs';
import { csvRecords, detectSeparator, type CsvRecord, type Separator } from './csv-records.js';
import type { Code, Diagnostic } from './diagnostics.js';
import { decodeText, notUtf8Diagnostic } from './text-file.js';

export type CsvFile = { records: CsvRecord[]; separator: Separator } | { diagnostic: Diagnostic };

/** The records of `file`; `list` names it in messages („Partnerliste“: „Die Partnerliste …“, „in Zeile 3 der Partnerliste“). */
export function readCsvFile(file: string, list: string, code: Code): CsvFile {
  const problem = (line: number, column: number, message: string, hint: string): CsvFile => ({ diagnostic: { code, severity: 'error', message, hint, file, line, column, path: '' } });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return problem(1, 1, `Die ${list} „${file}“ lässt sich nicht lesen.`, 'Prüfen Sie, ob Sie die Datei lesen dürfen (Dateirechte).');
  }
  const decoded = decodeText(bytes);
  if (!('text' in decoded)) return { diagnostic: notUtf8Diagnostic(file, decoded.notUtf8, 'spreadsheet') };
  const separator = detectSeparator(decoded.text);
  const { records, openQuote } = csvRecords(decoded.text, separator);
  if (!openQuote) return { records, separator };
  return problem(openQuote.line, openQuote.column, `In Zeile ${openQuote.line} der ${list} beginnt ein Feld mit Anführungszeichen, das nicht geschlossen wird.`, 'Schließen Sie das Feld mit einem zweiten " ab; ein " im Text wird verdoppelt ("").');
}
