// Routing advice from the paired per-case results, with no extra call: which model should
// serve which slice of the traffic (a tag, or an eval file) so that quality per dollar is
// best while quality stays within the quality threshold of sending everything to the
// candidate. The choice is made on the same cases it is scored on, so its point estimate is
// optimistic; the intervals come from a bootstrap of the whole procedure: each resample
// chooses again, and its choice is scored on the cases that resample left out.
import { nextIndex, quantile, xoshiro128ss, type Uint32Source } from '../stats/index.js';
import type { GradedCase, GradedSide } from '../types.js';
import type { RoutingAdvice, RoutingSlice } from './types.js';

/** A slice with fewer paired cases stays on the candidate: too few to tell models apart. */
export const MIN_SLICE_CASES = 10;
export const ROUTING_RESAMPLES = 200;
export const ROUTING_CONFIDENCE = 0.95;
/** Above this many assignments the search goes slice by slice instead of trying them all. */
const EXHAUSTIVE_LIMIT = 4096;
/** Where cases without a tag go when routing by tag. */
export const UNTAGGED = '(untagged)';

export interface RoutedModel {
  model: string;
  /** Per case, in the order of `cases`: the model's graded side (from its comparison with the baseline). */
  sides: readonly GradedSide[];
}

export interface RoutingInput {
  /** The cases, in one order for every model. */
  cases: readonly GradedCase['case'][];
  /** models[0] is the candidate: the assignment every slice starts from and the routing is measured against. */
  models: readonly RoutedModel[];
  /** Quality points the routed traffic may lose against all-candidate. */
  qualityTolerance: number;
  seed: number;
  resamples?: number;
}

interface Slices {
  names: string[];
  /** Slice index per (paired) case. */
  of: number[];
}

/** Per case and model: score (0–1) and cost; only cases every model was judged on. */
interface Table {
  cases: number[];
  score: number[][];
  cost: number[][];
}

function table(input: RoutingInput): Table {
  const cases: number[] = [];
  input.cases.forEach((_, i) => {
    if (input.models.every((m) => m.sides[i]?.score !== null && m.sides[i] !== undefined)) cases.push(i);
  });
  return {
    cases,
    score: input.models.map((m) => cases.map((i) => m.sides[i]!.score!)),
    cost: input.models.map((m) => cases.map((i) => m.sides[i]!.costUsd)),
  };
}

function slicesBy(by: 'tag' | 'file', input: RoutingInput, t: Table): Slices {
  const names: string[] = [];
  const index = new Map<string, number>();
  const of = t.cases.map((i) => {
    const c = input.cases[i]!;
    const name = by === 'tag' ? (c.tags[0] ?? UNTAGGED) : c.source.file;
    let k = index.get(name);
    if (k === undefined) {
      k = names.length;
      index.set(name, k);
      names.push(name);
    }
    return k;
  });
  return { names, of };
}

/** Per slice and model: Σ score, Σ cost, and the case count, over the cases drawn (`weights[j]` times case j). */
function sums(t: Table, slices: Slices, weights: ArrayLike<number>): { q: number[][]; c: number[][]; n: number[]; total: number } {
  const k = slices.names.length;
  const m = t.score.length;
  const cases = t.cases.length;
  // Flat accumulators (slice × model) in the hot loop; nested arrays only for the result.
  const q = new Float64Array(k * m);
  const c = new Float64Array(k * m);
  const n = new Float64Array(k);
  const of = slices.of;
  let total = 0;
  for (let j = 0; j < cases; j++) {
    const w = weights[j]!;
    if (w === 0) continue;
    const s = of[j]!;
    n[s]! += w;
    total += w;
    const base = s * m;
    for (let model = 0; model < m; model++) {
      q[base + model]! += w * t.score[model]![j]!;
      c[base + model]! += w * t.cost[model]![j]!;
    }
  }
  const rows = (flat: Float64Array) => Array.from({ length: k }, (_, s) => Array.from(flat.subarray(s * m, s * m + m)));
  return { q: rows(q), c: rows(c), n: Array.from(n), total };
}

interface Choice {
  assignment: number[];
  quality: number;
  cost: number;
}

function evaluate(assignment: readonly number[], s: ReturnType<typeof sums>): { quality: number; cost: number } {
  let q = 0;
  let c = 0;
  assignment.forEach((model, slice) => {
    q += s.q[slice]![model]!;
    c += s.c[slice]![model]!;
  });
  return { quality: s.total > 0 ? (100 * q) / s.total : 0, cost: c };
}

/** Quality per dollar, with a free routing above any priced one and ties broken toward quality. */
function better(a: { quality: number; cost: number }, b: { quality: number; cost: number }): boolean {
  const ra = a.cost > 0 ? a.quality / a.cost : Number.POSITIVE_INFINITY;
  const rb = b.cost > 0 ? b.quality / b.cost : Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra > rb;
  return a.quality > b.quality;
}

/** The best assignment of models to the decided slices; undecided slices stay on the candidate (model 0). */
function choose(s: ReturnType<typeof sums>, decided: readonly boolean[], models: number, tolerance: number): Choice {
  const k = decided.length;
  const start = new Array<number>(k).fill(0);
  const floor = evaluate(start, s).quality - tolerance;
  const open = decided.map((d, i) => (d && s.n[i]! > 0 ? i : -1)).filter((i) => i >= 0);
  let best: Choice = { assignment: start, ...evaluate(start, s) };
  const consider = (assignment: number[]): void => {
    const e = evaluate(assignment, s);
    if (e.quality + 1e-9 >= floor && better(e, best)) best = { assignment: [...assignment], ...e };
  };
  if (models ** open.length <= EXHAUSTIVE_LIMIT) {
    const current = [...start];
    const walk = (at: number): void => {
      if (at === open.length) return consider(current);
      for (let model = 0; model < models; model++) {
        current[open[at]!] = model;
        walk(at + 1);
      }
      current[open[at]!] = 0;
    };
    walk(0);
    return best;
  }
  // Too many to try: improve one slice at a time until no single change helps. A trial
  // changes one slice, so its totals follow from the current ones in O(1): an eval set with
  // thousands of tags costs passes × slices × models, never that times the slices again.
  const assignment = [...best.assignment];
  let q = 0;
  let c = 0;
  assignment.forEach((model, slice) => {
    q += s.q[slice]![model]!;
    c += s.c[slice]![model]!;
  });
  const quality = (sum: number) => (s.total > 0 ? (100 * sum) / s.total : 0);
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const slice of open) {
      const from = assignment[slice]!;
      let pick = from;
      let pickTotals = { quality: quality(q), cost: c };
      for (let model = 0; model < models; model++) {
        if (model === from) continue;
        const trial = { quality: quality(q - s.q[slice]![from]! + s.q[slice]![model]!), cost: c - s.c[slice]![from]! + s.c[slice]![model]! };
        if (trial.quality + 1e-9 >= floor && better(trial, pickTotals)) {
          pick = model;
          pickTotals = trial;
        }
      }
      if (pick !== from) {
        q += s.q[slice]![pick]! - s.q[slice]![from]!;
        c += s.c[slice]![pick]! - s.c[slice]![from]!;
        assignment[slice] = pick;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const found = { quality: quality(q), cost: c };
  return found.quality + 1e-9 >= floor && better(found, best) ? { assignment, ...found } : best;
}

function percentile(values: number[], p: number): number {
  return values.length === 0 ? Number.NaN : quantile(values, p);
}

function adviseBy(by: 'tag' | 'file', input: RoutingInput, t: Table): (RoutingAdvice & { objective: number }) | undefined {
  const slices = slicesBy(by, input, t);
  if (slices.names.length === 0) return undefined;
  const all = new Array<number>(t.cases.length).fill(1);
  const full = sums(t, slices, all);
  const decided = full.n.map((n) => n >= MIN_SLICE_CASES);
  // One slice to route is one model for everything: the ranking says that, not a routing.
  if (decided.filter(Boolean).length < 2) return undefined;
  const models = input.models.length;
  const chosen = choose(full, decided, models, input.qualityTolerance);
  const candidate = evaluate(new Array<number>(slices.names.length).fill(0), full);

  // The whole procedure again on each resample, scored on the cases it left out.
  const rng: Uint32Source = xoshiro128ss(input.seed ^ (by === 'tag' ? 0x5eed7a9 : 0x5eedf11));
  // Each resample sums every case for every model twice: on a very large set with many
  // models, fewer resamples (never under 50) keep the whole bootstrap near 10⁸ steps.
  const resamples = input.resamples ?? Math.max(50, Math.min(ROUTING_RESAMPLES, Math.floor(1e8 / (2 * t.cases.length * models))));
  const qualityChanges: number[] = [];
  const costChanges: number[] = [];
  const weights = new Uint32Array(t.cases.length);
  const outOfBag = new Uint32Array(t.cases.length);
  for (let b = 0; b < resamples; b++) {
    weights.fill(0);
    for (let j = 0; j < t.cases.length; j++) weights[nextIndex(rng, t.cases.length)]!++;
    for (let j = 0; j < t.cases.length; j++) outOfBag[j] = weights[j] === 0 ? 1 : 0;
    const drawn = sums(t, slices, weights);
    const choice = choose(drawn, drawn.n.map((n) => n >= MIN_SLICE_CASES), models, input.qualityTolerance);
    const left = sums(t, slices, outOfBag);
    if (left.total === 0) continue;
    const routed = evaluate(choice.assignment, left);
    const base = evaluate(new Array<number>(slices.names.length).fill(0), left);
    qualityChanges.push(routed.quality - base.quality);
    if (base.cost > 0) costChanges.push(routed.cost / base.cost - 1);
  }
  const alpha = (1 - ROUTING_CONFIDENCE) / 2;
  const sliceRows: RoutingSlice[] = slices.names.map((name, i) => ({ slice: name, cases: full.n[i]!, model: input.models[chosen.assignment[i]!]!.model }));
  const order = [...sliceRows.keys()].sort((a, b) => (slices.names[a]! < slices.names[b]! ? -1 : slices.names[a]! > slices.names[b]! ? 1 : 0));
  return {
    by,
    assignments: Object.fromEntries(order.map((i) => [sliceRows[i]!.slice, sliceRows[i]!.model])),
    slices: order.map((i) => sliceRows[i]!),
    quality: chosen.quality,
    qualityChange: chosen.quality - candidate.quality,
    costChange: candidate.cost > 0 ? chosen.cost / candidate.cost - 1 : 0,
    intervals: {
      qualityChange: [percentile(qualityChanges, alpha), percentile(qualityChanges, 1 - alpha)],
      costChange: [percentile(costChanges, alpha), percentile(costChanges, 1 - alpha)],
      confidence: ROUTING_CONFIDENCE,
      resamples: qualityChanges.length,
    },
    undecided: order.filter((i) => !decided[i]).map((i) => slices.names[i]!),
    minCases: MIN_SLICE_CASES,
    objective: chosen.cost > 0 ? chosen.quality / chosen.cost : Number.POSITIVE_INFINITY,
  };
}

/**
 * The better of routing by tag (a case goes with its first tag) and by eval file, by
 * quality per dollar on these cases; undefined when no case was judged for every model, or
 * neither way has two slices with enough cases to route apart.
 */
export function routingAdvice(input: RoutingInput): RoutingAdvice | undefined {
  const t = table(input);
  if (t.cases.length === 0 || input.models.length < 2) return undefined;
  const options = (['tag', 'file'] as const).map((by) => adviseBy(by, input, t)).filter((a): a is NonNullable<typeof a> => a !== undefined);
  // A routing that moves no slice says nothing; by tag wins ties, as tags name the traffic.
  if (options.length === 0) return undefined;
  const moving = options.filter((o) => o.slices.some((s) => s.model !== input.models[0]!.model));
  const pool = moving.length > 0 ? moving : options;
  const best = pool.reduce((a, b) => (b.objective > a.objective ? b : a));
  const { objective: _objective, ...advice } = best;
  return advice;
}
