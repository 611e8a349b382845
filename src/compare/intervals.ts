// The evidence behind every gated change: a test per metric, from the paired cases, valid at
// its own level on the data it has (discrete scores and small n included). No resampling, so
// no Monte Carlo error: the same data give the same verdict whatever the seed (the seed only
// drives the sign-flip test of continuous scores, whose p-value is exact in expectation).
//   quality           100 × mean(cand − base case score)         score test on the paired
//                     differences (Tango's for 0/1 scores); "worse at all": exact sign-flip test
//   qualityPerDollar  qpd(cand) / qpd(base) − 1                   jackknife over cases, log scale, t
//   cost              Σ cand cost / Σ base cost − 1 (all records) jackknife over cases, log scale, t
//   p95Latency        type-7 p95 over answered calls, cand / base − 1   linearisation (Woodruff)
//                     standard error over cases, log scale, t
//   ttftP95           the same over the time to first token of answered streamed calls
//   errorRate         (timeouts + request errors) / calls, cand − base  Newcombe hybrid score
//                     interval with a design effect for calls clustered in cases
// A case is the unit everywhere: its baseline and candidate results and all its repeats stay
// together, so the pairing and the correlation between repeats are kept.

import {
  logRatioBound,
  logRatioOfRatios,
  pairedMeanBound,
  pairedMeanSample,
  pairedMeanSe,
  quantileRatio,
  quantileRatioBound,
  rateDifferenceBound,
  rateDifferenceSe,
  rateSummary,
  ratioOfRatios,
  signFlipPValue,
  studentQuantile,
  type LogRatioEstimate,
} from '../stats/index.js';
import { SIDES, type CallRecord, type CheckMetric, type GradedCase, type Side } from '../types.js';
import { answerLatency, answerTtft } from './metrics.js';

export type IntervalMetric = CheckMetric | 'cost';
export const INTERVAL_METRICS: readonly IntervalMetric[] = ['quality', 'qualityPerDollar', 'cost', 'p95Latency', 'ttftP95', 'errorRate'];

/**
 * A change and the tests a decision needs, at any level, so that a caller (a sequential
 * look, a different confidence) can ask again on the same data.
 */
export interface ChangeTest {
  /** The change in the check's units (points, a fraction). */
  change: number;
  /** One-sided bound of the change at confidence 1 − alpha. */
  bound(alpha: number, side: 'lower' | 'upper'): number;
  /** p-value of "the candidate is not worse at all" against "it is worse" (toward `worse`). */
  pWorse(worse: 'lower' | 'upper'): number;
  /** Standard error of the change for planning, were the true change `at` (same units). */
  planningSe(at: number): number;
  /** Resampling units (cases) behind the test. */
  cases: number;
}

export interface MetricSpread {
  /** Two-sided interval at the reported confidence: the two one-sided bounds at (1 − confidence)/2. */
  interval: [number, number];
  /** Standard error at the estimate, same units. */
  se: number;
  test: ChangeTest;
}

export interface TestSettings {
  seed: number;
  /** Monte Carlo draws of the sign-flip test when the score differences are not on a grid. */
  resamples: number;
  confidence: number;
  /** Answered calls above the p95 each side needs before its p95 is compared. */
  latencyTail: number;
}

const isModelError = (r: CallRecord): boolean => r.error?.kind === 'timeout' || r.error?.kind === 'request';

/**
 * Everything the tests read, per case, in eval-set order (then cases that only have
 * records), as columns of one length each: a merge of 100,000 cases holds these for the
 * whole comparison, and six small objects per case were 60 MB of it.
 */
export interface CaseData {
  /** Paired cases: candidate − baseline score, the scores, and the per-repeat costs. */
  paired: { d: number[]; score: Record<Side, number[]>; costPerRepeat: Record<Side, number[]> };
  /** Every case with a record: calls, model errors, cost, answered latencies and times to first token per side. */
  all: {
    cases: number;
    calls: Record<Side, number[]>;
    errors: Record<Side, number[]>;
    cost: Record<Side, number[]>;
    latencies: Record<Side, number[]>[];
    ttfts: Record<Side, number[]>[];
  };
}

/** The latencies of a case with none on either side (most cases' times to first token): one shared, never written. */
const NO_TIMES: Record<Side, number[]> = Object.freeze({ baseline: Object.freeze([]) as unknown as number[], candidate: Object.freeze([]) as unknown as number[] });

export function caseData(opts: { graded: readonly GradedCase[]; records: Record<Side, readonly CallRecord[]>; repeats: number }): CaseData {
  const repeats = Math.max(1, opts.repeats);
  const both = opts.graded.filter((g) => g.baseline.score !== null && g.candidate.score !== null);
  const score = (side: Side) => both.map((g) => g[side].score as number);
  const paired: CaseData['paired'] = {
    d: both.map((g) => (g.candidate.score as number) - (g.baseline.score as number)),
    score: { baseline: score('baseline'), candidate: score('candidate') },
    costPerRepeat: { baseline: both.map((g) => g.baseline.costUsd / repeats), candidate: both.map((g) => g.candidate.costUsd / repeats) },
  };
  const order = new Map<string, number>();
  opts.graded.forEach((g) => order.set(g.case.id, order.size));
  const extra = [...new Set([...opts.records.baseline, ...opts.records.candidate].map((r) => r.caseId))].filter((id) => !order.has(id)).sort();
  for (const id of extra) order.set(id, order.size);
  const n = order.size;
  const column = (): Record<Side, number[]> => ({ baseline: new Array<number>(n).fill(0), candidate: new Array<number>(n).fill(0) });
  const calls = column();
  const errors = column();
  const cost = column();
  // Each case's lists are made at their final length (counted first): a list grown by push
  // keeps room for 16 numbers.
  const answered = column();
  const streamed = column();
  for (const side of SIDES) {
    for (const r of opts.records[side]) {
      const at = order.get(r.caseId) as number;
      if (answerLatency(r) !== null) answered[side][at]!++;
      if (answerTtft(r) !== null) streamed[side][at]!++;
    }
  }
  const lists = (counts: Record<Side, number[]>, i: number): Record<Side, number[]> =>
    counts.baseline[i] === 0 && counts.candidate[i] === 0 ? NO_TIMES : { baseline: new Array<number>(counts.baseline[i]!), candidate: new Array<number>(counts.candidate[i]!) };
  const latencies = Array.from({ length: n }, (_, i) => lists(answered, i));
  const ttfts = Array.from({ length: n }, (_, i) => lists(streamed, i));
  const filled = { latencies: column(), ttfts: column() };
  for (const side of SIDES) {
    for (const r of opts.records[side]) {
      const at = order.get(r.caseId) as number;
      calls[side][at]!++;
      cost[side][at]! += r.costUsd;
      if (isModelError(r)) errors[side][at]!++;
      const latency = answerLatency(r);
      if (latency !== null) latencies[at]![side][filled.latencies[side][at]!++] = latency;
      const ttft = answerTtft(r);
      if (ttft !== null) ttfts[at]![side][filled.ttfts[side][at]!++] = ttft;
    }
  }
  // Cases without a record on either side are left out.
  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (calls.baseline[i]! + calls.candidate[i]! > 0) kept.push(i);
  const pick = <T>(xs: T[]): T[] => (kept.length === n ? xs : kept.map((i) => xs[i]!));
  const pickSides = (c: Record<Side, number[]>): Record<Side, number[]> => ({ baseline: pick(c.baseline), candidate: pick(c.candidate) });
  return {
    paired,
    all: { cases: kept.length, calls: pickSides(calls), errors: pickSides(errors), cost: pickSides(cost), latencies: pick(latencies), ttfts: pick(ttfts) },
  };
}

const flip = (side: 'lower' | 'upper'): 'lower' | 'upper' => (side === 'lower' ? 'upper' : 'lower');

function qualityTest(data: CaseData, settings: TestSettings): ChangeTest {
  const d = data.paired.d;
  const sample = pairedMeanSample(d);
  return {
    change: 100 * sample.mean,
    bound: (alpha, side) => 100 * pairedMeanBound(sample, alpha, side),
    pWorse: (worse) => signFlipPValue(worse === 'lower' ? d : d.map((x) => -x), { seed: settings.seed, draws: settings.resamples }),
    planningSe: (at) => 100 * pairedMeanSe(sample, at / 100),
    cases: sample.n,
  };
}

function logRatioTest(e: LogRatioEstimate, rows: readonly (readonly [number, number, number, number])[]): ChangeTest {
  if (e.log === Number.NEGATIVE_INFINITY) {
    const r = ratioOfRatios(rows);
    const q = (alpha: number) => (r.n < 2 ? Number.POSITIVE_INFINITY : studentQuantile(1 - alpha, r.n - 1));
    return {
      change: r.ratio - 1,
      bound: (alpha, side) => Math.max(-1, r.ratio - 1 + (side === 'lower' ? -1 : 1) * q(alpha) * r.se),
      pWorse: () => Number.NaN,
      planningSe: () => r.se,
      cases: r.n,
    };
  }
  return {
    change: Number.isFinite(e.log) ? Math.expm1(e.log) : 0,
    bound: (alpha, side) => Math.expm1(logRatioBound(e, alpha, side)),
    pWorse: () => Number.NaN,
    planningSe: (at) => e.se * (1 + at),
    cases: e.n,
  };
}

function p95Test(perCase: readonly Record<Side, readonly number[]>[], minTail: number): ChangeTest {
  const e = quantileRatio(perCase, 0.95, minTail);
  return {
    change: Math.expm1(e.log),
    bound: (alpha, side) => Math.expm1(quantileRatioBound(e, alpha, side)),
    pWorse: () => Number.NaN,
    planningSe: (at) => e.se * (1 + at),
    cases: e.n,
  };
}

function errorRateTest(data: CaseData): ChangeTest {
  const summary = (side: Side) => rateSummary({ errors: data.all.errors[side], calls: data.all.calls[side] });
  const b = summary('baseline');
  const c = summary('candidate');
  return {
    change: c.rate - b.rate,
    bound: (alpha, side) => rateDifferenceBound(b, c, alpha, side),
    pWorse: () => Number.NaN,
    // At least the binomial SE of a candidate at `at` above the baseline: a run with no errors
    // would otherwise claim to see any rise.
    planningSe: (at) => Math.max(rateDifferenceSe(b, c), rateDifferenceSe(b, { ...c, rate: Math.min(1, Math.max(0, b.rate + at)) })),
    cases: data.all.cases,
  };
}

/** The test of every change. */
export function changeTests(data: CaseData, settings: TestSettings): Record<IntervalMetric, ChangeTest> {
  const { score, costPerRepeat } = data.paired;
  const qpdRows = data.paired.d.map((_, i) => [score.candidate[i]!, costPerRepeat.candidate[i]!, score.baseline[i]!, costPerRepeat.baseline[i]!] as const);
  const { cost } = data.all;
  const costRows = cost.baseline.map((_, i) => [cost.candidate[i]!, 1, cost.baseline[i]!, 1] as const);
  return {
    quality: qualityTest(data, settings),
    qualityPerDollar: logRatioTest(logRatioOfRatios(qpdRows), qpdRows),
    cost: logRatioTest(logRatioOfRatios(costRows), costRows),
    p95Latency: p95Test(data.all.latencies, settings.latencyTail),
    ttftP95: p95Test(data.all.ttfts, settings.latencyTail),
    errorRate: errorRateTest(data),
  };
}

/** A test's p-value for "worse at all" when it has no exact one: the level at which its bound reaches 0. */
export function worseAtAll(test: ChangeTest, worse: 'lower' | 'upper', alpha: number): boolean {
  const p = test.pWorse(worse);
  if (!Number.isNaN(p)) return p <= alpha;
  const b = test.bound(alpha, flip(worse));
  return worse === 'upper' ? b > 1e-12 : b < -1e-12;
}

/** A bound the JSON report can hold: no data on a side leaves it unbounded, shown as −100% or +9,900%. */
const finite = (x: number, at: number): number => (Number.isFinite(x) ? x : x > at ? Math.max(99, at) : Math.min(-1, at));

/** Intervals and standard errors of every change, at the reported confidence. */
export function spreadsOf(tests: Record<IntervalMetric, ChangeTest>, confidence: number): Record<IntervalMetric, MetricSpread> {
  const tail = (1 - confidence) / 2;
  const spreads = {} as Record<IntervalMetric, MetricSpread>;
  for (const m of INTERVAL_METRICS) {
    const test = tests[m];
    const lo = finite(test.bound(tail, 'lower'), test.change);
    const hi = finite(test.bound(tail, 'upper'), test.change);
    spreads[m] = { interval: [lo, hi], se: test.planningSe(test.change), test };
  }
  return spreads;
}
