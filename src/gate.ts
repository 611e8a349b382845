// The only orchestrator: config → cases → calls → grades → comparison → report.
// Shells (cli.ts, action.ts) turn their inputs into GateOptions and decide what to
// print and which exit code to use; nothing here reads process.env or argv.
import type { LoadConfigOptions } from './config/index.js';
import type { LoadedGate } from './load.js';
import { createHttpFetch } from './run/transport.js';
import { dispatchOrder, runCases, createAdaptiveConcurrency, createCaller, createRunControl, estimateRunCost, warmUp, type RunCostEstimate, type RunProgress } from './run/index.js';
import { lookLevels, lookPoints } from './compare/sequential.js';
import type { Comparison, RankedAlternative } from './compare/index.js';
import type { MonthlyCost, RankingEntry, RoutingAdvice } from './compare/types.js';
import type { GateReport, ReportList, ReportLists, ReportRecord, SequentialReport } from './report/index.js';
import { LlmGateError } from './errors.js';
import { NO_API_KEY, alternativeSlot, messagesFor, modelPath, type ModelSlot, type CallFn, type CallRecord, type Clock, type EvalSet, type EvalWarning, type GateConfig, type GradedCase, type ModelConfig, type Side } from './types.js';
import { proxyEnvFrom } from './run/proxy.js';
import { seedFromHash } from './stats/rng.js';
import { createLookout, type SequentialSummary } from './lookout.js';
import { callKey, createRunCache, replaySettings, type CacheRole } from './cache/index.js';
import { endpointsToWarm } from './cache/warm.js';
import { missingEntriesError } from './cache/replay.js';
import { shardCases } from './shard/assign.js';
import type { MergedInputs } from './shard/merge.js';
import { resolve } from 'node:path';

export type GatePhase = 'load' | 'run' | 'grade' | 'compare' | 'report';

type Analysis = Awaited<ReturnType<typeof analysis>>;

/**
 * What runs once answers are in: the graders, the comparison and the report. Loaded when the
 * first answer arrives, so a run's start waits only for what sending needs (the SDK, the run).
 */
async function analysis() {
  const [grade, compare, report] = await Promise.all([import('./grade/index.js'), import('./compare/index.js'), import('./report/index.js')]);
  return {
    gradeCases: grade.gradeCases,
    compare: compare.compare,
    DEFAULT_STATISTICS: compare.DEFAULT_STATISTICS,
    monthlyCost: compare.monthlyCost,
    rankModels: compare.rankModels,
    routingAdvice: compare.routingAdvice,
    buildReport: report.buildReport,
    buildReportParts: report.buildReportParts,
    withLists: report.withLists,
    reportCache: report.reportCache,
    reportRecord: report.reportRecord,
  };
}

/** The config stage, for the commands that load it here (regrade, merge) rather than in the shell's thread. */
async function configStage() {
  return import('./config/index.js');
}

/** The run's progress is the gate's: calls done of all planned, dollars spent, time taken. */
export type GateProgress = RunProgress;

export interface GateOptions {
  configPath: string;
  /** Paths in errors and reports are relative to this directory. */
  cwd: string;
  /** Where API keys and ${VAR} expansions come from. */
  env: Record<string, string | undefined>;
  /** Used for every model whose apiKeyEnv is unset in env (the Action's `api-key` input). */
  defaultApiKey?: string;
  /** The models are llm-gate's simulator (the demo): the report says so everywhere it shows. */
  simulated?: boolean;
  /** Imported suites: drop assertions with no llm-gate mapping (with a warning) instead of failing. */
  skipUnsupported?: boolean;
  /** Model ids in place of the configured ones; `via` says whether they came as CLI flags or Action inputs. */
  overrides?: LoadConfigOptions['overrides'];
  clock?: Clock;
  signal?: AbortSignal;
  onPhase?(phase: GatePhase): void;
  onProgress?(progress: GateProgress): void;
  /** Every call from the call cache, none sent (`--replay`); a missing entry fails the run naming it. */
  replay?: boolean;
  /** Run only shard `index` (1-based) of `count`: the report is a partial one, for `merge`. */
  shard?: { index: number; count: number };
  /** models.baseline: { from: base }: the git commit to read the baseline from, and whether to run even if nothing changed. */
  baseline?: { ref?: string; force?: boolean };
  /** Wall-clock ms for cache entry ages (Date.now in production; fixed in tests). */
  now?: () => number;
  /** The config and eval set, already loaded from configPath (by the thread that started the worker). */
  loaded?: LoadedGate;
  /** Called once the config is loaded, before any call: lets shells mask keys, print estimates. */
  onLoaded?(loaded: { config: GateConfig; cases: number; apiKeys: string[]; estimate: RunCostEstimate; warnings: EvalWarning[] }): void;
  /**
   * The report's cases and records come as `lists` on the outcome (the report's own are
   * empty), made item by item as writeJsonFile writes them: for a caller that only writes
   * the JSON, so a large run's report is never held whole.
   */
  reportLists?: boolean;
}

export type GateOutcome =
  /** `jsonWritten`: the worker already wrote the JSON report (and may have sent the report without its cases). `release`: call it once `lists` are written. */
  | { status: 'done'; report: GateReport; config: GateConfig; jsonWritten?: true; lists?: ReportLists; release?: () => void }
  /** models.baseline: { from: base } and nothing that makes a call changed since the base commit: no call made. */
  | { status: 'skipped'; reason: string; config: GateConfig }
  | { status: 'error'; error: LlmGateError };

/** Runs the gate end to end. Never throws for user-fixable problems: they come back as `error`. */
export async function runGate(options: GateOptions): Promise<GateOutcome> {
  return outcomeOf(() => gate(options));
}

/**
 * What a gate command built: the report, and its lists when the caller asked for them
 * (reportLists); then `release` frees what the lists are made from (the merge's working
 * file), for the caller to call once they are written.
 */
type Built = { report: GateReport; config: GateConfig; lists?: ReportLists; release?: () => void };

async function outcomeOf(work: () => Promise<Built | Extract<GateOutcome, { status: 'skipped' }>>): Promise<GateOutcome> {
  try {
    const done = await work();
    return 'status' in done ? done : { status: 'done', ...done };
  } catch (err) {
    if (err instanceof LlmGateError) return { status: 'error', error: err };
    throw err;
  }
}

async function gate(options: GateOptions): Promise<Built | Extract<GateOutcome, { status: 'skipped' }>> {
  const { cwd, env, signal } = options;
  const startedAt = new Date();
  const clock = options.clock ?? performance;
  const t0 = clock.now();

  // A preloaded run was in its load phase in the thread that loaded it.
  if (!options.loaded) options.onPhase?.('load');
  const loaded = options.loaded ?? (await (await import('./load.js')).loadGate(options));
  const { config, evalSet: fullSet } = loaded;
  if (loaded.nothingToGate !== undefined) return { status: 'skipped', reason: loaded.nothingToGate, config };
  // A shard runs its slice of the cases; the content hash stays the whole set's, so every
  // shard draws the same bootstrap and the merge can check the partials belong together.
  const evalSet = options.shard ? { ...fullSet, cases: shardCases(fullSet.cases, options.shard) } : fullSet;
  // Only the count of the whole set is needed from here: a shard lets the other cases go.
  const fullCases = fullSet.cases.length;
  const replay = options.replay === true;
  // A replay sends nothing, so it needs no key.
  const keys = replay ? {} : resolveApiKeys(config, env, options.defaultApiKey);
  const estimate = estimateRunCost(evalSet.cases, config);
  // Header and query values from ${VAR} are secrets like the keys: the shells redact them all.
  const secrets = [...new Set([...Object.values(keys).filter((k): k is string => typeof k === 'string' && k !== ''), ...secretValues(config)])];
  const cacheSettings = config.run.cache ?? (replay ? replaySettings(config.rootDir, resolve) : undefined);
  const cache = cacheSettings
    ? createRunCache({ settings: cacheSettings, replay, secrets, now: options.now ?? Date.now })
    : undefined;
  options.onLoaded?.({ config, cases: evalSet.cases.length, apiKeys: secrets, estimate, warnings: evalSet.warnings ?? [] });
  let proxy: ReturnType<typeof proxyEnvFrom>;
  try {
    proxy = proxyEnvFrom(env);
    createHttpFetch({ proxy });
  } catch (err) {
    throw new LlmGateError((err as Error).message, { code: 'config', hint: 'set HTTPS_PROXY to http://host:port, or unset it' });
  }

  // One control for the whole run, judge included: the retry budget (so a degraded API
  // cannot start a retry storm) and the money ledger for run.budget. The models share its
  // adaptive concurrency; the judge gets its own below.
  const control = createRunControl({ settings: config.run, clock });
  const callerFor = (role: Side | 'judge', model: ModelConfig, adaptive = control.adaptive, apiKey = keys[role], countAs?: CacheRole): CallFn => {
    const inner = replay ? undefined : createCaller({ role, model, apiKey: apiKey ?? '', settings: config.run, clock, signal, control: { ...control, adaptive }, proxy });
    return cache ? cache.wrap(role, model, inner, countAs) : inner!;
  };
  const callers = { baseline: callerFor('baseline', config.models.baseline), candidate: callerFor('candidate', config.models.candidate) };
  // An alternative is a candidate of its own: called, cached and retried as the candidate is,
  // its cache hits counted apart from the candidate's.
  const alternativeCallers = (config.alternatives ?? []).map((model, i) => callerFor('candidate', model, control.adaptive, keys[alternativeSlot(i)], 'alternatives'));

  options.onPhase?.('run');
  const { baseline, candidate } = config.models;
  const cold = replay ? [] : await endpointsToWarm(config, evalSet, cache);
  if (cold.length > 0) {
    const alternatives = config.alternatives ?? [];
    await warmUp([...cold, ...(evalSet.cases.length > 0 ? alternatives : [])], {
      concurrency: config.run.concurrency,
      apiKeyFor: (model) => (model === baseline ? keys.baseline : model === candidate ? keys.candidate : keys[alternativeSlot(alternatives.indexOf(model))]),
      signal,
      proxy,
    });
  }
  const judgeRecords: CallRecord[] = [];
  // The judge is another model, with its own rate limit: its own AIMD, sharing the run's
  // retry budget and money ledger. Sequential looks grade (and judge) while the run goes on.
  const judgeAdaptive = createAdaptiveConcurrency({ max: config.run.concurrency, clock });
  const judgeCaller = config.judge ? callerFor('judge', config.judge, judgeAdaptive) : undefined;
  const judge: CallFn | undefined = judgeCaller
    ? async (request, callSignal) => {
        const record = await judgeCaller(request, callSignal);
        judgeRecords.push(record);
        return record;
      }
    : undefined;
  // Cases go in a seeded, tag-stratified order only when the gate will look at a prefix of
  // them; otherwise in file order, as they always did.
  // A shard never stops early: its looks would see one slice, and the merge needs every case.
  const sequentialOn = !options.shard && config.run.sequential !== false && lookPoints(evalSet.cases.length).length > 0;
  const order = sequentialOn ? dispatchOrder(evalSet.cases, seedFromHash(evalSet.contentHash)) : evalSet.cases.map((_, i) => i);
  const lookout = createLookout({
    config,
    evalSet,
    order,
    judge,
    judgeRecords,
    judgeLimit: () => judgeAdaptive.limit,
    signal,
    enabled: sequentialOn,
  });
  judgeAdaptive.start();
  let records: CallRecord[];
  let graded: GradedCase[];
  let afterDecision: CallRecord[] = [];
  let alternativeRecords: CallRecord[] = [];
  const keyOf = recordKeys(config, evalSet);
  const knownKeys = new Map<CallRecord, string>();
  let alternativeGraded: GradedCase[][] = [];
  // Loads once the first answer is in, while the other calls are out: before that, its
  // compiling would delay the first requests. Awaited once answers are in.
  let loading: ReturnType<typeof analysis> | undefined;
  const startAnalysis = (): ReturnType<typeof analysis> => {
    if (!loading) {
      loading = analysis();
      // Awaited later; a failed import is reported there, not as an unhandled rejection now.
      loading.catch(() => {});
    }
    return loading;
  };
  try {
    records = await runCases({
      cases: evalSet.cases,
      callers,
      ...(alternativeCallers.length > 0 ? { alternatives: alternativeCallers } : {}),
      repeats: config.run.repeats,
      concurrency: config.run.concurrency,
      signal,
      control,
      order,
      drain: lookout.drain,
      // Sequential looks decide the candidate's verdict: the alternatives' calls are not theirs.
      onRecord: (record) => {
        startAnalysis();
        if (record.alternative !== undefined) return;
        lookout.record(record);
        // Keyed while the calls run, when the worker is mostly waiting, not after the last.
        const key = keyOf(record);
        if (key !== undefined) knownKeys.set(record, key);
      },
      onProgress: options.onProgress,
    });
    alternativeRecords = records.filter((r) => r.alternative !== undefined);
    records = records.filter((r) => r.alternative === undefined);
    await lookout.settled();

    options.onPhase?.('grade');
    // After a sequential stop the report judges exactly the cases the deciding look judged,
    // so its verdict is that look's and the same inputs give the same report; calls that
    // were in flight, or sent while the look was graded, are paid for and counted apart
    // (sequential.afterDecision). Without a stop, every case is judged.
    const decided = lookout.summary().decidedAt;
    const judged = decided ? lookout.lookCases(decided.cases) : evalSet.cases;
    const ids = new Set(judged.map((c) => c.id));
    if (decided) {
      afterDecision = records.filter((r) => !ids.has(r.caseId));
      records = records.filter((r) => ids.has(r.caseId));
    }
    const { gradeCases } = await startAnalysis();
    const fresh = judged.filter((c) => !lookout.graded.has(c.id));
    const freshIds = new Set(fresh.map((c) => c.id));
    const newlyGraded = await gradeCases({
      cases: fresh,
      records: records.filter((r) => freshIds.has(r.caseId)),
      judge,
      concurrency: config.run.concurrency,
      judgeLimit: () => judgeAdaptive.limit,
      signal,
    });
    const byId = new Map([...lookout.graded, ...newlyGraded.map((g) => [g.case.id, g] as const)]);
    graded = judged.map((c) => byId.get(c.id)!);
    // Each alternative is graded on the cases the candidate's verdict was decided on, and
    // paired with the same baseline grades.
    alternativeRecords = alternativeRecords.filter((r) => ids.has(r.caseId));
    alternativeGraded = [];
    for (const [i] of (config.alternatives ?? []).entries()) {
      const own = await gradeCases({
        cases: judged,
        records: alternativeRecords.filter((r) => r.alternative === i),
        judge,
        concurrency: config.run.concurrency,
        judgeLimit: () => judgeAdaptive.limit,
        signal,
      });
      alternativeGraded.push(own.map((g, k) => ({ case: g.case, baseline: graded[k]!.baseline, candidate: g.candidate })));
    }
  } finally {
    judgeAdaptive.end();
  }
  judgeRecords.sort(byCaseThenRepeat(evalSet.cases.map((c) => c.id)));
  const cacheSummary = cache?.summary();
  const missing = cache?.replay && cacheSummary ? missingEntriesError(cacheSummary, config) : undefined;
  if (missing) throw missing;

  options.onPhase?.('compare');
  const a = await startAnalysis();
  const { compare, DEFAULT_STATISTICS, buildReportParts, reportCache } = a;
  const runSummary = control.summary();
  const sequential = lookout.summary();
  const incomplete = signal?.aborted === true || runSummary.stoppedForBudget || records.some((r) => r.error?.kind === 'cancelled');
  // A run stopped at a look is reported at that look's levels; one that went to the end, at
  // the final look's (the whole level when no interim look was planned).
  const levels = lookLevels(DEFAULT_STATISTICS, sequential.plan.length, sequential.decidedAt === undefined);
  const comparison = compare({ config, graded, records, judgeRecords, incomplete, seed: evalSet.contentHash, statistics: levels });
  const alternatives = (config.alternatives ?? []).map((model, i) => ({
    model,
    comparison: compare({
      config: { ...config, models: { baseline: config.models.baseline, candidate: model } },
      graded: alternativeGraded[i] ?? [],
      records: [...records.filter((r) => r.side === 'baseline'), ...alternativeRecords.filter((r) => r.alternative === i)],
      judgeRecords: [],
      incomplete,
      seed: evalSet.contentHash,
      statistics: levels,
    }),
    graded: alternativeGraded[i] ?? [],
  }));

  options.onPhase?.('report');
  const parts = buildReportParts({
    config,
    evalSet,
    comparison,
    graded,
    ...migrationAdvice(a, { config, graded, comparison, alternatives, seed: evalSet.contentHash }),
    ...(alternativeRecords.length > 0 ? { alternativesSpent: { calls: alternativeRecords.length, costUsd: alternativeRecords.reduce((sum, r) => sum + r.costUsd, 0) } } : {}),
    run: {
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(clock.now() - t0),
      simulated: options.simulated === true,
      control: runSummary,
      estimate,
      sequential: sequentialReport(sequential, {
        cases: evalSet.cases.length,
        plannedCalls: 2 * config.run.repeats * evalSet.cases.length,
        records,
        afterDecision,
        elapsedMs: clock.now() - t0,
      }),
      ...(cache && cacheSummary ? { cache: reportCache(cache.settings, cacheSummary, { replay, cwd, now: (options.now ?? Date.now)() }) } : {}),
    },
    records: keyedRecords(a.reportRecord, config, evalSet, records, judgeRecords, knownKeys),
    ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count, cases: fullCases } } : {}),
  });
  return built(a, parts, config, options.reportLists);
}

/** The report whole, or with its lists apart when the caller writes them itself. */
function built(a: Analysis, parts: { report: GateReport; lists: ReportLists }, config: GateConfig, apart = false): Built {
  return apart ? { ...parts, config } : { report: a.withLists(parts.report, parts.lists), config };
}

/**
 * Beyond the verdict: every model ranked (with alternatives), the routing of traffic slices
 * to models the paired results support, and with traffic: what it all costs per month.
 */
function migrationAdvice(a: Analysis, input: {
  config: GateConfig;
  graded: readonly GradedCase[];
  comparison: Comparison;
  alternatives: readonly (RankedAlternative & { graded: readonly GradedCase[] })[];
  seed: string;
}): { ranking?: RankingEntry[]; routing?: RoutingAdvice; monthly?: MonthlyCost } {
  const { config, graded, comparison, alternatives } = input;
  const ranking = alternatives.length > 0 ? a.rankModels(comparison, alternatives) : undefined;
  const routed = a.routingAdvice({
    cases: graded.map((g) => g.case),
    models: [
      { model: config.models.candidate.model, sides: graded.map((g) => g.candidate) },
      { model: config.models.baseline.model, sides: graded.map((g) => g.baseline) },
      ...alternatives.map((a) => ({ model: a.model.model, sides: a.graded.map((g) => g.candidate) })),
    ],
    qualityTolerance: typeof config.thresholds.quality === 'number' ? config.thresholds.quality : 0,
    seed: seedFromHash(input.seed),
  });
  // Advice needs a slice with enough cases to decide; without one there is nothing to say.
  const routing = routed && routed.slices.some((s) => s.cases >= routed.minCases) ? routed : undefined;
  const monthly = a.monthlyCost(config, comparison, routing);
  return { ...(ranking ? { ranking } : {}), ...(routing ? { routing } : {}), ...(monthly ? { monthly } : {}) };
}

/**
 * The run's records for the report: the models' with the call key each was made for, then
 * the judge's; each made when the report's writer reaches it.
 */
function keyedRecords(
  reportRecord: Analysis['reportRecord'],
  config: GateConfig,
  evalSet: EvalSet,
  records: readonly CallRecord[],
  judgeRecords: readonly CallRecord[],
  known?: ReadonlyMap<CallRecord, string>,
): ReportList<ReportRecord> {
  const keyOf = recordKeys(config, evalSet);
  return {
    length: records.length + judgeRecords.length,
    *items() {
      // The first record of each case and side is the one whose output the case shows.
      const shown = new Set<string>();
      for (const r of records) {
        const slot = `${r.caseId}\u0000${r.side}`;
        const first = !shown.has(slot);
        shown.add(slot);
        yield reportRecord(r, known?.get(r) ?? keyOf(r), first);
      }
      for (const r of judgeRecords) yield reportRecord(r);
    },
  };
}

/** The call key a model's record was made for (undefined for the judge's, or a case not in the set). */
function recordKeys(config: GateConfig, evalSet: EvalSet): (r: CallRecord) => string | undefined {
  const byId = new Map(evalSet.cases.map((c) => [c.id, c]));
  return (r) => {
    const c = byId.get(r.caseId);
    if (!c || r.side === 'judge') return undefined;
    return callKey(config.models[r.side], { messages: messagesFor(c, r.side), repeat: r.repeat });
  };
}

/** Every model's key must be present before the first call: a missing key is a setup error, not an outage. */
export function resolveApiKeys(
  config: GateConfig,
  env: Record<string, string | undefined>,
  defaultApiKey?: string,
): Partial<Record<ModelSlot | 'judge', string>> {
  const roles: [ModelSlot | 'judge', ModelConfig | undefined][] = [
    ['baseline', config.models.baseline],
    ['candidate', config.models.candidate],
    ...(config.alternatives ?? []).map((m, i): [ModelSlot, ModelConfig] => [alternativeSlot(i), m]),
    ['judge', config.judge],
  ];
  const keys: Partial<Record<ModelSlot | 'judge', string>> = {};
  // The shared key (the Action's api-key input) belongs to one host: sent to a second, it
  // would hand one vendor's key to another server without a word.
  let sharedHost: { role: ModelSlot | 'judge'; origin: string } | undefined;
  for (const [role, model] of roles) {
    if (!model) continue;
    // Keyless: nothing to look up, and the shared key is not sent either.
    if (model.apiKeyEnv === NO_API_KEY) {
      keys[role] = '';
      continue;
    }
    if (!env[model.apiKeyEnv] && defaultApiKey) {
      const origin = originOf(model.baseUrl);
      if (sharedHost && sharedHost.origin !== origin) {
        throw new LlmGateError(
          `the api-key input would be sent to ${sharedHost.origin} (the ${sharedHost.role}) and to ${origin} (the ${role}); a key is sent only to the host it belongs to`,
          {
            code: 'config',
            field: `${modelPath(role)}.apiKeyEnv`,
            hint: `set ${modelPath(role)}.apiKeyEnv to a variable holding the key for ${origin}`,
          },
        );
      }
      sharedHost ??= { role, origin };
    }
    const key = env[model.apiKeyEnv] || defaultApiKey;
    if (!key) {
      throw new LlmGateError(`${model.apiKeyEnv} is not set; the ${role === 'baseline' || role === 'candidate' || role === 'judge' ? role : modelPath(role)} model ${model.model} (${model.baseUrl}) needs it`, {
        code: 'missing-key',
        field: `${modelPath(role)}.apiKeyEnv`,
        hint: `export ${model.apiKeyEnv}, or set apiKeyEnv to the variable that holds the key`,
      });
    }
    keys[role] = key;
  }
  return keys;
}


/** The values of every model's headers and query that came from ${VAR}. */
export function secretValues(config: GateConfig): string[] {
  const out: string[] = [];
  for (const model of [config.models.baseline, config.models.candidate, ...(config.alternatives ?? []), config.judge]) {
    if (!model?.secretFields) continue;
    for (const name of model.secretFields.headers ?? []) if (model.headers?.[name]) out.push(model.headers[name]);
    for (const name of model.secretFields.query ?? []) if (model.query?.[name]) out.push(model.query[name]);
  }
  return out;
}

/** scheme://host:port, the unit a key belongs to. */
function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
}

function byCaseThenRepeat(order: string[]): (a: CallRecord, b: CallRecord) => number {
  const index = new Map(order.map((id, i) => [id, i]));
  return (a, b) => (index.get(a.caseId) ?? 0) - (index.get(b.caseId) ?? 0) || a.repeat - b.repeat;
}

/** What the report says about sequential stopping: where it looked, where it decided, what that saved. */
function sequentialReport(
  s: SequentialSummary,
  run: { cases: number; plannedCalls: number; records: readonly CallRecord[]; afterDecision: readonly CallRecord[]; elapsedMs: number },
): SequentialReport {
  const made = run.records.length + run.afterDecision.length;
  const saved = Math.max(0, run.plannedCalls - made);
  const spent = [...run.records, ...run.afterDecision].reduce((sum, r) => sum + r.costUsd, 0);
  const extraUsd = run.afterDecision.reduce((sum, r) => sum + r.costUsd, 0);
  return {
    enabled: s.plan.length > 0,
    looks: s.plan,
    looked: s.looks.map((l) => ({ cases: l.cases, verdict: l.verdict })),
    ...(s.decidedAt
      ? {
          decidedAfter: { look: s.decidedAt.cases, cases: s.decidedAt.cases, of: run.cases },
          afterDecision: { calls: run.afterDecision.length, usd: extraUsd },
          saved: { calls: saved, usd: made === 0 ? 0 : (spent / made) * saved, ms: made === 0 ? 0 : Math.round((run.elapsedMs / made) * saved) },
        }
      : {}),
  };
}

export interface ReportGateOptions {
  configPath: string;
  cwd: string;
  env: Record<string, string | undefined>;
  /** models.baseline: { from: base }: the commit the baseline is read from. */
  baseline?: { ref?: string };
  defaultApiKey?: string;
  clock?: Clock;
  signal?: AbortSignal;
  now?: () => number;
  /** As GateOptions.reportLists. */
  reportLists?: boolean;
}

/**
 * `regrade`: the grades, comparison and verdict again from a report's stored outputs, with
 * the config as it is now. Only judge calls are made (llm-judge graders), so a grader or
 * threshold change costs nothing to re-evaluate. Outputs made for another request (the
 * prompt, model or params changed since) are refused: regrading them would gate a call
 * nobody makes.
 */
export async function runRegrade(options: ReportGateOptions & { reportPath: string }): Promise<GateOutcome> {
  return outcomeOf(() => regrade(options));
}

/** `merge`: one report on every case from the shards' partial reports. */
export async function runMerge(options: ReportGateOptions & { partials: string[] }): Promise<GateOutcome> {
  return outcomeOf(() => merge(options));
}

async function regrade(options: ReportGateOptions & { reportPath: string }): Promise<{ report: GateReport; config: GateConfig }> {
  const { cwd, env, signal } = options;
  const clock = options.clock ?? performance;
  const t0 = clock.now();
  const startedAt = new Date((options.now ?? Date.now)());
  const [{ loadConfig, loadEvalSet }, a, { readReportFile }, { regradePlan }] = await Promise.all([configStage(), analysis(), import('./report/read.js'), import('./report/regrade-plan.js')]);
  const { gradeCases, compare, DEFAULT_STATISTICS, buildReport } = a;
  const config = await loadConfig(options.configPath, { cwd, env, ...(options.baseline ? { baseline: options.baseline } : {}) });
  const full = await loadEvalSet(config, { cwd, env });
  const stored = await readReportFile(resolve(cwd, options.reportPath), options.reportPath);
  const plan = regradePlan(stored, full, config, options.reportPath);
  const needsJudge = plan.cases.some((c) => c.expect.some((e) => e.type === 'llm-judge'));
  const judgeRecords: CallRecord[] = [];
  let judge: CallFn | undefined;
  if (needsJudge && config.judge) {
    const judgeModel = config.judge;
    const keyless = judgeModel.apiKeyEnv === NO_API_KEY;
    const apiKey = keyless ? '' : env[judgeModel.apiKeyEnv] || options.defaultApiKey;
    if (!keyless && !apiKey) {
      throw new LlmGateError(`${judgeModel.apiKeyEnv} is not set; the judge model ${judgeModel.model} (${judgeModel.baseUrl}) needs it`, {
        code: 'missing-key',
        field: 'judge.apiKeyEnv',
        hint: `export ${judgeModel.apiKeyEnv}; regrade calls only the judge`,
      });
    }
    const control = createRunControl({ settings: config.run, clock });
    const inner = createCaller({ role: 'judge', model: judgeModel, apiKey: apiKey ?? '', settings: config.run, clock, signal, control, proxy: proxyEnvFrom(env) });
    const cache = config.run.cache ? createRunCache({ settings: config.run.cache, replay: false, secrets: [apiKey ?? '', ...secretValues(config)].filter((k) => k !== ''), now: options.now ?? Date.now }) : undefined;
    const call = cache ? cache.wrap('judge', judgeModel, inner) : inner;
    judge = async (request, callSignal) => {
      const record = await call(request, callSignal);
      judgeRecords.push(record);
      return record;
    };
  }
  const graded = await gradeCases({ cases: plan.cases, records: plan.records, judge, concurrency: config.run.concurrency, signal });
  judgeRecords.sort(byCaseThenRepeat(plan.cases.map((c) => c.id)));
  const sequential = config.run.sequential !== false ? lookPoints(plan.total).length : 0;
  const comparison = compare({
    config,
    graded,
    records: plan.records,
    judgeRecords,
    incomplete: plan.incomplete,
    seed: full.contentHash,
    statistics: lookLevels(DEFAULT_STATISTICS, sequential, !plan.stoppedEarly),
  });
  const evalSet = { ...full, cases: plan.cases };
  const made = judgeRecords.filter((r) => r.cachedAt === undefined).length;
  const report = buildReport({
    config,
    evalSet,
    comparison,
    graded,
    run: {
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(clock.now() - t0),
      notes: [`Regraded from ${options.reportPath} (outputs measured ${stored.run?.startedAt ?? 'at an unknown time'}); ${made} judge call${made === 1 ? '' : 's'} made, no model call.`],
    },
    records: keyedRecords(a.reportRecord, config, evalSet, plan.records, judgeRecords),
    ...(stored.shard ? { shard: stored.shard } : {}),
  });
  return { report, config };
}

async function merge(options: ReportGateOptions & { partials: string[] }): Promise<Built> {
  const { cwd, env } = options;
  const clock = options.clock ?? performance;
  const t0 = clock.now();
  const [{ loadConfig, loadEvalSet }, a, { readReportFile }, { createMerge, createSpool }] = await Promise.all([
    configStage(),
    analysis(),
    import('./report/read.js'),
    import('./shard/index.js'),
  ]);
  const config = await loadConfig(options.configPath, { cwd, env, ...(options.baseline ? { baseline: options.baseline } : {}) });
  const evalSet = await loadEvalSet(config, { cwd, env });
  // Each case's and record's report item waits on disk until the merged report is written:
  // released here when the report is made whole, else by whoever writes the lists.
  const spool = createSpool();
  try {
    // One partial at a time: each is read, checked and reduced to its graded cases and
    // records before the next is read, so the merge holds data, not ten parsed reports.
    const merging = createMerge(evalSet, { spool, keyOf: recordKeys(config, evalSet) });
    const scratch: { buffer?: Buffer } = {};
    for (const file of options.partials) merging.add({ file, report: await readReportFile(resolve(cwd, file), file, undefined, scratch) });
    // Read buffers are outside the heap: the comparison and the report need the room.
    delete scratch.buffer;
    const done = mergedReport(a, config, evalSet, merging.finish(), options.reportLists === true, () => clock.now() - t0);
    if (options.reportLists) return { ...done, release: spool.release };
    spool.release();
    return done;
  } catch (err) {
    spool.release();
    throw err;
  }
}

function mergedReport(a: Analysis, config: GateConfig, evalSet: EvalSet, merged: MergedInputs, apart: boolean, elapsedMs: () => number): Built {
  const { graded } = merged;
  // The levels a single run of every case uses when it goes to the end.
  const sequential = config.run.sequential !== false ? lookPoints(evalSet.cases.length).length : 0;
  const comparison = a.compare({
    config,
    graded,
    records: merged.records,
    judgeRecords: merged.judgeRecords,
    incomplete: merged.incomplete,
    seed: evalSet.contentHash,
    statistics: lookLevels(a.DEFAULT_STATISTICS, sequential, true),
  });
  const parts = a.buildReportParts({
    config,
    evalSet,
    comparison,
    graded,
    run: {
      ...(merged.startedAt === null ? {} : { startedAt: merged.startedAt }),
      durationMs: merged.durationMs ?? Math.round(elapsedMs()),
      notes: [`Merged from ${merged.count} shards: the statistics are computed on all ${evalSet.cases.length} cases; each shard had its own budget and retry budget.`],
    },
    // Made as the partials were read (createMerge with a spool); the graded cases and records hold no outputs.
    cases: merged.items!.cases,
    records: merged.items!.records,
    merged: { shards: merged.count, cases: evalSet.cases.length },
  });
  return built(a, parts, config, apart);
}
