import { describe, expect, it } from 'vitest';
import {
  clusterSample,
  clusteredBootstrap,
  nextIndex,
  percentile,
  percentileInterval,
  pointStatistics,
  seedFromHash,
  selectQuantile,
  sortedReplicates,
  standardError,
  xoshiro128ss,
  quantile,
} from '../../src/stats/index.js';

/** Mean of column 1 minus mean of column 0 (a paired difference of means). */
const meanDiff = {
  poolQuantile: 0.95,
  outputs: 1,
  statistic(t: Float64Array, _q: Float64Array, out: Float64Array) {
    out[0] = ((t[1] as number) - (t[0] as number)) / (t[2] as number);
  },
};

/** A paired sample: baseline x, candidate x + effect + noise, one row [x, y, 1] per case. */
function pairedRows(n: number, seed: number, effect: number, noiseSd: number): number[][] {
  const source = xoshiro128ss(seed);
  const u = () => (source() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  return Array.from({ length: n }, () => {
    const x = 50 + 10 * normal();
    return [x, x + effect + noiseSd * normal(), 1];
  });
}

describe('clusteredBootstrap', () => {
  const sample = clusterSample(pairedRows(300, 7, -2, 8), []);

  it('gives the same replicates for the same seed, and others for another seed', () => {
    const a = clusteredBootstrap(sample, { seed: 42, resamples: 500, ...meanDiff })[0];
    const b = clusteredBootstrap(sample, { seed: 42, resamples: 500, ...meanDiff })[0];
    const c = clusteredBootstrap(sample, { seed: 43, resamples: 500, ...meanDiff })[0];
    expect(Array.from(a ?? [])).toEqual(Array.from(b ?? []));
    expect(Array.from(a ?? [])).not.toEqual(Array.from(c ?? []));
  });

  it('agrees with the normal-theory interval of a paired mean difference on a large sample', () => {
    const n = 4000;
    const rows = pairedRows(n, 11, -2, 8);
    const diffs = rows.map(([x, y]) => (y as number) - (x as number));
    const mean = diffs.reduce((s, d) => s + d, 0) / n;
    const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - mean) ** 2, 0) / (n - 1));
    const se = sd / Math.sqrt(n);
    const replicates = clusteredBootstrap(clusterSample(rows, []), { seed: 1, resamples: 4000, ...meanDiff })[0] as Float64Array;
    const [lo, hi] = percentileInterval(sortedReplicates(replicates), 0.95);
    // Monte Carlo error of a B = 4000 percentile end is about 3% of the SE; allow 10%.
    expect(Math.abs(lo - (mean - 1.959964 * se))).toBeLessThan(0.1 * se);
    expect(Math.abs(hi - (mean + 1.959964 * se))).toBeLessThan(0.1 * se);
    expect(Math.abs(standardError(replicates) / se - 1)).toBeLessThan(0.05);
  });

  it('keeps a case’s two sides together, so a constant per-case difference has no spread', () => {
    // Cases differ wildly from each other, but every candidate is exactly its baseline + 3.
    const rows = Array.from({ length: 50 }, (_, i) => [i * i, i * i + 3, 1]);
    const replicates = clusteredBootstrap(clusterSample(rows, []), { seed: 5, resamples: 300, ...meanDiff })[0] as Float64Array;
    for (const r of replicates) expect(r).toBeCloseTo(3, 9);
  });

  it('re-takes the pooled quantile over the drawn cases’ values in every resample', () => {
    // Two cases: one with latencies [1, 2, 3], one with [100]. A resample of (case 0, case 0)
    // pools six values ≤ 3, of (case 1, case 1) two values of 100.
    const sample = clusterSample([[0], [0]], [[[1, 2, 3], [100]]]);
    const seen = new Set<number>();
    const replicates = clusteredBootstrap(sample, {
      seed: 3,
      resamples: 200,
      poolQuantile: 0.5,
      outputs: 1,
      statistic: (_t, q, out) => (out[0] = q[0] as number),
    })[0] as Float64Array;
    for (const r of replicates) seen.add(r);
    // (0,0): median of 1,1,2,2,3,3 = 2; (1,1): 100; mixed: median of 1,2,3,100 = 2.5
    expect([...seen].sort((a, b) => a - b)).toEqual([2, 2.5, 100]);
  });

  it('computes the point statistics on the sample as it is', () => {
    const rows = [
      [1, 4, 1],
      [2, 2, 1],
    ];
    expect(Array.from(pointStatistics(clusterSample(rows, []), meanDiff))).toEqual([1.5]);
  });

  it('returns NaN replicates when there is no case', () => {
    const r = clusteredBootstrap(clusterSample([], []), { seed: 1, resamples: 3, ...meanDiff })[0];
    expect(Array.from(r ?? [])).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });

  it('rejects a resample count that is not a positive integer', () => {
    expect(() => clusteredBootstrap(sample, { seed: 1, resamples: 0, ...meanDiff })).toThrow(/resamples/);
  });
});

describe('selectQuantile', () => {
  it('matches the sorting type-7 quantile on random data of many sizes', () => {
    const source = xoshiro128ss(99);
    for (const n of [1, 2, 3, 5, 20, 101, 1000]) {
      const values = Array.from({ length: n }, () => Math.floor(source() / 1e6));
      for (const p of [0, 0.05, 0.5, 0.95, 0.99, 1]) {
        expect(selectQuantile(Float64Array.from(values), n, p)).toBeCloseTo(quantile(values, p), 9);
      }
    }
  });

  it('handles sorted, reversed and constant inputs', () => {
    const up = Array.from({ length: 200 }, (_, i) => i);
    expect(selectQuantile(Float64Array.from(up), 200, 0.95)).toBeCloseTo(199 * 0.95, 9);
    expect(selectQuantile(Float64Array.from(up.reverse()), 200, 0.95)).toBeCloseTo(199 * 0.95, 9);
    expect(selectQuantile(new Float64Array(50).fill(7), 50, 0.95)).toBe(7);
  });

  it('reads only the first n values of the buffer', () => {
    expect(selectQuantile(Float64Array.from([3, 1, 2, 1000, 1000]), 3, 1)).toBe(3);
  });
});

describe('seeds and percentiles', () => {
  it('seeds from the first 8 hex digits of a content hash', () => {
    expect(seedFromHash('3f2a9c1b04de')).toBe(0x3f2a9c1b);
    expect(seedFromHash('ffffffff')).toBe(0xffffffff);
  });

  it('seeds any other label deterministically', () => {
    expect(seedFromHash('abc')).toBe(seedFromHash('abc'));
    expect(seedFromHash('abc')).not.toBe(seedFromHash('abd'));
  });

  it('draws indices uniformly enough for resampling', () => {
    const source = xoshiro128ss(2024);
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[nextIndex(source, 10)]! += 1;
    // Each count is Binomial(100000, 0.1): sd ≈ 95; allow 5 sd.
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(475);
  });

  it('takes type-7 percentiles of sorted replicates', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // h = 9·0.025 = 0.225 → 1.225; h = 9·0.975 = 8.775 → 9.775
    expect(percentileInterval(sorted, 0.95)[0]).toBeCloseTo(1.225, 12);
    expect(percentileInterval(sorted, 0.95)[1]).toBeCloseTo(9.775, 12);
    expect(percentile(sorted, 0.5)).toBeCloseTo(5.5, 12);
  });

  it('measures the standard error as the replicates’ sample standard deviation', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, sd = √(32/7)
    expect(standardError(Float64Array.from([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });
});
