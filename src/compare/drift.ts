// Token drift: how many tokens the candidate counts for the same prompts, and how many it
// writes, against the baseline. A new tokenizer counts the same text differently, so a +12%
// change in prompt tokens at the same prompts is +12% input cost from the tokenizer alone,
// before any difference in price. Definitions:
// - A call counts when it was answered with usable usage: no error, not usageMissing.
// - The common cases are the cases of the eval set with at least one such call on each side.
//   Every figure is taken over them, so both sides are measured on the same prompts.
// - A case's prompt (or output) tokens on one side: the mean of usage.prompt (or
//   usage.completion, reasoning included as billed) over its counted calls (its repeats).
// - Per model and per tag: the mean over the common cases of those per-case means. Each
//   case weighs the same on both sides: a mean over calls would let the repeats one side
//   lost shift the mix of prompts, and read as drift.
// - change = candidate / baseline − 1; null when either side is 0, which is what an
//   endpoint that does not count tokens reports (a change against it means nothing).
// Records of a case id that is not in `cases` are left out: their tags and prompts are
// unknown.

import { lostAdding, mean } from '../stats/index.js';
import { messagesFor, type CallRecord, type EvalCase, type Side } from '../types.js';

/** How many cases `largest` lists. */
export const LARGEST_DRIFTS = 5;

/** One figure on both sides and its change. */
export interface TokenMeans {
  baseline: number;
  candidate: number;
  /** candidate / baseline − 1; null when either side is 0. */
  change: number | null;
}

/** Output tokens per case: the change as a relative figure and in tokens. */
export interface OutputMeans extends TokenMeans {
  /** candidate − baseline, in tokens per case. */
  difference: number;
}

export interface TagDrift {
  tag: string;
  /** Common cases carrying the tag. */
  cases: number;
  /** Mean prompt tokens per call over those cases; null when there are none. */
  input: TokenMeans | null;
}

export interface CaseDrift {
  id: string;
  /** Mean prompt tokens per counted call of the case, per side. */
  input: Record<Side, number>;
  /** Mean completion tokens per counted call of the case (its repeats), per side. */
  output: Record<Side, number>;
  /** candidate / baseline − 1 of input; null when either side is 0. */
  inputChange: number | null;
  /** candidate / baseline − 1 of output; null when either side is 0. */
  outputChange: number | null;
}

/** Token counts of the candidate against the baseline on the cases both answered with usage. Plain data, JSON-serialisable. */
export interface TokenDrift {
  /** Common cases: both models answered them with usable usage. Every figure below is over these. */
  cases: number;
  /** Of those, cases whose messages differ between the models (a prompt of their own): their input change is the prompt's as well as the tokenizer's. */
  promptsDiffer: number;
  /** Counted calls (answered, with usage) of the common cases, per side. */
  calls: Record<Side, number>;
  /** Prompt tokens per call, the mean over the common cases; null when there are none. */
  input: TokenMeans | null;
  /** Completion tokens per case (mean over its repeats), the mean over the common cases; null when there are none. */
  output: OutputMeans | null;
  /** One row per tag of the eval set, sorted by tag; a case counts in each of its tags. */
  tags: TagDrift[];
  /** Every common case, sorted by id. */
  byCase: CaseDrift[];
  /** Up to LARGEST_DRIFTS common cases with the largest |outputChange| (0 and null left out), largest first, ties by id. */
  largest: CaseDrift[];
}

/** candidate / baseline − 1, or null when either is 0 (or not a finite positive count). */
export function tokenChange(baseline: number, candidate: number): number | null {
  if (!(baseline > 0 && candidate > 0 && Number.isFinite(baseline) && Number.isFinite(candidate))) return null;
  return candidate / baseline - 1;
}

function counted(r: CallRecord): boolean {
  return r.error === undefined && r.usageMissing !== true && Number.isFinite(r.usage.prompt) && Number.isFinite(r.usage.completion);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Per case (by index), the compensated running sums (stats/summary's sum, kept one value at a
 * time in record order, so each mean is exactly mean() of the case's values) of its counted
 * calls' prompt and completion tokens on one side: a few typed arrays instead of two lists
 * per case and side.
 */
interface SideSums {
  count: Uint32Array;
  prompt: RunningSums;
  completion: RunningSums;
}

interface RunningSums {
  total: Float64Array;
  compensation: Float64Array;
}

function runningSums(n: number): RunningSums {
  return { total: new Float64Array(n), compensation: new Float64Array(n) };
}

function addTo(s: RunningSums, i: number, v: number): void {
  const total = s.total[i]!;
  s.compensation[i]! += lostAdding(total, v);
  s.total[i] = total + v;
}

function meanAt(s: RunningSums, i: number, count: number): number {
  return (s.total[i]! + s.compensation[i]!) / count;
}

function sideSums(records: readonly CallRecord[], index: ReadonlyMap<string, number>): SideSums {
  const n = index.size;
  const out: SideSums = { count: new Uint32Array(n), prompt: runningSums(n), completion: runningSums(n) };
  for (const r of records) {
    const i = index.get(r.caseId);
    if (i === undefined || !counted(r)) continue;
    out.count[i]!++;
    addTo(out.prompt, i, r.usage.prompt);
    addTo(out.completion, i, r.usage.completion);
  }
  return out;
}

function means(values: readonly Record<Side, number>[]): TokenMeans | null {
  const baseline = mean(values.map((v) => v.baseline));
  const candidate = mean(values.map((v) => v.candidate));
  if (baseline === undefined || candidate === undefined) return null;
  return { baseline, candidate, change: tokenChange(baseline, candidate) };
}

function sameMessages(c: EvalCase): boolean {
  const b = messagesFor(c, 'baseline');
  const k = messagesFor(c, 'candidate');
  return b.length === k.length && b.every((m, i) => m.role === k[i]?.role && m.content === k[i]?.content);
}

function largestOf(cases: readonly CaseDrift[]): CaseDrift[] {
  return cases
    .filter((c) => c.outputChange !== null && c.outputChange !== 0)
    .sort((a, b) => Math.abs(b.outputChange as number) - Math.abs(a.outputChange as number) || byText(a.id, b.id))
    .slice(0, LARGEST_DRIFTS);
}

export function tokenDrift(input: {
  cases: readonly EvalCase[];
  records: { baseline: readonly CallRecord[]; candidate: readonly CallRecord[] };
}): TokenDrift {
  const distinct: EvalCase[] = [];
  const index = new Map<string, number>();
  for (const c of input.cases) {
    if (index.has(c.id)) continue;
    index.set(c.id, distinct.length);
    distinct.push(c);
  }
  const sums = { baseline: sideSums(input.records.baseline, index), candidate: sideSums(input.records.candidate, index) };

  const byCase: CaseDrift[] = [];
  // byCase[j] is the drift of driftCases[j].
  const driftCases: EvalCase[] = [];
  const counts: Record<Side, number> = { baseline: 0, candidate: 0 };
  const sorted = distinct.map((_, i) => i).sort((a, b) => byText(distinct[a]!.id, distinct[b]!.id));
  for (const i of sorted) {
    const nb = sums.baseline.count[i]!;
    const nk = sums.candidate.count[i]!;
    if (nb === 0 || nk === 0) continue;
    counts.baseline += nb;
    counts.candidate += nk;
    const inputMeans = { baseline: meanAt(sums.baseline.prompt, i, nb), candidate: meanAt(sums.candidate.prompt, i, nk) };
    const outputMeans = { baseline: meanAt(sums.baseline.completion, i, nb), candidate: meanAt(sums.candidate.completion, i, nk) };
    const drift: CaseDrift = {
      id: distinct[i]!.id,
      input: inputMeans,
      output: outputMeans,
      inputChange: tokenChange(inputMeans.baseline, inputMeans.candidate),
      outputChange: tokenChange(outputMeans.baseline, outputMeans.candidate),
    };
    byCase.push(drift);
    driftCases.push(distinct[i]!);
  }

  const inputMeans = means(byCase.map((c) => c.input));
  const outputMeans = means(byCase.map((c) => c.output));
  const tagNames = [...new Set(distinct.flatMap((c) => c.tags))].sort(byText);
  const tags = tagNames.map((tag): TagDrift => {
    const rows = byCase.filter((_, j) => driftCases[j]!.tags.includes(tag));
    return { tag, cases: rows.length, input: means(rows.map((c) => c.input)) };
  });

  return {
    cases: byCase.length,
    promptsDiffer: driftCases.filter((c) => !sameMessages(c)).length,
    calls: counts,
    input: inputMeans,
    output: outputMeans && { ...outputMeans, difference: outputMeans.candidate - outputMeans.baseline },
    tags,
    byCase,
    largest: largestOf(byCase),
  };
}
