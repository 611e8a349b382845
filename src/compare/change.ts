// Relative changes without NaN or Infinity: the report is JSON and a table, and
// neither can show "∞". The rules, written in the README too:
//   baseline > 0 and both finite  → candidate / baseline − 1
//   baseline = candidate          → 0            (0 → 0 and ∞ → ∞ are no change)
//   baseline = 0, candidate > 0   → +1 (+100%)   (a rise from nothing: capped, not ∞)
//   baseline finite, candidate ∞  → +1 (+100%)   (same cap)
//   baseline ∞, candidate finite  → −1 (−100%)   (candidate/∞ − 1)
// Every threshold is a fraction below 1, so the capped value still lands on the
// right side of it.

/** A value that may be unbounded: a quality per dollar bought at zero cost. */
export type Extended = number; // finite ≥ 0, or Number.POSITIVE_INFINITY

/** Signed relative change of non-negative values, never NaN, never ±∞. */
export function relativeChange(baseline: Extended, candidate: Extended): number {
  if (baseline === candidate) return 0;
  if (baseline === Number.POSITIVE_INFINITY) return -1;
  if (candidate === Number.POSITIVE_INFINITY || baseline === 0) return 1;
  return candidate / baseline - 1;
}

/**
 * Quality per dollar, 100 × Σ score / Σ cost. Free and useful is unbounded (∞);
 * free and useless (Σ score = 0 at Σ cost = 0) is 0: nothing bought for nothing.
 */
export function qualityPerDollarOf(scoreSum: number, costSum: number): Extended {
  if (costSum > 0) return (100 * scoreSum) / costSum;
  return scoreSum > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** What a report may hold: an unbounded value is shown as 0, with a warning from compare. */
export function finiteOrZero(value: Extended): number {
  return Number.isFinite(value) ? value : 0;
}
