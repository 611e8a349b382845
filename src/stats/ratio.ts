// A ratio of two ratios of sums over paired cases, (Σa/Σb) / (Σc/Σd) — quality per dollar of
// the candidate against the baseline, or (with b = d = 1) the cost ratio — on the log scale,
// by the delete-one-case jackknife: pseudo-values P_i = n·L − (n − 1)·L₋ᵢ of the log ratio L.
// Their mean removes the O(1/n) bias a ratio estimator has at small n and their spread is the
// standard error, with the pairing and every repeat of a case kept (a case is left out whole).
// Bounds use Student's t with n − 1 df. O(n) from the totals.

import { studentQuantile } from './student.js';

export interface LogRatioEstimate {
  /** log of the plain ratio (the reported change is exp(log) − 1). */
  log: number;
  /** Jackknife bias-corrected log ratio. */
  corrected: number;
  /** Jackknife standard error of the log ratio; ∞ when a leave-one-out total is 0. */
  se: number;
  n: number;
}

/** Per case the four additive parts: candidate numerator, candidate denominator, baseline numerator, baseline denominator. */
export function logRatioOfRatios(rows: readonly (readonly [number, number, number, number])[]): LogRatioEstimate {
  const n = rows.length;
  const t = [0, 0, 0, 0];
  for (const r of rows) for (let j = 0; j < 4; j++) (t[j] as number) += r[j] as number;
  const logOf = (a: number, b: number, c: number, d: number) => Math.log(a) - Math.log(b) - Math.log(c) + Math.log(d);
  const L = logOf(t[0] as number, t[1] as number, t[2] as number, t[3] as number);
  if (!Number.isFinite(L) || n < 2) return { log: L, corrected: L, se: Number.POSITIVE_INFINITY, n };
  let sum = 0;
  let sumSq = 0;
  for (const r of rows) {
    const li = logOf((t[0] as number) - r[0], (t[1] as number) - r[1], (t[2] as number) - r[2], (t[3] as number) - r[3]);
    if (!Number.isFinite(li)) return { log: L, corrected: L, se: Number.POSITIVE_INFINITY, n };
    const p = n * L - (n - 1) * li;
    sum += p;
    sumSq += p * p;
  }
  const mean = sum / n;
  const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
  return { log: L, corrected: mean, se: Math.sqrt(variance / n), n };
}

/** One-sided bound of the log ratio at confidence 1 − alpha. */
export function logRatioBound(e: LogRatioEstimate, alpha: number, side: 'lower' | 'upper'): number {
  if (!Number.isFinite(e.se) || e.n < 2) return side === 'lower' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  const q = studentQuantile(1 - alpha, e.n - 1);
  return side === 'lower' ? e.corrected - q * e.se : e.corrected + q * e.se;
}

/**
 * The same ratio on the plain scale, for when a side's numerator is 0 (a candidate that
 * scored nothing has quality per dollar −100%, whose log is −∞): the jackknife of R itself.
 */
export function ratioOfRatios(rows: readonly (readonly [number, number, number, number])[]): { ratio: number; se: number; n: number } {
  const n = rows.length;
  const t = [0, 0, 0, 0];
  for (const r of rows) for (let j = 0; j < 4; j++) (t[j] as number) += r[j] as number;
  const ratioOf = (a: number, b: number, c: number, d: number) => (a / b) / (c / d);
  const R = ratioOf(t[0] as number, t[1] as number, t[2] as number, t[3] as number);
  if (!Number.isFinite(R) || n < 2) return { ratio: R, se: Number.POSITIVE_INFINITY, n };
  let sum = 0;
  let sumSq = 0;
  for (const r of rows) {
    const ri = ratioOf((t[0] as number) - r[0], (t[1] as number) - r[1], (t[2] as number) - r[2], (t[3] as number) - r[3]);
    if (!Number.isFinite(ri)) return { ratio: R, se: Number.POSITIVE_INFINITY, n };
    const p = n * R - (n - 1) * ri;
    sum += p;
    sumSq += p * p;
  }
  const mean = sum / n;
  return { ratio: R, se: Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)) / n), n };
}
