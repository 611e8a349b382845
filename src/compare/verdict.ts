// The verdict, in one small function. Check statuses come from their intervals
// (decide.ts); this only orders them. Precedence:
//   1. incomplete — the run stopped early (budget, cancellation): no verdict, unless the
//                   cases that finished already decide it — a check that fails on them
//                   fails (a regression shown beyond doubt stays shown); a pass cannot be
//                   decided, since the cases not run could hide a regression.
//   2. error      — either model's infra error rate (infraErrors / calls) exceeds the
//                   errorRate threshold (2% when that check is disabled): the gate could
//                   not judge, so it never blames the model with a `fail`.
//   3. error      — no case was answered by both models: nothing to compare.
//   4. fail       — any check failed.
//   5. inconclusive — no check failed, and one could not be decided at this many cases.
//   6. pass       — every check ruled out a regression as large as its threshold.

import type { Check, Side, Verdict } from '../types.js';
import type { VerdictReason } from './types.js';

/** Infra limit used when the errorRate check is disabled. */
export const DEFAULT_INFRA_LIMIT = 0.02;

export interface VerdictInput {
  incomplete: boolean;
  cases: number;
  pairedCases: number;
  /** infraErrors / calls per side (0 when no calls). */
  infraRate: Record<Side, number>;
  infraLimit: number;
  checks: readonly Check[];
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
  if (!infraOk) {
    return { verdict: 'error', reason: { kind: 'infra', side: worst, rate, limit: input.infraLimit } };
  }
  if (input.pairedCases === 0) return { verdict: 'error', reason: { kind: 'noPairs' } };
  const inconclusive = input.checks.filter((c) => c.status === 'inconclusive').map((c) => c.metric);
  const reason: VerdictReason = { kind: 'checks', failed, inconclusive };
  if (failed.length > 0) return { verdict: 'fail', reason };
  if (inconclusive.length > 0) return { verdict: 'inconclusive', reason };
  return { verdict: 'pass', reason };
}
