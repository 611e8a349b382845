// What one failed attempt means, as a pure function: stop with this error, or try again
// (and the error to record should the retry be refused). execute() in caller.ts keeps the
// state (attempts, the retry budget, waiting); the rules live here and in retry.ts.
import type { CallError, CallRole, ModelConfig } from '../types.js';
import type { Failure } from './failure.js';
import { fatalMessage } from './messages.js';
import { classifyStatus } from './retry.js';

export interface FailureContext {
  role: CallRole;
  model: ModelConfig;
  /** The endpoint as messages show it (no credentials, no query). */
  endpoint: string;
}

/**
 * `keepLatency`: the attempt's latency is a real measure of the endpoint (it answered, with
 * a status) and goes into the record; otherwise the record has none.
 */
export type NextStep =
  | { retry: false; error: CallError; keepLatency: boolean }
  | { retry: true; failure: Failure; keepLatency: boolean };

export function nextStep(failure: Failure, ctx: FailureContext): NextStep {
  switch (failure.type) {
    case 'refused':
      // Neither is retried: the same request gets the same redirect, and a model that
      // answers with more than the cap will most likely do so again, at full price. An
      // answer too large to read is the model's (degenerate output, no end in sight), so it
      // counts as a request error: the case scores 0 for that model, as a timeout would,
      // instead of vanishing from the comparison as an infra error would. A redirect or an
      // encoding we cannot read is the endpoint's setup: infra.
      return {
        retry: false,
        keepLatency: true,
        error: { kind: failure.code === 'response-too-large' ? 'request' : 'infra', status: failure.status, code: failure.code, message: failure.message },
      };
    case 'unknown':
      return { retry: false, keepLatency: false, error: { kind: 'infra', message: `unexpected error, not retried: ${failure.message}` } };
    case 'status': {
      const statusClass = classifyStatus(failure.status);
      if (statusClass === 'fatal') {
        const message = fatalMessage({ role: ctx.role, model: ctx.model, status: failure.status, serverMessage: failure.message });
        return { retry: false, keepLatency: true, error: { kind: 'fatal', status: failure.status, message, ...endpointIds(failure) } };
      }
      if (statusClass === 'request') {
        return { retry: false, keepLatency: true, error: { kind: 'request', status: failure.status, message: failure.message, ...endpointIds(failure) } };
      }
      return { retry: true, failure, keepLatency: true };
    }
    case 'connection': {
      const located = failure.code === undefined ? failure : { ...failure, message: `${failure.message} at ${ctx.endpoint}` };
      if (located.permanent) return { retry: false, keepLatency: false, error: { kind: 'infra', code: located.code!, message: `${located.message} (not retried)` } };
      return { retry: true, failure: located, keepLatency: false };
    }
  }
}

/** The error recorded when a retryable failure gets no more tries: `why` says which limit ended it. */
export function exhaustedError(failure: Failure, why: string): CallError {
  const error: CallError = { kind: 'infra', message: `${failure.message} (${why})` };
  if (failure.type === 'status') Object.assign(error, { status: failure.status }, endpointIds(failure));
  if (failure.type === 'connection' && failure.code !== undefined) error.code = failure.code;
  return error;
}

/** The param and code an endpoint's error body named, for the CallError. */
function endpointIds(failure: { param?: string; code?: string }): Pick<CallError, 'param' | 'code'> {
  return { ...(failure.param === undefined ? {} : { param: failure.param }), ...(failure.code === undefined ? {} : { code: failure.code }) };
}
