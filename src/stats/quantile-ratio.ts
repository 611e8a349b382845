// The ratio of two p95s (candidate / baseline) over paired cases, each p95 taken over every
// answered call of its side (type 7), on the log scale, with a standard error that keeps
// both the pairing and the clustering of calls within a case.
//
// A sample quantile is asymptotically linear: q̂ − q ≈ (1/N)·Σⱼ (p − 1{xⱼ ≤ q}) / f(q), so
//   log q̂_c − log q̂_b ≈ const + Σᵢ Dᵢ,
//   Dᵢ = (s_c/(q̂_c N_c))·Σ_{calls j of case i, candidate}(p − 1{xⱼ ≤ q̂_c}) − (same for the baseline)
// and the variance of the log ratio is the spread of the per-case Dᵢ (the linearisation
// variance estimator of survey statistics, Woodruff's method). s/q̂ = d log Q / dp is a
// difference quotient of the log sample quantile function over a Hall–Sheather bandwidth,
// (log Q(p + h) − log Q(p − h)) / 2h, so no density model is assumed. Repeats enter as they should:
// a case whose calls vary a lot contributes indicators that cancel, so more calls per case
// shrink the variance, and a case slow for both models moves both sides together.
// The percentile bootstrap of a type-7 quantile rests on a handful of order statistics and is
// lumpy and biased; this needs no resampling at all. Below MIN_TAIL_CALLS answered calls
// beyond the p95 on either side there is no tail to speak of and the standard error is ∞.

import { normalQuantile } from './normal.js';
import { quantileSorted } from './quantile.js';
import { studentQuantile } from './student.js';

/** Answered calls above the p95 a side needs before its p95 is compared: 3, i.e. 60 calls (at 20 calls an unchanged model failed the p95 check 3% of the time, at 50 0.2%). */
export const MIN_TAIL_CALLS = 3;

export interface QuantileRatioEstimate {
  /** log(q̂_c / q̂_b). */
  log: number;
  se: number;
  /** Cases with a call on either side. */
  n: number;
  /**
   * Degrees of freedom of the t quantile: the cases with a call above either side's p95,
   * less one. The variance comes from those few cases, not from all n: with 100 calls per
   * side it rests on about ten of them, and n − 1 df made the bounds too narrow.
   */
  df: number;
  quantiles: { baseline: number; candidate: number };
}

function sparsity(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  const zp = normalQuantile(p);
  const phi = Math.exp(-0.5 * zp * zp) / Math.sqrt(2 * Math.PI);
  const h = n ** (-1 / 3) * normalQuantile(0.975) ** (2 / 3) * ((1.5 * phi * phi) / (2 * zp * zp + 1)) ** (1 / 3);
  const lo = Math.max(0, p - h);
  const hi = Math.min(1, p + h);
  // On the log scale: the log of a latency quantile function bends less than the quantile
  // function itself, so the difference quotient is less biased by the tail's curvature.
  return (Math.log(quantileSorted(sorted, hi)) - Math.log(quantileSorted(sorted, lo))) / (hi - lo);
}

/** Per case, the answered-call latencies of each side (either list may be empty). */
export function quantileRatio(
  cases: readonly { baseline: readonly number[]; candidate: readonly number[] }[],
  p: number,
  minTail: number = MIN_TAIL_CALLS,
): QuantileRatioEstimate {
  const pooled = {
    baseline: cases.flatMap((c) => c.baseline).sort((a, b) => a - b),
    candidate: cases.flatMap((c) => c.candidate).sort((a, b) => a - b),
  };
  const n = cases.filter((c) => c.baseline.length + c.candidate.length > 0).length;
  if (pooled.baseline.length === 0 || pooled.candidate.length === 0) {
    return { log: 0, se: Number.POSITIVE_INFINITY, n, df: 1, quantiles: { baseline: 0, candidate: 0 } };
  }
  const qb = quantileSorted(pooled.baseline, p);
  const qc = quantileSorted(pooled.candidate, p);
  const log = Math.log(qc) - Math.log(qb);
  const tooFew = Math.min(pooled.baseline.length, pooled.candidate.length) * (1 - p) < minTail;
  if (!(qb > 0 && qc > 0) || tooFew || n < 2) return { log, se: Number.POSITIVE_INFINITY, n, df: 1, quantiles: { baseline: qb, candidate: qc } };
  const scale = {
    baseline: sparsity(pooled.baseline, p) / pooled.baseline.length,
    candidate: sparsity(pooled.candidate, p) / pooled.candidate.length,
  };
  let sum = 0;
  let sumSq = 0;
  let tail = 0;
  for (const c of cases) {
    if (c.baseline.length + c.candidate.length === 0) continue;
    if (c.baseline.some((x) => x > qb) || c.candidate.some((x) => x > qc)) tail++;
    let ib = 0;
    for (const x of c.baseline) ib += p - (x <= qb ? 1 : 0);
    let ic = 0;
    for (const x of c.candidate) ic += p - (x <= qc ? 1 : 0);
    const d = scale.candidate * ic - scale.baseline * ib;
    sum += d;
    sumSq += d * d;
  }
  const variance = (n / (n - 1)) * Math.max(0, sumSq - (sum * sum) / n);
  return { log, se: Math.sqrt(variance), n, df: Math.max(MIN_DF, Math.min(n - 1, tail - 1)), quantiles: { baseline: qb, candidate: qc } };
}

/** The t quantile's expansion is trusted from here (it errs wide below, see student.ts). */
const MIN_DF = 5;

/** One-sided bound of the log ratio at confidence 1 − alpha (t with df degrees of freedom). */
export function quantileRatioBound(e: QuantileRatioEstimate, alpha: number, side: 'lower' | 'upper'): number {
  if (!Number.isFinite(e.se)) return side === 'lower' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const q = studentQuantile(1 - alpha, e.df);
  return side === 'lower' ? e.log - q * e.se : e.log + q * e.se;
}
