// One check per enabled threshold. config.thresholds are stored positive (the
// regression tolerated); the sign is added here so that every check reads the same:
// `change` and `threshold` in the same units, threshold on the worse side of zero.
//   quality           change = cand − base (points)    threshold = −t   fail if change < threshold
//   qualityPerDollar  change = cand/base − 1           threshold = −t   fail if change < threshold
//   p95Latency        change = cand/base − 1           threshold = +t   fail if change > threshold
//   errorRate         change = cand − base (fraction)  threshold = +t   fail if change > threshold
// A change exactly at the threshold passes (within 1e-9, so float noise cannot fail a run).
// Relative changes follow relativeChange() (change.ts): never NaN, never ∞.

import type { Check, CheckMetric, ModelMetrics, Side, Thresholds } from '../types.js';
import { type Extended, finiteOrZero, relativeChange } from './change.js';

const EPSILON = 1e-9;

/** Whether a larger change is worse (latency, errors) or a smaller one (quality). */
const WORSE_IS_HIGHER: Record<CheckMetric, boolean> = {
  quality: false,
  qualityPerDollar: false,
  p95Latency: true,
  errorRate: true,
};

/** The order checks appear in, in the report and the table. */
export const CHECK_ORDER: readonly CheckMetric[] = ['quality', 'qualityPerDollar', 'p95Latency', 'errorRate'];

export function isPastThreshold(metric: CheckMetric, change: number, threshold: number): boolean {
  return WORSE_IS_HIGHER[metric] ? change > threshold + EPSILON : change < threshold - EPSILON;
}

function check(metric: CheckMetric, baseline: number, candidate: number, change: number, tolerated: number): Check {
  const threshold = WORSE_IS_HIGHER[metric] ? tolerated : -tolerated;
  return {
    metric,
    baseline,
    candidate,
    change,
    threshold,
    status: isPastThreshold(metric, change, threshold) ? 'fail' : 'pass',
  };
}

export function buildChecks(opts: {
  thresholds: Thresholds;
  models: Record<Side, ModelMetrics>;
  /** Exact quality per dollar (may be ∞ at zero cost), for the change. */
  qualityPerDollar: Record<Side, Extended>;
}): Check[] {
  const { thresholds: t, models } = opts;
  const b = models.baseline;
  const c = models.candidate;
  const checks: Check[] = [];
  for (const metric of CHECK_ORDER) {
    const tolerated = t[metric];
    if (tolerated === false) continue;
    switch (metric) {
      case 'quality':
        checks.push(check(metric, b.quality, c.quality, c.quality - b.quality, tolerated));
        break;
      case 'qualityPerDollar': {
        const q = opts.qualityPerDollar;
        const change = relativeChange(q.baseline, q.candidate);
        checks.push(check(metric, finiteOrZero(q.baseline), finiteOrZero(q.candidate), change, tolerated));
        break;
      }
      case 'p95Latency':
        checks.push(
          check(metric, b.latencyMs.p95, c.latencyMs.p95, relativeChange(b.latencyMs.p95, c.latencyMs.p95), tolerated),
        );
        break;
      case 'errorRate':
        checks.push(check(metric, b.errorRate, c.errorRate, c.errorRate - b.errorRate, tolerated));
        break;
    }
  }
  return checks;
}
