// Bounds for the mean of paired differences d_i ∈ [lo, hi] (a quality change: candidate −
// baseline case score, in [−1, 1]), valid on discrete scores and at small n.
//
// A Wald interval (mean ± z·s/√n) collapses when the data show no spread: 50 cases with no
// disagreement give [0, 0], and four disagreements against the candidate look "certain".
// The score test asks instead, for a hypothesised mean μ₀: how far is the sample mean from
// μ₀ in units of the spread the data would have IF the mean were μ₀? That spread comes from
// the most likely distribution with mean μ₀: the observed values re-weighted, plus mass at
// the range's end when μ₀ lies outside what was observed (maximum likelihood under the
// constraint, on the observed values and the two bounds of the range):
//   p_k = w_k / (1 + λ(v_k − μ₀))   (w_k the observed share of value v_k)
//   Z(μ₀) = (d̄ − μ₀) / √(V(μ₀)/n),   V(μ₀) = Σ p_k (v_k − μ₀)²
// For 0/1 scores (d ∈ {−1, 0, 1}) this is exactly Tango's (1998) score test for a difference
// of paired proportions, whose coverage holds at small n; for graded and continuous scores it
// is the same test on their observed values. A bound is the μ₀ where Z crosses the quantile,
// found by bisection (Z falls as μ₀ rises). Student's t with n − 1 df replaces the normal
// quantile, a small-sample allowance that costs nothing at large n.

import { studentQuantile } from './student.js';

export interface PairedMeanSample {
  n: number;
  mean: number;
  /** Distinct observed values, ascending, and their shares of n. */
  values: Float64Array;
  shares: Float64Array;
  lo: number;
  hi: number;
}

export function pairedMeanSample(d: readonly number[], range: readonly [number, number] = [-1, 1]): PairedMeanSample {
  const counts = new Map<number, number>();
  let total = 0;
  for (const raw of d) {
    // Round away float dust so that 0.1 + 0.2 − 0.3 and 0 are one value.
    const v = Math.round(Math.min(range[1], Math.max(range[0], raw)) * 1e9) / 1e9;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total += v;
  }
  const values = Float64Array.from([...counts.keys()].sort((a, b) => a - b));
  const n = d.length;
  return {
    n,
    mean: n === 0 ? 0 : total / n,
    values,
    shares: Float64Array.from(values, (v) => (counts.get(v) as number) / Math.max(1, n)),
    lo: range[0],
    hi: range[1],
  };
}

/** V(μ₀): the variance of the most likely distribution with mean μ₀ (see above). */
export function constrainedVariance(s: PairedMeanSample, mu0: number): number {
  if (s.n === 0) return 0;
  if (mu0 <= s.lo || mu0 >= s.hi) return 0;
  const gap = s.mean - mu0;
  if (gap === 0) {
    let v = 0;
    for (let k = 0; k < s.values.length; k++) v += (s.shares[k] as number) * ((s.values[k] as number) - mu0) ** 2;
    return v;
  }
  // λ has the sign of d̄ − μ₀; the range's end on the other side bounds it: 1 + λ(end − μ₀) ≥ 0.
  const end = gap > 0 ? s.lo : s.hi;
  const limit = -1 / (end - mu0);
  const g = (lambda: number): number => {
    let sum = 0;
    for (let k = 0; k < s.values.length; k++) {
      const a = (s.values[k] as number) - mu0;
      sum += ((s.shares[k] as number) * a) / (1 + lambda * a);
    }
    return sum;
  };
  let lambda: number;
  // g falls from d̄ − μ₀ at λ = 0 toward the limit; if it is still on the same side there,
  // the observed values alone cannot have mean μ₀ and the range's end takes the rest.
  const atLimit = g(limit);
  if (Math.sign(atLimit) === Math.sign(gap) && Number.isFinite(atLimit)) {
    lambda = limit;
  } else {
    let a = 0;
    let b = limit;
    for (let i = 0; i < 100; i++) {
      const m = (a + b) / 2;
      if (Math.sign(g(m)) === Math.sign(gap)) a = m;
      else b = m;
      if (Math.abs(b - a) <= 1e-12 * Math.abs(limit)) break;
    }
    lambda = (a + b) / 2;
  }
  let mass = 0;
  let v = 0;
  for (let k = 0; k < s.values.length; k++) {
    const a = (s.values[k] as number) - mu0;
    const p = (s.shares[k] as number) / (1 + lambda * a);
    mass += p;
    v += p * a * a;
  }
  v += Math.max(0, 1 - mass) * (end - mu0) ** 2;
  return v;
}

/** Z(μ₀); ±∞ when μ₀ is at or past the range's end. */
export function scoreStatistic(s: PairedMeanSample, mu0: number): number {
  const gap = s.mean - mu0;
  if (gap === 0) return 0;
  const v = constrainedVariance(s, mu0);
  if (!(v > 0)) return gap > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return gap / Math.sqrt(v / s.n);
}

/**
 * One-sided bound at confidence 1 − alpha: 'lower' is the smallest μ₀ not rejected in favour
 * of a larger mean, 'upper' the largest. With no data the range itself.
 */
export function pairedMeanBound(s: PairedMeanSample, alpha: number, side: 'lower' | 'upper'): number {
  if (s.n < 2) return side === 'lower' ? s.lo : s.hi;
  const q = studentQuantile(1 - alpha, s.n - 1);
  // lower: Z(μ₀) > q for μ₀ below the bound; upper: Z(μ₀) < −q above it.
  let a = side === 'lower' ? s.lo : s.mean;
  let b = side === 'lower' ? s.mean : s.hi;
  for (let i = 0; i < 60; i++) {
    const m = (a + b) / 2;
    const z = scoreStatistic(s, m);
    const outside = side === 'lower' ? z > q : z < -q;
    if (side === 'lower') {
      if (outside) a = m;
      else b = m;
    } else if (outside) b = m;
    else a = m;
    if (b - a < 1e-10) break;
  }
  return side === 'lower' ? a : b;
}

/** √(V(μ₀)/n): the standard error of d̄ were the true mean μ₀ (for planning). */
export function pairedMeanSe(s: PairedMeanSample, mu0: number = s.mean): number {
  if (s.n === 0) return 0;
  return Math.sqrt(constrainedVariance(s, mu0) / s.n);
}
