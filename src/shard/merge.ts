// Partial reports → the inputs of one comparison on every case. Each partial must come
// from the same eval set (content hash) as the others and the merge's own, every shard
// 1..n exactly once, and every case in the shard that shardOf gives it: a missing or
// duplicated shard, or a case in the wrong place, is an error naming it, never a merged
// report on fewer cases. Records are put in the order a single run holds them (case order,
// then repeat, baseline before candidate; the judge's by case and repeat), so compare()
// sees the same inputs as a single run of the same records and gives the same numbers.
import { LlmGateError } from '../errors.js';
import type { StoredReport } from '../report/read.js';
import { gradedSides, recordsOf } from '../report/rebuild.js';
import type { CallRecord, EvalSet, GradedCase } from '../types.js';
import { shardOf } from './assign.js';

export interface Partial {
  /** As the user named it, for messages. */
  file: string;
  report: StoredReport;
}

export interface MergedInputs {
  count: number;
  /** Every case of the eval set, in its order, graded as its shard graded it. */
  graded: GradedCase[];
  records: CallRecord[];
  /** The call key each model record was made for, as its partial stored it: the merge need not hash the requests again. */
  keys: Map<CallRecord, string>;
  judgeRecords: CallRecord[];
  /** A shard stopped before every call was made (budget, cancellation). */
  incomplete: boolean;
  startedAt: string | null;
  /** The longest shard's run: the shards run side by side. */
  durationMs: number | null;
}

const usage = (hint: string) => ({ code: 'usage' as const, hint });

export interface Merge {
  /** Checks one partial and takes what the comparison needs from it; the partial itself can then go. */
  add(partial: Partial): void;
  /** Every shard given once and every case present: the comparison's inputs, in a single run's order. */
  finish(): MergedInputs;
}

/**
 * A merge that takes the partials one at a time: a partial is read, checked, reduced to its
 * graded cases and records, and dropped before the next is read, so a merge of ten
 * 10,000-case partials holds the data of 100,000 cases, not ten parsed reports beside it.
 */
export function createMerge(evalSet: EvalSet): Merge {
  const caseIndex = new Map(evalSet.cases.map((c, i) => [c.id, i]));
  const byIndex = new Map<number, string>();
  // By the case's index in the set: every case is here once the shards are all in.
  const graded = new Array<Omit<GradedCase, 'case'> | undefined>(evalSet.cases.length);
  const intern = createInterner();
  const records: CallRecord[] = [];
  const keys = new Map<CallRecord, string>();
  const judgeRecords: CallRecord[] = [];
  let first: { file: string; count: number } | undefined;
  let incomplete = false;
  let startedAt: string | null = null;
  let durationMs: number | null = null;

  const add = (p: Partial): void => {
    checkHeader(p, evalSet);
    const { index, count } = p.report.shard!;
    first ??= { file: p.file, count };
    if (count !== first.count) {
      throw new LlmGateError(`${p.file} is shard ${index} of ${count}, but ${first.file} is of ${first.count}`, usage('merge the partials of one matrix run'));
    }
    const seen = byIndex.get(index);
    if (seen !== undefined) throw new LlmGateError(`shard ${index} of ${count} is given twice (${seen} and ${p.file})`, usage('pass each shard\'s partial report once'));
    byIndex.set(index, p.file);
    const here = new Set<string>();
    for (const c of p.report.cases) {
      const at = caseIndex.get(c.id);
      const where = at === undefined ? undefined : shardOf(evalSet.cases[at]!, count);
      if (where !== index) {
        throw new LlmGateError(
          where === undefined ? `${p.file} holds case "${c.id}", which is not in the eval set` : `${p.file} (shard ${index}) holds case "${c.id}", which belongs to shard ${where}`,
          { ...usage('merge the partials of one matrix run, with the config they ran with'), file: p.file },
        );
      }
      if (graded[at!] !== undefined) throw new LlmGateError(`case "${c.id}" appears twice in ${p.file}`, { ...usage('rerun the shard'), file: p.file });
      graded[at!] = internSides(gradedSides(c), intern);
      here.add(c.id);
    }
    const storedRecords = p.report.records ?? [];
    for (const [i, r] of recordsOf(p.report).entries()) {
      if (!here.has(r.caseId)) continue;
      internRecord(r, evalSet.cases[caseIndex.get(r.caseId)!]!.id, intern);
      if (r.side === 'judge') judgeRecords.push(r);
      else {
        records.push(r);
        const key = storedRecords[i]?.key;
        if (typeof key === 'string') keys.set(r, key);
      }
      if (r.error?.kind === 'cancelled') incomplete = true;
    }
    if (p.report.run?.control?.stoppedForBudget) incomplete = true;
    const started = p.report.run?.startedAt ?? null;
    if (started !== null && (startedAt === null || started < startedAt)) startedAt = started;
    const took = p.report.run?.durationMs ?? null;
    if (took !== null) durationMs = Math.max(durationMs ?? 0, took);
  };

  const finish = (): MergedInputs => {
    if (!first) throw new LlmGateError('no partial reports to merge', usage('llm-gate merge shard-1.json shard-2.json ...'));
    const { count } = first;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0) {
      const named = missing.map((i) => `shard ${i} of ${count}`).join(', ');
      throw new LlmGateError(`${named} ${missing.length === 1 ? 'is' : 'are'} missing`, usage('every shard of the matrix must finish and upload its partial report before the merge'));
    }
    const absent = evalSet.cases.filter((_, i) => graded[i] === undefined);
    if (absent.length > 0) {
      const c = absent[0]!;
      const shard = shardOf(c, count);
      throw new LlmGateError(`case "${c.id}" (shard ${shard} of ${count}) is missing from ${byIndex.get(shard)!}${absent.length > 1 ? `, and ${absent.length - 1} more cases` : ''}`, {
        ...usage('the shard stopped early or was run with another config; rerun it'),
        file: byIndex.get(shard)!,
      });
    }
    const order = (r: CallRecord): number => caseIndex.get(r.caseId)!;
    records.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat || (a.side === b.side ? 0 : a.side === 'baseline' ? -1 : 1));
    judgeRecords.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat);
    const cases = evalSet.cases.map((c, i) => ({ case: c, ...graded[i]! }));
    graded.fill(undefined);
    return { count, graded: cases, records, keys, judgeRecords, incomplete, startedAt, durationMs };
  };
  return { add, finish };
}

/**
 * One copy of each short text the partials repeat in every case and record (model names,
 * finish reasons, grader names and reasons): JSON.parse makes a new string for each, and a
 * merge of 100,000 cases would otherwise hold about 50 MB of copies. Bounded in count and
 * length, so a partial of all-different texts costs a map of at most MAX_INTERNED entries.
 */
const MAX_INTERNED = 65_536;
const MAX_INTERNED_CHARS = 256;
type Interner = <T extends string | undefined>(text: T) => T;

function createInterner(): Interner {
  const known = new Map<string, string>();
  return <T extends string | undefined>(text: T): T => {
    if (text === undefined || text.length > MAX_INTERNED_CHARS) return text;
    const seen = known.get(text);
    if (seen !== undefined) return seen as T;
    if (known.size < MAX_INTERNED) known.set(text, text);
    return text;
  };
}

const SIDE_NAMES = { baseline: 'baseline', candidate: 'candidate', judge: 'judge' } as const;

/** The record's texts as shared copies; `caseId` is the eval set's own id string. Mutates the record, which is the merge's own. */
function internRecord(r: CallRecord, caseId: string, intern: Interner): void {
  r.caseId = caseId;
  r.side = SIDE_NAMES[r.side];
  r.model = intern(r.model);
  if (r.finishReason !== undefined) r.finishReason = intern(r.finishReason);
  if (r.cachedAt !== undefined) r.cachedAt = intern(r.cachedAt);
  if (r.error) r.error.message = intern(r.error.message);
}

function internSides(sides: Omit<GradedCase, 'case'>, intern: Interner): Omit<GradedCase, 'case'> {
  for (const side of [sides.baseline, sides.candidate]) {
    for (const g of side.grades) {
      g.type = intern(g.type);
      if (g.reason !== undefined) g.reason = intern(g.reason);
      if (g.label) g.label = { expected: intern(g.label.expected), actual: intern(g.label.actual) };
    }
    if (side.error) side.error.message = intern(side.error.message);
  }
  return sides;
}

/** What makes a file a partial report of this eval set at all. */
function checkHeader(p: Partial, evalSet: EvalSet): void {
  if (!p.report.shard) throw new LlmGateError(`${p.file} is not a partial report`, { ...usage('merge the reports of llm-gate run --shard i/n'), file: p.file });
  if (!p.report.records) throw new LlmGateError(`${p.file} has no call records`, { ...usage('partials of this version of llm-gate carry them; rerun the shard'), file: p.file });
  if (p.report.evalSet.contentHash !== evalSet.contentHash) {
    throw new LlmGateError(`${p.file} was made from another config or eval set (content hash ${p.report.evalSet.contentHash.slice(0, 12)}, here ${evalSet.contentHash.slice(0, 12)})`, {
      ...usage('merge with the config and eval files of the commit the shards ran on'),
      file: p.file,
    });
  }
}

/** The partials in memory at once (tests, diagnostics): every header is checked before any case. */
export function mergePartials(partials: readonly Partial[], evalSet: EvalSet): MergedInputs {
  for (const p of partials) checkHeader(p, evalSet);
  const merge = createMerge(evalSet);
  for (const p of partials) merge.add(p);
  return merge.finish();
}
