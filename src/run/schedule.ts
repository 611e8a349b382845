// runCases: both models' calls, interleaved case by case, in one pool of
// `concurrency` workers. Drift in a provider's speed then hits both models alike.
import { createLimiter } from '../concurrency.js';
import { LlmGateError } from '../errors.js';
import { alternativeSlot, messagesFor, type CallFn, type CallRecord, type Clock, type EvalCase, type Side } from '../types.js';
import { linkAbort } from './abort.js';
import type { RunControl } from './control.js';
import { modelField } from './messages.js';

export interface RunProgress {
  done: number;
  total: number;
  spentUsd: number;
  elapsedMs: number;
}

export interface RunCasesOptions {
  cases: EvalCase[];
  callers: Record<Side, CallFn>;
  /** models.alternatives' callers: each alternative's calls go right after the pair's, same case and repeat. */
  alternatives?: readonly CallFn[];
  repeats: number;
  concurrency: number;
  /** Stop dispatching, abort calls in flight (recorded as 'cancelled') and resolve with what exists. */
  signal?: AbortSignal;
  /** Called on the hot path for every record: keep it cheap. */
  onRecord?(record: CallRecord): void;
  /** Called every progressIntervalMs and once at the end, never per call. */
  onProgress?(progress: RunProgress): void;
  /** Default 1000 ms. */
  progressIntervalMs?: number;
  /** Case indices in the order to send them (default: as given). Records come back in case order either way. */
  order?: readonly number[];
  /**
   * Once aborted, no new call is sent; calls in flight finish and count, and nothing is
   * marked cancelled (a sequential stop: the verdict is decided, the rest would not change it).
   */
  drain?: AbortSignal;
  /**
   * The run's shared state, the same object its callers got (createRunControl). With a
   * ledger, dispatching stops once it refuses a call: refused calls leave no record, and
   * the run resolves with what finished (read control.summary().stoppedForBudget). With
   * adaptive concurrency, at most min(concurrency, adaptive.limit) calls are in flight.
   */
  control?: Partial<Pick<RunControl, 'ledger' | 'adaptive'>>;
  clock?: Clock;
}

export interface PlannedCall {
  caseIndex: number;
  repeat: number;
  side: Side;
  /** Set for models.alternatives[alternative]'s call (side is then 'candidate': an alternative is a candidate of its own). */
  alternative?: number;
  /** Position in the result: case order, then repeat, baseline before candidate, then the alternatives. */
  slot: number;
}

/**
 * Dispatch order: case i repeat r puts both sides next to each other, and which goes
 * first alternates with the parity of i + r, so neither model always leads. Cases go in
 * `order` (default 0, 1, 2, …).
 */
export function planCalls(caseCount: number, repeats: number, order?: readonly number[], alternatives = 0): PlannedCall[] {
  if (order && (order.length !== caseCount || new Set(order).size !== caseCount || order.some((i) => !(Number.isInteger(i) && i >= 0 && i < caseCount)))) {
    throw new RangeError(`planCalls: order must be a permutation of 0..${caseCount - 1}`);
  }
  const plan: PlannedCall[] = [];
  for (let position = 0; position < caseCount; position++) {
    const caseIndex = order ? order[position]! : position;
    for (let repeat = 0; repeat < repeats; repeat++) {
      const slot = (caseIndex * repeats + repeat) * (2 + alternatives);
      const baseline: PlannedCall = { caseIndex, repeat, side: 'baseline', slot };
      const candidate: PlannedCall = { caseIndex, repeat, side: 'candidate', slot: slot + 1 };
      if ((caseIndex + repeat) % 2 === 0) plan.push(baseline, candidate);
      else plan.push(candidate, baseline);
      for (let k = 0; k < alternatives; k++) plan.push({ caseIndex, repeat, side: 'candidate', alternative: k, slot: slot + 2 + k });
    }
  }
  return plan;
}

export async function runCases(opts: RunCasesOptions): Promise<CallRecord[]> {
  const { cases, callers, repeats, concurrency, onRecord, onProgress } = opts;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`runCases: expected concurrency to be an integer ≥ 1, got ${concurrency}`);
  }
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new RangeError(`runCases: expected repeats to be an integer ≥ 1, got ${repeats}`);
  }
  const clock = opts.clock ?? performance;
  const alternatives = opts.alternatives ?? [];
  const plan = planCalls(cases.length, repeats, opts.order, alternatives.length);
  const total = plan.length;
  const slots: (CallRecord | undefined)[] = new Array(total);

  // The caller's cancel and our own stop (a fatal error) both end up in `stop`. Each call
  // gets a signal of its own, linked without a listener per call (see abort.ts).
  const stop = new AbortController();
  const unlinkOuter = linkAbort(stop, [opts.signal]);
  const ledger = opts.control?.ledger;
  const adaptive = opts.control?.adaptive;

  // Workers over the adaptive limit wait for a slot; a finished call hands it on, and a stop
  // (cancel, drain, the budget, no more work) wakes every waiter to re-check the loop.
  const limiter = createLimiter(() => Math.min(concurrency, adaptive?.limit ?? concurrency));
  const wakeAll = (): void => limiter.wakeAll();
  stop.signal.addEventListener('abort', wakeAll, { once: true });
  opts.drain?.addEventListener('abort', wakeAll, { once: true });

  let next = 0;
  let done = 0;
  let spentUsd = 0;
  let fatal: CallRecord | undefined;
  let bug: { error: unknown } | undefined;
  const started = clock.now();
  const report = (): void => onProgress?.({ done, total, spentUsd, elapsedMs: clock.now() - started });
  const ticker = onProgress ? setInterval(report, opts.progressIntervalMs ?? 1000) : undefined;
  ticker?.unref();

  const more = (): boolean => !stop.signal.aborted && !opts.drain?.aborted && next < total && !ledger?.stopped;
  async function worker(): Promise<void> {
    while (more()) {
      if (!(await limiter.acquire())) continue;
      // The run may have stopped, or run out of calls, while this worker waited.
      if (!more()) {
        limiter.release();
        break;
      }
      const call = plan[next++]!;
      const evalCase = cases[call.caseIndex]!;
      let record: CallRecord;
      const callController = new AbortController();
      const unlink = linkAbort(callController, [stop.signal]);
      try {
        const alternative = call.alternative;
        const caller = alternative === undefined ? callers[call.side] : alternatives[alternative]!;
        record = await caller(
          { caseId: evalCase.id, repeat: call.repeat, messages: messagesFor(evalCase, alternative === undefined ? call.side : alternativeSlot(alternative)) },
          callController.signal,
        );
      } catch (error) {
        // A CallFn never throws for API errors, so this is a bug: stop, and rethrow it.
        bug ??= { error };
        stop.abort();
        return;
      } finally {
        unlink();
        limiter.release();
      }
      // Refused by the budget: never sent, so no record; the loop condition ends this worker.
      if (ledger?.wasRefused(record)) {
        wakeAll();
        continue;
      }
      if (call.alternative !== undefined) record = { ...record, alternative: call.alternative };
      slots[call.slot] = record;
      done++;
      spentUsd += record.costUsd;
      onRecord?.(record);
      if (record.error?.kind === 'fatal' && !fatal) {
        fatal = record;
        stop.abort();
      }
    }
    // No more work for this worker means none for the parked ones either: let them see it.
    wakeAll();
  }

  adaptive?.start();
  try {
    const workers: Promise<void>[] = [];
    for (let i = 0; i < Math.min(concurrency, total); i++) workers.push(worker());
    await Promise.all(workers);
  } finally {
    if (ticker) clearInterval(ticker);
    opts.drain?.removeEventListener('abort', wakeAll);
    unlinkOuter();
    adaptive?.end();
  }
  report();
  if (bug) throw bug.error;
  if (fatal) {
    throw new LlmGateError(fatal.error!.message, { code: 'fatal', field: modelField(fatal.alternative === undefined ? fatal.side : alternativeSlot(fatal.alternative)) });
  }
  return slots.filter((r): r is CallRecord => r !== undefined);
}
