// A list of copies as a spreadsheet (`ausfertigungen_datei: kommunen.csv`): one row per copy, one column
// per field that varies. A column head names a field of the document, nested fields and list entries
// joined by dots („unterschrift.name“, „beratungsfolge.2.gremium“, entries counted from 1). An empty cell
// leaves the field to the shared part, „~“ removes it there. Every value keeps the cell it came from.
import { SEPARATORS, type CsvCell, type CsvRecord, type Separator } from './csv-records.js';
import { readCsvFile } from './csv-file.js';
import { CODES, type Diagnostic } from './diagnostics.js';
import { fieldTypes } from './field-types.js';
import type { Locator } from './basis.js';
import { segmentsToPointer, type PathSegment } from './positions.js';

/** The fields a copy has of its own (a row of the table, an entry of the list), and where each was written. */
export interface CopyLayer extends Locator {
  data: Record<string, unknown>;
}

export interface CopyTable {
  layers: CopyLayer[];
  diagnostics: Diagnostic[];
}

/** Fields that belong to the whole file, not to one copy. */
export const FILE_FIELDS = ['basis', 'ausfertigungen', 'ausfertigungen_datei'];

const HEAD_HINT = 'Ein Spaltenkopf nennt ein Feld der Vorlage: „kommune“, „vorlagen_nr“, „unterschrift.name“ oder „beratungsfolge.2.gremium“ (Einträge einer Liste ab 1 gezählt).';

interface Column {
  /** The field's path, list entries counted from 0. */
  segments: PathSegment[];
  head: CsvCell;
}

type Report = (at: Pick<CsvCell, 'line' | 'column'>, message: string, hint: string) => void;

/** „beratungsfolge.2.gremium“ → ["beratungsfolge", 1, "gremium"]; undefined when it names no field. */
function fieldPath(head: string): PathSegment[] | undefined {
  const parts = head.toLowerCase().split('.').map((part) => part.trim());
  if (parts.some((part) => !/^([a-z_äöüß][a-z0-9_äöüß]*|[1-9]\d{0,2})$/.test(part)) || /^\d/.test(parts[0]!)) return undefined;
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) - 1 : part));
}

const startsWith = (path: readonly PathSegment[], prefix: readonly PathSegment[]) => prefix.every((segment, i) => path[i] === segment);

/** The columns the head row names, each checked: a field name, named once, not inside another column. */
function readColumns(cells: readonly CsvCell[], report: Report): (Column | undefined)[] {
  const columns: (Column | undefined)[] = [];
  for (const head of cells) {
    const segments = head.text === '' ? undefined : fieldPath(head.text);
    if (head.text !== '' && !segments) report(head, `„${head.text}“ ist kein Feldname.`, HEAD_HINT);
    else if (segments && FILE_FIELDS.includes(String(segments[0]))) {
      report(head, `„${head.text}“ gilt für die ganze Datei und kann nicht je Ausfertigung verschieden sein.`, 'Schreiben Sie das Feld in die Vorlage selbst und löschen Sie die Spalte.');
    } else if (segments) {
      const clash = columns.find((c) => c && (startsWith(c.segments, segments) || startsWith(segments, c.segments)));
      if (clash) report(head, `Die Spalte „${head.text}“ überschneidet sich mit der Spalte „${clash.head.text}“ (Spalte ${cells.indexOf(clash.head) + 1}).`, 'Jedes Feld darf nur in einer Spalte stehen; löschen oder benennen Sie eine der beiden um.');
      else {
        columns.push({ segments, head });
        continue;
      }
    }
    columns.push(undefined);
  }
  return columns;
}

/** A cell's text as the value a YAML file would hold for the field: yes/no and figures where the schema wants them. */
function valueOf(text: string, types: readonly string[]): unknown {
  if (text === '~') return null;
  if (types.includes('boolean')) {
    if (/^(ja|true)$/i.test(text)) return true;
    if (/^(nein|false)$/i.test(text)) return false;
  }
  if (types.includes('number') || types.includes('integer')) {
    const german = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) || /^-?\d+(,\d+)?$/.test(text);
    if (german) return Number(text.replaceAll('.', '').replace(',', '.'));
    if (/^-?\d+\.\d{1,2}$/.test(text)) return Number(text);
  }
  return text;
}

/** Entries of a list numbered with gaps (only „beratungsfolge.2.*“ filled) close up: the row's entries in order. */
function closeGaps(placed: readonly { segments: PathSegment[] }[]): (segments: PathSegment[]) => PathSegment[] {
  const used = new Map<string, number[]>();
  for (const { segments } of placed) {
    segments.forEach((segment, i) => {
      if (typeof segment !== 'number') return;
      const list = segmentsToPointer(segments.slice(0, i));
      used.set(list, [...new Set([...(used.get(list) ?? []), segment])].sort((a, b) => a - b));
    });
  }
  return (segments) => segments.map((segment, i) => (typeof segment === 'number' ? used.get(segmentsToPointer(segments.slice(0, i)))!.indexOf(segment) : segment));
}

function setAt(data: Record<string, unknown>, segments: readonly PathSegment[], value: unknown): void {
  let node: Record<string | number, unknown> = data;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) node[segment] = value;
    else node = (node[segment] ??= typeof segments[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
  });
}

/** One row as a copy: its filled cells as fields, and a locator that finds each field's cell. */
function copyOfRow(file: string, record: CsvRecord, columns: readonly (Column | undefined)[], art: unknown): CopyLayer {
  const filled = columns.flatMap((column, i) => {
    const cell = record.cells[i];
    return column && cell && cell.text !== '' ? [{ segments: column.segments, cell, head: column.head }] : [];
  });
  const closed = closeGaps(filled);
  const data: Record<string, unknown> = {};
  const placed = filled.map(({ segments, cell, head }) => {
    const path = closed(segments);
    setAt(data, path, valueOf(cell.text, fieldTypes(art, path)));
    return { pointer: segmentsToPointer(path), cell, head };
  });
  const rowStart = { file, line: record.line, column: 1 };
  // The row as a whole (a field it lacks) is found at the row's start.
  const cellFor = (pointer: string) =>
    pointer === '' ? undefined : placed.find((p) => p.pointer === pointer) ?? placed.find((p) => p.pointer.startsWith(`${pointer}/`) || pointer.startsWith(`${p.pointer}/`));
  return {
    data,
    locate(pointer, anchor = 'value') {
      const target = anchor === 'parent' ? pointer.slice(0, pointer.lastIndexOf('/')) : pointer;
      const found = cellFor(target);
      if (!found) return rowStart;
      const at = anchor === 'key' ? found.head : found.cell;
      return { file, line: at.line, column: at.column };
    },
    locateInText(pointer, line, column) {
      const found = cellFor(pointer);
      if (!found) return rowStart;
      return line === 1 ? { file, line: found.cell.line, column: found.cell.column + column - 1 } : { file, line: found.cell.line + line - 1, column };
    },
  };
}

/** A layer per row of a table's records; every finding about the table itself is reported. */
function layersOfRecords(records: readonly CsvRecord[], separator: Separator, file: string, art: unknown, report: Report): CopyLayer[] {
  const [head, ...rows] = records;
  if (!head || rows.length === 0) {
    report({ line: head?.line ?? 1, column: 1 }, head ? 'Die Ausfertigungsliste enthält keine Ausfertigung.' : 'Die Ausfertigungsliste ist leer.', `Die erste Zeile nennt die Felder, die je Ausfertigung verschieden sind; darunter steht je Ausfertigung eine Zeile. ${HEAD_HINT}`);
    return [];
  }
  const columns = readColumns(head.cells, report);
  for (const row of rows) {
    const surplus = row.cells.slice(head.cells.length).find((cell) => cell.text !== '');
    if (surplus) report(surplus, `Zeile ${row.line} der Ausfertigungsliste hat ${row.cells.length} Felder, die Kopfzeile nur ${head.cells.length}.`, `Steht in einem Feld ${SEPARATORS[separator].named}, setzen Sie das Feld in Anführungszeichen${SEPARATORS[separator].quoted}.`);
  }
  return rows.map((row) => copyOfRow(file, row, columns, art));
}

/** Reads the table of copies; `art` (the shared part's kind of document) tells which cells are yes/no or figures. */
export function readCopyTable(file: string, art: unknown): CopyTable {
  const read = readCsvFile(file, 'Ausfertigungsliste', CODES.copyList);
  if ('diagnostic' in read) return { layers: [], diagnostics: [read.diagnostic] };
  const diagnostics: Diagnostic[] = [];
  const report: Report = (at, message, hint) => diagnostics.push({ code: CODES.copyList, severity: 'error', message, hint, file, line: at.line, column: at.column, path: '' });
  const layers = layersOfRecords(read.records, read.separator, file, art, report);
  return { layers: diagnostics.length ? [] : layers, diagnostics };
}
