// Partner lists as CSV, as offices keep them in a spreadsheet: columns „name“ and „anschrift“
// (address lines separated by „|“), comma or semicolon as separator, quotes for fields with separators.
import { readFile } from 'node:fs/promises';
import { decodeText, notUtf8Message } from './text-file.js';
import type { Diagnostic } from './diagnostics.js';
import type { Partner } from './types.js';

function splitLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) fields.push(field), (field = '');
    else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
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
    const { message, hint } = notUtf8Message(decoded.notUtf8.utf16);
    return problem(decoded.notUtf8.line, message, hint);
  }
  const text = decoded.text;
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const columns = splitLine(header, separator).map((c) => c.toLowerCase());
  const nameColumn = columns.indexOf('name');
  const addressColumn = columns.indexOf('anschrift');
  if (nameColumn < 0) return problem(1, 'Der Partnerliste fehlt die Spalte „name“.', 'Die erste Zeile nennt die Spalten, z. B. „name;anschrift“.');
  const partners: Partner[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const fields = splitLine(lines[i]!, separator);
    const name = fields[nameColumn] ?? '';
    if (!name) return problem(i + 1, `In Zeile ${i + 1} der Partnerliste fehlt der Name.`, 'Jede Zeile braucht einen Namen in der Spalte „name“.');
    const address = addressColumn >= 0 ? (fields[addressColumn] ?? '').split('|').map((l) => l.trim()).filter(Boolean) : [];
    partners.push({ name, anschrift: address });
  }
  if (partners.length === 0) return problem(2, 'Die Partnerliste enthält keinen Partner.', 'Tragen Sie unter der Kopfzeile je Partner eine Zeile ein.');
  return { partners, diagnostics: [] };
}
