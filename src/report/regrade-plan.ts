// What `regrade` grades: the report's cases that the eval set still has, with the records
// the report kept. Refused, with the cases named: a report without records, cases the
// eval set has and the report lacks (unless the run stopped early at a look), a repeat
// count that no longer matches, and outputs whose call key differs from the call the config
// would make now (the prompt, model or params changed: those outputs answer another request).
import { callKey } from '../cache/key.js';
import { LlmGateError } from '../errors.js';
import { shardCases } from '../shard/assign.js';
import { messagesFor, type CallRecord, type EvalCase, type EvalSet, type GateConfig } from '../types.js';
import type { StoredReport } from './read.js';
import { recordsOf } from './rebuild.js';

export interface RegradePlan {
  cases: EvalCase[];
  records: CallRecord[];
  /** Cases in the set the report was run on (its shard's, for a partial). */
  total: number;
  /** The run stopped at a sequential look: its report holds the cases judged by then. */
  stoppedEarly: boolean;
  incomplete: boolean;
}

const NAMED = 10;
const list = (ids: string[]): string => `${ids.slice(0, NAMED).join(', ')}${ids.length > NAMED ? ` and ${ids.length - NAMED} more` : ''}`;

export function regradePlan(stored: StoredReport, full: EvalSet, config: GateConfig, file: string): RegradePlan {
  if (!stored.records) {
    throw new LlmGateError(`${file} has no call records to regrade`, { code: 'usage', file, hint: 'regrade a JSON report written by this version of llm-gate run --json' });
  }
  if (stored.repeats !== config.run.repeats) {
    throw new LlmGateError(`${file} ran ${stored.repeats} repeat(s) per case; the config now asks for ${config.run.repeats}`, {
      code: 'usage',
      file,
      field: 'run.repeats',
      hint: 'repeats change what is called: run the gate again',
    });
  }
  const universe = stored.shard ? shardCases(full.cases, stored.shard) : full.cases;
  const inReport = new Set(stored.cases.map((c) => c.id));
  const stoppedEarly = stored.run?.sequential?.decidedAfter !== undefined;
  const absent = universe.filter((c) => !inReport.has(c.id)).map((c) => c.id);
  if (absent.length > 0 && !stoppedEarly) {
    throw new LlmGateError(`${file} has no outputs for ${absent.length} case${absent.length === 1 ? '' : 's'} of the eval set: ${list(absent)}`, {
      code: 'usage',
      file,
      hint: 'cases added since the run need calls: run the gate again',
    });
  }
  const cases = universe.filter((c) => inReport.has(c.id));
  const byId = new Map(cases.map((c) => [c.id, c]));
  const records = recordsOf(stored).filter((r) => r.side !== 'judge' && byId.has(r.caseId));
  const keys = new Map((stored.records ?? []).filter((r) => r.side !== 'judge').map((r) => [`${r.caseId}\u0000${r.side}\u0000${r.repeat}`, r.key]));
  const stale: string[] = [];
  for (const r of records) {
    if (r.side === 'judge') continue;
    const key = keys.get(`${r.caseId}\u0000${r.side}\u0000${r.repeat}`);
    if (key === undefined) continue;
    if (key !== callKey(config.models[r.side], { messages: messagesFor(byId.get(r.caseId)!, r.side), repeat: r.repeat })) stale.push(`${r.caseId} (${r.side})`);
  }
  if (stale.length > 0) {
    const unique = [...new Set(stale)];
    throw new LlmGateError(`the outputs in ${file} of ${unique.length} call${unique.length === 1 ? '' : 's'} were made for another request than the config makes now: ${list(unique)}`, {
      code: 'usage',
      file,
      hint: 'the prompt, a model or its params changed since the run: regrade re-evaluates graders and thresholds only; run the gate again',
    });
  }
  const incomplete = records.some((r) => r.error?.kind === 'cancelled') || stored.run?.control?.stoppedForBudget === true;
  return { cases, records, total: universe.length, stoppedEarly, incomplete };
}
