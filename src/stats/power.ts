// Power and sample size for a check, in the check's own units. Everything here works on
// magnitudes in the worse direction (a quality drop, a latency rise) so one formula serves
// every metric. Standard errors and half-widths shrink as 1/√n when cases are added with
// the same spread, which is the usual planning assumption (benchstat's "need ≥ N samples").

import { normalQuantile } from './normal.js';

/** The power the report plans for: an 80% chance to catch a real regression. */
export const PLANNING_POWER = 0.8;

/**
 * The smallest true regression the fail rule catches with the given power. A check fails
 * when its change is past the threshold t AND at least z_fail standard errors from zero, so
 * the estimate must clear max(t, z_fail·se), and the true effect must sit z_power·se beyond that:
 *   mde = max(t, z_fail·se) + z_power·se
 * With α = 0.025 one-sided (z = 1.96) and 80% power (z = 0.84) this is the familiar 2.8·se
 * whenever the threshold is smaller than 1.96·se.
 */
export function minimumDetectableEffect(opts: { threshold: number; se: number; failAlpha: number; power?: number }): number {
  const zFail = normalQuantile(1 - opts.failAlpha);
  const zPower = normalQuantile(opts.power ?? PLANNING_POWER);
  return Math.max(opts.threshold, zFail * opts.se) + zPower * opts.se;
}

export interface DecideInput {
  /** Cases (resampling units) behind the current interval. */
  cases: number;
  /** The observed regression, positive when worse. */
  regression: number;
  /** The tolerated regression, positive. */
  threshold: number;
  /** Distance from the estimate to the reported interval's worse end (decides a pass). */
  worseHalfWidth: number;
  /** Distance from the estimate to the fail interval's better end (decides a fail). */
  failHalfWidth: number;
}

/**
 * Total cases at which the check would be decided if the estimate stayed where it is and
 * the interval shrank as √(n/n′): a pass once the worse end comes inside the threshold
 * (estimate better than the threshold), a fail once the fail interval clears zero
 * (estimate past it). null when no number of cases decides it (estimate exactly at the
 * threshold, or no spread to shrink).
 */
export function casesNeeded(input: DecideInput): number | null {
  const { cases, regression: x, threshold: t } = input;
  let ratio: number;
  if (x < t) {
    if (!(input.worseHalfWidth > 0)) return null;
    ratio = (input.worseHalfWidth / (t - x)) ** 2;
  } else if (x > t && x > 0) {
    if (!(input.failHalfWidth > 0)) return null;
    ratio = (input.failHalfWidth / x) ** 2;
  } else {
    return null;
  }
  const needed = Math.ceil(cases * ratio);
  return Number.isFinite(needed) ? Math.max(needed, cases + 1) : null;
}
