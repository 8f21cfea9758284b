// German typesetting rules for spaces that must not break a line (DIN 5008): an amount stays with its
// unit, a paragraph sign with its number, „Abs.“ or „Nr.“ with theirs, and abbreviations such as „z. B.“
// stay whole. The space a user typed becomes a no-break space; nothing else changes.

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
