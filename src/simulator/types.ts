// The simulator's options and records: plain data, so tests and benchmarks can build
// profiles and fault plans inline and compare against what the server says it served.
import type { EvalCase } from '../types.js';
import type { LatencyProfile } from './rng.js';

/** One simulated model. Everything but `id`, `quality` and `latency` has a default. */
export interface ModelProfile {
  /** Model id as requests name it, e.g. `sim-4o`. */
  id: string;
  /** Probability (0..1) of answering a known case with its ideal output. */
  quality: number;
  /** Per tag, in place of `quality` for cases with that tag (the first of the case's tags listed here wins): a model strong on some traffic and weak on other. */
  qualityByTag?: Record<string, number>;
  /** Log-normal latency of a successful response, request arrival → response end. */
  latency: LatencyProfile;
  /**
   * Log-normal time to first token of a streamed answer, request arrival → first content
   * delta (capped at the answer's latency). Default: 30% of the answer's latency.
   */
  firstToken?: LatencyProfile;
  /** Mean reasoning tokens per answer (billed inside completion_tokens). Default 0. */
  reasoningTokens?: number;
  /** Fraction of prompt tokens reported as cached (prompt_tokens_details.cached_tokens). Default 0. */
  cachedPromptFraction?: number;
  /** Prompts shorter than this are never cached (OpenAI: 1024). Default 0. */
  cacheMinPromptTokens?: number;
  /** `owned_by` in GET /v1/models. Default `llm-gate-simulator`. */
  ownedBy?: string;
}

/** What a fault does to one request. A number is an HTTP status with an OpenAI-style error body. */
export type FaultKind = number | 'reset' | 'stall' | 'truncated';

/** Probabilities per request (each 0..1, summed ≤ 1), drawn from the seeded fault stream. */
export interface FaultRates {
  /** 429 rate_limit_exceeded with Retry-After / retry-after-ms. */
  rate429?: number;
  /** Retry delay announced on 429s. Default 1000 ms. */
  retryAfterMs?: number;
  /** 500 server_error. */
  rate500?: number;
  /** The socket is destroyed without a response (ECONNRESET at the client). */
  rateReset?: number;
  /** The response is held for `stallMs` (past the client's timeout), then sent if anyone is still listening. */
  rateStall?: number;
  /** Default 60 000 ms. */
  stallMs?: number;
  /** 200 with a cut-off JSON body. */
  rateTruncated?: number;
  /** 401 invalid_api_key. */
  rate401?: number;
  /** 404 model_not_found. */
  rate404?: number;
}

/** Deterministic faults for tests: the matching requests numbered after+1 … after+count get `fault`. */
export interface ScriptedFault {
  fault: FaultKind;
  count: number;
  /** Requests (of `model`, or of any model) to let through first. Default 0. */
  after?: number;
  /** Only requests for this model match (and are counted). */
  model?: string;
  retryAfterMs?: number;
  stallMs?: number;
}

export interface FaultPlan extends FaultRates {
  /** Per-model rates, merged field by field over the global ones. */
  models?: Record<string, FaultRates>;
  /** Checked before the rates; the first entry that matches wins. */
  script?: ScriptedFault[];
}

/** One request for an answer as the server saw it. Kept small: benchmarks hold 12,400 of them. */
export interface ServedCall {
  /** 1-based arrival order over all answer requests (Chat Completions and Responses). */
  seq: number;
  model: string;
  /** Which API was asked; unset: Chat Completions. */
  api?: 'responses';
  /** The answer was asked for as a stream. */
  stream?: true;
  /** Streamed: request arrival → the first content delta written, measured by the server. */
  firstTokenMs?: number;
  /** The request carried an Authorization header. */
  authorized: boolean;
  /** The api-version query parameter, when the request had one. */
  apiVersion?: string;
  /** HTTP status sent; 0 when no response was sent (reset, or the client left during a stall). */
  status: number;
  /** The eval case the prompt matched, if any. */
  caseId?: string;
  /** Request arrival → response end, measured by the server (monotonic clock). */
  latencyMs: number;
  /** When the request arrived, Unix ms (performance.timeOrigin + now): lines calls up against another process's clock. */
  arrivedAt?: number;
  /** The latency drawn for this answer (what latencyMs aims at; timers and CPU load add to it). */
  plannedMs?: number;
  promptTokens: number;
  /** Reasoning included, as billed. */
  completionTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
  fault?: FaultKind;
}

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  models: ModelProfile[];
  /** Answer key: prompts are matched to cases by a fingerprint of their messages. */
  cases?: EvalCase[];
  /** Default 1. */
  seed?: number;
  faults?: FaultPlan;
  /**
   * Requests for a model not in `models`: `'not-found'` answers 404 model_not_found as
   * OpenAI does (default); a profile (without id) serves any model id with it.
   */
  unknownModel?: 'not-found' | Omit<ModelProfile, 'id'>;
  /** When set, requests must carry `Authorization: Bearer <apiKey>`, else 401. Unset: keyless, as Ollama or vLLM serve. */
  apiKey?: string;
  /** When set, answer requests must carry `?api-version=<apiVersion>` (as Azure OpenAI's deployments do), else 404. */
  apiVersion?: string;
  /** Multiplies every latency (0.1 makes tests ten times faster). Default 1. */
  latencyScale?: number;
  /** Unix seconds for `created` (a fixed clock in tests). Default Date.now. */
  now?: () => number;
}

export interface Simulator {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:40123/v1 */
  url: string;
  port: number;
  /** Answer requests (Chat Completions and Responses) in arrival order. */
  served: ServedCall[];
  /** Every HTTP request received, any path, including bad ones. */
  requests(): number;
  close(): Promise<void>;
}
