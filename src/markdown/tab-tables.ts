// Tables copied from Excel or Word arrive as lines whose cells are separated by tabs. Two or more such
// lines in a row are a table: before parsing they are written as a Markdown table (pipes around and
// between the cells, a delimiter row below the first line, which heads the table), with columns of
// figures set right. Writing the table inserts characters; after parsing, every position in the tree is
// mapped back to the text as the user wrote it (inserted-text.ts), so checks still point at the place in the file.
// A single line with tabs stays a line (scalar-checks.ts makes its tabs spaces).
import type { Insertion } from './inserted-text.js';

/** A tab after the first character of a line that is not blank. */
const INNER_TAB = /\S[^\n]*\t/;
/** A fence of a code block: its lines are code, not cells. */
const FENCE = /^ {0,3}(?:> ?)*(```|~~~)/;
/** What a line pasted from a Word list begins with, before its tab: a bullet or a label („1.“, „a)“, „(2)“). */
const LIST_LABEL = /^\s*(?:[-*+•▪◦●■○□➢‣⁃–—]|\(?[\p{L}\p{N}]{1,2}[.)])$/u;
/** A line that Markdown reads as a quote, heading or table already. */
const OTHER_BLOCK = /^\s*[>#|]/;
/** A figure as a cell holds it: „1.200“, „-3,5 %“, „10.000,00 €“, „12 T€“. */
const FIGURE = /^[-−–+]?\s*\d[\d.,  ]*\s*(?:%|€|EUR|Euro|T€|Mio\.? €)?$/i;

interface Row {
  line: number;
  /** Leading spaces (the row's indentation inside a list item). */
  indent: string;
  cells: string[];
}

function rowOf(line: string, index: number): Row | undefined {
  if (!INNER_TAB.test(line) || OTHER_BLOCK.test(line)) return undefined;
  const indent = /^ */.exec(line)![0];
  const cells = line.slice(indent.length).split('\t');
  if (cells.length === 2 && LIST_LABEL.test(cells[0]!)) return undefined;
  return { line: index, indent, cells };
}

/** The tables in a text: runs of two or more consecutive rows, outside code blocks. */
function tabTables(lines: readonly string[]): Row[][] {
  const tables: Row[][] = [];
  let run: Row[] = [];
  let inCode = false;
  const endRun = () => {
    if (run.length >= 2) tables.push(run);
    run = [];
  };
  lines.forEach((line, index) => {
    if (FENCE.test(line)) inCode = !inCode;
    const row = inCode ? undefined : rowOf(line, index);
    if (row) run.push(row);
    else endRun();
  });
  endRun();
  return tables;
}

/** The text with tabs within a line made spaces, except those that separate the cells of a table. */
export function looseTabsAsSpaces(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const inTables = new Set(tabTables(lines).flatMap((rows) => rows.map((row) => row.line)));
  return lines.map((line, i) => (inTables.has(i) ? line : line.replace(/(?<=\S[^\n]*)\t/g, ' '))).join('\n');
}

const isFigureColumn = (rows: readonly Row[], column: number): boolean => {
  const cells = rows.slice(1).map((row) => (row.cells[column] ?? '').trim()).filter((cell) => cell !== '');
  return cells.length > 0 && cells.every((cell) => FIGURE.test(cell));
};

/**
 * One row as Markdown, with the insertions that make it: a pipe before the first cell, a backslash before
 * a pipe in a cell, a pipe after the last (the head row: as many as make it as wide as the widest row,
 * since GFM drops cells beyond the head's, and then the delimiter row). The tabs become pipes in place.
 */
function rowAsMarkdown(row: Row, start: number, head: string | undefined): { markdown: string; insertions: Insertion[] } {
  const insertions: Insertion[] = [{ at: start + row.indent.length, text: '|' }];
  let at = start + row.indent.length;
  const cells = row.cells.map((cell) => {
    for (let k = cell.indexOf('|'); k >= 0; k = cell.indexOf('|', k + 1)) insertions.push({ at: at + k, text: '\\' });
    at += cell.length + 1;
    return cell.replaceAll('|', '\\|');
  });
  const closing = `|${head ?? ''}`;
  insertions.push({ at: at - 1, text: closing });
  return { markdown: `${row.indent}|${cells.join('|')}${closing}`, insertions };
}

/** The head row's end: pipes for the cells it lacks, then the delimiter row (figures set right). */
function headEnd(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const delimiter = Array.from({ length: width }, (_, c) => (isFigureColumn(rows, c) ? '---:|' : '---|')).join('');
  return `${'|'.repeat(width - rows[0]!.cells.length)}\n${rows[0]!.indent}|${delimiter}`;
}

/** The text with its tab tables written as Markdown tables, and the characters inserted to write them. */
export function tabTablesAsMarkdown(text: string): { markdown: string; insertions: Insertion[] } {
  if (!text.includes('\t')) return { markdown: text, insertions: [] };
  const lines = text.split('\n');
  const tables = tabTables(lines);
  if (tables.length === 0) return { markdown: text, insertions: [] };
  const rows = new Map(tables.flatMap((table) => table.map((row, i) => [row.line, { row, head: i === 0 ? headEnd(table) : undefined }] as const)));
  const lastRows = new Set(tables.map((table) => table.at(-1)!.line));
  const insertions: Insertion[] = [];
  let start = 0;
  const markdown = lines.map((line, i) => {
    const lineStart = start;
    start += line.length + 1;
    const found = rows.get(i);
    if (!found) {
      // A line right after a table would be read as one more row: a blank line ends the table.
      if (lastRows.has(i - 1) && line.trim() !== '') {
        insertions.push({ at: lineStart, text: '\n' });
        return `\n${line}`;
      }
      return line;
    }
    const written = rowAsMarkdown(found.row, lineStart, found.head);
    insertions.push(...written.insertions);
    return written.markdown;
  });
  return { markdown: markdown.join('\n'), insertions };
}
