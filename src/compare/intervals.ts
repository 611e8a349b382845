// Intervals for every gated change, from one paired, clustered bootstrap over the cases.
// A case is the resampling unit: its baseline and candidate results and all its repeats
// are drawn together, so the pairing (same case, both models) and the correlation between
// repeats are kept. Every metric is recomputed on the same resampled cases, with the same
// definitions as metrics.ts:
//   quality           100 × (Σ cand score − Σ base score) / paired cases     (points)
//   qualityPerDollar  qpd(cand) / qpd(base) − 1, qpd = 100 × Σ score / Σ cost per repeat
//   cost              Σ cand cost / Σ base cost − 1 over every call record
//   p95Latency        type-7 p95 of the drawn cases' answered-call latencies, cand / base − 1
//   errorRate         (timeouts + request errors) / calls, cand − base
// Relative changes go through relativeChange(), so a replicate is never NaN or ∞.

import {
  clusterSample,
  clusteredBootstrap,
  normalQuantile,
  percentileInterval,
  sortedReplicates,
  standardError,
  type ClusterSample,
} from '../stats/index.js';
import type { CallRecord, CheckMetric, GradedCase, Side } from '../types.js';
import { qualityPerDollarOf, relativeChange } from './change.js';
import { answerLatency } from './metrics.js';

export type IntervalMetric = CheckMetric | 'cost';
export const INTERVAL_METRICS: readonly IntervalMetric[] = ['quality', 'qualityPerDollar', 'cost', 'p95Latency', 'errorRate'];

export interface MetricSpread {
  /** Two-sided percentile interval at the reported confidence. */
  interval: [number, number];
  /**
   * The interval the fail test reads (its better end): the reported interval widened about
   * the estimate, each side by z(1 − failAlpha) / z(1 − (1 − confidence)/2). It keeps the
   * percentile interval's asymmetry but not the lumpy far tail of a B = 2,000 bootstrap,
   * whose 0.5% percentile rests on ten replicates.
   */
  failInterval: [number, number];
  /** Bootstrap standard error (sd of the replicates). */
  se: number;
}

export interface BootstrapSettings {
  seed: number;
  resamples: number;
  confidence: number;
  /** One-sided level of the fail test, per check. */
  failAlpha: number;
}

// Columns of a case's totals row.
const PAIRED = 0;
const SCORE = { baseline: 1, candidate: 2 } as const;
const COST_PER_REPEAT = { baseline: 3, candidate: 4 } as const;
const COST = { baseline: 5, candidate: 6 } as const;
const CALLS = { baseline: 7, candidate: 8 } as const;
const MODEL_ERRORS = { baseline: 9, candidate: 10 } as const;
const WIDTH = 11;

const isModelError = (r: CallRecord): boolean => r.error?.kind === 'timeout' || r.error?.kind === 'request';

/**
 * One cluster per graded case, in eval-set order, then one per case id that only has
 * records (sorted), so that latency, cost and errors cover every record as metrics.ts does.
 */
export function caseSample(opts: {
  graded: readonly GradedCase[];
  records: Record<Side, readonly CallRecord[]>;
  repeats: number;
}): ClusterSample {
  const order = new Map<string, number>();
  opts.graded.forEach((g, i) => order.set(g.case.id, i));
  const extra = [...new Set([...opts.records.baseline, ...opts.records.candidate].map((r) => r.caseId))]
    .filter((id) => !order.has(id))
    .sort();
  for (const id of extra) order.set(id, order.size);

  const rows = Array.from({ length: order.size }, () => new Array<number>(WIDTH).fill(0));
  const latencies = { baseline: rows.map((): number[] => []), candidate: rows.map((): number[] => []) };
  const repeats = Math.max(1, opts.repeats);
  opts.graded.forEach((g, i) => {
    const row = rows[i] as number[];
    if (g.baseline.score === null || g.candidate.score === null) return;
    row[PAIRED] = 1;
    for (const side of ['baseline', 'candidate'] as const) {
      row[SCORE[side]] = g[side].score ?? 0;
      row[COST_PER_REPEAT[side]] = g[side].costUsd / repeats;
    }
  });
  for (const side of ['baseline', 'candidate'] as const) {
    for (const r of opts.records[side]) {
      const i = order.get(r.caseId) as number;
      const row = rows[i] as number[];
      row[COST[side]] = (row[COST[side]] as number) + r.costUsd;
      row[CALLS[side]] = (row[CALLS[side]] as number) + 1;
      if (isModelError(r)) row[MODEL_ERRORS[side]] = (row[MODEL_ERRORS[side]] as number) + 1;
      const latency = answerLatency(r);
      if (latency !== null) (latencies[side][i] as number[]).push(latency);
    }
  }
  return clusterSample(rows, [latencies.baseline, latencies.candidate]);
}

const rate = (errors: number, calls: number): number => (calls === 0 ? 0 : errors / calls);
const orZero = (x: number): number => (Number.isNaN(x) ? 0 : x);

/** A replicate's changes, in INTERVAL_METRICS order, from its summed totals and its two p95s. */
function changes(t: Float64Array, p95: Float64Array, out: Float64Array): void {
  const paired = t[PAIRED] as number;
  const sb = t[SCORE.baseline] as number;
  const sc = t[SCORE.candidate] as number;
  out[0] = paired === 0 ? 0 : (100 * (sc - sb)) / paired;
  out[1] = relativeChange(
    qualityPerDollarOf(sb, t[COST_PER_REPEAT.baseline] as number),
    qualityPerDollarOf(sc, t[COST_PER_REPEAT.candidate] as number),
  );
  out[2] = relativeChange(t[COST.baseline] as number, t[COST.candidate] as number);
  out[3] = relativeChange(orZero(p95[0] as number), orZero(p95[1] as number));
  out[4] =
    rate(t[MODEL_ERRORS.candidate] as number, t[CALLS.candidate] as number) -
    rate(t[MODEL_ERRORS.baseline] as number, t[CALLS.baseline] as number);
}

export const CHANGE_STATISTIC = { poolQuantile: 0.95, statistic: changes, outputs: INTERVAL_METRICS.length } as const;

/** The reported interval widened about the estimate to the fail test's level. */
export function widen(estimate: number, interval: readonly [number, number], factor: number): [number, number] {
  return [estimate - factor * Math.max(0, estimate - interval[0]), estimate + factor * Math.max(0, interval[1] - estimate)];
}

/** Intervals and standard errors of every change. With no cases they collapse onto the estimates. */
export function bootstrapChanges(
  sample: ClusterSample,
  settings: BootstrapSettings,
  estimates: Record<IntervalMetric, number>,
): Record<IntervalMetric, MetricSpread> {
  const spreads = {} as Record<IntervalMetric, MetricSpread>;
  if (sample.clusters === 0) {
    for (const m of INTERVAL_METRICS) spreads[m] = { interval: [estimates[m], estimates[m]], failInterval: [estimates[m], estimates[m]], se: 0 };
    return spreads;
  }
  const factor = normalQuantile(1 - settings.failAlpha) / normalQuantile(1 - (1 - settings.confidence) / 2);
  const replicates = clusteredBootstrap(sample, { seed: settings.seed, resamples: settings.resamples, ...CHANGE_STATISTIC });
  INTERVAL_METRICS.forEach((m, k) => {
    const draws = replicates[k] as Float64Array;
    const interval = percentileInterval(sortedReplicates(draws), settings.confidence);
    spreads[m] = { interval, failInterval: widen(estimates[m], interval, factor), se: standardError(draws) };
  });
  return spreads;
}
