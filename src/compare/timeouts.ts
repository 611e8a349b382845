// Timeouts in production: how often each model's calls would not finish within the
// production timeout, and the retry load that would follow. Definitions:
// - A call is slow when it was answered after more than timeoutMs (dispatch → parsed
//   answer of its last attempt), or when it timed out (CallError kind 'timeout': past
//   run.timeout, with no answer).
// - share = slow / calls, over the calls that were answered or timed out. Cancelled calls
//   (user, signal, budget) and infra, request and fatal errors are left out: none of them
//   ran to an answer or to the timeout, so they say nothing about how long an answer takes,
//   and counting them as fast would dilute the share with an outage or a rejected request.
// - With `retries`, a slow attempt is tried again. If each attempt is slow independently
//   with probability s, a call makes 1 + s + s² + … + s^retries attempts on average;
//   extra calls per 1,000 = 1000 × (that − 1).
// - rises: the candidate's share is above the baseline's at one-sided level RISE_ALPHA by
//   Fisher's exact test (stats/fisher.ts). Exact, because slow calls are rare and a few of
//   them decide; a normal approximation would call small-count differences real. Calls are
//   taken as independent: the repeats of one case share a prompt and tend to be slow
//   together, so with repeats the test leans toward calling a rise.

import { fisherExactGreater } from '../stats/fisher.js';
import { SIDES, type CallRecord, type Side } from '../types.js';

/** One-sided level of the test behind `rises`. */
export const RISE_ALPHA = 0.05;

export interface TimeoutSide {
  /** Calls answered or timed out: those whose duration is known to be under or over the timeout. */
  calls: number;
  /** Of those, calls answered after more than timeoutMs, plus calls that timed out. */
  slow: number;
  /** slow / calls, in [0, 1]; null when calls is 0. */
  share: number | null;
  /** Expected attempts per call with the given retries, 1 + s + … + s^retries (s = share); null when share is. */
  attemptsPerCall: number | null;
  /** The retries those attempts add per 1,000 calls, 1000 × (attemptsPerCall − 1); null when share is. */
  extraCallsPer1k: number | null;
}

export interface TimeoutExposure {
  models: Record<Side, TimeoutSide>;
  /** One-sided Fisher exact p-value of "the candidate's share is higher"; 1 when a side has no calls. */
  pValue: number;
  /** The level `rises` is decided at (RISE_ALPHA). */
  alpha: number;
  /** The candidate's share is higher than the baseline's beyond noise (pValue ≤ alpha); never when the candidate has no slow call. */
  rises: boolean;
}

/** 1 + s + s² + … + s^retries. */
export function expectedAttempts(share: number, retries: number): number {
  let total = 1;
  let term = 1;
  for (let i = 0; i < retries; i++) {
    term *= share;
    total += term;
  }
  return total;
}

function isSlow(r: CallRecord, timeoutMs: number): boolean | null {
  if (r.error?.kind === 'timeout') return true;
  if (r.error !== undefined || r.latencyMs === null || !Number.isFinite(r.latencyMs)) return null;
  return r.latencyMs > timeoutMs;
}

function sideExposure(records: readonly CallRecord[], timeoutMs: number, retries: number): TimeoutSide {
  let calls = 0;
  let slow = 0;
  for (const r of records) {
    const s = isSlow(r, timeoutMs);
    if (s === null) continue;
    calls++;
    if (s) slow++;
  }
  if (calls === 0) return { calls, slow, share: null, attemptsPerCall: null, extraCallsPer1k: null };
  const share = slow / calls;
  const attemptsPerCall = expectedAttempts(share, retries);
  return { calls, slow, share, attemptsPerCall, extraCallsPer1k: 1000 * (attemptsPerCall - 1) };
}

export function timeoutExposure(input: {
  records: { baseline: readonly CallRecord[]; candidate: readonly CallRecord[] };
  timeoutMs: number;
  retries: number;
}): TimeoutExposure {
  const { timeoutMs, retries } = input;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutExposure: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
  if (!(Number.isInteger(retries) && retries >= 0)) throw new RangeError(`timeoutExposure: retries must be a non-negative integer, got ${retries}`);
  const models = Object.fromEntries(SIDES.map((side) => [side, sideExposure(input.records[side], timeoutMs, retries)])) as Record<Side, TimeoutSide>;
  const b = models.baseline;
  const c = models.candidate;
  const pValue = fisherExactGreater(c.slow, c.calls, b.slow, b.calls);
  const higher = c.share !== null && b.share !== null && c.share > b.share;
  return { models, pValue, alpha: RISE_ALPHA, rises: c.slow > 0 && higher && pValue <= RISE_ALPHA };
}
