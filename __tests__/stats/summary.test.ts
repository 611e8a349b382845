import { describe, expect, it } from 'vitest';
import { mean, sum, sumBy } from '../../src/stats/index.js';

describe('sum', () => {
  it('is 0 for no values', () => {
    expect(sum([])).toBe(0);
  });

  it('adds ten 0.1 cent costs to exactly 0.01 where naive addition drifts', () => {
    const costs = Array.from({ length: 10 }, () => 0.001);
    let naive = 0;
    for (const c of costs) naive += c;
    expect(naive).not.toBe(0.01); // 0.010000000000000002
    expect(sum(costs)).toBe(0.01);
  });

  it('keeps small values that a large one would swallow', () => {
    // 1e16 + 1 + 1 − 1e16 = 2; naive left-to-right addition gives 0.
    expect(sum([1e16, 1, 1, -1e16])).toBe(2);
  });
});

describe('sumBy', () => {
  it('sums a projection of each item', () => {
    expect(sumBy([{ c: 1.5 }, { c: 2.25 }], (x) => x.c)).toBe(3.75);
  });
});

describe('mean', () => {
  it('is the arithmetic mean', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
  });

  it('is undefined for no values rather than NaN', () => {
    expect(mean([])).toBeUndefined();
  });
});
