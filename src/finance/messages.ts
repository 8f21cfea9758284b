// German messages for finance checks: what was computed, what is stated, and the difference.
import { formatEuro, fromCents } from './money.js';
import type { Check, CheckKind, Formula } from './plan.js';

const euro = (cents: number) => formatEuro(fromCents(cents));
const count = (n: number) => new Intl.NumberFormat('de-DE').format(n);
const quantity = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 }).format(n);

export const FINANCE_CODES: Record<CheckKind, string> = {
  produkt: 'RV401',
  zeilensumme: 'RV402',
  gruppe: 'RV403',
  summe: 'RV404',
  darin: 'RV405',
  spalte: 'RV406',
  anteil: 'RV407',
  hochrechnung: 'RV408',
  einwohner: 'RV409',
};

function columnRange(names: string[]): string {
  if (names.every((n) => /^\d{4}$/.test(n))) return names.length > 1 ? `der Jahre ${names[0]}–${names.at(-1)}` : `des Jahres ${names[0]}`;
  return `der Spalten ${names.map((n) => `„${n}“`).join(', ')}`;
}

const SHARE_KEYS = { gleich: 'Gleicher Anteil', einwohner: 'Anteil nach Einwohnern', gewichte: 'Anteil nach Gewicht' } as const;

const describe: { [T in Formula['type']]: (f: Extract<Formula, { type: T }>) => string } = {
  product: (f) => `${quantity(f.quantity)} × ${euro(f.unitPriceCents)}`,
  columns: (f) => `Summe ${columnRange(f.names)}`,
  children: (f) => `Summe der Unterzeilen von „${f.of}“${f.column ? ` (Spalte „${f.column}“)` : ''}`,
  rows: (f) => `Summe der Zeilen${f.column ? ` (Spalte „${f.column}“)` : ''}`,
  included: (f) => `„darin enthalten“ von „${f.of}“`,
  derived: (f) => `„${f.column}“ = „${f.from}“ × ${quantity(f.factor)}`,
  share: (f) => `${SHARE_KEYS[f.key]} an ${euro(f.totalCents)}`,
  projection: (f) => `${euro(f.baseCents)} × ${quantity(f.factor)}`,
  population: () => 'Summe der Einwohner',
};

export function checkMessage(check: Check): { code: string; message: string; hint: string } {
  const what = describe[check.formula.type](check.formula as never);
  const money = check.kind !== 'einwohner';
  const show = money ? euro : count;
  const difference = show(Math.abs(check.stated - check.computed));
  const message =
    check.kind === 'darin'
      ? `${what} ergibt ${show(check.computed)}, mehr als die ${show(check.stated)} der Zeile (Differenz ${difference}).`
      : `${what}: ${show(check.computed)}, angegeben: ${show(check.stated)}, Differenz ${difference}.`;
  const hint = check.takenOver
    ? 'Als übernommen markiert: Die Zahl wird wie angegeben gedruckt.'
    : 'Korrigieren Sie die Zahl, oder markieren Sie die Zeile mit „uebernommen: true“, wenn sie aus einem beschlossenen Dokument stammt.';
  return { code: FINANCE_CODES[check.kind], message, hint };
}
