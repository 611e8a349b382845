// A check's three outcomes, from its change, threshold and intervals (pure data in, a
// status out). With s = +1 when a higher change is worse (latency, errors) and −1 when a
// lower one is (quality, quality per dollar):
//   fail          the change is past the threshold AND the fail interval lies wholly on
//                 the worse side of zero: the regression is both real and material
//                 (Mozilla Perfherder's rule). The fail interval is the reported one
//                 widened to the fail test's level (see DEFAULT_STATISTICS in index.ts).
//   pass          the reported interval's worse end is not past the threshold: the data
//                 rule out a regression as large as the one tolerated.
//   inconclusive  anything else: more cases are needed either way.
// Ties go to the better outcome within 1e-9, as isPastThreshold() does, so float noise
// cannot fail a run.

import { casesNeeded, minimumDetectableEffect } from '../stats/index.js';
import type { CheckMetric, CheckStatus } from '../types.js';
import type { MetricSpread } from './intervals.js';

const EPSILON = 1e-9;

/** Whether a larger change is worse (latency, errors) or a smaller one (quality). */
export const WORSE_IS_HIGHER: Record<CheckMetric, boolean> = {
  quality: false,
  qualityPerDollar: false,
  p95Latency: true,
  errorRate: true,
};

export function isPastThreshold(metric: CheckMetric, change: number, threshold: number): boolean {
  return WORSE_IS_HIGHER[metric] ? change > threshold + EPSILON : change < threshold - EPSILON;
}

export interface CheckEvidence {
  metric: CheckMetric;
  change: number;
  threshold: number;
  interval: readonly [number, number];
  failInterval: readonly [number, number];
}

/** The interval end on the worse side (upper for latency/errors, lower for quality). */
export function worseEnd(metric: CheckMetric, interval: readonly [number, number]): number {
  return WORSE_IS_HIGHER[metric] ? interval[1] : interval[0];
}

/** The interval end on the better side. */
export function betterEnd(metric: CheckMetric, interval: readonly [number, number]): number {
  return WORSE_IS_HIGHER[metric] ? interval[0] : interval[1];
}

/** A value's distance from zero toward worse: positive when it is a regression. */
export function towardWorse(metric: CheckMetric, value: number): number {
  return WORSE_IS_HIGHER[metric] ? value : -value;
}

export function decideCheck(e: CheckEvidence): CheckStatus {
  if (isPastThreshold(e.metric, e.change, e.threshold) && towardWorse(e.metric, betterEnd(e.metric, e.failInterval)) > EPSILON) {
    return 'fail';
  }
  if (!isPastThreshold(e.metric, worseEnd(e.metric, e.interval), e.threshold)) return 'pass';
  return 'inconclusive';
}

export interface CheckPower {
  /** Minimum detectable effect at 80% power, in the units of change, signed toward worse. */
  mde: number;
  /** For an inconclusive check: how many more cases would decide it (if the estimate held). */
  casesToDecide?: number;
}

export function checkPower(opts: {
  evidence: CheckEvidence;
  status: CheckStatus;
  spread: MetricSpread;
  /** Cases the bootstrap resampled. */
  cases: number;
  failAlpha: number;
  /** A lower bound for the standard error used for the MDE (errorRate: binomial at the threshold). */
  seFloor?: number;
}): CheckPower {
  const { evidence: e } = opts;
  const sign = WORSE_IS_HIGHER[e.metric] ? 1 : -1;
  const se = Math.max(opts.spread.se, opts.seFloor ?? 0);
  const mde = sign * minimumDetectableEffect({ threshold: Math.abs(e.threshold), se, failAlpha: opts.failAlpha });
  if (opts.status !== 'inconclusive') return { mde };
  const needed = casesNeeded({
    cases: opts.cases,
    regression: towardWorse(e.metric, e.change),
    threshold: Math.abs(e.threshold),
    worseHalfWidth: towardWorse(e.metric, worseEnd(e.metric, e.interval) - e.change),
    failHalfWidth: towardWorse(e.metric, e.change - betterEnd(e.metric, e.failInterval)),
  });
  return needed === null ? { mde } : { mde, casesToDecide: needed - opts.cases };
}
