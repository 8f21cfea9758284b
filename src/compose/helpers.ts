// Handlebars helpers: the only way templates turn values into Markdown.
import Handlebars from 'handlebars';
import { formatGermanDate, parseDate } from '../spec/formats.js';
import { escapeAttribute, escapeMarkdown } from './markdown-escape.js';

/** Markdown fields sit in a `feld` container so their headings nest below the section heading. */
export const FIELD_FENCE = '::::::';

function asText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

export const helpers: Record<string, Handlebars.HelperDelegate> = {
  /** Plain text, escaped: {{text betreff}} */
  text: (value: unknown) => escapeMarkdown(asText(value)),
  /** Lines kept as lines (hard breaks): {{zeilen betreff}} for text, {{zeilen list}} for a list of texts. */
  zeilen: (value: unknown) => {
    const list = Array.isArray(value) ? value.map(asText) : asText(value).split(/\r?\n/);
    return list.map((line) => escapeMarkdown(line.trim())).filter(Boolean).join('\\\n');
  },
  /** A directive attribute value: {label="{{attr x}}"} */
  attr: (value: unknown) => escapeAttribute(asText(value)),
  /** A Markdown field, passed through inside a `feld` container: {{markdown sachlage}} */
  markdown: (value: unknown) => {
    const body = asText(value).replace(/\r\n?/g, '\n').trim();
    return `${FIELD_FENCE}feld\n${body}\n${FIELD_FENCE}`;
  },
  /** German date from ISO or German input: {{datum datum}} → 31.01.2024 */
  datum: (value: unknown) => {
    const date = parseDate(asText(value));
    return escapeMarkdown(date ? formatGermanDate(date) : asText(value));
  },
  /** Bold plain text, nothing for an empty value (so no stray „****“): {{fett summe}} */
  fett: (value: unknown) => (asText(value).trim() ? `**${escapeMarkdown(asText(value))}**` : ''),
  /** Italic plain text, nothing for an empty value: {{kursiv zeile}} */
  kursiv: (value: unknown) => (asText(value).trim() ? `*${escapeMarkdown(asText(value))}*` : ''),
  /** {{#if (eq a b)}} */
  eq: (a: unknown, b: unknown) => a === b,
};
