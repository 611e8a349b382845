import { setImmediate as nextTurn } from 'node:timers/promises';
import { GRADE_INPUT_CHARS } from '../limits.js';
import { mean, sumBy } from '../stats/index.js';
import { SIDES, type CallError, type CallFn, type CallRecord, type EvalCase, type GradedCase, type GradedSide, type GraderResult, type Side } from '../types.js';
import { GradingCancelledError } from './cancelled.js';
import { gradeOutput } from './grade-output.js';
import { JudgeUnavailableError } from './graders/llm-judge.js';
import { limitCalls } from './limit.js';
import type { RegexRunner } from './regex-runner.js';

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
  /**
   * After an abort, grading goes on for abortGraceMs (what the run finished still gets a
   * score, so the incomplete report shows it), then no output starts grading: the rest come
   * back unjudged as cancelled. Judge calls not yet made are never made.
   */
  signal?: AbortSignal;
  /** How long grading goes on after the signal aborts. Default: ABORT_GRACE_MS. */
  abortGraceMs?: number;
  /** Runs `regex` patterns under a deadline. Default: one shared worker. */
  regex?: RegexRunner;
}

/** What one repeat counts for: a grader score, a 0 (the model's fault), or nothing (not the model's fault). */
type RepeatOutcome =
  | { kind: 'graded'; score: number; grades: GraderResult[] }
  | { kind: 'zero' }
  | { kind: 'not-judged'; error?: CallError; grades?: GraderResult[] };

const ZERO_KINDS: ReadonlySet<CallError['kind']> = new Set(['timeout', 'request']);

// Grading is synchronous for most graders, and thousands of cases of 256 KiB outputs add up:
// the thread yields to the event loop after this many outputs or this long, whichever comes
// first, so signal handlers and the abort message from the CLI get to run.
const YIELD_EVERY_OUTPUTS = 32;
const YIELD_EVERY_MS = 20;

/**
 * Grading that was cut off by the signal (SIGINT, SIGTERM, the budget) still finishes
 * what fits in this long: ordinary outputs grade in well under a millisecond each, so a
 * stopped run reports what it answered, and a hostile one still ends within about this
 * plus one regex deadline (CI runners kill a job a few seconds after SIGTERM).
 */
export const ABORT_GRACE_MS = 2000;

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

/** The stats module's compensated mean; no values is no score (null), not 0. */
function meanOrNull(values: readonly number[]): number | null {
  return mean(values) ?? null;
}

const NO_RECORD: CallError = { kind: 'cancelled', message: 'no call was recorded for this case' };
const STOPPED: CallError = { kind: 'cancelled', message: new GradingCancelledError().message };

/** The output graders see, and its full length when that is more than they see. */
function gradedText(record: CallRecord): { text: string; cappedFrom?: number } {
  const output = record.output ?? '';
  const full = Math.max(record.outputChars ?? output.length, output.length);
  const text = output.length > GRADE_INPUT_CHARS ? output.slice(0, GRADE_INPUT_CHARS) : output;
  return full > text.length ? { text, cappedFrom: full } : { text };
}

function summarise(records: CallRecord[], outcomes: RepeatOutcome[]): GradedSide {
  const repeatScores: number[] = [];
  let grades: GraderResult[] | undefined;
  for (const outcome of outcomes) {
    if (outcome.kind === 'graded') {
      repeatScores.push(outcome.score);
      grades ??= outcome.grades;
    } else if (outcome.kind === 'zero') repeatScores.push(0);
  }
  // With nothing graded, the unjudged grades still say why.
  for (const outcome of outcomes) if (outcome.kind === 'not-judged') grades ??= outcome.grades;
  const latencies = records.flatMap((r) => (r.latencyMs === null ? [] : [r.latencyMs]));
  // Costs are tiny fractions of a dollar that must add up exactly: a compensated sum.
  const costUsd = sumBy(records, (r) => r.costUsd);
  const first = records[0];
  const side: GradedSide = {
    score: meanOrNull(repeatScores),
    // Exactly its length (a pushed array keeps room for 16 more): a run keeps every side's.
    repeatScores: repeatScores.slice(),
    grades: grades ?? [],
    output: first?.output ?? null,
    latencyMs: meanOrNull(latencies),
    costUsd,
  };
  // A null score always comes with an error, so the report can say why nothing was judged.
  let error = first ? first.error : NO_RECORD;
  const unjudged = outcomes.find((o) => o.kind === 'not-judged' && o.error);
  if (!error && side.score === null && unjudged?.kind === 'not-judged') error = unjudged.error;
  if (error) side.error = error;
  const cappedFrom = first && !first.error ? gradedText(first).cappedFrom : undefined;
  if (cappedFrom !== undefined) side.cappedFrom = cappedFrom;
  return side;
}

/** "regex /^(a+)+$/ did not finish …": why no grader could decide, from the unjudged grades. */
function ungradedError(grades: GraderResult[]): CallError {
  const reasons = grades.filter((g) => g.unjudged && g.weight > 0).map((g) => g.reason ?? `the ${g.type} grader could not decide`);
  return { kind: 'infra', code: 'ungraded', message: `no grader could decide on this output: ${reasons.join('; ')}` };
}

/**
 * Grades every case on both sides. Per repeat: infra, cancelled and fatal errors are not
 * judged; timeouts and request errors score 0; answers go through the case's graders,
 * which see at most GRADE_INPUT_CHARS of each. A side's score is the mean over judged
 * repeats, null when none was. Output is in case order whatever order the judge calls
 * finish in. An abort stops grading: what was not graded comes back unjudged (cancelled).
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
  const grace = opts.abortGraceMs ?? ABORT_GRACE_MS;
  let abortedAt: number | undefined;
  const stopped = (): boolean => {
    if (!opts.signal?.aborted) return false;
    abortedAt ??= performance.now();
    return performance.now() - abortedAt >= grace;
  };

  const gradeRepeat = async (evalCase: EvalCase, record: CallRecord): Promise<RepeatOutcome> => {
    if (record.error) return ZERO_KINDS.has(record.error.kind) ? { kind: 'zero' } : { kind: 'not-judged' };
    if (stopped()) return { kind: 'not-judged', error: STOPPED };
    const ctx = { evalCase, judge, repeat: record.repeat, signal, ...(opts.regex ? { regex: opts.regex } : {}) };
    try {
      const { score, grades } = await gradeOutput(gradedText(record).text, evalCase.expect, ctx);
      if (score === null) return { kind: 'not-judged', error: ungradedError(grades), grades };
      return { kind: 'graded', score, grades };
    } catch (err) {
      if (err instanceof JudgeUnavailableError) {
        const e = err.error;
        return { kind: 'not-judged', error: { ...e, message: `the judge could not grade this output: ${e.message}` } };
      }
      if (err instanceof GradingCancelledError) return { kind: 'not-judged', error: STOPPED };
      throw err;
    }
  };

  // Outputs start grading one after another from this loop, so the synchronous graders of
  // each run here, between the yields; judge calls go on concurrently. Yielding per output
  // bounds the time between two looks at the signal by one output's graders.
  let sinceYield = 0;
  let lastYield = performance.now();
  let failure: { error: unknown } | undefined;
  const pace = async (): Promise<void> => {
    if (sinceYield >= YIELD_EVERY_OUTPUTS || performance.now() - lastYield >= YIELD_EVERY_MS) {
      await nextTurn();
      sinceYield = 0;
      lastYield = performance.now();
    }
    sinceYield++;
  };
  const track = <T>(promise: Promise<T>): Promise<T> => {
    // Awaited by Promise.all below; until then a rejection must not count as unhandled.
    promise.catch((error: unknown) => void (failure ??= { error }));
    return promise;
  };

  // Each case lands in its slot as it is graded; only the cases still waiting (on a judge)
  // keep a promise, so a large set's settled promises are garbage at once, not all held to the end.
  const graded: GradedCase[] = new Array<GradedCase>(opts.cases.length);
  const waiting = new Set<Promise<void>>();
  try {
    for (const [at, evalCase] of opts.cases.entries()) {
      const sides = {} as Record<Side, Promise<GradedSide>>;
      for (const side of SIDES) {
        const records = index.get(evalCase.id)?.get(side) ?? [];
        const outcomes: Promise<RepeatOutcome>[] = [];
        for (const record of records) {
          if (!failure) await pace();
          outcomes.push(track(gradeRepeat(evalCase, record)));
        }
        sides[side] = Promise.all(outcomes).then((o) => summarise(records, o));
      }
      const done = track(
        Promise.all([sides.baseline, sides.candidate]).then(([baseline, candidate]) => {
          graded[at] = { case: evalCase, baseline, candidate };
        }),
      );
      waiting.add(done);
      void done.then(
        () => waiting.delete(done),
        () => {},
      );
      // A config error (a case needs a judge and there is none) fails the run: stop starting cases.
      if (failure) break;
    }
    await Promise.all(waiting);
    if (failure) throw failure.error;
    return graded;
  } catch (err) {
    stop.abort(err);
    throw err;
  }
}
