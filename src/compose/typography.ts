// German typesetting (DIN 5008) of what a keyboard types: spaces that must not break a line (an amount
// stays with its unit, a paragraph sign with its number, „Abs.“ or „Nr.“ with theirs, abbreviations such
// as „z. B.“ stay whole, „6 x“ and a line to fill in with its label) and straight quotes, which become
// German ones („…“, ‚…‘ and the apostrophe ’; see quotes.ts).

import { germanQuotes } from './quotes.js';

const NBSP = '\u00a0';

const RULES: [RegExp, string][] = [
  // 700 €, 12 %, 10.000 EUR, 5 Euro
  [/(\d) (?=(?:€|EUR|Euro|%|Prozent)(?![\p{L}\d]))/gu, `$1${NBSP}`],
  // § 1, §§ 27 ff.
  [/(§§?) (?=\d)/g, `$1${NBSP}`],
  // Abs. 3, Nr. 2, Art. 28, S. 4, Ziff. 1, Satz 2
  [/(?<![\p{L}])(Abs\.|Nr\.|Art\.|S\.|Ziff\.|Satz) (?=\d)/gu, `$1${NBSP}`],
  // z. B., d. h., u. a., i. V. m.
  [/(?<![\p{L}])(\p{L}\.) (?=\p{L}\.)/gu, `$1${NBSP}`],
  // 6 x Lenkungsgruppe, 3 × 5.600 €: a count stays with its „x“, the „x“ with the factor after it
  [/(\d) (?=[x×](?![\p{L}\d]))/gu, `$1${NBSP}`],
  [/(?<![\p{L}\d])([x×]) (?=\d)/gu, `$1${NBSP}`],
  // Datum: _____, Velbert, den ______: a line to fill in stays with its label
  [/(\S) (?=_{3,})/g, `$1${NBSP}`],
];

export function bindSpaces(text: string): string {
  return RULES.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
}

/** Every rule on a text as a user typed it. */
export function typeset(text: string): string {
  return germanQuotes(bindSpaces(text));
}
