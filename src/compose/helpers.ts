// Handlebars helpers: the only way templates turn values into Markdown.
import Handlebars from 'handlebars';
import { formatGermanDate, parseDate } from '../spec/formats.js';
import { escapeAttribute, escapeMarkdown } from './markdown-escape.js';

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
  /**
   * A Markdown field: {{markdown sachlage}}. Its text is parsed on its own (and cached, so a text shared by
   * many documents is parsed once); the template's Markdown only holds a reference to it.
   */
  markdown: (value: unknown, options: Handlebars.HelperOptions) => {
    const fields = (options.data as { felder?: string[] }).felder;
    if (!fields) throw new Error('the markdown helper needs the field list in the template data');
    fields.push(asText(value).replace(/\r\n?/g, '\n').trim());
    return `::feldref{n="${fields.length - 1}"}`;
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
  /** Whether any entry of a list has a value under the key: {{#if (irgendein beratungsfolge "top")}} */
  irgendein: (list: unknown, key: unknown) =>
    Array.isArray(list) && list.some((entry) => asText((entry as Record<string, unknown> | null)?.[asText(key)]).trim() !== ''),
  /** {{#if (eq a b)}} */
  eq: (a: unknown, b: unknown) => a === b,
};
