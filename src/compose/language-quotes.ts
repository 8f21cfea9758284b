// The quotes a language sets around a quotation, for words marked with :sprache[…]{lang=…}. A language
// missing here keeps the straight quotes as written: better a plain " than another language's marks.
import { GERMAN_QUOTES, type QuoteMarks } from './typography.js';

const NBSP = '\u00a0';
const GUILLEMETS: QuoteMarks = { open: '\u00ab', close: '\u00bb' };

/** By BCP 47 tag: a region's own marks first, then the language's. */
const MARKS = new Map<string, QuoteMarks>([
  ['de', GERMAN_QUOTES],
  ['de-CH', GUILLEMETS],
  ['de-LI', GUILLEMETS],
  ['en', { open: '\u201c', close: '\u201d' }],
  // French sets a no-break space inside the guillemets: « bien commun ».
  ['fr', { open: `\u00ab${NBSP}`, close: `${NBSP}\u00bb` }],
]);

export function quotesOf(lang: string): QuoteMarks | undefined {
  return MARKS.get(lang) ?? MARKS.get(lang.split('-')[0]!);
}
