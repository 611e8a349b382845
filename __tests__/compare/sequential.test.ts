import { describe, expect, it } from 'vitest';
import { DEFAULT_STATISTICS, INTERIM_SHARE, compare, lookLevels, lookPoints } from '../../src/compare/index.js';
import { config, uniformCases } from './build.js';

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

describe('an early look and the latency tail', () => {
  it('compares a p95 at an interim look only from 200 answered calls per model, and says so in the report of an early stop', () => {
    const set = uniformCases(100, { baseline: 1, candidate: 1 });
    const interim = compare({ config: config(), graded: set.cases, records: set.records, statistics: lookLevels(DEFAULT_STATISTICS, 4, false) });
    const p95 = interim.checks.find((c) => c.metric === 'p95Latency');
    expect(p95?.status).toBe('inconclusive');
    expect(p95?.unmeasured).toMatch(/decided at an early look, which compares a p95 only from 200 answered calls per model, and one model had 100/);
    // The final look compares it from 60 calls.
    const final = compare({ config: config(), graded: set.cases, records: set.records, statistics: lookLevels(DEFAULT_STATISTICS, 4, true) });
    expect(final.checks.find((c) => c.metric === 'p95Latency')?.unmeasured).toBeUndefined();
    const big = uniformCases(200, { baseline: 1, candidate: 1 });
    const interimBig = compare({ config: config(), graded: big.cases, records: big.records, statistics: lookLevels(DEFAULT_STATISTICS, 4, false) });
    expect(interimBig.checks.find((c) => c.metric === 'p95Latency')?.unmeasured).toBeUndefined();
  });
});
