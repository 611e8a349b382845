// The only orchestrator: config → cases → calls → grades → comparison → report.
// Shells (cli.ts, action.ts) turn their inputs into GateOptions and decide what to
// print and which exit code to use; nothing here reads process.env or argv.
import { loadConfig, loadEvalSet, type LoadConfigOptions } from './config/index.js';
import { dispatchOrder, runCases, createAdaptiveConcurrency, createCaller, createRunControl, estimateRunCost, warmUp, type RunCostEstimate, type RunProgress } from './run/index.js';
import { gradeCases } from './grade/index.js';
import { compare, DEFAULT_STATISTICS, lookLevels, lookPoints } from './compare/index.js';
import { buildReport, type GateReport } from './report/index.js';
import { LlmGateError } from './errors.js';
import type { CallFn, CallRecord, Clock, EvalWarning, GateConfig, GradedCase, ModelConfig, Side } from './types.js';
import { seedFromHash } from './stats/index.js';
import { createLookout, fullyAnswered, type SequentialSummary } from './lookout.js';
import type { SequentialReport } from './report/index.js';

export type GatePhase = 'load' | 'run' | 'grade' | 'compare' | 'report';

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
  /** Called once the config is loaded, before any call: lets shells mask keys, print estimates. */
  onLoaded?(loaded: { config: GateConfig; cases: number; apiKeys: string[]; estimate: RunCostEstimate; warnings: EvalWarning[] }): void;
}

export type GateOutcome =
  | { status: 'done'; report: GateReport; config: GateConfig }
  | { status: 'error'; error: LlmGateError };

/** Runs the gate end to end. Never throws for user-fixable problems: they come back as `error`. */
export async function runGate(options: GateOptions): Promise<GateOutcome> {
  try {
    return { status: 'done', ...(await gate(options)) };
  } catch (err) {
    if (err instanceof LlmGateError) return { status: 'error', error: err };
    throw err;
  }
}

async function gate(options: GateOptions): Promise<{ report: GateReport; config: GateConfig }> {
  const { cwd, env, signal } = options;
  const startedAt = new Date();
  const clock = options.clock ?? performance;
  const t0 = clock.now();

  options.onPhase?.('load');
  const config = await loadConfig(options.configPath, { cwd, env, overrides: options.overrides });
  const evalSet = await loadEvalSet(config, { cwd, env, skipUnsupported: options.skipUnsupported ?? false });
  const keys = resolveApiKeys(config, env, options.defaultApiKey);
  const estimate = estimateRunCost(evalSet.cases, config);
  options.onLoaded?.({ config, cases: evalSet.cases.length, apiKeys: [...new Set(Object.values(keys))], estimate, warnings: evalSet.warnings ?? [] });

  // One control for the whole run, judge included: the retry budget (so a degraded API
  // cannot start a retry storm) and the money ledger for run.budget. The models share its
  // adaptive concurrency; the judge gets its own below.
  const control = createRunControl({ settings: config.run, clock });
  const callerFor = (role: Side | 'judge', model: ModelConfig, adaptive = control.adaptive): CallFn =>
    createCaller({ role, model, apiKey: keys[role] ?? '', settings: config.run, clock, signal, control: { ...control, adaptive } });
  const callers = { baseline: callerFor('baseline', config.models.baseline), candidate: callerFor('candidate', config.models.candidate) };

  options.onPhase?.('run');
  const { baseline, candidate } = config.models;
  await warmUp([baseline, candidate], {
    concurrency: config.run.concurrency,
    apiKeyFor: (model) => (model === baseline ? keys.baseline : keys.candidate),
    signal,
  });
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
  const sequentialOn = config.run.sequential !== false && lookPoints(evalSet.cases.length).length > 0;
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
  try {
    records = await runCases({
      cases: evalSet.cases,
      callers,
      repeats: config.run.repeats,
      concurrency: config.run.concurrency,
      signal,
      control,
      order,
      drain: lookout.drain,
      onRecord: (record) => lookout.record(record),
      onProgress: options.onProgress,
    });
    await lookout.settled();

    options.onPhase?.('grade');
    // After a sequential stop only the cases answered in full are judged; the rest were
    // never needed. Without one, every case is, as it always was.
    const judged = lookout.drain.aborted ? fullyAnswered(evalSet.cases, records, config.run.repeats) : evalSet.cases;
    const ids = new Set(judged.map((c) => c.id));
    if (lookout.drain.aborted) records = records.filter((r) => ids.has(r.caseId));
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
  } finally {
    judgeAdaptive.end();
  }
  judgeRecords.sort(byCaseThenRepeat(evalSet.cases.map((c) => c.id)));

  options.onPhase?.('compare');
  const runSummary = control.summary();
  const sequential = lookout.summary();
  const incomplete = signal?.aborted === true || runSummary.stoppedForBudget || records.some((r) => r.error?.kind === 'cancelled');
  // A run stopped at a look is reported at that look's levels; one that went to the end, at
  // the final look's (the whole level when no interim look was planned).
  const levels = lookLevels(DEFAULT_STATISTICS, sequential.plan.length, sequential.decidedAt === undefined);
  const comparison = compare({ config, graded, records, judgeRecords, incomplete, seed: evalSet.contentHash, statistics: levels });

  options.onPhase?.('report');
  const report = buildReport({
    config,
    evalSet,
    comparison,
    graded,
    run: {
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(clock.now() - t0),
      simulated: options.simulated === true,
      control: runSummary,
      estimate,
      sequential: sequentialReport(sequential, { cases: evalSet.cases.length, judged: graded.length, plannedCalls: 2 * config.run.repeats * evalSet.cases.length, records, elapsedMs: clock.now() - t0 }),
    },
  });
  return { report, config };
}

/** Every model's key must be present before the first call: a missing key is a setup error, not an outage. */
export function resolveApiKeys(
  config: GateConfig,
  env: Record<string, string | undefined>,
  defaultApiKey?: string,
): Partial<Record<Side | 'judge', string>> {
  const roles: [Side | 'judge', ModelConfig | undefined][] = [
    ['baseline', config.models.baseline],
    ['candidate', config.models.candidate],
    ['judge', config.judge],
  ];
  const keys: Partial<Record<Side | 'judge', string>> = {};
  // The shared key (the Action's api-key input) belongs to one host: sent to a second, it
  // would hand one vendor's key to another server without a word.
  let sharedHost: { role: Side | 'judge'; origin: string } | undefined;
  for (const [role, model] of roles) {
    if (!model) continue;
    if (!env[model.apiKeyEnv] && defaultApiKey) {
      const origin = originOf(model.baseUrl);
      if (sharedHost && sharedHost.origin !== origin) {
        throw new LlmGateError(
          `the api-key input would be sent to ${sharedHost.origin} (the ${sharedHost.role}) and to ${origin} (the ${role}); a key is sent only to the host it belongs to`,
          {
            code: 'config',
            field: role === 'judge' ? 'judge.apiKeyEnv' : `models.${role}.apiKeyEnv`,
            hint: `set ${role === 'judge' ? 'judge' : `models.${role}`}.apiKeyEnv to a variable holding the key for ${origin}`,
          },
        );
      }
      sharedHost ??= { role, origin };
    }
    const key = env[model.apiKeyEnv] || defaultApiKey;
    if (!key) {
      throw new LlmGateError(`${model.apiKeyEnv} is not set; the ${role} model ${model.model} (${model.baseUrl}) needs it`, {
        code: 'missing-key',
        field: `models.${role}.apiKeyEnv`,
        hint: `export ${model.apiKeyEnv}, or set apiKeyEnv to the variable that holds the key`,
      });
    }
    keys[role] = key;
  }
  return keys;
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
  run: { cases: number; judged: number; plannedCalls: number; records: readonly CallRecord[]; elapsedMs: number },
): SequentialReport {
  const made = run.records.length;
  const saved = Math.max(0, run.plannedCalls - made);
  const spent = run.records.reduce((sum, r) => sum + r.costUsd, 0);
  return {
    enabled: s.plan.length > 0,
    looks: s.plan,
    looked: s.looks.map((l) => ({ cases: l.cases, verdict: l.verdict })),
    ...(s.decidedAt
      ? {
          decidedAfter: { look: s.decidedAt.cases, cases: run.judged, of: run.cases },
          saved: { calls: saved, usd: made === 0 ? 0 : (spent / made) * saved, ms: made === 0 ? 0 : Math.round((run.elapsedMs / made) * saved) },
        }
      : {}),
  };
}
