// compare(): graded cases and call records in, metrics, checks and a verdict out.
// Pure: it works from serialised records as well as from a live run, so shard
// reports can later be merged and re-compared.

import { MIN_TAIL_CALLS, PLANNING_POWER, seedFromHash, sumBy } from '../stats/index.js';
import { FAIL_ALPHA, FAIL_THRESHOLD_ALPHA, MIN_CASES, latencyShare } from './decide.js';
import { SIDES, type CallRecord, type CheckMetric, type GateConfig, type GradedCase, type ModelMetrics, type Side } from '../types.js';
import { type Extended, relativeChange } from './change.js';
import { CHECK_ORDER, buildChecks, checkPoints } from './checks.js';
import { caseData, changeTests, spreadsOf } from './intervals.js';
import { labelTables } from './labels.js';
import { answerLatency, answerTtft, modelMetrics, pairedSide, qualityPerDollarExact } from './metrics.js';
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
export {
  FAIL_ALPHA,
  FAIL_THRESHOLD_ALPHA,
  MIN_CASES,
  latencyShare,
  PLAN_LIMIT,
  betterEnd,
  checkPower,
  decideCheck,
  towardWorse,
  worseEnd,
  type CheckEvidence,
  type CheckPower,
  type DecisionLevels,
} from './decide.js';
export {
  INTERVAL_METRICS,
  caseData,
  changeTests,
  spreadsOf,
  worseAtAll,
  type CaseData,
  type ChangeTest,
  type IntervalMetric,
  type MetricSpread,
} from './intervals.js';
export { DEFAULT_INFRA_LIMIT, MOST_CALLS, decideVerdict, type VerdictInput } from './verdict.js';
export { sideHealth, type ErrorGroup, type SideHealth } from './health.js';
export { rankModels, type RankedAlternative } from './ranking.js';
export { MIN_SLICE_CASES, ROUTING_RESAMPLES, UNTAGGED, routingAdvice, type RoutedModel, type RoutingInput } from './routing.js';
export { monthlyCost } from './monthly.js';
export { tokenDrift, type CaseDrift, type TokenDrift } from './drift.js';
export { timeoutExposure, type TimeoutExposure } from './timeouts.js';
import { tokenDrift } from './drift.js';
import { timeoutExposure } from './timeouts.js';
export { INTERIM_SHARE, LOOK_FRACTIONS, MIN_LOOK_CASES, lookLevels, lookPoints, type LookLevels } from './sequential.js';

/**
 * The statistical settings. Intervals are two-sided at `confidence` (95%): their ends are the
 * one-sided 97.5% bounds the pass test reads against each threshold. A fail needs the change
 * past the threshold at one-sided 1 − failThresholdAlpha (97%) and the candidate worse at
 * all at one-sided failAlpha (FAIL_ALPHA: 0.6% for quality, 0.2% quality per dollar, 0.12%
 * p95 latency, 0.08% error rate), so an unchanged model fails any of the gate's four checks at
 * most 1% of the time (Bonferroni); the simulated rates are in BENCHMARKS.md
 * (bench/stats-validation.ts). `resamples` is the number of Monte Carlo sign flips for
 * continuous scores.
 */
export const DEFAULT_STATISTICS = { resamples: 20_000, confidence: 0.95, failAlpha: FAIL_ALPHA, failThresholdAlpha: FAIL_THRESHOLD_ALPHA } as const;

export interface StatisticsOptions {
  resamples?: number;
  confidence?: number;
  /** One-sided level of the fail test against the threshold. */
  failThresholdAlpha?: number;
  /** One-sided level of the "worse at all" test a fail needs: one number for every check, or per check. */
  failAlpha?: number | Partial<Record<CheckMetric, number>>;
  /** Answered calls above the p95 each side needs before a latency p95 is compared (default MIN_TAIL_CALLS). */
  latencyTail?: number;
}

/** Below this many cases the tests hold but can decide little; the report says so. */
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
  if (opts.pairedCases > 0 && opts.pairedCases < MIN_CASES) warnings.push({ code: 'too-few-cases', pairedCases: opts.pairedCases, minimum: MIN_CASES });
  else if (opts.pairedCases > 0 && opts.pairedCases < FEW_CASES) warnings.push({ code: 'few-cases', pairedCases: opts.pairedCases, fewCases: FEW_CASES });
  const capped = opts.graded.reduce((n, g) => n + (g.baseline.cappedFrom === undefined ? 0 : 1) + (g.candidate.cappedFrom === undefined ? 0 : 1), 0);
  if (capped > 0) warnings.push({ code: 'graded-on-prefix', outputs: capped });
  const unpaired = opts.cases - opts.pairedCases;
  if (unpaired > 0) warnings.push({ code: 'unpaired', unpaired, cases: opts.cases });
  for (const side of SIDES) {
    // Outputs no grader could decide (a regex past its deadline, graders that threw): left
    // out, and said, since a model whose answers defeat the graders must not vanish quietly.
    const ungraded = opts.graded.filter((g) => g[side].error?.code === 'ungraded').length;
    if (ungraded > 0) warnings.push({ code: 'ungraded', side, model: opts.models[side].model, calls: opts.models[side].calls, outputs: ungraded });
  }
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
  const data = caseData({ graded, records, repeats });
  const points = checkPoints({ thresholds: config.thresholds, models, qualityPerDollar });
  const costChange = relativeChange(models.baseline.costUsd, models.candidate.costUsd);
  const spreads = spreadsOf(changeTests(data, settings), settings.confidence);
  const gated = (m: CheckMetric) => config.thresholds[m] !== false && config.thresholds[m] !== undefined;
  const failAlpha = latencyShare(settings.failAlpha, gated('ttftP95'));
  const levels = { thresholdAlpha: (1 - settings.confidence) / 2, failThresholdAlpha: settings.failThresholdAlpha, zeroAlpha: failAlpha };
  const unanswered = SIDES.filter((side) => records[side].every((r) => answerLatency(r) === null));
  const unpriced = SIDES.filter((side) => models[side].usageMissing > 0);
  const unmeasured: Partial<Record<CheckMetric, string>> = {};
  if (unanswered.length > 0) unmeasured.p95Latency = `the ${unanswered.join(' and the ')} answered no call`;
  else {
    const fewest = Math.min(...SIDES.map((side) => records[side].filter((r) => answerLatency(r) !== null).length));
    if (fewest * 0.05 < MIN_TAIL_CALLS) unmeasured.p95Latency = `a p95 needs at least ${MIN_TAIL_CALLS / 0.05} answered calls per model, and one model has ${fewest}`;
    else if (fewest * 0.05 < settings.latencyTail) unmeasured.p95Latency = interimTail(settings.latencyTail, fewest, 'answered calls');
  }
  if (gated('ttftP95')) {
    const streamed = (side: Side) => records[side].filter((r) => answerTtft(r) !== null).length;
    const silent = SIDES.filter((side) => streamed(side) === 0);
    const fewest = Math.min(...SIDES.map(streamed));
    if (silent.length > 0) unmeasured.ttftP95 = `the ${silent.join(' and the ')} streamed no answered call, so it has no time to first token`;
    else if (fewest * 0.05 < MIN_TAIL_CALLS) unmeasured.ttftP95 = `a TTFT p95 needs at least ${MIN_TAIL_CALLS / 0.05} streamed answers per model, and one model has ${fewest}`;
    else if (fewest * 0.05 < settings.latencyTail) unmeasured.ttftP95 = interimTail(settings.latencyTail, fewest, 'streamed answers');
  }
  if (unpriced.length > 0) {
    unmeasured.qualityPerDollar = unpriced
      .map((side) => `the ${side}'s endpoint returned no usage for ${models[side].usageMissing} of ${models[side].calls - models[side].errors} answered calls`)
      .join(', and ');
  }
  const checks = buildChecks({ points, spreads, pairedCases: paired.length, levels, unmeasured });
  const statistics: Statistics = {
    method: 'paired case tests',
    seed: settings.seed,
    resamples: settings.resamples,
    confidence: settings.confidence,
    failConfidence: 1 - CHECK_ORDER.reduce((sum, m) => sum + (gated(m) ? failAlpha[m] : 0), 0),
    failAlpha: Object.fromEntries(CHECK_ORDER.filter(gated).map((m) => [m, failAlpha[m]])) as Record<CheckMetric, number>,
    thresholdConfidence: 1 - levels.thresholdAlpha,
    failThresholdConfidence: 1 - levels.failThresholdAlpha,
    minimumCases: MIN_CASES,
    power: PLANNING_POWER,
    cases: data.all.cases,
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
    tokens: tokenDrift({ cases: graded.map((g) => g.case), records }),
    timeouts: timeoutExposure({ records, timeoutMs: config.run.timeoutMs, retries: config.run.retries }),
  };
}

/** A look that stopped the run early compares p95s only on a longer tail than the final look's. */
function interimTail(tail: number, fewest: number, what: string): string {
  return `the run was decided at an early look, which compares a p95 only from ${tail / 0.05} ${what} per model, and one model had ${fewest}`;
}

function statisticsSettings(opts: CompareOptions) {
  const s = { ...DEFAULT_STATISTICS, ...opts.statistics };
  if (!Number.isInteger(s.resamples) || s.resamples < 1) throw new RangeError(`compare: resamples must be a positive integer, got ${s.resamples}`);
  if (!(s.confidence > 0 && s.confidence < 1)) throw new RangeError(`compare: confidence must be in (0, 1), got ${s.confidence}`);
  const failAlpha: Record<CheckMetric, number> =
    typeof s.failAlpha === 'number'
      ? { quality: s.failAlpha, qualityPerDollar: s.failAlpha, p95Latency: s.failAlpha, ttftP95: s.failAlpha, errorRate: s.failAlpha }
      : { ...FAIL_ALPHA, ...s.failAlpha };
  for (const [metric, alpha] of Object.entries(failAlpha)) {
    if (!(alpha > 0 && alpha < 0.5)) throw new RangeError(`compare: failAlpha of ${metric} must be in (0, 0.5), got ${alpha}`);
  }
  if (!(s.failThresholdAlpha > 0 && s.failThresholdAlpha < 0.5)) throw new RangeError(`compare: failThresholdAlpha must be in (0, 0.5), got ${s.failThresholdAlpha}`);
  const latencyTail = opts.statistics?.latencyTail ?? MIN_TAIL_CALLS;
  if (!(latencyTail >= 1)) throw new RangeError(`compare: latencyTail must be at least 1, got ${latencyTail}`);
  const seed = typeof opts.seed === 'number' ? opts.seed >>> 0 : seedFromHash(opts.seed ?? '');
  return { seed, resamples: s.resamples, confidence: s.confidence, failAlpha, failThresholdAlpha: s.failThresholdAlpha, latencyTail };
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
