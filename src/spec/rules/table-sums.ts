// RV306: a „Summe“/„Gesamt“ row in a Markdown table states what its column adds up to.
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../markdown/parse.js';
import { formatEuro, fromCents, parseGermanAmount } from '../../finance/money.js';
import { SECTIONS } from '../types.js';
import type { Diagnostic } from '../diagnostics.js';
import { finding, type Rule, type RuleContext } from './index.js';

const SUM_ROW = /^\s*(summe|gesamt|insgesamt)/i;
/** Parsing Markdown is the costly part; only texts with a table row that starts with a sum label need it. */
const MAY_HAVE_SUM_ROW = /^\s*\|?\s*(summe|gesamt|insgesamt)[^\n]*\|/im;

function markdownFields(ctx: RuleContext): { path: string; text: string }[] {
  const sections = SECTIONS.flatMap((key) => {
    const text = ctx.spec[key];
    return typeof text === 'string' ? [{ path: `/${key}`, text }] : [];
  });
  const extra = (ctx.spec.weitere_abschnitte ?? []).map((a, i) => ({ path: `/weitere_abschnitte/${i}/text`, text: a.text }));
  return [...sections, ...extra].filter(({ text }) => MAY_HAVE_SUM_ROW.test(text));
}

function tables(text: string): Table[] {
  return parseMarkdown(text).children.filter((n): n is Table => n.type === 'table');
}

function checkTable(ctx: RuleContext, path: string, table: Table): Diagnostic[] {
  const [head, ...rows] = table.children;
  const findings: Diagnostic[] = [];
  let above: typeof rows = [];
  for (const row of rows) {
    const label = toString(row.children[0] ?? { type: 'text', value: '' });
    if (!SUM_ROW.test(label)) {
      above.push(row);
      continue;
    }
    row.children.slice(1).forEach((cell, offset) => {
      const column = offset + 1;
      const stated = parseGermanAmount(toString(cell));
      const values = above.map((r) => toString(r.children[column] ?? { type: 'text', value: '' }));
      const parts = values.filter((v) => v.trim() !== '').map(parseGermanAmount);
      if (stated === undefined || parts.length === 0 || parts.includes(undefined)) return;
      const computed = (parts as number[]).reduce((a, b) => a + b, 0);
      if (computed === stated) return;
      const name = head ? toString(head.children[column] ?? { type: 'text', value: '' }).trim() : '';
      const at = (cell.children[0] ?? cell).position?.start ?? { line: 1, column: 1 };
      findings.push({
        ...finding(ctx, path, {
          code: 'RV306',
          message: `${label.trim()}${name ? ` „${name}“` : ''}: Die Zeilen darüber ergeben ${formatEuro(fromCents(computed))}, angegeben sind ${formatEuro(fromCents(stated))}, Differenz ${formatEuro(fromCents(Math.abs(stated - computed)))}.`,
          hint: 'Prüfen Sie die Beträge der Zeilen und die Summe.',
        }),
        ...ctx.source.locateInText(path, at.line, at.column),
      });
    });
    above = [];
  }
  return findings;
}

export const tableSums: Rule = (ctx) =>
  markdownFields(ctx).flatMap(({ path, text }) => tables(text).flatMap((table) => checkTable(ctx, path, table)));
