// compare(): graded cases and call records in, metrics, checks and a verdict out.
// Pure: it works from serialised records as well as from a live run, so shard
// reports can later be merged and re-compared.

import { PLANNING_POWER, seedFromHash, sumBy } from '../stats/index.js';
import { SIDES, type CallRecord, type CheckMetric, type GateConfig, type GradedCase, type ModelMetrics, type Side } from '../types.js';
import { type Extended, relativeChange } from './change.js';
import { buildChecks, checkPoints } from './checks.js';
import { bootstrapChanges, caseSample, type IntervalMetric } from './intervals.js';
import { labelTables } from './labels.js';
import { answerLatency, modelMetrics, pairedSide, qualityPerDollarExact } from './metrics.js';
import { tagRows } from './tags.js';
import type { Comparison, ComparisonWarning, JudgeUsage, Regression, Statistics } from './types.js';
import { DEFAULT_INFRA_LIMIT, decideVerdict } from './verdict.js';
import { sideHealth } from './health.js';

export type {
  Comparison,
  ComparisonWarning,
  GatedCheck,
  JudgeUsage,
  LabelTable,
  OutageSide,
  Regression,
  Statistics,
  TagRow,
  TagSideMetrics,
  VerdictReason,
} from './types.js';
export { relativeChange, qualityPerDollarOf } from './change.js';
export { CHECK_ORDER, WORSE_IS_HIGHER, buildChecks, checkPoints, isPastThreshold, type CheckPoint } from './checks.js';
export { betterEnd, checkPower, decideCheck, towardWorse, worseEnd, type CheckEvidence, type CheckPower } from './decide.js';
export { INTERVAL_METRICS, bootstrapChanges, caseSample, type IntervalMetric, type MetricSpread } from './intervals.js';
export { DEFAULT_INFRA_LIMIT, MOST_CALLS, decideVerdict, type VerdictInput } from './verdict.js';
export { sideHealth, type ErrorGroup, type SideHealth } from './health.js';
export { INTERIM_SHARE, LOOK_FRACTIONS, MIN_LOOK_CASES, lookLevels, lookPoints, type LookLevels } from './sequential.js';

/**
 * The statistical settings. Intervals are 95% percentile intervals of a paired case
 * bootstrap with B = 2,000. The fail test is one-sided at failAlpha = 0.5% per check
 * (Bonferroni: four checks × 0.5% = a 2% bound for the gate): the gate fails when ANY
 * check fails, so holding each check only to its 95% interval's 2.5% tail let an
 * unchanged model fail 2.3–4.8% of simulated A/A runs; at 0.5% it is 0.6–1.5%
 * (bench/stats-validation.ts, BENCHMARKS.md).
 */
export const DEFAULT_STATISTICS = { resamples: 2000, confidence: 0.95, failAlpha: 0.005 } as const;

export interface StatisticsOptions {
  resamples?: number;
  confidence?: number;
  /** One-sided level of each check's fail test. */
  failAlpha?: number;
}

/** Below this many cases a percentile interval is too rough to trust; the report says so. */
export const FEW_CASES = 20;

export interface CompareOptions {
  config: GateConfig;
  graded: GradedCase[];
  /** Baseline and candidate records (judge records found here are counted as judge). */
  records: CallRecord[];
  judgeRecords?: CallRecord[];
  /** The run stopped before every call was made (budget, cancellation). */
  incomplete?: boolean;
  /** Seeds the bootstrap: the eval set's content hash (the same inputs give the same report). Default 0. */
  seed?: string | number;
  statistics?: StatisticsOptions;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Paired cases where the candidate scored lower, worst first; ties by case id. */
function regressionsOf(paired: readonly GradedCase[]): Regression[] {
  return paired
    .map((g) => {
      const baseline = g.baseline.score ?? 0;
      const candidate = g.candidate.score ?? 0;
      return { id: g.case.id, baseline, candidate, change: candidate - baseline };
    })
    .filter((r) => r.change < 0)
    .sort((a, b) => a.change - b.change || byId(a, b));
}

function judgeUsage(config: GateConfig, records: readonly CallRecord[]): JudgeUsage | undefined {
  if (records.length === 0) return undefined;
  return {
    model: config.judge?.model ?? records[0]?.model ?? 'judge',
    calls: records.length,
    errors: records.filter((r) => r.error !== undefined).length,
    costUsd: sumBy(records, (r) => r.costUsd),
  };
}

function warningsOf(opts: {
  config: GateConfig;
  graded: readonly GradedCase[];
  cases: number;
  pairedCases: number;
  models: Record<Side, ModelMetrics>;
  qualityPerDollar: Record<Side, Extended>;
  records: Record<Side, readonly CallRecord[]>;
}): ComparisonWarning[] {
  const warnings: ComparisonWarning[] = [];
  if (opts.pairedCases > 0 && opts.pairedCases < FEW_CASES) warnings.push({ code: 'few-cases', pairedCases: opts.pairedCases, fewCases: FEW_CASES });
  const capped = opts.graded.reduce((n, g) => n + (g.baseline.cappedFrom === undefined ? 0 : 1) + (g.candidate.cappedFrom === undefined ? 0 : 1), 0);
  if (capped > 0) warnings.push({ code: 'graded-on-prefix', outputs: capped });
  const unpaired = opts.cases - opts.pairedCases;
  if (unpaired > 0) warnings.push({ code: 'unpaired', unpaired, cases: opts.cases });
  for (const side of SIDES) {
    const m = opts.models[side];
    const who = { side, model: m.model, calls: m.calls };
    if (m.timeouts > 0) warnings.push({ code: 'timeouts', ...who, timeouts: m.timeouts, timeoutMs: opts.config.run.timeoutMs });
    if (opts.qualityPerDollar[side] === Number.POSITIVE_INFINITY) warnings.push({ code: 'free-model', ...who });
    if (m.cutAtTokenLimit > 0) warnings.push({ code: 'cut-at-token-limit', ...who, cut: m.cutAtTokenLimit });
    if (m.calls > 0 && opts.records[side].every((r) => answerLatency(r) === null)) warnings.push({ code: 'no-latency', ...who });
  }
  return warnings;
}

export function compare(opts: CompareOptions): Comparison {
  const { config, graded } = opts;
  const repeats = config.run.repeats;
  const records: Record<Side, CallRecord[]> = {
    baseline: opts.records.filter((r) => r.side === 'baseline'),
    candidate: opts.records.filter((r) => r.side === 'candidate'),
  };
  const judgeRecords = [...(opts.judgeRecords ?? []), ...opts.records.filter((r) => r.side === 'judge')];
  const paired = graded.filter((g) => g.baseline.score !== null && g.candidate.score !== null);

  const metricsOf = (side: Side) => {
    const sidePaired = paired.map((g) => pairedSide(g[side], repeats));
    return {
      metrics: modelMetrics({ model: config.models[side].model, records: records[side], paired: sidePaired }),
      qpd: qualityPerDollarExact(sidePaired),
    };
  };
  const b = metricsOf('baseline');
  const c = metricsOf('candidate');
  const models = { baseline: b.metrics, candidate: c.metrics };
  const qualityPerDollar = { baseline: b.qpd, candidate: c.qpd };

  const settings = statisticsSettings(opts);
  const sample = caseSample({ graded, records, repeats });
  const points = checkPoints({ thresholds: config.thresholds, models, qualityPerDollar });
  const pointOf = (m: CheckMetric) => points.find((p) => p.metric === m)?.change ?? 0;
  const costChange = relativeChange(models.baseline.costUsd, models.candidate.costUsd);
  const estimates: Record<IntervalMetric, number> = {
    quality: pointOf('quality'),
    qualityPerDollar: pointOf('qualityPerDollar'),
    p95Latency: pointOf('p95Latency'),
    errorRate: pointOf('errorRate'),
    cost: costChange,
  };
  const spreads = bootstrapChanges(sample, settings, estimates);
  const unanswered = SIDES.filter((side) => records[side].every((r) => answerLatency(r) === null));
  const unpriced = SIDES.filter((side) => models[side].usageMissing > 0);
  const unmeasured: Partial<Record<CheckMetric, string>> = {};
  if (unanswered.length > 0) unmeasured.p95Latency = `the ${unanswered.join(' and the ')} answered no call`;
  if (unpriced.length > 0) {
    unmeasured.qualityPerDollar = unpriced
      .map((side) => `the ${side}'s endpoint returned no usage for ${models[side].usageMissing} of ${models[side].calls - models[side].errors} answered calls`)
      .join(', and ');
  }
  const checks = buildChecks({ points, spreads, models, cases: sample.clusters, failAlpha: settings.failAlpha, unmeasured });
  const statistics: Statistics = {
    method: 'paired case bootstrap',
    seed: settings.seed,
    resamples: settings.resamples,
    confidence: settings.confidence,
    failConfidence: 1 - settings.failAlpha,
    power: PLANNING_POWER,
    cases: sample.clusters,
    cost: { change: costChange, interval: spreads.cost.interval },
  };
  const infraRate = (m: ModelMetrics) => (m.calls === 0 ? 0 : m.infraErrors / m.calls);
  const errorRateLimit = config.thresholds.errorRate;
  const { verdict, reason } = decideVerdict({
    incomplete: opts.incomplete ?? false,
    cases: graded.length,
    pairedCases: paired.length,
    infraRate: { baseline: infraRate(models.baseline), candidate: infraRate(models.candidate) },
    infraLimit: errorRateLimit === false ? DEFAULT_INFRA_LIMIT : errorRateLimit,
    checks,
    health: { baseline: sideHealth(records.baseline), candidate: sideHealth(records.candidate) },
    endpoints: { baseline: endpointOf(config.models.baseline.baseUrl), candidate: endpointOf(config.models.candidate.baseUrl) },
    timeoutMs: config.run.timeoutMs,
    costGated: config.thresholds.qualityPerDollar !== false,
  });

  const judge = judgeUsage(config, judgeRecords);
  return {
    models,
    tags: tagRows({ graded, records, repeats }),
    checks,
    statistics,
    verdict,
    reason,
    labels: labelTables(graded, SIDES),
    regressions: regressionsOf(paired),
    ...(judge ? { judge } : {}),
    pairedCases: paired.length,
    cases: graded.length,
    warnings: warningsOf({ config, graded, cases: graded.length, pairedCases: paired.length, models, qualityPerDollar, records }),
  };
}

function statisticsSettings(opts: CompareOptions) {
  const s = { ...DEFAULT_STATISTICS, ...opts.statistics };
  if (!Number.isInteger(s.resamples) || s.resamples < 1) throw new RangeError(`compare: resamples must be a positive integer, got ${s.resamples}`);
  if (!(s.confidence > 0 && s.confidence < 1)) throw new RangeError(`compare: confidence must be in (0, 1), got ${s.confidence}`);
  if (!(s.failAlpha > 0 && s.failAlpha < 0.5)) throw new RangeError(`compare: failAlpha must be in (0, 0.5), got ${s.failAlpha}`);
  const seed = typeof opts.seed === 'number' ? opts.seed >>> 0 : seedFromHash(opts.seed ?? '');
  return { seed, resamples: s.resamples, confidence: s.confidence, failAlpha: s.failAlpha };
}

/** A model's endpoint as the report may show it: no credentials, no query (an Azure key can ride in one). */
export function endpointOf(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return '(an invalid URL)';
  }
}
