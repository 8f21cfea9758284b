// The quotes a language sets around a quotation, for words marked with :sprache[…]{lang=…}. A language
// missing here keeps the straight quotes as written: better a plain " than another language's marks.
import { GERMAN_QUOTES, type QuoteMarks } from './quotes.js';

const NBSP = '\u00a0';
const SWISS: QuoteMarks = {
  double: { open: '\u00ab', close: '\u00bb' },
  single: { open: '\u2039', close: '\u203a' },
};

/** By BCP 47 tag: a region's own marks first, then the language's. */
const MARKS = new Map<string, QuoteMarks>([
  ['de', GERMAN_QUOTES],
  ['de-CH', SWISS],
  ['de-LI', SWISS],
  ['en', { double: { open: '\u201c', close: '\u201d' }, single: { open: '\u2018', close: '\u2019' } }],
  // French sets a no-break space inside the guillemets (« bien commun ») and English quotes inside those.
  ['fr', { double: { open: `\u00ab${NBSP}`, close: `${NBSP}\u00bb` }, single: { open: '\u201c', close: '\u201d' } }],
]);

export function quotesOf(lang: string): QuoteMarks | undefined {
  return MARKS.get(lang) ?? MARKS.get(lang.split('-')[0]!);
}
