// Partial reports → the inputs of one comparison on every case. Each partial must come
// from the same eval set (content hash) as the others and the merge's own, every shard
// 1..n exactly once, and every case in the shard that shardOf gives it: a missing or
// duplicated shard, or a case in the wrong place, is an error naming it, never a merged
// report on fewer cases. Records are put in the order a single run holds them (case order,
// then repeat, baseline before candidate; the judge's by case and repeat), so compare()
// sees the same inputs as a single run of the same records and gives the same numbers.
import { LlmGateError } from '../errors.js';
import { reportCase } from '../report/build.js';
import { itemText } from '../report/item-text.js';
import type { ReportList, ReportLists } from '../report/lists.js';
import type { StoredReport } from '../report/read.js';
import { reportRecord } from '../report/records.js';
import { gradedSides, recordsOf } from '../report/rebuild.js';
import type { ReportCase, ReportRecord } from '../report/types.js';
import type { CallRecord, EvalSet, GradedCase } from '../types.js';
import { shardOf } from './assign.js';
import type { Spool } from './spool.js';

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
  /**
   * With a spool: the merged report's cases and records, each made when its partial was
   * read and kept on disk. The graded cases and records above then carry no outputs (the
   * comparison reads none) and `keys` is empty (each record's item has its key).
   */
  items?: Required<Pick<ReportLists, 'cases' | 'records'>>;
}

export interface MergeOptions {
  /** Where each case's and record's report item waits until the merged report is written. */
  spool?: Spool;
  /** The call key of a model's record whose partial did not store one. */
  keyOf?: (r: CallRecord) => string | undefined;
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
 * With a spool, each case's and record's report item is made as its partial is read and
 * kept there, and only what the comparison reads stays in memory.
 */
export function createMerge(evalSet: EvalSet, options: MergeOptions = {}): Merge {
  const { spool } = options;
  // Spool ids, by case index, and by record (in the order records and judgeRecords take them).
  const caseItems = spool ? new Array<number>(evalSet.cases.length) : undefined;
  const recordItems: number[] = [];
  const judgeItems: number[] = [];
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
      const sides = internSides(gradedSides(c), intern);
      if (spool && caseItems) {
        caseItems[at!] = spool.put(itemText(reportCase({ case: evalSet.cases[at!]!, ...sides })));
        sides.baseline.output = null;
        sides.candidate.output = null;
      }
      graded[at!] = sides;
      here.add(c.id);
    }
    const storedRecords = p.report.records ?? [];
    const partialRecords = recordsOf(p.report);
    const firsts = spool ? firstOfEachSide(partialRecords, here) : undefined;
    for (const [i, r] of partialRecords.entries()) {
      if (!here.has(r.caseId)) continue;
      internRecord(r, evalSet.cases[caseIndex.get(r.caseId)!]!.id, intern);
      const stored = storedRecords[i]?.key;
      const key = typeof stored === 'string' ? stored : undefined;
      if (r.side === 'judge') {
        judgeRecords.push(r);
        if (spool) judgeItems.push(spool.put(itemText(reportRecord(r))));
      } else {
        records.push(r);
        if (spool) recordItems.push(spool.put(itemText(reportRecord(r, key ?? options.keyOf?.(r), firsts!.has(i)))));
        else if (key !== undefined) keys.set(r, key);
      }
      if (spool) r.output = null;
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
    // Sorted by index, so each record's spooled item moves with it; ties keep the partials' order.
    const byRecord = sortedOrder(records, (a, b) => order(a) - order(b) || a.repeat - b.repeat || (a.side === b.side ? 0 : a.side === 'baseline' ? -1 : 1));
    const byJudge = sortedOrder(judgeRecords, (a, b) => order(a) - order(b) || a.repeat - b.repeat);
    const cases = evalSet.cases.map((c, i) => ({ case: c, ...graded[i]! }));
    graded.fill(undefined);
    const merged: MergedInputs = {
      count,
      graded: cases,
      records: byRecord.map((i) => records[i]!),
      keys,
      judgeRecords: byJudge.map((i) => judgeRecords[i]!),
      incomplete,
      startedAt,
      durationMs,
    };
    if (spool && caseItems) {
      const itemIds = [...byRecord.map((i) => recordItems[i]!), ...byJudge.map((i) => judgeItems[i]!)];
      merged.items = {
        cases: spooledList<ReportCase>(spool, caseItems),
        records: spooledList<ReportRecord>(spool, itemIds),
      };
    }
    return merged;
  };
  return { add, finish };
}

/**
 * One copy of each short text the partials repeat in every case and record (model names,
 * finish reasons, grader names and reasons), and of each small value they repeat (a case's
 * grades, its repeat scores, a record's token usage): JSON.parse makes a new one for each,
 * and a merge of 100,000 cases would otherwise hold about 80 MB of copies. Bounded in count
 * and size, so a partial of all-different values costs a map of at most MAX_INTERNED entries.
 * Nothing changes these values once the merge has them.
 */
const MAX_INTERNED = 65_536;
const MAX_INTERNED_CHARS = 256;

interface Interner {
  text<T extends string | undefined>(text: T): T;
  /** The value first given for an equal JSON form (-0 kept apart from 0), or this one. */
  value<T>(kind: string, value: T): T;
}

function createInterner(): Interner {
  const texts = new Map<string, string>();
  const values = new Map<string, unknown>();
  const signedZero = (_: string, v: unknown): unknown => (Object.is(v, -0) ? '-0' : v);
  return {
    text<T extends string | undefined>(text: T): T {
      if (text === undefined || text.length > MAX_INTERNED_CHARS) return text;
      const seen = texts.get(text);
      if (seen !== undefined) return seen as T;
      if (texts.size < MAX_INTERNED) texts.set(text, text);
      return text;
    },
    value<T>(kind: string, value: T): T {
      const key = `${kind}:${JSON.stringify(value, signedZero)}`;
      if (key.length > MAX_INTERNED_CHARS) return value;
      const seen = values.get(key);
      if (seen !== undefined) return seen as T;
      if (values.size < MAX_INTERNED) values.set(key, value);
      return value;
    },
  };
}

const SIDE_NAMES = { baseline: 'baseline', candidate: 'candidate', judge: 'judge' } as const;

/** The record's texts and usage as shared copies; `caseId` is the eval set's own id string. Mutates the record, which is the merge's own. */
function internRecord(r: CallRecord, caseId: string, intern: Interner): void {
  r.caseId = caseId;
  r.side = SIDE_NAMES[r.side];
  r.model = intern.text(r.model);
  if (r.finishReason !== undefined) r.finishReason = intern.text(r.finishReason);
  if (r.cachedAt !== undefined) r.cachedAt = intern.text(r.cachedAt);
  if (r.error) r.error.message = intern.text(r.error.message);
  r.usage = intern.value('usage', r.usage);
}

function internSides(sides: Omit<GradedCase, 'case'>, intern: Interner): Omit<GradedCase, 'case'> {
  for (const side of [sides.baseline, sides.candidate]) {
    for (const g of side.grades) {
      g.type = intern.text(g.type);
      if (g.reason !== undefined) g.reason = intern.text(g.reason);
      if (g.label) g.label = { expected: intern.text(g.label.expected), actual: intern.text(g.label.actual) };
    }
    side.grades = intern.value('grades', side.grades);
    side.repeatScores = intern.value('scores', side.repeatScores);
    if (side.error) side.error.message = intern.text(side.error.message);
  }
  return sides;
}

/** The indices of `items` in sorted order (a stable sort: ties keep their order). */
function sortedOrder<T>(items: readonly T[], compare: (a: T, b: T) => number): number[] {
  return items.map((_, i) => i).sort((x, y) => compare(items[x]!, items[y]!) || x - y);
}

/**
 * The record of each case and side that a merged report shows in the case (reportRecord's
 * inCase): the first in the merged order, which is the lowest repeat, ties in the partial's
 * order. Every record of a case is in the case's one partial, so this is known as it is read.
 */
function firstOfEachSide(records: readonly CallRecord[], cases: ReadonlySet<string>): Set<number> {
  const best = new Map<string, number>();
  records.forEach((r, i) => {
    if (r.side === 'judge' || !cases.has(r.caseId)) return;
    const slot = `${r.caseId}\u0000${r.side}`;
    const seen = best.get(slot);
    if (seen === undefined || r.repeat < records[seen]!.repeat) best.set(slot, i);
  });
  return new Set(best.values());
}

/** Report items kept in the spool as their text, read back one at a time as the writer reaches them. */
function spooledList<T>(spool: Spool, ids: readonly number[]): ReportList<T> {
  return {
    length: ids.length,
    *items() {
      for (const id of ids) yield JSON.parse(spool.get(id)) as T;
    },
    *texts() {
      for (const id of ids) yield spool.get(id);
    },
  };
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
