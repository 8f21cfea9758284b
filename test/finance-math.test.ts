// The arithmetic of plans: products, sums and shares, to the cent.
import { describe, expect, it } from 'vitest';
import { distributeCents, productCents, sumCents } from '../src/finance/distribute.js';
import { formatEuro, parseGermanAmount, toCents } from '../src/finance/money.js';
import { amountFormatter } from '../src/resolve/finance-view.js';

describe('formatEuro', () => {
  it.each([
    [10000, '10.000,00 €'],
    [8866.66, '8.866,66 €'],
    [0, '0,00 €'],
    [-1234.5, '-1.234,50 €'],
    [0.1 + 0.2, '0,30 €'],
  ])('%s → %s', (amount, text) => {
    expect(formatEuro(amount)).toBe(text.replace(' €', '\u00a0€'));
  });
});

describe('amountFormatter', () => {
  // One column never mixes „23.000,-“ with „23.000,50 €“: in the „strich“ style the € is in the column head.
  it.each([
    ['strich', 2_300_000, '23.000,-'],
    ['strich', 130_000_050, '1.300.000,50'],
    ['strich', -50_000, '-500,-'],
    ['strich', 0, '0,-'],
    ['cent', 2_300_000, '23.000,00\u00a0€'],
  ] as const)('%s: %s cents → %s', (style, cents, text) => {
    expect(amountFormatter(style)(cents)).toBe(text);
  });
});

describe('parseGermanAmount', () => {
  it.each([
    ['10.000,00 €', 1_000_000],
    ['5.600 €', 560_000],
    ['23.000,-', undefined],
    ['-1.234,5', -123_450],
    ['0,01', 1],
    ['abc', undefined],
  ])('%s → %s cents', (text, cents) => {
    expect(parseGermanAmount(text)).toBe(cents);
  });
});

describe('productCents', () => {
  it('multiplies quantity and unit price to the cent', () => {
    expect(productCents(24, 800)).toBe(toCents(19200));
    expect(productCents(28, 950)).toBe(toCents(26600));
    expect(productCents(5.5, 31.91)).toBe(17551); // 175,505 € rounds half up to 175,51 €
    expect(productCents(3, 8866.66)).toBe(2_659_998);
    expect(productCents(-2, 0.005)).toBe(-1);
    expect(productCents(0, 999.99)).toBe(0);
  });
});

describe('distributeCents', () => {
  it('splits evenly divisible sums exactly', () => {
    expect(distributeCents(toCents(4914), [1, 1, 1, 1, 1, 1, 1])).toEqual(Array(7).fill(70_200));
  });

  it('gives the remaining cents to the largest remainders so the parts add up', () => {
    const parts = distributeCents(toCents(26600), [1, 1, 1]);
    expect(parts).toEqual([886_667, 886_667, 886_666]);
    expect(sumCents(parts)).toBe(toCents(26600));
    expect(distributeCents(100, [1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('splits by population', () => {
    const population = [62995, 29207, 60260, 46564, 91226, 52768, 31292];
    const parts = distributeCents(toCents(64000), population);
    expect(sumCents(parts)).toBe(toCents(64000));
    expect(parts[4]).toBe(1_559_785); // Lünen: 91.226 / 374.312 of 64.000 € = 15.597,854… €
  });

  it('handles negative amounts, zero and a single part', () => {
    expect(distributeCents(-100, [1, 2])).toEqual([-33, -67]);
    expect(distributeCents(0, [3, 4])).toEqual([0, 0]);
    expect(distributeCents(12345, [5])).toEqual([12345]);
  });

  it('refuses weights that cannot split', () => {
    expect(() => distributeCents(100, [0, 0])).toThrow(RangeError);
    expect(() => distributeCents(100, [-1, 2])).toThrow(RangeError);
  });
});
