import type { CallError, CallFn, CallRecord, EvalCase, GradedCase, GradedSide, GraderResult, Side } from '../types.js';
import { gradeOutput } from './grade-output.js';
import { JudgeUnavailableError } from './graders/llm-judge.js';
import { limitCalls } from './limit.js';

export interface GradeCasesOptions {
  cases: EvalCase[];
  /** Records of both sides, any order; judge records (side 'judge') are ignored. */
  records: CallRecord[];
  /** Needed when a case uses llm-judge. Its records are kept by whoever built the CallFn. */
  judge?: CallFn;
  /** Judge calls in flight at once. Default: 8. */
  concurrency?: number;
  /** A lower limit that may change during grading (the judge's adaptive concurrency). */
  judgeLimit?: () => number;
  signal?: AbortSignal;
}

/** What one repeat counts for: a grader score, a 0 (the model's fault), or nothing (not the model's fault). */
type RepeatOutcome =
  | { kind: 'graded'; score: number; grades: GraderResult[] }
  | { kind: 'zero' }
  | { kind: 'not-judged'; judgeError?: CallError };

const ZERO_KINDS: ReadonlySet<CallError['kind']> = new Set(['timeout', 'request']);

/** Records of one case and side, by repeat; the first record wins if a repeat appears twice. */
function indexRecords(records: CallRecord[]): Map<string, Map<Side, CallRecord[]>> {
  const index = new Map<string, Map<Side, CallRecord[]>>();
  for (const record of records) {
    if (record.side === 'judge') continue;
    let bySide = index.get(record.caseId);
    if (!bySide) index.set(record.caseId, (bySide = new Map()));
    const list = bySide.get(record.side) ?? [];
    if (!list.some((r) => r.repeat === record.repeat)) list.push(record);
    bySide.set(record.side, list);
  }
  for (const bySide of index.values()) for (const list of bySide.values()) list.sort((a, b) => a.repeat - b.repeat);
  return index;
}

function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

const NO_RECORD: CallError = { kind: 'cancelled', message: 'no call was recorded for this case' };

function summarise(records: CallRecord[], outcomes: RepeatOutcome[]): GradedSide {
  const repeatScores: number[] = [];
  let grades: GraderResult[] | undefined;
  for (const outcome of outcomes) {
    if (outcome.kind === 'graded') {
      repeatScores.push(outcome.score);
      grades ??= outcome.grades;
    } else if (outcome.kind === 'zero') repeatScores.push(0);
  }
  const latencies = records.flatMap((r) => (r.latencyMs === null ? [] : [r.latencyMs]));
  let costUsd = 0;
  for (const r of records) costUsd += r.costUsd;
  const first = records[0];
  const side: GradedSide = {
    score: mean(repeatScores),
    repeatScores,
    grades: grades ?? [],
    output: first?.output ?? null,
    latencyMs: mean(latencies),
    costUsd,
  };
  // A null score always comes with an error, so the report can say why nothing was judged.
  let error = first ? first.error : NO_RECORD;
  const judgeError = outcomes.find((o) => o.kind === 'not-judged' && o.judgeError);
  if (!error && side.score === null && judgeError?.kind === 'not-judged' && judgeError.judgeError) {
    error = { ...judgeError.judgeError, message: `the judge could not grade this output: ${judgeError.judgeError.message}` };
  }
  if (first?.outputChars !== undefined) side.cappedFrom = first.outputChars;
  if (error) side.error = error;
  return side;
}

/**
 * Grades every case on both sides. Per repeat: infra, cancelled and fatal errors are not
 * judged; timeouts and request errors score 0; answers go through the case's graders.
 * A side's score is the mean over judged repeats, null when none was. Output is in case
 * order whatever order the judge calls finish in.
 */
export async function gradeCases(opts: GradeCasesOptions): Promise<GradedCase[]> {
  const concurrency = opts.concurrency ?? 8;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`gradeCases: concurrency must be a positive integer, got ${concurrency}`);
  }
  // One failed grader stops queued judge calls: the run is failing, don't keep paying.
  const stop = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
  const judge = opts.judge ? limitCalls(opts.judge, concurrency, signal, opts.judgeLimit) : undefined;
  const index = indexRecords(opts.records);

  const gradeRepeat = async (evalCase: EvalCase, record: CallRecord): Promise<RepeatOutcome> => {
    if (record.error) return ZERO_KINDS.has(record.error.kind) ? { kind: 'zero' } : { kind: 'not-judged' };
    const ctx = { evalCase, judge, repeat: record.repeat, signal };
    try {
      const { score, grades } = await gradeOutput(record.output ?? '', evalCase.expect, ctx);
      return { kind: 'graded', score, grades };
    } catch (err) {
      if (err instanceof JudgeUnavailableError) return { kind: 'not-judged', judgeError: err.error };
      throw err;
    }
  };

  const gradeSide = async (evalCase: EvalCase, side: Side): Promise<GradedSide> => {
    const records = index.get(evalCase.id)?.get(side) ?? [];
    const outcomes = await Promise.all(records.map((r) => gradeRepeat(evalCase, r)));
    return summarise(records, outcomes);
  };

  try {
    return await Promise.all(
      opts.cases.map(async (evalCase) => {
        const [baseline, candidate] = await Promise.all([gradeSide(evalCase, 'baseline'), gradeSide(evalCase, 'candidate')]);
        return { case: evalCase, baseline, candidate };
      }),
    );
  } catch (err) {
    stop.abort(err);
    throw err;
  }
}
