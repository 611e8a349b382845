import { createLimiter } from '../concurrency.js';
import type { CallFn, CallRecord, CallRequest } from '../types.js';

function cancelledRecord(request: CallRequest): CallRecord {
  return {
    caseId: request.caseId,
    side: 'judge',
    repeat: request.repeat,
    model: '',
    output: null,
    latencyMs: null,
    usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
    costUsd: 0,
    attempts: 0,
    error: { kind: 'cancelled', message: 'aborted before the judge call was made' },
  };
}

/**
 * Wraps a CallFn so at most `concurrency` calls are in flight, or fewer while `limit()`
 * says so (the judge's adaptive concurrency: a 429 halves it); the rest wait in FIFO
 * order. A call still queued when `signal` aborts is never made: it comes back as a
 * cancelled record, like a call the caller itself cancelled, and costs nothing.
 */
export function limitCalls(call: CallFn, concurrency: number, signal?: AbortSignal, limit?: () => number): CallFn {
  const slots = createLimiter(() => Math.min(concurrency, limit?.() ?? concurrency));
  return async (request, callSignal) => {
    // Nothing here calls wakeAll(), so every acquire ends holding a slot.
    await slots.acquire();
    try {
      if (signal?.aborted || callSignal?.aborted) return cancelledRecord(request);
      return await call(request, callSignal ?? signal);
    } finally {
      slots.release();
    }
  };
}
