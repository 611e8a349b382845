// buildReport(): the comparison plus the per-case detail, as the JSON report.
// Every object is written field by field so the key order is fixed, and every list
// has a defined order (cases in eval-set order, tags sorted, regressions worst first).

import type { RunControlSummary, RunCostEstimate } from '../run/index.js';
import type { Comparison, GatedCheck, Statistics } from '../compare/index.js';
import { sumBy } from '../stats/index.js';
import { REPORT_OUTPUT_CHARS } from '../limits.js';
import { createHash } from 'node:crypto';
import { promptFor, type CallError, type EvalSet, type GateConfig, type GradedCase, type GradedSide, type ModelConfig, type ModelMetrics, type Side } from '../types.js';
import { PRICE_MAX_AGE_DAYS, priceAgeDays } from '../config/prices.js';
import { headlineOf } from './headline.js';
import { monthlyPhrase } from './migration.js';
import { warningWords } from './warnings.js';
import {
  type GateReport,
  REPORT_SCHEMA,
  type ReportCache,
  type ReportCase,
  type ReportCaseSide,
  type ReportCheck,
  type ReportModel,
  type ReportPromptPart,
  type RankingEntry,
  type RoutingAdvice,
  type MonthlyCost,
  type ReportRecord,
  type ReportShard,
  type SequentialReport,
} from './types.js';
import { cacheNotes, p95CacheNote } from './cache-words.js';
import { mappedList, withLists, type ReportList, type ReportLists } from './lists.js';

export interface BuildReportOptions {
  config: GateConfig;
  evalSet: EvalSet;
  comparison: Comparison;
  graded: GradedCase[];
  run?: {
    startedAt?: string;
    durationMs?: number;
    simulated?: boolean;
    notes?: string[];
    control?: RunControlSummary;
    estimate?: RunCostEstimate;
    sequential?: SequentialReport;
    cache?: ReportCache;
  };
  /** The run's call records (with their call keys), for regrade and merge. */
  records?: ReportRecord[] | ReportList<ReportRecord>;
  /** The report's cases when they are made elsewhere (the merge keeps them on disk); else each is made from `graded`. */
  cases?: ReportList<ReportCase>;
  shard?: ReportShard;
  merged?: GateReport['merged'];
  /** Every model of the run ranked (present with models.alternatives). */
  ranking?: RankingEntry[];
  routing?: RoutingAdvice;
  monthly?: MonthlyCost;
  /** What the alternatives' calls cost: part of what the run spent. */
  alternativesSpent?: { calls: number; costUsd: number };
}

function reportSource(s: ModelConfig['priceSource']): ModelConfig['priceSource'] {
  if (s.kind === 'config') return { kind: 'config' };
  return { kind: 'builtin', checked: s.checked, ...(s.table === undefined ? {} : { table: s.table }), ...(s.entry === undefined ? {} : { entry: s.entry }) };
}

/** Which prompt a model used: the parts of its template, each by file and content hash. */
function reportPrompt(config: GateConfig, side: Side): ReportModel['prompt'] {
  const template = promptFor(config, side);
  if (template?.system === undefined && template?.user === undefined) return undefined;
  const model = config.models[side];
  const own = model.prompt !== undefined;
  const part = (key: 'system' | 'user'): ReportPromptPart | undefined => {
    const text = template[key];
    if (text === undefined) return undefined;
    // A part the model set itself was read from its own file; one it inherited, from the shared one.
    const file = own && (model.from || model.prompt?.[key] !== undefined) ? model.promptFiles?.[key] : config.promptFiles?.[key];
    return { ...(file === undefined ? {} : { file }), sha256: createHash('sha256').update(text).digest('hex') };
  };
  const system = part('system');
  const user = part('user');
  return { ...(system ? { system } : {}), ...(user ? { user } : {}), own };
}

function reportModel(m: ModelMetrics, { price, priceSource, api, stream }: Pick<ModelConfig, 'price' | 'priceSource' | 'api' | 'stream'>, reused?: number): ReportModel {
  return {
    model: m.model,
    ...(reused === undefined ? {} : { reused }),
    cases: m.cases,
    calls: m.calls,
    errors: m.errors,
    errorRate: m.errorRate,
    timeouts: m.timeouts,
    infraErrors: m.infraErrors,
    quality: m.quality,
    costUsd: m.costUsd,
    costPer1kCases: m.costPer1kCases,
    qualityPerDollar: m.qualityPerDollar,
    latencyMs: { p50: m.latencyMs.p50, p95: m.latencyMs.p95, p99: m.latencyMs.p99 },
    ...(m.ttftMs ? { ttftMs: { p50: m.ttftMs.p50, p95: m.ttftMs.p95, p99: m.ttftMs.p99, calls: m.ttftMs.calls } } : {}),
    tokens: {
      input: m.tokens.input,
      cachedInput: m.tokens.cachedInput,
      output: m.tokens.output,
      reasoning: m.tokens.reasoning,
    },
    usageMissing: m.usageMissing,
    cutAtTokenLimit: m.cutAtTokenLimit,
    price: {
      input: price.input,
      cachedInput: price.cachedInput,
      output: price.output,
      ...(price.tiers ? { tiers: price.tiers.map((t) => ({ aboveInputTokens: t.aboveInputTokens, input: t.input, cachedInput: t.cachedInput, output: t.output })) } : {}),
    },
    priceSource: reportSource(priceSource),
    api: api ?? 'chat',
    stream: stream === true,
  };
}

/** Each regression with its case's token drift: a tokenizer or prompt change often explains it. */
function withDrift(cmp: Comparison): GateReport['regressions'] {
  const byCase = new Map(cmp.tokens.byCase.map((d) => [d.id, d]));
  return cmp.regressions.map((g) => {
    const d = byCase.get(g.id);
    return d ? { ...g, tokens: { inputChange: d.inputChange, outputChange: d.outputChange } } : g;
  });
}

/** The report keeps the summary: the per-case figures of every case would double its size. */
function withoutCases({ byCase: _byCase, ...rest }: Comparison['tokens']): Omit<Comparison['tokens'], 'byCase'> {
  return rest;
}

function withPrompt(model: ReportModel, config: GateConfig, side: Side): ReportModel {
  const prompt = reportPrompt(config, side);
  const from = config.models[side].from;
  return { ...model, ...(prompt ? { prompt } : {}), ...(from ? { from: { ref: from.ref, commit: from.commit } } : {}) };
}

function reportCheck(c: GatedCheck, cache: ReportCache | undefined, baselineCalls: number): ReportCheck {
  const fromCache =
    c.metric === 'p95Latency' && cache && cache.baseline.reused > 0
      ? { baselineFromCache: { reused: cache.baseline.reused, calls: baselineCalls, oldestAgeMs: cache.baseline.oldestAgeMs } }
      : {};
  return {
    metric: c.metric,
    baseline: c.baseline,
    candidate: c.candidate,
    change: c.change,
    threshold: c.threshold,
    status: c.status,
    interval: [c.interval[0], c.interval[1]],
    mde: c.mde,
    ...(c.casesToDecide === undefined ? {} : { casesToDecide: c.casesToDecide }),
    ...(c.casesToDecideAtLeast === undefined ? {} : { casesToDecideAtLeast: c.casesToDecideAtLeast }),
    ...(c.unmeasured === undefined ? {} : { unmeasured: c.unmeasured }),
    ...fromCache,
  };
}

function reportStatistics(s: Statistics): Statistics {
  return {
    method: s.method,
    seed: s.seed,
    resamples: s.resamples,
    confidence: s.confidence,
    failConfidence: s.failConfidence,
    ...(s.failAlpha === undefined ? {} : { failAlpha: { ...s.failAlpha } }),
    ...(s.thresholdConfidence === undefined ? {} : { thresholdConfidence: s.thresholdConfidence }),
    ...(s.failThresholdConfidence === undefined ? {} : { failThresholdConfidence: s.failThresholdConfidence }),
    ...(s.minimumCases === undefined ? {} : { minimumCases: s.minimumCases }),
    power: s.power,
    cases: s.cases,
    cost: { change: s.cost.change, interval: [s.cost.interval[0], s.cost.interval[1]] },
  };
}

// Outputs are the model's and can be megabytes of degenerate repetition: the report keeps
// REPORT_OUTPUT_CHARS of each, and `outputChars` always holds the full length, so a cut is visible.
export { REPORT_OUTPUT_CHARS };

function reportError(e: CallError): CallError {
  return {
    kind: e.kind,
    message: e.message,
    ...(e.status === undefined ? {} : { status: e.status }),
    ...(e.param === undefined ? {} : { param: e.param }),
    ...(e.code === undefined ? {} : { code: e.code }),
  };
}

function caseSide(s: GradedSide): ReportCaseSide {
  const output = s.output === null || s.output.length <= REPORT_OUTPUT_CHARS ? s.output : s.output.slice(0, REPORT_OUTPUT_CHARS);
  return {
    score: s.score,
    output,
    outputChars: s.output === null ? null : (s.cappedFrom ?? s.output.length),
    ...(s.cappedFrom === undefined ? {} : { gradedOnPrefix: true }),
    latencyMs: s.latencyMs,
    costUsd: s.costUsd,
    error: s.error ? reportError(s.error) : null,
    repeatScores: [...s.repeatScores],
    grades: s.grades.map((g) => ({ ...g })),
  };
}

/** A graded case as the report lists it: all it reads is the case and its two graded sides. */
export function reportCase(g: GradedCase): ReportCase {
  const b = g.baseline.score;
  const c = g.candidate.score;
  return {
    id: g.case.id,
    tags: [...g.case.tags],
    file: g.case.source.file,
    line: g.case.source.line,
    change: b === null || c === null ? null : c - b,
    baseline: caseSide(g.baseline),
    candidate: caseSide(g.candidate),
  };
}

/**
 * A built-in price older than PRICE_MAX_AGE_DAYS on the day of the run: vendors cut prices
 * often, and a stale one moves quality per dollar. Without a run date (fixtures) none is said.
 */
function priceWarnings(config: GateConfig, startedAt: string | undefined): string[] {
  if (startedAt === undefined) return [];
  const today = new Date(startedAt);
  const out: string[] = [];
  const roles: [string, ModelConfig | undefined][] = [['baseline', config.models.baseline], ['candidate', config.models.candidate], ['judge', config.judge]];
  for (const [role, model] of roles) {
    if (!model || model.priceSource.kind !== 'builtin') continue;
    const age = priceAgeDays(model.priceSource.checked, today);
    if (age === undefined || age <= PRICE_MAX_AGE_DAYS) continue;
    const table = model.priceSource.table ?? 'built-in table';
    out.push(
      `The ${role} price of ${model.model} (${table}, ${model.priceSource.checked}) is ${age} days old: check it against the vendor's page, or set price: under the model (or prices: ${model.model}) to pin it.`,
    );
  }
  return out;
}

export function buildReport(opts: BuildReportOptions): GateReport {
  const { report, lists } = buildReportParts(opts);
  return withLists(report, lists);
}

/**
 * The report with `cases` (and `records`) left empty, and the lists that fill them, made
 * item by item as they are written (writeJsonFile): a large run's report is never held whole.
 */
export function buildReportParts(opts: BuildReportOptions): { report: GateReport; lists: ReportLists } {
  const { config, evalSet, comparison: cmp } = opts;
  const records = opts.records === undefined ? undefined : Array.isArray(opts.records) ? mappedList(opts.records, (r) => r) : (opts.records as ReportList<ReportRecord>);
  const lists: ReportLists = { cases: opts.cases ?? mappedList(opts.graded, reportCase), ...(records ? { records } : {}) };
  return { report: reportWithoutLists(opts, cmp, config, evalSet, records !== undefined), lists };
}

function reportWithoutLists(opts: BuildReportOptions, cmp: Comparison, config: GateConfig, evalSet: EvalSet, withRecords: boolean): GateReport {
  const cache = opts.run?.cache;
  const baseline = withPrompt(reportModel(cmp.models.baseline, config.models.baseline, cache?.baseline.reused), config, 'baseline');
  const candidate = withPrompt(reportModel(cmp.models.candidate, config.models.candidate, cache?.candidate.reused), config, 'candidate');
  const judge = cmp.judge ?? null;
  const checks = cmp.checks.map((c) => reportCheck(c, cache, baseline.calls));
  const p95 = checks.find((c) => c.baselineFromCache !== undefined);
  const cacheWords = cache ? [...cacheNotes(cache), ...(p95?.baselineFromCache ? [p95CacheNote(p95.baselineFromCache)] : [])] : [];
  return {
    schema: REPORT_SCHEMA,
    verdict: cmp.verdict,
    headline: opts.monthly ? `${headlineOf(cmp)}; ${monthlyPhrase(opts.monthly, cmp.statistics.confidence, opts.routing?.intervals.confidence)}` : headlineOf(cmp),
    reason: cmp.reason,
    models: { baseline, candidate },
    checks,
    statistics: reportStatistics(cmp.statistics),
    tags: cmp.tags,
    labels: {
      ...(cmp.labels.baseline ? { baseline: cmp.labels.baseline } : {}),
      ...(cmp.labels.candidate ? { candidate: cmp.labels.candidate } : {}),
    },
    regressions: withDrift(cmp),
    judge,
    pairedCases: cmp.pairedCases,
    repeats: config.run.repeats,
    thresholds: {
      qualityPerDollar: config.thresholds.qualityPerDollar,
      p95Latency: config.thresholds.p95Latency,
      quality: config.thresholds.quality,
      errorRate: config.thresholds.errorRate,
      ...(config.thresholds.ttftP95 === undefined ? {} : { ttftP95: config.thresholds.ttftP95 }),
    },
    evalSet: { files: [...evalSet.files], cases: evalSet.cases.length, contentHash: evalSet.contentHash },
    // What the run spent: calls finished after a sequential decision are paid for too.
    totals: {
      costUsd: sumBy([baseline.costUsd, candidate.costUsd, judge?.costUsd ?? 0, opts.run?.sequential?.afterDecision?.usd ?? 0, opts.alternativesSpent?.costUsd ?? 0], (x) => x),
      calls: baseline.calls + candidate.calls + (judge?.calls ?? 0) + (opts.run?.sequential?.afterDecision?.calls ?? 0) + (opts.alternativesSpent?.calls ?? 0),
    },
    cases: [],
    warnings: [...cmp.warnings.map(warningWords), ...priceWarnings(config, opts.run?.startedAt)],
    ...(withRecords ? { records: [] } : {}),
    ...(opts.shard ? { shard: { index: opts.shard.index, count: opts.shard.count, cases: opts.shard.cases } } : {}),
    ...(opts.merged ? { merged: { shards: opts.merged.shards, cases: opts.merged.cases } } : {}),
    ...(opts.ranking ? { ranking: opts.ranking } : {}),
    ...(opts.routing ? { routing: opts.routing } : {}),
    ...(opts.monthly ? { monthly: opts.monthly } : {}),
    tokens: withoutCases(cmp.tokens),
    timeouts: { ...cmp.timeouts, timeoutMs: config.run.timeoutMs, retries: config.run.retries },
    run: {
      startedAt: opts.run?.startedAt ?? null,
      durationMs: opts.run?.durationMs ?? null,
      simulated: opts.run?.simulated ?? false,
      notes: [...(opts.run?.notes ?? []), ...cacheWords],
      ...(opts.run?.estimate ? { estimate: { expectedUsd: opts.run.estimate.expectedUsd, worstCaseUsd: opts.run.estimate.worstCaseUsd } } : {}),
      ...(opts.run?.control ? { control: opts.run.control } : {}),
      ...(opts.run?.sequential ? { sequential: opts.run.sequential } : {}),
      ...(cache ? { cache } : {}),
    },
  };
}
