// An in-process source of CallRecords for validating the statistics (issue 5): simulated
// baseline and candidate models answer simulated routing cases, and the records go
// through the real pipeline (gradeCases → compare → verdict), with no HTTP.
//
// The model of an eval, with every "true" value known exactly:
// - Case i has a difficulty u_i ~ U(0, 1) and a size s_i = exp(0.5·z_i), both shared by
//   the two models: hard cases are hard for both, long answers are long (and slow) for both.
// - A call is right when mix(u_i, v) < q, with v ~ U(0, 1) fresh per call and mix() the
//   CDF-corrected blend 0.75·u + 0.25·v of the built-in simulator (answers.ts), so a model
//   of quality q is right with probability exactly q while the two models' scores stay
//   correlated case by case. A right call answers the case's label, a wrong one another.
// - A call times out with probability e (latency = the 30 s timeout, cost 0, score 0).
// - Latency = median × s_i × exp(σ_call·z): the case's size sets most of it (answer length),
//   per-call jitter the rest. σ_call = 0.1 by default: log-normal overall with σ ≈ 0.51
//   (p95 ≈ 2.3 × median, close to the benchmark profile of issue 2).
// - Tokens: prompt ≈ 180·s_i^0.5, completion ≈ 60·s_i·exp(0.2·z); cost at the model's price.
// True changes: quality 100·(q_c(1−e_c) − q_b(1−e_b)); p95 ratio = median_c / median_b
// (the p95 is over answered calls, and whether a call times out does not depend on its
// latency here); quality per dollar (q_c/q_b)·(price_b/price_c);
// error rate e_c − e_b.

import { compare, DEFAULT_STATISTICS, lookLevels, lookPoints, type CompareOptions, type Comparison } from '../src/compare/index.js';
import { gradeCases } from '../src/grade/index.js';
import { nextIndex, xoshiro128ss, type Uint32Source } from '../src/stats/index.js';
import type { CallRecord, EvalCase, GateConfig, GradedCase, GradedSide, ModelConfig, Side, Thresholds } from '../src/types.js';

export interface SimModel {
  /** Probability of a right answer. */
  quality: number;
  medianMs: number;
  /** Multiplies the price of every token. */
  priceScale: number;
  /** Probability that a call times out. */
  timeoutRate: number;
  /** σ of the per-call log-latency jitter around the case's own latency. */
  jitter: number;
}

export const SIM_BASE: SimModel = { quality: 0.8, medianMs: 50, priceScale: 1, timeoutRate: 0.003, jitter: 0.1 };

/**
 * How a call's latency arises (both models share it; the candidate's median scales it):
 * - case: median × case size (σ 0.5) × per-call jitter (σ = the model's jitter, 0.1 by default)
 * - jitter: the same with per-call jitter σ 0.3
 * - independent: no case effect, log-normal per call with median 50 ms and p95 120 ms (σ 0.532)
 * - heavy: as `case`, and 5% of calls 5× slower
 */
export type LatencyModel = 'case' | 'jitter' | 'independent' | 'heavy';

/**
 * How a call is scored. m ~ U(0, 1) is the call's draw (shared difficulty, fresh per call):
 * - binary: 1 when m < q (the label grader's right/wrong)
 * - graded: 1 when m < q − 0.1, 0.5 when m < q + 0.1, else 0 (mean q)
 * - continuous: (1 − m)^((1 − q)/q), in [0, 1] with mean q
 * A timed-out call scores 0; a case's score is the mean over its repeats.
 */
export type ScoreModel = 'binary' | 'graded' | 'continuous';

export interface SimScenario {
  cases: number;
  baseline: SimModel;
  candidate: SimModel;
  repeats?: number;
  latency?: LatencyModel;
  scores?: ScoreModel;
}

export const DEFAULT_THRESHOLDS: Thresholds = { quality: 2, qualityPerDollar: 0.1, p95Latency: 0.2, errorRate: 0.02 };
const TIMEOUT_MS = 30_000;
const LABELS = ['billing', 'shipping', 'technical', 'account'];
const PRICE = { input: 2.5, cachedInput: 1.25, output: 10 };

/** The true changes a perfect gate would report, in the units of each check's change. */
export function trueChanges(s: SimScenario): { quality: number; qualityPerDollar: number; p95Latency: number; errorRate: number } {
  const { baseline: b, candidate: c } = s;
  return {
    quality: 100 * (c.quality * (1 - c.timeoutRate) - b.quality * (1 - b.timeoutRate)),
    qualityPerDollar: (c.quality / b.quality) * (b.priceScale / c.priceScale) - 1,
    p95Latency: c.medianMs / b.medianMs - 1,
    errorRate: c.timeoutRate - b.timeoutRate,
  };
}

function uniform(source: Uint32Source): number {
  return (source() + 0.5) / 4294967296;
}

function normal(source: Uint32Source): number {
  return Math.sqrt(-2 * Math.log(uniform(source))) * Math.cos(2 * Math.PI * uniform(source));
}

// CDF of 0.75·D + 0.25·V for independent uniforms (as in src/simulator/answers.ts).
function mixedCdf(x: number): number {
  const a = 0.25;
  const b = 0.75;
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x < a) return (x * x) / (2 * a * b);
  if (x <= b) return (x - a / 2) / b;
  return 1 - ((1 - x) * (1 - x)) / (2 * a * b);
}

function modelConfig(name: string, priceScale: number): ModelConfig {
  return {
    model: name,
    baseUrl: 'http://127.0.0.1:1/v1',
    apiKeyEnv: 'SIM_KEY',
    params: {},
    price: { input: PRICE.input * priceScale, cachedInput: PRICE.cachedInput * priceScale, output: PRICE.output * priceScale },
    priceSource: { kind: 'config' },
  };
}

export function simConfig(s: SimScenario, thresholds: Thresholds = DEFAULT_THRESHOLDS): GateConfig {
  return {
    configFile: '/sim/llm-gate.yml',
    rootDir: '/sim',
    evals: ['evals/*.yaml'],
    models: { baseline: modelConfig('sim-base', s.baseline.priceScale), candidate: modelConfig('sim-cand', s.candidate.priceScale) },
    thresholds,
    run: { concurrency: 8, repeats: s.repeats ?? 1, timeoutMs: TIMEOUT_MS, retries: 2 },
  };
}

/** The eval set and every call record of one simulated gate run. */
export function simulateRun(s: SimScenario, seed: number): { cases: EvalCase[]; records: CallRecord[] } {
  const source = xoshiro128ss(seed);
  const cases: EvalCase[] = [];
  const records: CallRecord[] = [];
  const repeats = s.repeats ?? 1;
  for (let i = 0; i < s.cases; i++) {
    const id = `case-${String(i).padStart(4, '0')}`;
    const label = LABELS[nextIndex(source, LABELS.length)] as string;
    const difficulty = uniform(source);
    const size = Math.exp(0.5 * normal(source));
    cases.push({
      id,
      tags: [],
      vars: {},
      messages: [{ role: 'user', content: `Route ticket ${i}` }],
      expect: [{ type: 'label', weight: 1, value: label }],
      source: { file: 'evals/sim.yaml', line: 1 + 4 * i },
    });
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const side of ['baseline', 'candidate'] as const) {
        records.push(call(s[side], side, { id, label, difficulty, size, repeat }, source));
      }
    }
  }
  return { cases, records };
}

function call(
  m: SimModel,
  side: Side,
  c: { id: string; label: string; difficulty: number; size: number; repeat: number },
  source: Uint32Source,
): CallRecord {
  const model = side === 'baseline' ? 'sim-base' : 'sim-cand';
  const timedOut = uniform(source) < m.timeoutRate;
  const right = mixedCdf(0.75 * c.difficulty + 0.25 * uniform(source)) < m.quality;
  const latency = m.medianMs * c.size * Math.exp(m.jitter * normal(source));
  const prompt = Math.round(180 * Math.sqrt(c.size));
  const completion = Math.max(1, Math.round(60 * c.size * Math.exp(0.2 * normal(source))));
  const base = { caseId: c.id, side, repeat: c.repeat, model, attempts: 1 };
  if (timedOut) {
    return {
      ...base,
      output: null,
      latencyMs: TIMEOUT_MS,
      usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
      costUsd: 0,
      error: { kind: 'timeout', message: `no answer within ${TIMEOUT_MS / 1000}s` },
    };
  }
  const wrong = LABELS[(LABELS.indexOf(c.label) + 1 + nextIndex(source, LABELS.length - 1)) % LABELS.length] as string;
  return {
    ...base,
    output: right ? c.label : wrong,
    latencyMs: latency,
    usage: { prompt, cached: 0, completion, reasoning: 0 },
    costUsd: ((prompt * PRICE.input + completion * PRICE.output) * m.priceScale) / 1e6,
    finishReason: 'stop',
  };
}

const INDEPENDENT_SIGMA = Math.log(120 / 50) / 1.6448536269514722;

function latencyOf(m: SimModel, model: LatencyModel, size: number, source: Uint32Source): number {
  switch (model) {
    case 'case':
      return m.medianMs * size * Math.exp(m.jitter * normal(source));
    case 'jitter':
      return m.medianMs * size * Math.exp(0.3 * normal(source));
    case 'independent':
      return m.medianMs * Math.exp(INDEPENDENT_SIGMA * normal(source));
    case 'heavy':
      return m.medianMs * size * Math.exp(m.jitter * normal(source)) * (uniform(source) < 0.05 ? 5 : 1);
  }
}

function scoreOf(model: ScoreModel, draw: number, q: number): number {
  switch (model) {
    case 'binary':
      return draw < q ? 1 : 0;
    case 'graded':
      return draw < q - 0.1 ? 1 : draw < q + 0.1 ? 0.5 : 0;
    case 'continuous':
      return (1 - draw) ** ((1 - q) / q);
  }
}

/**
 * A simulated run as graded cases and call records, scored without the graders (so graded
 * and continuous scores can be simulated; compare() and the verdict are the real ones).
 */
export function simulateScored(s: SimScenario, seed: number): { graded: GradedCase[]; records: CallRecord[] } {
  const source = xoshiro128ss(seed);
  const graded: GradedCase[] = [];
  const records: CallRecord[] = [];
  const repeats = s.repeats ?? 1;
  const latency = s.latency ?? 'case';
  const scores = s.scores ?? 'binary';
  for (let i = 0; i < s.cases; i++) {
    const id = `case-${String(i).padStart(4, '0')}`;
    const difficulty = uniform(source);
    const size = Math.exp(0.5 * normal(source));
    const sides = {} as Record<'baseline' | 'candidate', GradedSide>;
    const perSide = { baseline: [] as number[], candidate: [] as number[] };
    const cost = { baseline: 0, candidate: 0 };
    const lat = { baseline: [] as number[], candidate: [] as number[] };
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const side of ['baseline', 'candidate'] as const) {
        const m = s[side];
        const timedOut = uniform(source) < m.timeoutRate;
        const draw = mixedCdf(0.75 * difficulty + 0.25 * uniform(source));
        const ms = latencyOf(m, latency, size, source);
        const prompt = Math.round(180 * Math.sqrt(size));
        const completion = Math.max(1, Math.round(60 * size * Math.exp(0.2 * normal(source))));
        const base = { caseId: id, side, repeat, model: side === 'baseline' ? 'sim-base' : 'sim-cand', attempts: 1 };
        if (timedOut) {
          records.push({
            ...base,
            output: null,
            latencyMs: TIMEOUT_MS,
            usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
            costUsd: 0,
            error: { kind: 'timeout', message: `no answer within ${TIMEOUT_MS / 1000}s` },
          });
          perSide[side].push(0);
          lat[side].push(TIMEOUT_MS);
          continue;
        }
        const costUsd = ((prompt * PRICE.input + completion * PRICE.output) * m.priceScale) / 1e6;
        records.push({ ...base, output: 'answer', latencyMs: ms, usage: { prompt, cached: 0, completion, reasoning: 0 }, costUsd, finishReason: 'stop' });
        perSide[side].push(scoreOf(scores, draw, m.quality));
        cost[side] += costUsd;
        lat[side].push(ms);
      }
    }
    for (const side of ['baseline', 'candidate'] as const) {
      const list = perSide[side];
      sides[side] = {
        score: list.reduce((a, b) => a + b, 0) / list.length,
        repeatScores: list,
        grades: [],
        output: 'answer',
        latencyMs: lat[side].reduce((a, b) => a + b, 0) / lat[side].length,
        costUsd: cost[side],
      };
    }
    graded.push({
      case: { id, tags: [], vars: {}, messages: [{ role: 'user', content: id }], expect: [], source: { file: 'evals/sim.yaml', line: 1 + i } },
      baseline: sides.baseline,
      candidate: sides.candidate,
    });
  }
  return { graded, records };
}

/** One simulated run, scored in the simulation, through the real compare() and verdict. */
export function simulateCompare(
  s: SimScenario,
  seed: number,
  options: { thresholds?: Thresholds; compareSeed?: number; statistics?: CompareOptions['statistics'] } = {},
): Comparison {
  const { graded, records } = simulateScored(s, seed);
  return compare({
    config: simConfig(s, options.thresholds),
    graded,
    records,
    seed: options.compareSeed ?? seed ^ 0x5bd1e995,
    ...(options.statistics ? { statistics: options.statistics } : {}),
  });
}

/** One simulated gate run through the real grading and comparison. */
export async function simulateGate(
  s: SimScenario,
  seed: number,
  options: { thresholds?: Thresholds; resamples?: number; failAlpha?: number } = {},
): Promise<Comparison> {
  const { cases, records } = simulateRun(s, seed);
  const graded = await gradeCases({ cases, records });
  return compare({
    config: simConfig(s, options.thresholds),
    graded,
    records,
    seed: seed ^ 0x5bd1e995,
    statistics: {
      ...(options.resamples === undefined ? {} : { resamples: options.resamples }),
      ...(options.failAlpha === undefined ? {} : { failAlpha: options.failAlpha }),
    },
  });
}

/**
 * One simulated run with sequential stopping, as the gate runs it (src/lookout.ts, gate.ts):
 * at each planned look the first n cases are compared at that look's levels, and a decided
 * verdict (fail, or pass on every check) stops the run there; a run that is not stopped is
 * compared in full at the final look's levels. The simulated cases are drawn independently,
 * so the first n of them are the fair sample the gate's seeded, tag-stratified order sends.
 * `casesUsed` is what the run paid for (calls in flight at a stop are left out).
 */
export function simulateSequential(s: SimScenario, seed: number, options: { compareSeed?: number } = {}): { comparison: Comparison; casesUsed: number } {
  const { graded, records } = simulateScored(s, seed);
  const config = simConfig(s);
  const compareSeed = options.compareSeed ?? seed ^ 0x5bd1e995;
  const plan = lookPoints(s.cases);
  const byCase = new Map<string, CallRecord[]>();
  for (const r of records) {
    const list = byCase.get(r.caseId);
    if (list) list.push(r);
    else byCase.set(r.caseId, [r]);
  }
  for (const n of plan) {
    const subset = graded.slice(0, n);
    const comparison = compare({
      config,
      graded: subset,
      records: subset.flatMap((g) => byCase.get(g.case.id) ?? []),
      seed: compareSeed,
      statistics: lookLevels(DEFAULT_STATISTICS, plan.length, false),
    });
    if (comparison.verdict === 'fail' || comparison.verdict === 'pass') return { comparison, casesUsed: n };
  }
  const comparison = compare({ config, graded, records, seed: compareSeed, statistics: lookLevels(DEFAULT_STATISTICS, plan.length, true) });
  return { comparison, casesUsed: s.cases };
}
