// The JSON report, "llm-gate/report@1". Its field names are a public interface
// (users parse it in CI), so they only ever grow. Keys are written in the order of
// these declarations, so the same inputs give byte-identical files.

import type { RunControlSummary } from '../run/index.js';
import type { GatedCheck, JudgeUsage, LabelTable, Regression, Statistics, TagRow, VerdictReason } from '../compare/index.js';
import type { CallError, GraderResult, ModelConfig, ModelMetrics, Price, Thresholds, Verdict } from '../types.js';

export const REPORT_SCHEMA = 'llm-gate/report@1';

export interface ReportModel extends ModelMetrics {
  /** USD per 1M tokens, as used for costUsd. */
  price: Price;
  /** Where the price came from: the config, or the built-in table and the month it was checked. */
  priceSource: ModelConfig['priceSource'];
}

export interface ReportCaseSide {
  /** Mean over repeats; null when the case could not be judged for this model. */
  score: number | null;
  /** Output of the first repeat, its first REPORT_OUTPUT_CHARS characters (the markdown shows less). */
  output: string | null;
  /** The output's full length in characters; more than output.length when the report cut it. */
  outputChars: number | null;
  /** The graders saw only a prefix of this output (it was longer than they read). */
  gradedOnPrefix?: true;
  latencyMs: number | null;
  costUsd: number;
  error: CallError | null;
  repeatScores: number[];
  grades: GraderResult[];
}

export interface ReportCase {
  id: string;
  tags: string[];
  file: string;
  line: number;
  /** candidate − baseline score; null unless both were judged. */
  change: number | null;
  baseline: ReportCaseSide;
  candidate: ReportCaseSide;
}

export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  verdict: Verdict;
  /** The verdict explained in one plain-text sentence (no markdown). */
  headline: string;
  reason: VerdictReason;
  models: { baseline: ReportModel; candidate: ReportModel };
  /** Each with its interval, status pass | fail | inconclusive, mde, and casesToDecide when inconclusive. */
  checks: GatedCheck[];
  /** How the intervals were made (method, seed, resamples, confidence), and the cost interval. */
  statistics: Statistics;
  tags: TagRow[];
  labels: { baseline?: LabelTable; candidate?: LabelTable };
  /** Paired cases the candidate scored lower on, worst first. */
  regressions: Regression[];
  judge: JudgeUsage | null;
  pairedCases: number;
  repeats: number;
  /** As configured: positive tolerances, false when disabled. */
  thresholds: Thresholds;
  evalSet: { files: string[]; cases: number; contentHash: string };
  /** Both models and the judge. */
  totals: { costUsd: number; calls: number };
  /** In eval-set order. */
  cases: ReportCase[];
  warnings: string[];
  run: {
    startedAt: string | null;
    durationMs: number | null;
    simulated: boolean;
    notes: string[];
    /** The cost estimate printed before the run started. */
    estimate?: { expectedUsd: number; worstCaseUsd: number };
    /** Budget ledger, retries and effective concurrency, as the runner saw them. */
    control?: RunControlSummary;
    /** Sequential stopping: the planned looks and, when one decided, where and what it saved. */
    sequential?: SequentialReport;
  };
}

export interface SequentialReport {
  /** Whether any interim look was planned (run.sequential on and the set large enough). */
  enabled: boolean;
  /** Case counts of the planned interim looks. */
  looks: number[];
  /** The looks made, with the verdict each saw. */
  looked: { cases: number; verdict: Verdict }[];
  /** Set when a look decided: the look's case count (the cases the report judges) and the set's. */
  decidedAfter?: { look: number; cases: number; of: number };
  /** Calls that finished after the decision (in flight, or sent while the look was graded): paid for, not judged. */
  afterDecision?: { calls: number; usd: number };
  /** Calls not made, and their cost and time at the run's own mean per call. */
  saved?: { calls: number; usd: number; ms: number };
}
