// What compare() returns: plain, serialisable data that the report is built from.
// Kept apart from src/types.ts because only compare and report speak it.

import type { Check, CheckMetric, ModelMetrics, Side, Verdict } from '../types.js';
import type { ErrorGroup } from './health.js';
import type { TokenDrift } from './drift.js';
import type { TimeoutExposure } from './timeouts.js';

/** The metrics of one side restricted to the cases of one tag. */
export interface TagSideMetrics {
  /** 100 × mean case score over the tag's paired cases (0 when none). */
  quality: number;
  /** Σ cost of every call record of the tag's cases. */
  costUsd: number;
  /** 100 × Σ score / Σ cost per repeat, over the tag's paired cases (0 when the cost is 0). */
  qualityPerDollar: number;
  /** Type-7 p95 of the latencies of the tag's call records (0 when none). */
  p95LatencyMs: number;
}

export interface TagRow {
  tag: string;
  /** Cases carrying the tag. */
  cases: number;
  /** Of those, cases both models answered. */
  pairedCases: number;
  baseline: TagSideMetrics;
  candidate: TagSideMetrics;
  /** quality: points (cand − base). The others: relative, see relativeChange(). */
  change: { quality: number; costUsd: number; qualityPerDollar: number; p95LatencyMs: number };
}

/**
 * Confusion table of the `label` grader for one side. Rows are expected labels,
 * columns are the expected labels followed by "other" (an actual label no case expects).
 */
export interface LabelTable {
  labels: string[];
  /** matrix[row][col]: number of cases; col = labels.length is "other". */
  matrix: number[][];
  /** Actual labels outside `labels`, with their counts, sorted by label. */
  other: Record<string, number>;
  total: number;
  correct: number;
}

export interface Regression {
  id: string;
  baseline: number;
  candidate: number;
  /** candidate − baseline case score, in [−1, 1]. */
  change: number;
}

export interface JudgeUsage {
  model: string;
  calls: number;
  errors: number;
  costUsd: number;
}

/** A check with its evidence: the interval of its change and what this many cases can detect. */
export interface GatedCheck extends Check {
  /** Two-sided interval of `change` at `statistics.confidence`, same units. */
  interval: [number, number];
  /**
   * Minimum detectable effect: the smallest true change (same units, signed toward worse)
   * the fail rule catches with 80% power at this number of cases.
   */
  mde: number;
  /**
   * Only when inconclusive: how many more cases would decide it with 80% power, if the
   * estimate held (a sample-size plan; at most 9 × this set more).
   */
  casesToDecide?: number;
  /** Only when inconclusive and the plan needs more than 10 × this set: that many cases (a floor, not a plan). */
  casesToDecideAtLeast?: number;
  /** Why the check could not be measured at all (then inconclusive), e.g. "the baseline answered no call". */
  unmeasured?: string;
}

/** How the intervals were made, so a report can be reproduced and read. */
export interface Statistics {
  /** 'paired case tests' (score, jackknife, linearisation and Newcombe; see intervals.ts); older reports say 'paired case bootstrap'. */
  method: 'paired case tests' | 'paired case bootstrap';
  /** 32-bit seed of the sign-flip test of continuous scores (from the eval set's content hash). */
  seed: number;
  /** Monte Carlo draws of that test when the score differences are not on a grid. */
  resamples: number;
  /** Two-sided confidence of every reported interval. */
  confidence: number;
  /**
   * 1 − the sum of the enabled checks' failAlpha: a model that did not regress fails the
   * gate (any of its checks) at most 1 − failConfidence of the time. See DEFAULT_STATISTICS.
   */
  failConfidence: number;
  /** Per check, the one-sided level of the "worse at all" test a fail needs besides being past the threshold. */
  failAlpha?: Record<CheckMetric, number>;
  /**
   * One-sided confidence of the pass test against each threshold: a pass needs the change
   * inside the threshold at this confidence ((1 + confidence) / 2).
   */
  thresholdConfidence?: number;
  /** One-sided confidence of the fail test against each threshold: a fail needs the change past it at this confidence. */
  failThresholdConfidence?: number;
  /** Below this many paired cases no check passes or fails. */
  minimumCases?: number;
  /** Power the MDE and casesToDecide figures plan for. */
  power: number;
  /** Cases resampled (every case with a record or a grade). */
  cases: number;
  /** Cost (every call record) of the candidate relative to the baseline, cand/base − 1. */
  cost: { change: number; interval: [number, number] };
}

/** One model's calls in an outage: how many it answered, where it is served, and how most failed. */
export interface OutageSide {
  answered: number;
  calls: number;
  /** The model's baseUrl without credentials or query. */
  endpoint: string;
  error?: ErrorGroup;
}

/**
 * Why the verdict is what it is; the headline is written from this. The `error` verdicts
 * carry a stable `code` that scripts can match on.
 */
export type VerdictReason =
  | { kind: 'incomplete'; pairedCases: number; cases: number }
  /** The same 4xx on most of one model's calls: a config incompatibility, not a regression. */
  | { kind: 'rejected'; code: 'model-rejects-request'; side: Side; calls: number; error: ErrorGroup; endpoint: string }
  /** The baseline (and perhaps the candidate) answered fewer than half of its calls. */
  | { kind: 'outage'; code: 'model-down'; sides: Side[]; health: Partial<Record<Side, OutageSide>>; timeoutMs?: number }
  | { kind: 'infra'; side: Side; rate: number; limit: number; error?: ErrorGroup; endpoint?: string }
  | { kind: 'noPairs' }
  /** Quality per dollar is gated, and these models answered without usable usage. */
  | { kind: 'costUnmeasured'; code: 'cost-unmeasured'; sides: { side: Side; missing: number; answered: number }[] }
  | {
      kind: 'checks';
      failed: CheckMetric[];
      inconclusive: CheckMetric[];
      /** Set when the run stopped early but the cases that finished already prove a regression. */
      partial?: { pairedCases: number; cases: number };
      /** Set when the candidate timed out on most of its calls while the baseline answered. */
      timedOut?: { share: number; timeoutMs: number };
    };

export interface Comparison {
  models: Record<Side, ModelMetrics>;
  tags: TagRow[];
  checks: GatedCheck[];
  statistics: Statistics;
  verdict: Verdict;
  reason: VerdictReason;
  /** Per side, present when some case uses the `label` grader. */
  labels: Partial<Record<Side, LabelTable>>;
  /** Paired cases whose candidate score is below the baseline's, worst first (ties by id). */
  regressions: Regression[];
  judge?: JudgeUsage;
  /** Cases both models answered (score !== null on both sides). */
  pairedCases: number;
  /** Cases in the graded set. */
  cases: number;
  warnings: ComparisonWarning[];
  /** Prompt tokens for the same prompts and output tokens per case, model against model: a new tokenizer counts alike prompts differently. */
  tokens: TokenDrift;
  /** Each model's share of calls slower than the production timeout (run.timeout), and the retry load it brings. */
  timeouts: TimeoutExposure;
}

/** Something the reader should know about the data behind the verdict; report/ words it. */
export type ComparisonWarning =
  /** Below the minimum no check passes or fails. */
  | { code: 'too-few-cases'; pairedCases: number; minimum: number }
  | { code: 'few-cases'; pairedCases: number; fewCases: number }
  /** Outputs graded on their first GRADE_INPUT_CHARS characters. */
  | { code: 'graded-on-prefix'; outputs: number }
  /** Cases not answered by both models, left out of quality and quality per dollar. */
  | { code: 'unpaired'; unpaired: number; cases: number }
  | ({ code: 'timeouts'; timeouts: number; timeoutMs: number } & WarnedModel)
  /** Cost $0 on the paired cases: quality per dollar is unbounded, and shown as 0. */
  | ({ code: 'free-model' } & WarnedModel)
  | ({ code: 'cut-at-token-limit'; cut: number } & WarnedModel)
  /** Cases whose output no grader could decide, left out of the comparison. */
  | ({ code: 'ungraded'; outputs: number } & WarnedModel)
  /** No call answered: no latency to measure, shown as 0. */
  | ({ code: 'no-latency' } & WarnedModel);

export interface WarnedModel {
  side: Side;
  model: string;
  calls: number;
}

export interface RankingEntry {
  model: string;
  role: 'baseline' | 'candidate' | 'alternative';
  /** 0–100 over the paired cases of its comparison with the baseline. */
  quality: number;
  costUsd: number;
  /** Quality points per dollar; null when its cost is unknown or zero. */
  qualityPerDollar: number | null;
  p95LatencyMs: number | null;
  /** True only when every enabled check of its comparison with the baseline passes (the baseline holds by definition); inconclusive does not hold. */
  holds: boolean;
  /** The checks that did not pass, and how. */
  notHeld: { metric: CheckMetric; status: 'fail' | 'inconclusive' }[];
}

export interface RoutingSlice {
  /** The tag, or the eval file. */
  slice: string;
  cases: number;
  model: string;
}

export interface RoutingAdvice {
  by: 'tag' | 'file';
  /** Slice → model. A case is in the slice of its first tag (by tag; untagged cases: "(untagged)") or of its file. */
  assignments: Record<string, string>;
  slices: RoutingSlice[];
  /** 0–100, the routed traffic's quality on these cases, and its change from all-candidate (points). */
  quality: number;
  qualityChange: number;
  /** Relative cost change from sending everything to the candidate (−0.41 = 41% cheaper). */
  costChange: number;
  /** Intervals from a bootstrap of the whole selection: each resample chooses again and is scored on the cases it left out. */
  intervals: { qualityChange: [number, number]; costChange: [number, number]; confidence: number; resamples: number };
  /** Slices with too few cases to decide, left on the candidate. */
  undecided: string[];
  /** Fewest cases a slice needs to be routed away from the candidate. */
  minCases: number;
}


export interface MonthlyCost {
  callsPerMonth: number;
  /** USD per month, candidate − baseline, with its interval. */
  costChangeUsd: number;
  costChangeInterval: [number, number];
  /** USD per month the routing advice saves against all-candidate, with its interval. */
  routingSavingUsd?: number;
  routingSavingInterval?: [number, number];
}
