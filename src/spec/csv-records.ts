// Splitting CSV text into records and cells, each cell with the line and column where it starts, so that
// every finding about a partner list can point at its cell.

/** The separators a spreadsheet writes, as a hint names them and a field holding one; on a tie the first wins. */
export const SEPARATORS = {
  '\t': { named: 'ein Tabulator', quoted: '' },
  ';': { named: 'ein „;“', quoted: ': "Kita; Hort Süd"' },
  ',': { named: 'ein „,“', quoted: ': "Kita, Hort Süd"' },
} as const;
export type Separator = keyof typeof SEPARATORS;

/**
 * The separator of a CSV text: the one its header line (the first that is not blank) holds most often
 * outside quotes. Excel writes „;“ in German settings, „,“ elsewhere and tabs for „Text (Tabstopp-getrennt)“.
 * A header of one column holds none; then the rows decide: a separator every row holds (the header lacks
 * columns, which the rows then show), else one that no row holds, so that a „,“ in a name stays text.
 */
export function detectSeparator(text: string): Separator {
  const [header = '', ...rows] = text
    .split(/\r\n?|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/"[^"]*"/g, ''));
  const count = (separator: string) => header.split(separator).length - 1;
  const candidates = Object.keys(SEPARATORS) as Separator[];
  const [best] = [...candidates].sort((a, b) => count(b) - count(a));
  if (count(best!) > 0) return best!;
  const inEveryRow = candidates.find((separator) => rows.length > 0 && rows.every((row) => row.includes(separator)));
  return inEveryRow ?? candidates.find((separator) => !rows.some((row) => row.includes(separator))) ?? ',';
}

export interface CsvCell {
  /** The cell's text without surrounding spaces and quotes; a doubled quote read as one. */
  text: string;
  /** Where the cell starts (1-based): its first character that is not a space, or its opening quote. */
  line: number;
  column: number;
}

export interface CsvRecord {
  cells: CsvCell[];
  /** Line of the file where the record starts (1-based). */
  line: number;
  /** Just after its last character: where a missing cell would be written. */
  end: { line: number; column: number };
}

export interface CsvText {
  records: CsvRecord[];
  /** Where a quote opened that is never closed. */
  openQuote?: { line: number; column: number };
}

/**
 * The records of a CSV text. A quoted field may hold separators, doubled quotes and line breaks (Excel
 * writes a cell with several lines so); quotes open a field only at its start, inside („Kita "Sonne"“) they
 * are text. Records with only empty cells (blank lines) are left out.
 */
export function csvRecords(text: string, separator: string): CsvText {
  const records: CsvRecord[] = [];
  let cells: CsvCell[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  /** Where the current cell's text starts, and where the cell itself begins (for an empty cell). */
  let start: { line: number; column: number } | undefined;
  let begin = { line: 1, column: 1 };
  const here = (i: number) => ({ line, column: i - lineStart + 1 });
  const endField = (i: number) => {
    cells.push({ text: field.trim(), ...(start ?? begin) });
    field = '';
    start = undefined;
    begin = here(i + 1);
  };
  const endRecord = (i: number) => {
    endField(i);
    if (cells.some((cell) => cell.text !== '')) records.push({ cells, line: recordLine, end: here(i) });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const newline = ch === '\n' || ch === '\r';
    const at = i;
    if (newline && ch === '\r' && text[i + 1] === '\n') i++;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += newline ? '\n' : ch;
    } else if (ch === separator) endField(at);
    else if (newline) endRecord(at);
    else {
      if (!start && ch.trim() !== '') start = here(at);
      if (ch === '"' && field.trim() === '') quoted = true;
      else field += ch;
    }
    if (newline) {
      line++;
      lineStart = i + 1;
      if (!quoted) (recordLine = line), (begin = here(lineStart));
    }
  }
  if (quoted) return { records, ...(start ? { openQuote: start } : {}) };
  endRecord(text.length);
  return { records };
}

/**
 * A cell as Excel writes it with „;“: in quotes (doubled inside) when it holds „;“, a quote or a line
 * break. A final line break (a profile's block text, `zusatz: |`) is left out.
 */
function csvCell(value: string): string {
  const text = value.trimEnd();
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as a CSV text with „;“, as Excel writes it. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(';')).join('\n') + '\n';
}
