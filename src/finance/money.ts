// Euro amounts: German formatting and parsing, computed in whole cents so sums are exact.

const FORMAT = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 16800 → „16.800,00“: the amount without its currency sign. */
export function formatAmount(amount: number): string {
  return FORMAT.format(amount === 0 ? 0 : amount); // -0 would print as „-0,00“
}

/** 16800 → „16.800,00 €“, with a no-break space so the sign never wraps onto its own line. */
export function formatEuro(amount: number): string {
  return `${formatAmount(amount)}\u00a0€`;
}

/** Cents to 15 significant digits: what the user wrote, without the noise of binary arithmetic. */
const exactCents = (amount: number): number => Number((amount * 100).toPrecision(15));

/**
 * Euros → whole cents, rounded half up as a reader expects (1.005 → 101 cents, though 1.005 × 100 is
 * 100.49999… in binary); never -0.
 */
export const toCents = (amount: number): number => Math.round(exactCents(amount)) || 0;
export const fromCents = (cents: number): number => cents / 100;

/** Whether an amount as written has more than two decimals (674786352.82 has not, though × 100 is …81.99999). */
export const hasFractionOfCent = (amount: number): boolean => exactCents(amount) % 1 !== 0;

/** An amount as the user wrote it, in German notation without grouping: 702,004; 0,0000001. */
export const writtenAmount = (amount: number): string => amount.toLocaleString('de-DE', { maximumFractionDigits: 20, useGrouping: false });

const GERMAN_AMOUNT = /^([-−–]?)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€|EUR|Euro)?$/i;

/** „10.000,00 €“, „5.600 €“, „-1.234,5“ → cents; undefined for anything that is not an amount. */
export function parseGermanAmount(text: string): number | undefined {
  const match = GERMAN_AMOUNT.exec(text.trim().replace(/\u00a0/g, ' '));
  if (!match) return undefined;
  const euros = Number(match[2]!.replace(/\./g, ''));
  const cents = Number((match[3] ?? '0').padEnd(2, '0'));
  const value = euros * 100 + cents;
  return match[1] ? -value : value;
}
