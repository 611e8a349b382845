// Sequential stopping: the gate looks at the first n cases sent at planned points and stops
// sending once every check is decided. Each look is a test at its own level, and the levels
// add up to the fixed-sample ones (a union bound, valid whatever the correlation between
// looks): interim looks share INTERIM_SHARE of each level, the final look keeps the rest
// (Haybittle–Peto style). Early stops then need strong evidence, and a run that goes to the
// end loses almost nothing of its power.
import type { CheckMetric } from '../types.js';

/** Fraction of each level that the interim looks spend, together. */
export const INTERIM_SHARE = 0.05;
/** Looks at these fractions of the set, before the final one. */
export const LOOK_FRACTIONS = [0.2, 0.4, 0.6, 0.8] as const;
/** An interim look needs at least this many cases: below it intervals are too rough to stop on. */
export const MIN_LOOK_CASES = 30;
/**
 * An interim look compares p95s only with this many answered calls above the p95 on each
 * side (200 calls), not the final look's MIN_TAIL_CALLS: the tail's standard error rests on
 * those few calls, and at 60 to 160 calls its interval ran narrow often enough that looking
 * four times pushed a change at the threshold past 5% fails. Below it the look leaves the
 * latency checks undecided and the run goes on.
 */
export const INTERIM_TAIL_CALLS = 10;

/** Case counts of the interim looks for a set of `cases` (ascending, each < cases). */
export function lookPoints(cases: number): number[] {
  const points = LOOK_FRACTIONS.map((f) => Math.ceil(f * cases)).filter((n) => n >= MIN_LOOK_CASES && n < cases);
  return [...new Set(points)];
}

export interface LookLevels {
  /** One-sided level of each check's "worse at all" test at this look: one for all, or per check. */
  failAlpha: number | Readonly<Partial<Record<CheckMetric, number>>>;
  /** Two-sided confidence of the interval whose worse end decides pass. */
  confidence: number;
  /** One-sided level of the fail test against the threshold. */
  failThresholdAlpha?: number;
  /** Answered calls above the p95 each side needs before a latency p95 is compared at this look. */
  latencyTail?: number;
}

/**
 * The levels of one look, from the fixed-sample ones. `interimLooks` is how many interim
 * looks the run plans: each gets INTERIM_SHARE / interimLooks of each level, the final look
 * 1 − INTERIM_SHARE. With no interim look the final look keeps the whole level.
 */
export function lookLevels(base: LookLevels, interimLooks: number, final: boolean): LookLevels {
  const share = interimLooks === 0 ? 1 : final ? 1 - INTERIM_SHARE : INTERIM_SHARE / interimLooks;
  const passAlpha = (1 - base.confidence) / 2;
  const failAlpha =
    typeof base.failAlpha === 'number'
      ? base.failAlpha * share
      : Object.fromEntries(Object.entries(base.failAlpha).map(([metric, alpha]) => [metric, (alpha as number) * share]));
  return {
    failAlpha,
    confidence: 1 - 2 * passAlpha * share,
    ...(base.failThresholdAlpha === undefined ? {} : { failThresholdAlpha: base.failThresholdAlpha * share }),
    ...(interimLooks > 0 && !final ? { latencyTail: INTERIM_TAIL_CALLS } : {}),
  };
}
