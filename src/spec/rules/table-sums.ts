// RV306: a „Summe“/„Gesamt“ row in a Markdown table states what its column adds up to.
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseUserMarkdown } from '../../markdown/parse.js';
import { formatEuro, fromCents, parseGermanAmount } from '../../finance/money.js';
import { SECTIONS } from '../types.js';
import type { Diagnostic } from '../diagnostics.js';
import { finding, type Rule, type RuleContext } from './index.js';

// A sum row is labelled with a word for a total, as a whole word: „Summe Sachkosten“, „Gesamt:“ and
// „Gesamtkosten“ are sums, „Gesamtschule“ or „Summerfest“ are not.
const SUM_WORDS = 'summe|gesamt|insgesamt|zwischensumme|gesamtsumme|endsumme|gesamtbetrag|gesamtkosten|gesamtausgaben|gesamteinnahmen';
const SUM_ROW = new RegExp(`^\\s*(${SUM_WORDS})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * Parsing Markdown is the costly part; only texts with a table row that starts with a sum label need it
 * (cells separated by pipes, or by tabs in a table pasted from Excel).
 */
const MAY_HAVE_SUM_ROW = new RegExp(`^\\s*\\|?\\s*(${SUM_WORDS})(?![\\p{L}\\p{N}])[^\\n]*[|\\t]`, 'imu');
const EURO = /€|\bEUR\b|\bEuro\b/i;

/** Figures as the table writes them: in euros when its cells say so, else as plain German numbers. */
function figureFormat(cells: readonly string[], cents: readonly number[]): (cents: number) => string {
  if (cells.some((cell) => EURO.test(cell))) return (c) => formatEuro(fromCents(c));
  const digits = cents.some((c) => c % 100 !== 0) ? 2 : 0;
  const format = new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (c) => format.format(fromCents(c));
}

/** A header cell as plain text: a line break written as <br> becomes a space. */
const headerText = (text: string) => text.replace(/\s*<br\s*\/?>\s*/gi, ' ').trim();

function markdownFields(ctx: RuleContext): { path: string; text: string }[] {
  const sections = SECTIONS.flatMap((key) => {
    const text = ctx.spec[key];
    return typeof text === 'string' ? [{ path: `/${key}`, text }] : [];
  });
  const extra = (ctx.spec.weitere_abschnitte ?? []).map((a, i) => ({ path: `/weitere_abschnitte/${i}/text`, text: a.text }));
  return [...sections, ...extra].filter(({ text }) => MAY_HAVE_SUM_ROW.test(text));
}

function tables(text: string): Table[] {
  return parseUserMarkdown(text).children.filter((n): n is Table => n.type === 'table');
}

/** A row that breaks down the row above („davon U3“, „darunter …“): a part of it, not an addend. */
const PART_ROW = /^\s*(davon|darunter|hiervon|dabei)(?![\p{L}\p{N}])/iu;

type Row = Table['children'][number];
const cellText = (row: Row, column: number) => toString(row.children[column] ?? { type: 'text', value: '' });

/** The sum of a column over rows, or undefined when a cell is not a figure or no cell is filled. */
function columnSum(rows: readonly Row[], column: number): { cents: number; cells: string[] } | undefined {
  const cells = rows.map((r) => cellText(r, column)).filter((v) => v.trim() !== '');
  const parts = cells.map(parseGermanAmount);
  if (parts.length === 0 || parts.includes(undefined)) return undefined;
  return { cents: (parts as number[]).reduce((a, b) => a + b, 0), cells };
}

/**
 * A sum row states the sum of the rows since the previous sum row, or (a grand total after subtotals)
 * of every row of the table above it; rows that break down the row above („davon“) are not added.
 */
function checkTable(ctx: RuleContext, path: string, table: Table): Diagnostic[] {
  const [head, ...rows] = table.children;
  const findings: Diagnostic[] = [];
  let sinceLastSum: Row[] = [];
  const allAbove: Row[] = [];
  for (const row of rows) {
    const label = cellText(row, 0);
    if (PART_ROW.test(label)) continue;
    if (!SUM_ROW.test(label)) {
      sinceLastSum.push(row);
      allAbove.push(row);
      continue;
    }
    row.children.slice(1).forEach((cell, offset) => {
      const column = offset + 1;
      const stated = parseGermanAmount(toString(cell));
      const candidates = [columnSum(sinceLastSum, column), columnSum(allAbove, column)].filter((c) => c !== undefined);
      const recent = candidates[0];
      if (stated === undefined || recent === undefined || candidates.some((c) => c.cents === stated)) return;
      const name = head ? headerText(cellText(head, column)) : '';
      const figure = figureFormat([toString(cell), ...recent.cells], [recent.cents, stated]);
      const at = (cell.children[0] ?? cell).position?.start ?? { line: 1, column: 1 };
      findings.push({
        ...finding(ctx, path, {
          code: 'RV306',
          message: `${label.trim()}${name ? ` „${name}“` : ''}: Die Zeilen darüber ergeben ${figure(recent.cents)}, angegeben sind ${figure(stated)}, Differenz ${figure(Math.abs(stated - recent.cents))}.`,
          hint: 'Prüfen Sie die Beträge der Zeilen und die Summe. Eine Gesamtsumme nach Zwischensummen zählt alle Zeilen darüber; Zeilen mit „davon“ zählen nicht mit.',
        }),
        ...ctx.source.locateInText(path, at.line, at.column),
      });
    });
    sinceLastSum = [];
  }
  return findings;
}

export const tableSums: Rule = (ctx) =>
  markdownFields(ctx).flatMap(({ path, text }) => tables(text).flatMap((table) => checkTable(ctx, path, table)));
