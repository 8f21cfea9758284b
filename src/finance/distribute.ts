// Cent-exact arithmetic for plans: products, sums and shares whose parts add up to the whole.

/** Cents of quantity × unit price (unit price in euro), rounded half away from zero. */
export function productCents(quantity: number, unitPrice: number): number {
  const cents = quantity * unitPrice * 100;
  return Math.sign(cents) * Math.round(Math.abs(cents) + 1e-9);
}

export const sumCents = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Splits `totalCents` by `weights` so that the parts are whole cents and add up exactly to the total
 * (largest remainder method; ties go to the earlier row). Negative totals are split like positive ones.
 */
export function distributeCents(totalCents: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const weightSum = sumCents(weights);
  if (weightSum <= 0 || weights.some((w) => w < 0)) throw new RangeError('weights must be non-negative with a positive sum');
  const sign = totalCents < 0 ? -1 : 1;
  const total = Math.abs(totalCents);
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map(Math.floor);
  let left = total - sumCents(parts);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts.map((p) => sign * p);
}
