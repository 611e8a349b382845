// One gate-like run against the simulator, for the fault-injection benchmark (issue 4):
// the real runner (createRunControl, createCaller, warmUp, runCases) and the real
// grade → compare pipeline, so the verdict is the one the gate would print.
import { compare, type Comparison } from '../src/compare/index.js';
import { gradeCases } from '../src/grade/index.js';
import { createCaller, createRunControl, runCases, warmUp, type RetryPolicy, type RunControlSummary } from '../src/run/index.js';
import { startSimulator, type FaultPlan, type ModelProfile } from '../src/simulator/index.js';
import type { CallFn, CallRecord, EvalCase, GateConfig, ModelConfig, Side, Thresholds } from '../src/types.js';

export interface FaultScenario {
  name: string;
  baseline: ModelProfile;
  candidate: ModelProfile;
  /** Multiplies the candidate's prices. */
  candidatePriceScale: number;
  /** Shown, but its verdict is not a target. */
  informational?: boolean;
}

export interface FaultRunResult {
  planned: number;
  records: CallRecord[];
  /** Each (case, side) planned has exactly one record. */
  accounted: boolean;
  /** Chat completion requests the simulator received: every attempt, counted by the server. */
  servedAttempts: number;
  /** Sum of record.attempts, the runner's own count (should equal servedAttempts). */
  recordedAttempts: number;
  infra: Record<Side, number>;
  timeouts: Record<Side, number>;
  control: RunControlSummary;
  comparison: Comparison;
  wallMs: number;
}

export const THRESHOLDS: Thresholds = { quality: 2, qualityPerDollar: 0.1, p95Latency: 0.2, errorRate: 0.02 };
const LABELS = ['billing', 'shipping', 'technical', 'account'];
const PRICE = { input: 2.5, cachedInput: 1.25, output: 10 };

export function faultCases(count: number): EvalCase[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `case-${String(i).padStart(4, '0')}`,
    tags: [],
    vars: {},
    messages: [
      { role: 'system' as const, content: `Route the ticket to one of: ${LABELS.join(', ')}. Answer with the label only.` },
      { role: 'user' as const, content: `Ticket ${i}: something about order ${1000 + i} needs a look.` },
    ],
    expect: [{ type: 'label', weight: 1, value: LABELS[(i * 7 + 3) % LABELS.length]! }],
    source: { file: 'bench/faults', line: i + 1 },
  }));
}

function modelConfig(url: string, id: string, priceScale: number): ModelConfig {
  return {
    model: id,
    baseUrl: url,
    apiKeyEnv: 'BENCH_API_KEY',
    params: { temperature: 0, max_tokens: 50 },
    price: { input: PRICE.input * priceScale, cachedInput: PRICE.cachedInput * priceScale, output: PRICE.output * priceScale },
    priceSource: { kind: 'config' },
  };
}

export async function faultRun(opts: {
  scenario: FaultScenario;
  cases: EvalCase[];
  faults?: FaultPlan;
  seed: number;
  timeoutMs: number;
  concurrency: number;
  /** Adaptive concurrency's recovery step (createRunControl); default its own. */
  recoverAfter?: number;
  /** Overrides of RETRY_DEFAULTS, to compare policies. */
  retryPolicy?: Partial<RetryPolicy>;
}): Promise<FaultRunResult> {
  const { scenario, cases } = opts;
  const sim = await startSimulator({
    models: [scenario.baseline, scenario.candidate],
    cases,
    seed: opts.seed,
    ...(opts.faults ? { faults: opts.faults } : {}),
  });
  try {
    const config: GateConfig = {
      configFile: '/bench/llm-gate.yml',
      rootDir: '/bench',
      evals: ['evals/*.yaml'],
      models: {
        baseline: modelConfig(sim.url, scenario.baseline.id, 1),
        candidate: modelConfig(sim.url, scenario.candidate.id, scenario.candidatePriceScale),
      },
      thresholds: THRESHOLDS,
      run: { concurrency: opts.concurrency, repeats: 1, timeoutMs: opts.timeoutMs, retries: 2 },
    };
    // As the gate wires it: one control for the run, shared by every caller and the pool.
    const control = createRunControl({
      settings: config.run,
      retryPolicy: opts.retryPolicy ?? {},
      ...(opts.recoverAfter === undefined ? {} : { recoverAfter: opts.recoverAfter }),
    });
    const callerFor = (side: Side): CallFn =>
      createCaller({ role: side, model: config.models[side], apiKey: 'sk-bench', settings: config.run, control, retryPolicy: opts.retryPolicy ?? {} });
    const callers = { baseline: callerFor('baseline'), candidate: callerFor('candidate') };
    await warmUp([config.models.baseline, config.models.candidate], { concurrency: opts.concurrency });
    const warmUpRequests = sim.served.length;

    const started = performance.now();
    const records = await runCases({ cases, callers, repeats: 1, concurrency: opts.concurrency, control });
    const wallMs = performance.now() - started;

    const graded = await gradeCases({ cases, records });
    const comparison = compare({ config, graded, records, seed: 'bench-faults' });

    const planned = cases.length * 2;
    const seen = new Set(records.map((r) => `${r.caseId}/${r.side}`));
    const accounted =
      records.length === planned && seen.size === planned && cases.every((c) => seen.has(`${c.id}/baseline`) && seen.has(`${c.id}/candidate`));
    const count = (side: Side, kind: string): number => records.filter((r) => r.side === side && r.error?.kind === kind).length;
    return {
      planned,
      records,
      accounted,
      servedAttempts: sim.served.length - warmUpRequests,
      recordedAttempts: records.reduce((sum, r) => sum + r.attempts, 0),
      infra: { baseline: count('baseline', 'infra'), candidate: count('candidate', 'infra') },
      timeouts: { baseline: count('baseline', 'timeout'), candidate: count('candidate', 'timeout') },
      control: control.summary(),
      comparison,
      wallMs,
    };
  } finally {
    await sim.close();
  }
}
