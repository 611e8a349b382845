// The JSON report, "llm-gate/report@1". Its field names are a public interface
// (users parse it in CI), so they only ever grow. Keys are written in the order of
// these declarations, so the same inputs give byte-identical files.

import type { RunControlSummary } from '../run/index.js';
import type { GatedCheck, JudgeUsage, LabelTable, Regression, Statistics, TagRow, VerdictReason } from '../compare/index.js';
import type { CallError, CallRole, CheckMetric, GraderResult, ModelApi, ModelConfig, ModelMetrics, Price, Thresholds, TokenUsage, Verdict } from '../types.js';

export const REPORT_SCHEMA = 'llm-gate/report@1';

export interface ReportModel extends ModelMetrics {
  /** Calls answered from the call cache instead of sent (present when the cache is on). */
  reused?: number;
  /** USD per 1M tokens, as used for costUsd. */
  price: Price;
  /** Where the price came from: the config, or the built-in table, its name and the date of its data. */
  priceSource: ModelConfig['priceSource'];
  /** The API the model was called through. */
  api: ModelApi;
  /** Whether its answers were streamed (time to first token is measured only then). */
  stream: boolean;
  /** The prompt template the model's cases were rendered with: each part's file (when it was one) and sha256 of its text. Absent: no template (cases carry their own). */
  prompt?: { system?: ReportPromptPart; user?: ReportPromptPart; own: boolean };
  /** models.baseline: { from: base }: the commit the baseline was read from. */
  from?: { ref: string; commit: string };
}

export interface ReportPromptPart {
  file?: string;
  sha256: string;
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
  checks: ReportCheck[];
  /** How the intervals were made (method, seed, resamples, confidence), and the cost interval. */
  statistics: Statistics;
  tags: TagRow[];
  labels: { baseline?: LabelTable; candidate?: LabelTable };
  /** Paired cases the candidate scored lower on, worst first; each with its token drift when both models reported usage. */
  regressions: (Regression & { tokens?: { inputChange: number | null; outputChange: number | null } })[];
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
  /**
   * Every call as recorded, in case order (then repeat, baseline before candidate), the
   * judge's after: what `regrade` grades again and `merge` compares again. `key` is the call
   * key (endpoint host, model, API, request body, repeat) the outputs were made for.
   */
  records?: ReportRecord[];
  /** Set on a partial report (`--shard i/n`): which slice of how many cases of the set it holds. */
  shard?: ReportShard;
  /** Set on a merged report: the partials it was made from. */
  merged?: { shards: number; cases: number };
  /**
   * Every model of the run (baseline, candidate, models.alternatives), each compared paired
   * against the baseline with the same checks, in the order shown: models that hold every
   * threshold first, cheapest first. Present when the config has alternatives.
   */
  ranking?: RankingEntry[];
  /** The assignment of models to traffic slices with the best quality per dollar within the quality threshold of the candidate. */
  routing?: RoutingAdvice;
  /** With `traffic:` in the config: the cost change (and the routing's saving) per month. */
  monthly?: MonthlyCost;
  /** Prompt tokens for the same prompts, and output tokens per case, candidate against baseline (absent in reports written before it existed). */
  tokens?: Omit<TokenDrift, 'byCase'>;
  /** Each model's share of calls slower than the production timeout and the retry load it brings. */
  timeouts?: TimeoutExposure & { timeoutMs: number; retries: number };
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
    /** The call cache: its settings, and per side how many calls were reused and how old they were. */
    cache?: ReportCache;
  };
}

export interface ReportCheck extends GatedCheck {
  /** p95Latency only: the baseline's latencies include calls reused from the cache, measured earlier. */
  baselineFromCache?: { reused: number; calls: number; oldestAgeMs: number | null };
}

export interface ReportShard {
  /** 1-based. */
  index: number;
  count: number;
  /** Cases in the whole eval set (this shard holds `evalSet.cases` of them). */
  cases: number;
}

export interface ReportRecord {
  caseId: string;
  side: CallRole;
  repeat: number;
  model: string;
  key?: string;
  /** Absent when outputInCase: the output is the case's (`cases[].baseline.output` or `.candidate.output`). */
  output?: string | null;
  outputInCase?: true;
  outputChars?: number;
  latencyMs: number | null;
  /** Streamed calls: dispatch → first content delta. */
  ttftMs?: number;
  usage: TokenUsage;
  costUsd: number;
  attempts: number;
  error?: CallError;
  finishReason?: string;
  usageMissing?: true;
  /** When the call was measured, if it was reused from the cache. */
  cachedAt?: string;
}

export interface ReportCacheSide {
  reused: number;
  made: number;
  /** Entries found but older than maxAge, so made again. */
  expired: number;
  /** Age of the oldest and newest reused call at the end of the run, ms; null when none was reused. */
  oldestAgeMs: number | null;
  newestAgeMs: number | null;
  /** When the oldest reused call was measured (ISO). */
  oldestMeasuredAt: string | null;
  /** What the reused calls would have cost, USD at today's price. */
  savedUsd: number;
}

export interface ReportCache {
  /** Relative to the directory the gate ran in. */
  dir: string;
  mode: 'read-write' | 'read';
  reuse: 'baseline' | 'all';
  /** null in a replay (any age is used). */
  maxAgeMs: number | null;
  replay: boolean;
  baseline: ReportCacheSide;
  candidate: ReportCacheSide;
  judge: ReportCacheSide;
  /** models.alternatives' calls, all of them together; present when the run made or reused any. */
  alternatives?: ReportCacheSide;
  written: number;
  corrupt: number;
  corruptFiles: { file: string; why: string }[];
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

export type { MonthlyCost, RankingEntry, RoutingAdvice, RoutingSlice } from '../compare/types.js';
import type { MonthlyCost, RankingEntry, RoutingAdvice } from '../compare/types.js';
import type { TokenDrift } from '../compare/drift.js';
import type { TimeoutExposure } from '../compare/timeouts.js';

