// Partial reports → the inputs of one comparison on every case. Each partial must come
// from the same eval set (content hash) as the others and the merge's own, every shard
// 1..n exactly once, and every case in the shard that shardOf gives it: a missing or
// duplicated shard, or a case in the wrong place, is an error naming it, never a merged
// report on fewer cases. Records are put in the order a single run holds them (case order,
// then repeat, baseline before candidate; the judge's by case and repeat), so compare()
// sees the same inputs as a single run of the same records and gives the same numbers.
import { LlmGateError } from '../errors.js';
import type { StoredReport } from '../report/read.js';
import { recordsOf } from '../report/rebuild.js';
import type { CallRecord, EvalSet } from '../types.js';
import { shardOf } from './assign.js';

export interface Partial {
  /** As the user named it, for messages. */
  file: string;
  report: StoredReport;
}

export interface MergedInputs {
  count: number;
  stored: Map<string, StoredReport['cases'][number]>;
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

export function mergePartials(partials: readonly Partial[], evalSet: EvalSet): MergedInputs {
  if (partials.length === 0) throw new LlmGateError('no partial reports to merge', usage('llm-gate merge shard-1.json shard-2.json ...'));
  for (const p of partials) {
    if (!p.report.shard) throw new LlmGateError(`${p.file} is not a partial report`, { ...usage('merge the reports of llm-gate run --shard i/n'), file: p.file });
    if (!p.report.records) throw new LlmGateError(`${p.file} has no call records`, { ...usage('partials of this version of llm-gate carry them; rerun the shard'), file: p.file });
  }
  const count = partials[0]!.report.shard!.count;
  for (const p of partials) {
    if (p.report.shard!.count !== count) {
      throw new LlmGateError(`${p.file} is shard ${p.report.shard!.index} of ${p.report.shard!.count}, but ${partials[0]!.file} is of ${count}`, usage('merge the partials of one matrix run'));
    }
    if (p.report.evalSet.contentHash !== evalSet.contentHash) {
      throw new LlmGateError(`${p.file} was made from another config or eval set (content hash ${p.report.evalSet.contentHash.slice(0, 12)}, here ${evalSet.contentHash.slice(0, 12)})`, {
        ...usage('merge with the config and eval files of the commit the shards ran on'),
        file: p.file,
      });
    }
  }
  const byIndex = new Map<number, Partial>();
  for (const p of partials) {
    const index = p.report.shard!.index;
    const seen = byIndex.get(index);
    if (seen) throw new LlmGateError(`shard ${index} of ${count} is given twice (${seen.file} and ${p.file})`, usage('pass each shard\'s partial report once'));
    byIndex.set(index, p);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    const named = missing.map((i) => `shard ${i} of ${count}`).join(', ');
    throw new LlmGateError(`${named} ${missing.length === 1 ? 'is' : 'are'} missing`, usage('every shard of the matrix must finish and upload its partial report before the merge'));
  }

  const caseIndex = new Map(evalSet.cases.map((c, i) => [c.id, i]));
  const stored = new Map<string, StoredReport['cases'][number]>();
  const records: CallRecord[] = [];
  const keys = new Map<CallRecord, string>();
  const judgeRecords: CallRecord[] = [];
  let incomplete = false;
  let startedAt: string | null = null;
  let durationMs: number | null = null;
  for (let index = 1; index <= count; index++) {
    const p = byIndex.get(index)!;
    for (const c of p.report.cases) {
      const at = caseIndex.get(c.id);
      const where = at === undefined ? undefined : shardOf(evalSet.cases[at]!, count);
      if (where !== index) {
        throw new LlmGateError(
          where === undefined ? `${p.file} holds case "${c.id}", which is not in the eval set` : `${p.file} (shard ${index}) holds case "${c.id}", which belongs to shard ${where}`,
          { ...usage('merge the partials of one matrix run, with the config they ran with'), file: p.file },
        );
      }
      if (stored.has(c.id)) throw new LlmGateError(`case "${c.id}" appears twice in ${p.file}`, { ...usage('rerun the shard'), file: p.file });
      stored.set(c.id, c);
    }
    const storedRecords = p.report.records ?? [];
    for (const [i, r] of recordsOf(p.report).entries()) {
      if (!stored.has(r.caseId) || caseIndex.get(r.caseId) === undefined) continue;
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
  }
  const absent = evalSet.cases.filter((c) => !stored.has(c.id));
  if (absent.length > 0) {
    const c = absent[0]!;
    const shard = shardOf(c, count);
    throw new LlmGateError(`case "${c.id}" (shard ${shard} of ${count}) is missing from ${byIndex.get(shard)!.file}${absent.length > 1 ? `, and ${absent.length - 1} more cases` : ''}`, {
      ...usage('the shard stopped early or was run with another config; rerun it'),
      file: byIndex.get(shard)!.file,
    });
  }
  const order = (r: CallRecord): number => caseIndex.get(r.caseId)!;
  records.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat || (a.side === b.side ? 0 : a.side === 'baseline' ? -1 : 1));
  judgeRecords.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat);
  return { count, stored, records, keys, judgeRecords, incomplete, startedAt, durationMs };
}
