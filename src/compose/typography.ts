// German typesetting (DIN 5008) of what a keyboard types: spaces that must not break a line (an amount
// stays with its unit, a paragraph sign with its number, „Abs.“ or „Nr.“ with theirs, abbreviations such
// as „z. B.“ stay whole) and straight double quotes, which become German ones („…“).

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
];

export function bindSpaces(text: string): string {
  return RULES.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), text);
}

// A straight quote opens where a word may start: at the start, after a space, a bracket or a dash, or
// after an opening quote (a quote in a quote); anywhere else it closes.
const OPENING_QUOTE = /(?<=^|[\s([{\/\u2013\u2014\u201e-])"/gu;

/** "Kein Kind zurücklassen!" → „Kein Kind zurücklassen!“, as Word sets German quotes while one types. */
export function germanQuotes(text: string): string {
  return text.includes('"') ? text.replace(OPENING_QUOTE, '\u201e').replaceAll('"', '\u201c') : text;
}

/** Every rule on a text as a user typed it. */
export function typeset(text: string): string {
  return germanQuotes(bindSpaces(text));
}
