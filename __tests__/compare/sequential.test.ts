import { describe, expect, it } from 'vitest';
import { DEFAULT_STATISTICS, INTERIM_SHARE, lookLevels, lookPoints } from '../../src/compare/index.js';

describe('lookPoints', () => {
  it('looks at 20/40/60/80% of the set, from 30 cases on', () => {
    expect(lookPoints(400)).toEqual([80, 160, 240, 320]);
    expect(lookPoints(60)).toEqual([36, 48]);
    expect(lookPoints(37)).toEqual([30]);
    expect(lookPoints(36)).toEqual([]);
    expect(lookPoints(1)).toEqual([]);
  });
});

describe('lookLevels', () => {
  const base = { failAlpha: DEFAULT_STATISTICS.failAlpha, confidence: DEFAULT_STATISTICS.confidence };
  const passAlpha = (l: { confidence: number }) => (1 - l.confidence) / 2;

  it('keeps the whole level when no interim look is planned', () => {
    expect(lookLevels(base, 0, true)).toEqual(base);
  });

  it('spends, over all looks, exactly the fixed-sample level (a union bound)', () => {
    for (const looks of [1, 2, 4]) {
      const interim = lookLevels(base, looks, false);
      const final = lookLevels(base, looks, true);
      for (const metric of ['quality', 'qualityPerDollar', 'p95Latency', 'errorRate'] as const) {
        const of = (l: typeof interim) => (typeof l.failAlpha === 'number' ? l.failAlpha : l.failAlpha[metric]!);
        expect(looks * of(interim) + of(final)).toBeCloseTo(of(base), 15);
        expect(of(final)).toBeCloseTo((1 - INTERIM_SHARE) * of(base), 15);
      }
      expect(looks * passAlpha(interim) + passAlpha(final)).toBeCloseTo(passAlpha(base), 15);
    }
  });
});
