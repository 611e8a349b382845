// One check per enabled threshold. config.thresholds are stored positive (the
// regression tolerated); the sign is added here so that every check reads the same:
// `change` and `threshold` in the same units, threshold on the worse side of zero.
//   quality           change = cand − base (points)    threshold = −t   worse = lower
//   qualityPerDollar  change = cand/base − 1           threshold = −t   worse = lower
//   p95Latency        change = cand/base − 1           threshold = +t   worse = higher
//   ttftP95           change = cand/base − 1           threshold = +t   worse = higher
//   errorRate         change = cand − base (fraction)  threshold = +t   worse = higher
// A change exactly at the threshold is not past it (within 1e-9, so float noise cannot
// fail a run). Relative changes follow relativeChange() (change.ts): never NaN, never ∞.
// The status comes from the change's test (decide.ts), and each check carries its power
// figures, so a reader knows what this many cases could have seen.

import type { Check, CheckMetric, ModelMetrics, Side, Thresholds } from '../types.js';
import { type Extended, finiteOrZero, relativeChange } from './change.js';
import { WORSE_IS_HIGHER, checkPower, decideCheck, type DecisionLevels } from './decide.js';
import type { MetricSpread } from './intervals.js';
import type { GatedCheck } from './types.js';

export { WORSE_IS_HIGHER, isPastThreshold } from './decide.js';

/** The order checks appear in, in the report and the table. */
export const CHECK_ORDER: readonly CheckMetric[] = ['quality', 'qualityPerDollar', 'p95Latency', 'ttftP95', 'errorRate'];

/** A check before its intervals: what the point estimates say. */
export type CheckPoint = Omit<Check, 'status' | 'interval'>;

export function checkPoints(opts: {
  thresholds: Thresholds;
  models: Record<Side, ModelMetrics>;
  /** Exact quality per dollar (may be ∞ at zero cost), for the change. */
  qualityPerDollar: Record<Side, Extended>;
}): CheckPoint[] {
  const { thresholds: t, models } = opts;
  const b = models.baseline;
  const c = models.candidate;
  const points: CheckPoint[] = [];
  for (const metric of CHECK_ORDER) {
    const tolerated = t[metric];
    if (tolerated === false || tolerated === undefined) continue;
    const threshold = WORSE_IS_HIGHER[metric] ? tolerated : -tolerated;
    const point = (baseline: number, candidate: number, change: number) => points.push({ metric, baseline, candidate, change, threshold });
    switch (metric) {
      case 'quality':
        point(b.quality, c.quality, c.quality - b.quality);
        break;
      case 'qualityPerDollar': {
        const q = opts.qualityPerDollar;
        point(finiteOrZero(q.baseline), finiteOrZero(q.candidate), relativeChange(q.baseline, q.candidate));
        break;
      }
      case 'p95Latency':
        point(b.latencyMs.p95, c.latencyMs.p95, relativeChange(b.latencyMs.p95, c.latencyMs.p95));
        break;
      case 'ttftP95': {
        const base = b.ttftMs?.p95 ?? 0;
        const cand = c.ttftMs?.p95 ?? 0;
        point(base, cand, relativeChange(base, cand));
        break;
      }
      case 'errorRate':
        point(b.errorRate, c.errorRate, c.errorRate - b.errorRate);
        break;
    }
  }
  return points;
}

export function buildChecks(opts: {
  points: readonly CheckPoint[];
  spreads: Record<CheckMetric, MetricSpread>;
  pairedCases: number;
  levels: DecisionLevels;
  /**
   * Checks with nothing to compare on one side, and why (p95 latency when a model answered
   * no call): inconclusive whatever the numbers say, since 0 ms → 40 ms is not a +100% rise.
   */
  unmeasured?: Partial<Record<CheckMetric, string>>;
}): GatedCheck[] {
  return opts.points.map((p) => {
    const spread = opts.spreads[p.metric];
    const evidence = { metric: p.metric, threshold: p.threshold, test: spread.test, pairedCases: opts.pairedCases };
    const unmeasured = opts.unmeasured?.[p.metric];
    const status = unmeasured !== undefined ? 'inconclusive' : decideCheck(evidence, opts.levels);
    const power = checkPower(evidence, status, opts.levels);
    const plan = unmeasured !== undefined ? {} : power.casesToDecide !== undefined ? { casesToDecide: power.casesToDecide } : power.casesToDecideAtLeast !== undefined ? { casesToDecideAtLeast: power.casesToDecideAtLeast } : {};
    return {
      metric: p.metric,
      baseline: p.baseline,
      candidate: p.candidate,
      change: p.change,
      threshold: p.threshold,
      status,
      interval: [spread.interval[0], spread.interval[1]],
      mde: power.mde,
      ...plan,
      ...(unmeasured === undefined ? {} : { unmeasured }),
    };
  });
}
