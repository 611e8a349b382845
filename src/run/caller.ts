// One model's CallFn: the SDK call, our timeout, our retry policy, the record.
// This is the hot path of a run. It does no grading, no logging and no parsing
// beyond reading usage and the answer (protocols/: Chat Completions or the Responses API,
// whole or streamed), so that its CPU cannot inflate the latency of the calls in flight
// next to it.
import type { CallError, CallFn, CallRecord, CallRequest, CallRole, Clock, ModelConfig, RunSettings } from '../types.js';
import { callCost, ZERO_USAGE } from './cost.js';
import { hashString } from '../stats/rng.js';
import { createClient } from './client.js';
import { PROTOCOLS, type Answer } from './protocols/index.js';
import type { ProxyEnv } from './proxy.js';
import { describeFailure, type Failure } from './failure.js';
import { linkAbort } from './abort.js';
import { budgetMessage } from './messages.js';
import { exhaustedError, nextStep } from './next-step.js';
import { attemptSignal } from './transport.js';
import type { RunControl } from './control.js';
import { worstCaseCallUsd } from './estimate.js';
import type { Reservation } from './budget.js';
import {
  backoffDelayMs,
  createRetryBudget,
  RETRY_DEFAULTS,
  retryCost,
  seededRandom,
  type RetryBudget,
  type RetryPolicy,
} from './retry.js';

export interface CallerOptions {
  role: CallRole;
  model: ModelConfig;
  apiKey: string;
  settings: RunSettings;
  /** Monotonic ms for latency; default performance.now. */
  clock?: Clock;
  /** Run-wide cancellation: aborts calls in flight and backoff waits. */
  signal?: AbortSignal;
  /** Overrides of RETRY_DEFAULTS. */
  retryPolicy?: Partial<RetryPolicy>;
  /** Share one budget between all callers of a run; default: control's, else a budget of this caller's own. */
  retryBudget?: RetryBudget;
  /**
   * The run's shared state (createRunControl): its retry budget, its money ledger (each call
   * reserves its worst case first and is refused, unsent, when that would pass run.budget)
   * and its adaptive concurrency (told of every 429 and success).
   */
  control?: Partial<Pick<RunControl, 'retryBudget' | 'ledger' | 'adaptive'>>;
  /** Jitter source in [0, 1); default a PRNG seeded from the model name (reproducible). */
  random?: () => number;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment (proxyEnvFrom). Default: direct. */
  proxy?: ProxyEnv;
  /**
   * Waits before a retry: resolves true after ms, false once signal aborts. Default a timer.
   * Tests pass one that records the delays, so a backoff is checked without a clock.
   */
  sleep?: (ms: number, signal: AbortSignal) => Promise<boolean>;
}

/** Above ours, so that our timer decides; it only guards against a stuck SDK. */
const SDK_TIMEOUT_MARGIN_MS = 60_000;
/** An endpoint's error text can be as long as its error body: the record keeps this much. */
const MAX_MESSAGE_CHARS = 500;

type Attempt =
  | { outcome: 'response'; answer: Answer | undefined; latencyMs: number; ttftMs?: number }
  | { outcome: 'failed'; failure: Failure; latencyMs: number }
  | { outcome: 'timeout'; latencyMs: number }
  | { outcome: 'cancelled' };

export function createCaller(opts: CallerOptions): CallFn {
  const { role, model, apiKey, settings } = opts;
  if (!(settings.timeoutMs > 0)) throw new RangeError(`run timeout: expected a positive number of ms, got ${settings.timeoutMs}`);
  if (!Number.isInteger(settings.retries) || settings.retries < 0) {
    throw new RangeError(`run retries: expected an integer ≥ 0, got ${settings.retries}`);
  }
  const clock: Clock = opts.clock ?? performance;
  const policy: RetryPolicy = { ...RETRY_DEFAULTS, ...opts.retryPolicy };
  const budget =
    opts.retryBudget ?? opts.control?.retryBudget ?? createRetryBudget({ ratio: policy.budgetRatio, reserve: policy.budgetReserve });
  const ledger = opts.control?.ledger;
  const adaptive = opts.control?.adaptive;
  const random = opts.random ?? seededRandom(hashString(`${role}:${model.model}`));
  const runSignal = opts.signal;
  const wait = opts.sleep ?? sleep;
  const timeoutMs = settings.timeoutMs;
  const client = createClient({
    model,
    apiKey,
    timeoutMs: timeoutMs + SDK_TIMEOUT_MARGIN_MS,
    transport: {
      ...(settings.maxResponseBytes === undefined ? {} : { maxResponseBytes: settings.maxResponseBytes }),
      ...(opts.proxy ? { proxy: opts.proxy } : {}),
    },
  });
  const endpoint = displayUrl(model.baseUrl);
  const protocol = PROTOCOLS[model.api ?? 'chat'];
  const stream = model.stream === true;

  const redact = (text: string): string => {
    const safe = apiKey.length >= 8 ? text.split(apiKey).join('[redacted]') : text;
    return safe.length > MAX_MESSAGE_CHARS ? `${safe.slice(0, MAX_MESSAGE_CHARS)}…` : safe;
  };

  const record = (
    request: CallRequest,
    attempts: number,
    rest: Pick<CallRecord, 'output' | 'latencyMs'> & Partial<CallRecord>,
  ): CallRecord => ({
    caseId: request.caseId,
    side: role,
    repeat: request.repeat,
    model: model.model,
    usage: { ...ZERO_USAGE },
    costUsd: 0,
    attempts,
    ...rest,
  });

  const failed = (request: CallRequest, attempts: number, latencyMs: number | null, error: CallError): CallRecord =>
    record(request, attempts, { output: null, latencyMs, error: { ...error, message: redact(error.message) } });

  async function attempt(body: Record<string, unknown>, signal: AbortSignal | undefined): Promise<Attempt> {
    const controller = new AbortController();
    let timedOut = false;
    const unlink = linkAbort(controller, [runSignal, signal]);
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const generation = adaptive?.dispatched() ?? 0;
    // Dispatch: the request leaves our queue here, so queue wait is never timed.
    const start = clock.now();
    let ttftMs: number | undefined;
    const onFirstToken = (): void => {
      ttftMs ??= clock.now() - start;
    };
    try {
      const answer = await attemptSignal.run(controller.signal, () => protocol.send(client, body, { stream, onFirstToken }));
      const latencyMs = clock.now() - start;
      adaptive?.succeeded();
      return { outcome: 'response', answer, latencyMs, ...(ttftMs === undefined ? {} : { ttftMs }) };
    } catch (err) {
      const latencyMs = clock.now() - start;
      if (timedOut) return { outcome: 'timeout', latencyMs };
      if (controller.signal.aborted) return { outcome: 'cancelled' };
      const failure = describeFailure(err, Date.now());
      // Only answers win slots back: a 5xx is not a sign the server can take more.
      if (failure.type === 'status' && failure.status === 429) adaptive?.rateLimited(generation);
      return { outcome: 'failed', failure, latencyMs };
    } finally {
      clearTimeout(timer);
      unlink();
    }
  }

  /** The call with our retry policy; sets seen.billUnseen when an attempt ended without showing its usage. */
  async function execute(
    request: CallRequest,
    body: Record<string, unknown>,
    signal: AbortSignal | undefined,
    seen: { billUnseen: boolean },
  ): Promise<CallRecord> {
    let attempts = 0;
    for (;;) {
      if (runSignal?.aborted || signal?.aborted) {
        return failed(request, attempts, null, { kind: 'cancelled', message: 'cancelled before the call was sent' });
      }
      attempts++;
      if (attempts === 1) budget.recordFirstAttempt();
      const result = await attempt(body, signal);

      let failure: Failure;
      switch (result.outcome) {
        case 'cancelled':
          seen.billUnseen = true;
          return failed(request, attempts, null, { kind: 'cancelled', message: 'cancelled while in flight' });
        case 'timeout':
          seen.billUnseen = true;
          return failed(request, attempts, result.latencyMs, {
            kind: 'timeout',
            message: `no answer within the ${timeoutMs} ms timeout`,
          });
        case 'response': {
          const success = result.answer;
          if (success) {
            const { usage, usable } = success;
            const done = record(request, attempts, {
              output: success.output,
              latencyMs: result.latencyMs,
              usage,
              costUsd: usable ? callCost(usage, model.price) : 0,
            });
            if (success.outputChars !== undefined) done.outputChars = success.outputChars;
            if (success.finishReason !== undefined) done.finishReason = success.finishReason;
            if (result.ttftMs !== undefined) done.ttftMs = result.ttftMs;
            if (!usable) {
              // The endpoint did not say what it billed: the ledger keeps this call's worst case.
              done.usageMissing = true;
              seen.billUnseen = true;
            }
            return done;
          }
          failure = { type: 'connection', message: protocol.noAnswer };
          break;
        }
        case 'failed':
          failure = result.failure;
          break;
      }

      const step = nextStep(failure, { role, model, endpoint });
      const kept = step.keepLatency && result.outcome === 'failed' ? result.latencyMs : null;
      if (!step.retry) return failed(request, attempts, kept, step.error);
      failure = step.failure;
      const retriesLeft = attempts - 1 < settings.retries;
      if (!retriesLeft || !budget.tryTakeRetry(retryCost(failure.type === 'status' ? failure : {}, policy))) {
        const why = retriesLeft ? 'the run retry budget is spent' : `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
        return failed(request, attempts, kept, exhaustedError(failure, why));
      }
      const retryAfterMs = failure.type === 'status' ? failure.retryAfterMs : undefined;
      const delay = backoffDelayMs({ retry: attempts, policy, random, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
      if (!(await waitLinked(wait, delay, [runSignal, signal]))) {
        return failed(request, attempts, null, { kind: 'cancelled', message: 'cancelled while waiting to retry' });
      }
    }
  }

  return async function call(request: CallRequest, signal?: AbortSignal): Promise<CallRecord> {
    const params = { ...model.params, ...request.params };
    const body = protocol.body(model.model, request.messages, params, stream);
    if (!ledger) return execute(request, body, signal, { billUnseen: false });
    if (runSignal?.aborted || signal?.aborted) {
      return failed(request, 0, null, { kind: 'cancelled', message: 'cancelled before the call was sent' });
    }
    const worstUsd = worstCaseCallUsd({ messages: request.messages, params, price: model.price });
    const reservation: Reservation | undefined = ledger.tryReserve(worstUsd);
    if (!reservation) {
      const refused = failed(request, 0, null, { kind: 'cancelled', message: budgetMessage(ledger.summary(), worstUsd) });
      ledger.markRefused(refused);
      return refused;
    }
    const seen = { billUnseen: false };
    try {
      const done = await execute(request, body, signal, seen);
      ledger.settle(reservation, { costUsd: done.costUsd, billUnseen: seen.billUnseen });
      return done;
    } catch (err) {
      // A bug, not an API error: keep the worst case held, since we cannot tell what was billed.
      ledger.settle(reservation, { costUsd: 0, billUnseen: true });
      throw err;
    }
  };
}

/** The endpoint for messages: no credentials, query or fragment (which could carry a key). */
function displayUrl(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/$/, '');
  } catch {
    return '(unparsable baseUrl)';
  }
}

/** Waits with `wait`, cut short as soon as any of `signals` aborts. */
async function waitLinked(
  wait: (ms: number, signal: AbortSignal) => Promise<boolean>,
  ms: number,
  signals: readonly (AbortSignal | undefined)[],
): Promise<boolean> {
  const controller = new AbortController();
  const unlink = linkAbort(controller, signals);
  try {
    return controller.signal.aborted ? false : await wait(ms, controller.signal);
  } finally {
    unlink();
  }
}

/** Resolves true after ms, false as soon as signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => finish(true), ms);
    function finish(completed: boolean): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(completed);
    }
    const onAbort = (): void => finish(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
