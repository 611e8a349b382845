// In-memory CallFns whose calls finish only when the test says so. The scheduler's order,
// concurrency and progress are then checked by counting, with no server and no clock:
// nothing finishes early or late because the machine is busy.
import type { CallFn, CallRecord, CallRequest, Side } from '../../src/types.js';

export interface HeldCall {
  side: Side;
  request: CallRequest;
  /** Ends the call with a successful record (its output is the case id). */
  finish(): void;
}

export interface HeldCallers {
  callers: Record<Side, CallFn>;
  /** Calls sent and not yet finished, oldest first. */
  pending: HeldCall[];
  /** Every call sent, in dispatch order. */
  dispatched: HeldCall[];
}

export function heldCallers(opts: { costUsd?: number } = {}): HeldCallers {
  const pending: HeldCall[] = [];
  const dispatched: HeldCall[] = [];
  const make =
    (side: Side): CallFn =>
    (request) =>
      new Promise<CallRecord>((resolve) => {
        const call: HeldCall = {
          side,
          request,
          finish: () => {
            pending.splice(pending.indexOf(call), 1);
            resolve({
              caseId: request.caseId,
              side,
              repeat: request.repeat,
              model: `${side}-model`,
              output: request.caseId,
              latencyMs: 1,
              usage: { prompt: 1, cached: 0, completion: 1, reasoning: 0 },
              costUsd: opts.costUsd ?? 0,
              attempts: 1,
            });
          },
        };
        pending.push(call);
        dispatched.push(call);
      });
  return { callers: { baseline: make('baseline'), candidate: make('candidate') }, pending, dispatched };
}

/** One turn of the event loop: whatever the scheduler does on its own (microtasks) is done by then. */
export const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
