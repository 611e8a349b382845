// Power and sample size for a check, in the check's own units. Everything here works on
// magnitudes in the worse direction (a quality drop, a latency rise) so one formula serves
// every metric. A check fails when its regression r clears the threshold t at level α_f AND
// is a regression at all at level α₀ (see decide.ts): the estimate must clear
//   max(t + z_{1−α_f}·se, z_{1−α₀}·se)
// and, for power 1 − β, the true regression must sit z_{1−β}·se beyond that:
//   MDE = max(t + z_{1−α_f}·se, z_{1−α₀}·se) + z_{1−β}·se
// For quality (α_f = 3%, α₀ = 0.6%) at 80% power: max(t + 1.88·se, 2.51·se) + 0.84·se, that
// is 3.35·se once the standard error is more than 1.6 × the threshold. A pass needs the
// regression inside t at α_t (2.5%).
// Sample sizes come from the same plan with se = σ/√n (σ the per-case spread at this n):
// the smallest n at which the check would be decided with power 1 − β were the estimate the
// truth, the usual (z_α + z_β)² σ² / δ² of a sample-size table.

import { normalQuantile } from './normal.js';

/** The power the report plans for: an 80% chance to catch a real regression. */
export const PLANNING_POWER = 0.8;

export interface PlanLevels {
  /** One-sided level of the pass test against the threshold. */
  thresholdAlpha: number;
  /** One-sided level of the fail test against the threshold (thresholdAlpha when absent). */
  failThresholdAlpha?: number;
  /** One-sided level of the "worse at all" test a fail also needs. */
  zeroAlpha: number;
  power?: number;
}

/** The smallest true regression the fail rule catches with the given power, at standard error se. */
export function minimumDetectableEffect(opts: { threshold: number; se: number } & PlanLevels): number {
  const zt = normalQuantile(1 - (opts.failThresholdAlpha ?? opts.thresholdAlpha));
  const z0 = normalQuantile(1 - opts.zeroAlpha);
  const zb = normalQuantile(opts.power ?? PLANNING_POWER);
  return Math.max(opts.threshold + zt * opts.se, z0 * opts.se) + zb * opts.se;
}

/**
 * Total cases at which a check would be decided with the planned power if the true
 * regression were `regression` (positive when worse) and the per-case spread stayed
 * sigma = se·√n: a pass when it is inside the threshold, a fail when past it. null when no
 * number of cases decides it (exactly at the threshold) or there is no spread to go on.
 */
export function casesToDecide(opts: { regression: number; threshold: number; sigma: number } & PlanLevels): number | null {
  const { regression: r, threshold: t, sigma } = opts;
  if (!(sigma > 0) || !Number.isFinite(sigma)) return null;
  const zt = normalQuantile(1 - opts.thresholdAlpha);
  const zf = normalQuantile(1 - (opts.failThresholdAlpha ?? opts.thresholdAlpha));
  const z0 = normalQuantile(1 - opts.zeroAlpha);
  const zb = normalQuantile(opts.power ?? PLANNING_POWER);
  let n: number;
  if (r < t) n = ((zt + zb) * sigma / (t - r)) ** 2;
  else if (r > t && r > 0) n = Math.max(((zf + zb) * sigma / (r - t)) ** 2, ((z0 + zb) * sigma / r) ** 2);
  else return null;
  return Number.isFinite(n) ? Math.ceil(n) : null;
}
