// The tests behind each check, on small hand-made samples with known answers.
import { describe, expect, it } from 'vitest';
import {
  pairedMeanBound,
  pairedMeanSample,
  quantileRatio,
  quantileRatioBound,
  rateDifferenceBound,
  rateSummary,
  scoreStatistic,
  signFlipPValue,
  binomialMidP,
  wilson,
  xoshiro128ss,
} from '../../src/stats/index.js';

const flips = { seed: 1, draws: 20_000 };

describe('signFlipPValue', () => {
  it('is the mid-p sign test on 0/1 differences', () => {
    const d = (against: number, forr: number, ties: number) => [...Array(against).fill(-1), ...Array(forr).fill(1), ...Array(ties).fill(0)];
    // n of n against: the exact p is 2⁻ⁿ, the mid-p half of it
    expect(signFlipPValue(d(4, 0, 46), flips)).toBeCloseTo(1 / 32, 12);
    expect(signFlipPValue(d(5, 0, 45), flips)).toBeCloseTo(1 / 64, 12);
    expect(signFlipPValue(d(3, 0, 47), flips)).toBeCloseTo(1 / 16, 12);
    // P(Bin(10, ½) > 8 against) + ½·P(= 8) = (11 + 45/2)/1024
    expect(signFlipPValue(d(8, 2, 0), flips)).toBeCloseTo(33.5 / 1024, 12);
    // balanced: exactly ½
    expect(signFlipPValue(d(3, 3, 10), flips)).toBeCloseTo(0.5, 12);
    expect(signFlipPValue(d(0, 0, 50), flips)).toBe(1);
  });

  it('is exact on graded differences by convolution', () => {
    // |d| = 0.5, 0.5, 1 all against: only the all-negative flip is as low, a tie: ½·1/8
    expect(signFlipPValue([-0.5, -0.5, -1], flips)).toBeCloseTo(1 / 16, 12);
    // −1, +0.5, +0.5 sums to 0: 3 of 8 flips sum below 0 and 2 tie it: (3 + 2/2)/8
    expect(signFlipPValue([-1, 0.5, 0.5], flips)).toBeCloseTo(4 / 8, 12);
  });

  it('falls back to seeded Monte Carlo for continuous differences, close to the exact value', () => {
    const d = [-0.3141, -0.2718, -0.1414, -0.1732, -0.2236, 0.0577];
    // exact: flips of these six with a sum ≤ the observed one (all but the last negative)
    let exact = 0;
    const observed = d.reduce((a, b) => a + b, 0);
    for (let mask = 0; mask < 64; mask++) {
      const s = d.reduce((sum, x, i) => sum + (mask & (1 << i) ? Math.abs(x) : -Math.abs(x)), 0);
      if (s <= observed + 1e-12) exact++;
    }
    const p = signFlipPValue(d, flips);
    expect(Math.abs(p - exact / 64)).toBeLessThan(0.01);
    expect(signFlipPValue(d, flips)).toBe(p);
  });
});

describe('paired mean score bounds', () => {
  it('never gives a zero-width interval on data with no disagreement', () => {
    const s = pairedMeanSample(Array(50).fill(0));
    const lo = pairedMeanBound(s, 0.025, 'lower');
    const hi = pairedMeanBound(s, 0.025, 'upper');
    expect(lo).toBeLessThan(-0.02);
    expect(hi).toBeGreaterThan(0.02);
    expect(lo).toBeCloseTo(-hi, 9);
  });

  it('is Tango\u2019s score statistic on 0/1 differences: the variance at the restricted MLE', () => {
    // 12 against, 4 for, 84 ties; under Δ₀ = p(+1) − p(−1) = −0.02 the likelihood
    // c·log q + b·log(q + Δ₀) + ties·log(1 − 2q − Δ₀) is maximised over q = p(−1) by brute force
    const n = 100;
    const b = 4;
    const c = 12;
    const s = pairedMeanSample([...Array(c).fill(-1), ...Array(b).fill(1), ...Array(n - b - c).fill(0)]);
    const delta = -0.02;
    const ll = (q: number) => c * Math.log(q) + b * Math.log(q + delta) + (n - b - c) * Math.log(1 - 2 * q - delta);
    let lo = -delta + 1e-12;
    let hi = (1 - delta) / 2 - 1e-12;
    for (let i = 0; i < 200; i++) {
      const m1 = lo + (hi - lo) / 3;
      const m2 = hi - (hi - lo) / 3;
      if (ll(m1) < ll(m2)) lo = m1;
      else hi = m2;
    }
    const q = (lo + hi) / 2;
    const variance = q + (q + delta) - delta * delta;
    const tango = ((b - c) / n - delta) / Math.sqrt(variance / n);
    expect(scoreStatistic(s, delta)).toBeCloseTo(tango, 6);
  });

  it('keeps the bounds inside the range of a difference', () => {
    const s = pairedMeanSample([-1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
    expect(pairedMeanBound(s, 0.025, 'lower')).toBeGreaterThanOrEqual(-1);
    expect(pairedMeanBound(s, 0.025, 'upper')).toBeLessThan(0);
  });
});

describe('error-rate bounds', () => {
  it('leaves room for errors when none were seen (Wilson, not [0, 0])', () => {
    const z = 1.959964;
    expect(wilson(0, 60, z)[1]).toBeCloseTo((z * z) / (60 + z * z), 9);
    const none = rateSummary({ errors: Array(60).fill(0), calls: Array(60).fill(1) });
    expect(rateDifferenceBound(none, none, 0.025, 'upper')).toBeCloseTo(0.0601, 3);
    expect(rateDifferenceBound(none, none, 0.025, 'lower')).toBeCloseTo(-0.0601, 3);
  });

  it('counts calls clustered in cases as fewer independent calls', () => {
    // 6 cases × 10 calls, errors all in one case: design effect > 1
    const clustered = rateSummary({ errors: [10, 0, 0, 0, 0, 0], calls: [10, 10, 10, 10, 10, 10] });
    const spread = rateSummary({ errors: [2, 2, 1, 2, 2, 1], calls: [10, 10, 10, 10, 10, 10] });
    expect(clustered.effectiveCalls).toBeLessThan(spread.effectiveCalls);
    expect(spread.effectiveCalls).toBe(60);
  });
});

describe('p95 ratio', () => {
  const source = xoshiro128ss(3);
  const u = () => (source() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());

  it('centres on the type-7 p95 ratio and shrinks with repeats', () => {
    const make = (repeats: number) =>
      Array.from({ length: 300 }, () => {
        const size = Math.exp(0.5 * normal());
        const call = (m: number) => Array.from({ length: repeats }, () => m * size * Math.exp(0.3 * normal()));
        return { baseline: call(50), candidate: call(75) };
      });
    const one = quantileRatio(make(1), 0.95);
    const three = quantileRatio(make(3), 0.95);
    expect(Math.exp(one.log)).toBeCloseTo(one.quantiles.candidate / one.quantiles.baseline, 12);
    expect(three.se).toBeLessThan(one.se);
    expect(quantileRatioBound(one, 0.025, 'lower')).toBeLessThan(one.log);
  });

  it('refuses a p95 from too few calls (infinite standard error)', () => {
    const cases = Array.from({ length: 40 }, (_, i) => ({ baseline: [50 + i], candidate: [60 + i] }));
    expect(quantileRatio(cases, 0.95).se).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('the sign-flip test on 0/1 differences', () => {
  /** Brute force over every sign pattern: the mid-p by definition. */
  function enumerated(d: number[]): number {
    const abs = d.filter((x) => x !== 0).map(Math.abs);
    const observed = d.reduce((s, x) => s + x, 0);
    let below = 0;
    let at = 0;
    for (let mask = 0; mask < 1 << abs.length; mask++) {
      let s = 0;
      abs.forEach((x, i) => (s += mask & (1 << i) ? x : -x));
      if (s < observed - 1e-9) below++;
      else if (Math.abs(s - observed) <= 1e-9) at++;
    }
    return (below + at / 2) / 2 ** abs.length;
  }

  it('is the binomial mid-p, exactly, for any mix of +1, −1 and 0', () => {
    for (const [up, down, zero] of [[0, 4, 0], [3, 9, 5], [7, 7, 2], [12, 3, 0], [1, 0, 9]] as const) {
      const d = [...Array<number>(up).fill(1), ...Array<number>(down).fill(-1), ...Array<number>(zero).fill(0)];
      expect(signFlipPValue(d, { seed: 1, draws: 10 })).toBeCloseTo(enumerated(d), 12);
      expect(signFlipPValue(d.map((x) => x / 2), { seed: 1, draws: 10 })).toBeCloseTo(enumerated(d), 12);
    }
  });

  it('stays exact and finite far past what the convolution handles', () => {
    // 18,000 discordant pairs, 9,000 each way: the mid-p of a fair split is one half.
    const d = [...Array<number>(9000).fill(1), ...Array<number>(9000).fill(-1), ...Array<number>(500).fill(0)];
    expect(signFlipPValue(d, { seed: 1, draws: 10 })).toBeCloseTo(0.5, 9);
    expect(binomialMidP(18_850, 9_000)).toBeGreaterThan(0);
    expect(binomialMidP(18_850, 9_000)).toBeLessThan(1e-8);
  });
});
