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

import { mean } from '../stats/index.js';
import { SIDES, messagesFor, type CallRecord, type EvalCase, type Side } from '../types.js';

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

interface SideCalls {
  prompt: number[];
  completion: number[];
}

function callsByCase(records: readonly CallRecord[], known: ReadonlySet<string>): Map<string, SideCalls> {
  const out = new Map<string, SideCalls>();
  for (const r of records) {
    if (!known.has(r.caseId) || !counted(r)) continue;
    let calls = out.get(r.caseId);
    if (!calls) out.set(r.caseId, (calls = { prompt: [], completion: [] }));
    calls.prompt.push(r.usage.prompt);
    calls.completion.push(r.usage.completion);
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
  const caseById = new Map<string, EvalCase>();
  for (const c of input.cases) if (!caseById.has(c.id)) caseById.set(c.id, c);
  const known = new Set(caseById.keys());
  const calls = { baseline: callsByCase(input.records.baseline, known), candidate: callsByCase(input.records.candidate, known) };

  const byCase: CaseDrift[] = [];
  const counts: Record<Side, number> = { baseline: 0, candidate: 0 };
  for (const id of [...known].sort(byText)) {
    const b = calls.baseline.get(id);
    const k = calls.candidate.get(id);
    if (!b || !k) continue;
    for (const side of SIDES) counts[side] += (side === 'baseline' ? b : k).prompt.length;
    const inputMeans = { baseline: mean(b.prompt) as number, candidate: mean(k.prompt) as number };
    const outputMeans = { baseline: mean(b.completion) as number, candidate: mean(k.completion) as number };
    byCase.push({
      id,
      input: inputMeans,
      output: outputMeans,
      inputChange: tokenChange(inputMeans.baseline, inputMeans.candidate),
      outputChange: tokenChange(outputMeans.baseline, outputMeans.candidate),
    });
  }

  const inputMeans = means(byCase.map((c) => c.input));
  const outputMeans = means(byCase.map((c) => c.output));
  const tagNames = [...new Set([...caseById.values()].flatMap((c) => c.tags))].sort(byText);
  const tags = tagNames.map((tag): TagDrift => {
    const rows = byCase.filter((c) => caseById.get(c.id)?.tags.includes(tag));
    return { tag, cases: rows.length, input: means(rows.map((c) => c.input)) };
  });

  return {
    cases: byCase.length,
    promptsDiffer: byCase.filter((c) => !sameMessages(caseById.get(c.id) as EvalCase)).length,
    calls: counts,
    input: inputMeans,
    output: outputMeans && { ...outputMeans, difference: outputMeans.candidate - outputMeans.baseline },
    tags,
    byCase,
    largest: largestOf(byCase),
  };
}
