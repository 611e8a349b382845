// The data model shared by every stage of the pipeline:
// config → EvalCase[] → CallRecord[] → GradedCase[] → Comparison → Report.
// Everything here is plain, serialisable data so that records can be cached,
// sharded and merged later without a live run.

import type { CacheSettings } from './cache/settings.js';

export type Side = 'baseline' | 'candidate';
export const SIDES: readonly Side[] = ['baseline', 'candidate'];

/** Where a case (or a config field) came from, so errors and annotations can point at it. */
export interface SourceLocation {
  /** Path relative to the directory the gate was started from (POSIX separators). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, when known. */
  column?: number;
}

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string;
}

/** USD per 1M tokens. */
export interface Price {
  input: number;
  cachedInput: number;
  output: number;
  /**
   * Long-context rates, ascending: a call whose prompt (cached tokens included) has more
   * than `aboveInputTokens` tokens bills all its tokens at the last tier it passes. Unset:
   * one rate for every prompt length.
   */
  tiers?: PriceTier[];
}

export interface PriceTier {
  aboveInputTokens: number;
  input: number;
  cachedInput: number;
  output: number;
}

/**
 * Where a price came from. config: the model's `price` or the `prices:` map. builtin: the
 * bundled table; `checked` is the date of its data (YYYY-MM-DD, or YYYY-MM for llm-gate's own
 * rows), `table` names it (e.g. "genai-prices 0.1.8"), `entry` is the table's model id when
 * it differs from the configured one (a dated snapshot priced as its family).
 */
export type PriceSource = { kind: 'config' } | { kind: 'builtin'; checked: string; table?: string; entry?: string };

/** The OpenAI API a model is called through. */
export type ModelApi = 'chat' | 'responses';

export interface ModelConfig {
  model: string;
  /** OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 */
  baseUrl: string;
  /** Name of the environment variable that holds the key. */
  apiKeyEnv: string;
  /** Passed to the API as-is (temperature, max_tokens, reasoning, ...). */
  params: Record<string, unknown>;
  price: Price;
  /** Where the price came from: the config, or the built-in table (with the date it was checked). */
  priceSource: PriceSource;
  /** Unset: Chat Completions (`chat`). */
  api?: ModelApi;
  /** Stream the answer (server-sent events), which measures time to first token. Unset: false. */
  stream?: true;
  /** Sent with every request of this model (gateway headers, Azure's api-key). Values may hold secrets. */
  headers?: Record<string, string>;
  /** Added to every request URL of this model (Azure's api-version). */
  query?: Record<string, string>;
  /** Names of the headers and query parameters whose values came from ${VAR}: secrets, redacted wherever text is written. */
  secretFields?: { headers?: string[]; query?: string[] };
  /**
   * This model's own prompt template (file contents already read), in place of the shared
   * one key by key: a migration often recalibrates the prompt with the model. Unset: the
   * shared prompt.
   */
  prompt?: PromptTemplate;
  /** Where `prompt`'s parts were read from, when they were files (for the report). */
  promptFiles?: { system?: string; user?: string };
  /** The baseline is the candidate as the config defined it at this commit (models.baseline: { from: base }). */
  from?: { ref: string; commit: string };
}

/** A prompt template: system prompt and user message, {{vars}} filled per case. */
export interface PromptTemplate {
  system?: string;
  user?: string;
}

/** A model of the run: the two compared, or `alternatives.<i>` for models.alternatives[i]. */
export type ModelSlot = Side | `alternatives.${number}`;

export function alternativeSlot(index: number): ModelSlot {
  return `alternatives.${index}`;
}

/** models.alternatives' index of a slot; undefined for the baseline, the candidate and the judge. */
export function alternativeIndex(slot: ModelSlot | 'judge'): number | undefined {
  return slot.startsWith('alternatives.') ? Number(slot.slice('alternatives.'.length)) : undefined;
}

/** Where a model is written in the config: "models.baseline", "models.alternatives[1]", "judge". */
export function modelPath(slot: ModelSlot | 'judge'): string {
  const index = alternativeIndex(slot);
  if (index !== undefined) return `models.alternatives[${index}]`;
  return slot === 'judge' ? 'judge' : `models.${slot}`;
}

/** The model config of a slot. */
export function modelOf(config: Pick<GateConfig, 'models' | 'alternatives'>, slot: ModelSlot): ModelConfig {
  if (slot === 'baseline' || slot === 'candidate') return config.models[slot];
  const model = config.alternatives?.[alternativeIndex(slot)!];
  if (!model) throw new RangeError(`no model in slot ${slot}`);
  return model;
}

/** The messages a model sends for a case: its own prompt's rendering, else the shared one. */
export function messagesFor(evalCase: Pick<EvalCase, 'messages' | 'sideMessages'>, slot: ModelSlot): ChatMessage[] {
  return evalCase.sideMessages?.[slot] ?? evalCase.messages;
}

/**
 * The prompt template a model renders its cases with: its own prompt key by key over the
 * shared one; a baseline read from the base commit takes that commit's prompt whole.
 */
export function promptFor(config: Pick<GateConfig, 'prompt' | 'models' | 'alternatives'>, slot: ModelSlot): PromptTemplate | undefined {
  const model = modelOf(config, slot);
  if (!model.prompt) return config.prompt;
  if (model.from) return model.prompt;
  const merged: PromptTemplate = { ...config.prompt };
  if (model.prompt.system !== undefined) merged.system = model.prompt.system;
  if (model.prompt.user !== undefined) merged.user = model.prompt.user;
  return merged;
}

/** apiKeyEnv value that sends no Authorization header (keyless local servers, or a key in a header of its own). */
export const NO_API_KEY = 'none';

/**
 * Each number is the regression tolerated; `false` disables the check.
 * qualityPerDollar and p95Latency are relative fractions (0.10 = 10%),
 * quality is in points on the 0–100 scale, errorRate an absolute fraction.
 */
export interface Thresholds {
  qualityPerDollar: number | false;
  p95Latency: number | false;
  quality: number | false;
  errorRate: number | false;
  /**
   * Largest tolerated relative rise of the p95 time to first token. Unset: off (resolved
   * at load to 0.2 when both models stream, unless the config says otherwise).
   */
  ttftP95?: number | false;
}

export interface RunSettings {
  concurrency: number;
  repeats: number;
  timeoutMs: number;
  retries: number;
  /** USD for the whole run, judge included; undefined = no budget. */
  budgetUsd?: number;
  /** Largest response body accepted, counted after decompression; a larger one is an error of that call. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Stop sending calls once the verdict is decided at a planned look (default true). */
  sequential?: boolean;
  /** Stream every model's answers unless the model says otherwise (run.stream). Default false. */
  stream?: boolean;
  /** The call cache (run.cache); undefined = off. Left out of the content hash: it changes what is paid, not what is measured. */
  cache?: CacheSettings;
}

export interface GateConfig {
  /** Absolute path of llm-gate.yml. */
  configFile: string;
  /** Directory that relative paths in the config are resolved against. */
  rootDir: string;
  /** Globs of eval files, relative to rootDir. */
  evals: string[];
  /**
   * Where `evals` is written in the config file: its value, then each glob. Later stages cite
   * these in errors about the eval set, so they never read the config file again.
   */
  evalsAt?: { whole: { line: number; column: number }; globs: { line: number; column: number }[] };
  /**
   * How each glob's files are read, parallel to `evals`; set only when an entry of `evals`
   * is a mapping { path, format, grader, fields }. Absent: every file is told apart by name
   * and content, and OpenAI evals' `ideal` becomes an `equals` grader.
   */
  evalSources?: EvalSourceOptions[];
  /** Shared prompt template, file contents already read; {{vars}} are filled per case. */
  prompt?: PromptTemplate;
  /** Where the shared prompt's parts were read from, when they were files (for the report). */
  promptFiles?: { system?: string; user?: string };
  models: Record<Side, ModelConfig>;
  /** models.alternatives: more candidates, run on the same cases and ranked; the verdict follows `models.candidate` alone. */
  alternatives?: ModelConfig[];
  judge?: ModelConfig;
  /** Production traffic per month (traffic:), for the monthly cost figures. */
  traffic?: { callsPerMonth?: number; byTag?: Record<string, number> };
  thresholds: Thresholds;
  run: RunSettings;
}

/** One grader entry of a case's `expect` list, after validation. Options depend on `type`. */
export interface Expectation {
  type: string;
  weight: number;
  [option: string]: unknown;
}

export interface EvalCase {
  id: string;
  tags: string[];
  vars: Record<string, unknown>;
  /** Fully rendered messages, ready to send: what every model without a prompt of its own sends. */
  messages: ChatMessage[];
  /** The messages of a model whose own prompt renders them differently (see messagesFor). */
  sideMessages?: Partial<Record<ModelSlot, ChatMessage[]>>;
  expect: Expectation[];
  /** Optional reference answer: given to llm-judge and used by the simulator. */
  ideal?: string;
  source: SourceLocation;
}

/** How the files of one `evals:` entry are read. */
export interface EvalSourceOptions {
  format: 'auto' | 'llm-gate' | 'promptfoo' | 'openai-evals';
  /** What OpenAI evals' `ideal` becomes. */
  grader: 'equals' | 'contains' | 'llm-judge';
  /** Where an Evals API item's input, ideal answer and id are (dotted paths or a template). */
  fields?: { input?: string; ideal?: string; id?: string };
}

/** Something in the eval files that was read but left out (an unsupported assertion, a test with no assertion). */
export interface EvalWarning {
  file: string;
  line: number;
  column?: number;
  /** A short stable code, for counting: 'unsupported-assertion', 'no-assertion', ... */
  code: string;
  message: string;
}

export interface EvalSet {
  cases: EvalCase[];
  /** What was dropped while reading imported formats, with where; empty for llm-gate's own files. */
  warnings?: EvalWarning[];
  /** Eval files read, relative to the cwd the gate was started from, sorted. */
  files: string[];
  /** sha256 over the config's effective content and every case: seeds the RNG, labels the comment. */
  contentHash: string;
}

export interface TokenUsage {
  /** Prompt tokens, cached ones included (as the API reports them). */
  prompt: number;
  cached: number;
  /** Completion tokens, reasoning included (as billed). */
  completion: number;
  reasoning: number;
}

/**
 * timeout: past run.timeout — the model's fault, counted in its error rate.
 * request: another 4xx for this model — the case scores 0 for it.
 * infra: 429/5xx/connection still failing after retries — cannot judge.
 * fatal: 401/403/404 — bad key or unknown model; the run stops.
 * cancelled: aborted by the user, a signal or the budget before it finished.
 */
export type CallErrorKind = 'timeout' | 'request' | 'infra' | 'fatal' | 'cancelled';

export interface CallError {
  kind: CallErrorKind;
  message: string;
  status?: number;
  /** The request parameter the endpoint's error names (OpenAI's error.param), when it names one. */
  param?: string;
  /**
   * What broke, when known: a transport code (ECONNREFUSED, ENOTFOUND, ...), 'redirect',
   * 'response-too-large', or 'ungraded' (on a graded side: the answer came, but no grader could decide).
   */
  code?: string;
}

export type CallRole = Side | 'judge';

export interface CallRecord {
  caseId: string;
  side: CallRole;
  /** 0-based repeat index. */
  repeat: number;
  model: string;
  output: string | null;
  /** Dispatch → parsed response of the last attempt, monotonic clock. null if never answered and not timed out. */
  latencyMs: number | null;
  usage: TokenUsage;
  costUsd: number;
  attempts: number;
  error?: CallError;
  finishReason?: string;
  /** Streamed answers: dispatch → first content delta of the last attempt, on the latency clock. */
  ttftMs?: number;
  /** The answer came without usable token usage: its cost is unknown, not 0. */
  usageMissing?: true;
  /** Set when `output` holds only the first GRADE_INPUT_CHARS characters: the answer's full length. */
  outputChars?: number;
  /** Set when the record was reused from the call cache, not sent: when it was measured (ISO time). */
  cachedAt?: string;
  /** Set on a call of models.alternatives[alternative] (its side is 'candidate'); never mixed with the candidate's own records. */
  alternative?: number;
}

export interface GraderResult {
  type: string;
  weight: number;
  /** In [0, 1]. */
  score: number;
  reason?: string;
  /** For `label`: the expected and the normalised actual label, for confusion tables. */
  label?: { expected: string; actual: string };
  /**
   * The grader could not decide (a regex past its deadline, a grader that threw): `reason`
   * says why, `score` is 0 and means nothing, and the grade is left out of the case's
   * weighted mean. When every weighted grade of an output is unjudged, so is the output.
   */
  unjudged?: true;
}

export interface GradedSide {
  /** Mean over repeats of the weighted grader mean; null when the case could not be judged (infra/cancelled). */
  score: number | null;
  /** One entry per repeat that was graded. */
  repeatScores: number[];
  /** Grader results of the first graded repeat. */
  grades: GraderResult[];
  /** Output of the first repeat (full text). */
  output: string | null;
  /** Mean latency over the repeats that have one. */
  latencyMs: number | null;
  /** Sum over repeats. */
  costUsd: number;
  error?: CallError;
  /** Set when graders saw only a prefix of the output (GRADE_INPUT_CHARS): the output's full length. */
  cappedFrom?: number;
}

export interface GradedCase {
  case: EvalCase;
  baseline: GradedSide;
  candidate: GradedSide;
}

export type CheckMetric = 'quality' | 'qualityPerDollar' | 'p95Latency' | 'ttftP95' | 'errorRate';
export type CheckStatus = 'pass' | 'fail' | 'inconclusive';

export interface Check {
  metric: CheckMetric;
  baseline: number;
  candidate: number;
  /** Relative metrics: signed fraction (cand/base − 1). quality: points. errorRate: absolute fraction. */
  change: number;
  /** Signed, in the units of change: −0.10 for a 10% max drop, +0.20 for a 20% max rise, −2 for quality. */
  threshold: number;
  status: CheckStatus;
  /** Confidence interval of change, same units. */
  interval?: [number, number];
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'error' | 'incomplete' | 'skipped';

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
}

export interface ModelMetrics {
  model: string;
  /** Cases this model answered that were paired with the other model. */
  cases: number;
  calls: number;
  /** Calls that ended in an error of any kind. */
  errors: number;
  /** (timeouts + request errors) / calls: errors that are the model's. */
  errorRate: number;
  timeouts: number;
  infraErrors: number;
  quality: number;
  costUsd: number;
  costPer1kCases: number;
  qualityPerDollar: number;
  latencyMs: LatencySummary;
  /** Time to first token over the answered calls that streamed; absent when none did. */
  ttftMs?: LatencySummary & { calls: number };
  tokens: { input: number; cachedInput: number; output: number; reasoning: number };
  /** Answered calls whose response had no usable token usage: costUsd undercounts them. */
  usageMissing: number;
  /** Answered calls cut at the token limit (finish_reason "length"). */
  cutAtTokenLimit: number;
}

/** A request for one chat completion. `params` are merged over the model's configured params. */
export interface CallRequest {
  caseId: string;
  repeat: number;
  messages: ChatMessage[];
  params?: Record<string, unknown>;
}

/**
 * Makes one call (with our retry policy, timeout, cost accounting) for a fixed model
 * and returns its record. Never throws for API errors: they land in `record.error`.
 * When the response carries a tool call and no text, `output` is the tool call's
 * arguments (JSON text), so a forced tool call reads like any other output.
 */
export type CallFn = (request: CallRequest, signal?: AbortSignal) => Promise<CallRecord>;

/** Monotonic milliseconds (performance.now in production; a fixed clock in tests). */
export interface Clock {
  now(): number;
}
