// A difference of two error rates, each errors / calls over clusters of calls (a case's
// repeats), by Newcombe's hybrid score interval: Wilson bounds for each rate, combined as
//   lower = Δ̂ − √((p̂₁ − l₁)² + (u₀ − p̂₀)²),   upper = Δ̂ + √((u₁ − p̂₁)² + (p̂₀ − l₀)²)
// (1 = candidate, 0 = baseline). Wilson bounds never collapse on zero counts: 0 errors in 60
// calls still leave an upper bound of z²/(60 + z²), 6.0% at 95%, so "no errors seen" cannot
// pass a 2-point limit on 60 calls. Calls of one case are not independent, so each rate uses
// an effective number of calls, calls / design effect, with the design effect (≥ 1) from the
// spread of per-case error counts (a ratio estimator's variance against the binomial one).
// The pairing is ignored, which errs on the wide side when the two models fail on the same
// cases.

import { normalQuantile } from './normal.js';

export interface ClusteredCount {
  /** Per case: errors and calls. */
  errors: readonly number[];
  calls: readonly number[];
}

export interface RateSummary {
  rate: number;
  /** Calls / design effect. */
  effectiveCalls: number;
  calls: number;
}

export function rateSummary(c: ClusteredCount): RateSummary {
  let e = 0;
  let m = 0;
  for (let i = 0; i < c.calls.length; i++) {
    e += c.errors[i] as number;
    m += c.calls[i] as number;
  }
  if (m === 0) return { rate: 0, effectiveCalls: 0, calls: 0 };
  const p = e / m;
  const clusters = c.calls.filter((x) => x > 0).length;
  let deff = 1;
  if (p > 0 && p < 1 && clusters > 1) {
    let ss = 0;
    for (let i = 0; i < c.calls.length; i++) ss += ((c.errors[i] as number) - p * (c.calls[i] as number)) ** 2;
    const clusterVar = (clusters / (clusters - 1)) * (ss / (m * m));
    deff = Math.max(1, clusterVar / ((p * (1 - p)) / m));
  }
  return { rate: p, effectiveCalls: m / deff, calls: m };
}

/** Wilson score bounds at z for x/n (n may be fractional); [0, 1] for n = 0. */
export function wilson(p: number, n: number, z: number): [number, number] {
  if (!(n > 0)) return [0, 1];
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** One-sided Newcombe bound of candidate − baseline at confidence 1 − alpha. */
export function rateDifferenceBound(baseline: RateSummary, candidate: RateSummary, alpha: number, side: 'lower' | 'upper'): number {
  const z = normalQuantile(1 - alpha);
  const [l0, u0] = wilson(baseline.rate, baseline.effectiveCalls, z);
  const [l1, u1] = wilson(candidate.rate, candidate.effectiveCalls, z);
  const d = candidate.rate - baseline.rate;
  if (side === 'lower') return d - Math.sqrt((candidate.rate - l1) ** 2 + (u0 - baseline.rate) ** 2);
  return d + Math.sqrt((u1 - candidate.rate) ** 2 + (baseline.rate - l0) ** 2);
}

/** Binomial standard error of the difference (planning), each rate at least `floorRate`. */
export function rateDifferenceSe(baseline: RateSummary, candidate: RateSummary): number {
  const v = (r: RateSummary) => (r.effectiveCalls > 0 ? (r.rate * (1 - r.rate)) / r.effectiveCalls : 0);
  return Math.sqrt(v(baseline) + v(candidate));
}
