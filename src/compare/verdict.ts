// The verdict, in one small function. Check statuses come from their intervals
// (decide.ts); this only orders them, and refuses to judge what was not measured.
// Precedence:
//   1. incomplete — the run stopped early (budget, cancellation): no verdict, unless the
//                   cases that finished already decide it — a check that fails on them
//                   fails (a regression shown beyond doubt stays shown); a pass cannot be
//                   decided, since the cases not run could hide a regression.
//   2. error      — a model rejects the request: the same 4xx on most of its calls
//                   (an unsupported parameter, a model id the endpoint does not serve).
//                   That is a config incompatibility, not a model regression.
//   3. error      — the baseline answered fewer than half of its calls (timeouts,
//                   connections, redirects, anything): there is nothing to compare the
//                   candidate against. Both models down lands here too.
//   4. error      — either model's infra error rate (infraErrors / calls) exceeds the
//                   errorRate threshold (2% when that check is disabled): the gate could
//                   not judge, so it never blames the model with a `fail`.
//   5. error      — no case was answered by both models: nothing to compare.
//   6. error      — quality per dollar is gated but a model's answers came without usage:
//                   their cost is unknown, and $0 would pass any candidate.
//   7. fail       — any check failed. A candidate that times out on most calls while the
//                   baseline answers fails here, through the error-rate check: at the
//                   production timeout that is a real regression.
//   8. inconclusive — no check failed, and one could not be decided at this many cases.
//   9. pass       — every check ruled out a regression as large as its threshold.

import { SIDES, type Check, type Side, type Verdict } from '../types.js';
import type { SideHealth } from './health.js';
import type { OutageSide, VerdictReason } from './types.js';

/** Infra limit used when the errorRate check is disabled. */
export const DEFAULT_INFRA_LIMIT = 0.02;

/** "Most of a model's calls": past this share, one failure speaks for the model's whole run. */
export const MOST_CALLS = 0.5;

export interface VerdictInput {
  incomplete: boolean;
  cases: number;
  pairedCases: number;
  /** infraErrors / calls per side (0 when no calls). */
  infraRate: Record<Side, number>;
  infraLimit: number;
  checks: readonly Check[];
  /** How each model's calls went; without it only the infra and pairing rules apply. */
  health?: Record<Side, SideHealth>;
  /** Where each model is served (for the error's words), credentials stripped. */
  endpoints?: Record<Side, string>;
  /** The production timeout, for the words of timeout failures. */
  timeoutMs?: number;
  /** The quality-per-dollar check is on, so unknown costs make the verdict `error`. */
  costGated?: boolean;
}

function isMost(count: number, calls: number): boolean {
  return calls > 0 && count > MOST_CALLS * calls;
}

/** A model whose calls mostly end in the same 4xx: the endpoint rejects what we send it. */
function rejection(input: VerdictInput): VerdictReason | undefined {
  if (!input.health) return undefined;
  for (const side of ['candidate', 'baseline'] as const) {
    const h = input.health[side];
    const top = h.top;
    if (top?.kind === 'request' && top.status !== undefined && top.status >= 400 && top.status < 500 && isMost(top.count, h.calls)) {
      return { kind: 'rejected', code: 'model-rejects-request', side, calls: h.calls, error: top, endpoint: input.endpoints?.[side] ?? '' };
    }
  }
  return undefined;
}

function baselineDown(input: VerdictInput): VerdictReason | undefined {
  const h = input.health?.baseline;
  if (!h || !isMost(h.calls - h.answered, h.calls)) return undefined;
  const both = input.health!.candidate;
  const sides: Side[] = isMost(both.calls - both.answered, both.calls) ? ['baseline', 'candidate'] : ['baseline'];
  return {
    kind: 'outage',
    code: 'model-down',
    sides,
    health: Object.fromEntries(sides.map((s) => [s, outageOf(input, s)])) as Partial<Record<Side, OutageSide>>,
    ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
  };
}

function outageOf(input: VerdictInput, side: Side): OutageSide {
  const h = input.health![side];
  return { answered: h.answered, calls: h.calls, endpoint: input.endpoints?.[side] ?? '', ...(h.top ? { error: h.top } : {}) };
}

function unmeasuredCost(input: VerdictInput): VerdictReason | undefined {
  if (!input.costGated || !input.health) return undefined;
  const sides = SIDES.filter((s) => input.health![s].usageMissing > 0).map((side) => ({
    side,
    missing: input.health![side].usageMissing,
    answered: input.health![side].answered,
  }));
  return sides.length === 0 ? undefined : { kind: 'costUnmeasured', code: 'cost-unmeasured', sides };
}

/** The candidate timed out on most calls while the baseline answered: named in the headline. */
function candidateTimedOut(input: VerdictInput): { share: number; timeoutMs: number } | undefined {
  const h = input.health?.candidate;
  if (!h || h.top?.kind !== 'timeout' || !isMost(h.top.count, h.calls) || input.timeoutMs === undefined) return undefined;
  return { share: h.top.count / h.calls, timeoutMs: input.timeoutMs };
}

export function decideVerdict(input: VerdictInput): { verdict: Verdict; reason: VerdictReason } {
  const failed = input.checks.filter((c) => c.status === 'fail').map((c) => c.metric);
  const incomplete: VerdictReason = { kind: 'incomplete', pairedCases: input.pairedCases, cases: input.cases };
  const worst: Side = input.infraRate.candidate > input.infraRate.baseline ? 'candidate' : 'baseline';
  const rate = input.infraRate[worst];
  const infraOk = rate <= input.infraLimit;
  if (input.incomplete) {
    if (!infraOk || input.pairedCases === 0 || failed.length === 0) return { verdict: 'incomplete', reason: incomplete };
    const partial = { pairedCases: input.pairedCases, cases: input.cases };
    return { verdict: 'fail', reason: { kind: 'checks', failed, inconclusive: [], partial } };
  }
  const notMeasured = rejection(input) ?? baselineDown(input);
  if (notMeasured) return { verdict: 'error', reason: notMeasured };
  if (!infraOk) {
    const top = input.health?.[worst].top;
    const endpoint = input.endpoints?.[worst];
    return {
      verdict: 'error',
      reason: { kind: 'infra', side: worst, rate, limit: input.infraLimit, ...(top ? { error: top } : {}), ...(endpoint ? { endpoint } : {}) },
    };
  }
  if (input.pairedCases === 0) return { verdict: 'error', reason: { kind: 'noPairs' } };
  const costless = unmeasuredCost(input);
  if (costless) return { verdict: 'error', reason: costless };
  const inconclusive = input.checks.filter((c) => c.status === 'inconclusive').map((c) => c.metric);
  const timedOut = candidateTimedOut(input);
  const reason: VerdictReason = { kind: 'checks', failed, inconclusive, ...(timedOut ? { timedOut } : {}) };
  if (failed.length > 0) return { verdict: 'fail', reason };
  if (inconclusive.length > 0) return { verdict: 'inconclusive', reason };
  return { verdict: 'pass', reason };
}
