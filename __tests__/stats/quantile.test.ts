import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted, quantiles, sortedAscending } from '../../src/stats/index.js';

describe('quantile (type 7, linear interpolation)', () => {
  it('interpolates between the two nearest order statistics', () => {
    // n = 4, p = 0.5 → h = 1.5 → 20 + 0.5·(30 − 20) = 25
    expect(quantile([40, 10, 30, 20], 0.5)).toBe(25);
    // p = 0.95 → h = 2.85 → 30 + 0.85·(40 − 30) = 38.5
    expect(quantile([10, 20, 30, 40], 0.95)).toBeCloseTo(38.5, 12);
  });

  it('matches R quantile(type = 7) on 1..10', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // h = 9·0.95 = 8.55 → 9 + 0.55 = 9.55; h = 9·0.99 = 8.91 → 9.91; h = 9·0.25 = 2.25 → 3.25
    expect(quantile(xs, 0.95)).toBeCloseTo(9.55, 12);
    expect(quantile(xs, 0.99)).toBeCloseTo(9.91, 12);
    expect(quantile(xs, 0.25)).toBeCloseTo(3.25, 12);
  });

  it('gives the minimum at p = 0 and the maximum at p = 1', () => {
    expect(quantile([5, 3, 9], 0)).toBe(3);
    expect(quantile([5, 3, 9], 1)).toBe(9);
  });

  it('returns the single value for every p when there is one value', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([7], 0.99)).toBe(7);
  });

  it('sorts numerically, not as strings', () => {
    expect(sortedAscending([100, 9, 20])).toEqual([9, 20, 100]);
    expect(quantile([100, 9, 20], 0.5)).toBe(20);
  });

  it('leaves its input unsorted', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('computes several quantiles in one pass', () => {
    expect(quantiles([10, 20, 30, 40, 50], [0.5, 0.95, 0.99] as const)).toEqual([30, 48, 49.6]);
  });

  it('refuses an empty list and a p outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(/p must be in \[0, 1\]/);
    expect(() => quantileSorted([1, 2], Number.NaN)).toThrow(RangeError);
  });
});
