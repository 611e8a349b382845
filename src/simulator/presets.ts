// The demo's simulated models. Labelled as simulated everywhere they show: ids start with
// `sim-`, and nothing here claims to be a real model's figures. They are shaped so the demo
// tells the story llm-gate exists for: the candidate reasons a lot (billed as output), so
// it costs 2–3× more for a point or two of quality and is slower at p95, and the gate
// fails it on quality per dollar.
import type { ModelProfile } from './types.js';

export const SIMULATED_NOTE = 'simulated by llm-gate: not a real model';

export const SIM_BASELINE: ModelProfile = {
  id: 'sim-4o',
  quality: 0.84,
  latency: { medianMs: 420, p95Ms: 1100 },
  reasoningTokens: 0,
  cachedPromptFraction: 0.5,
  ownedBy: 'llm-gate-simulator',
};

export const SIM_CANDIDATE: ModelProfile = {
  id: 'sim-5.5',
  quality: 0.86,
  latency: { medianMs: 560, p95Ms: 1900 },
  reasoningTokens: 110,
  cachedPromptFraction: 0.5,
  ownedBy: 'llm-gate-simulator',
};

/** The demo's alternative: a small, fast, cheap model, strong on routing and extraction and weak on code. */
export const SIM_MINI: ModelProfile = {
  id: 'sim-4o-mini',
  quality: 0.8,
  qualityByTag: { routing: 0.95, extraction: 0.9, codegen: 0.55 },
  latency: { medianMs: 300, p95Ms: 800 },
  reasoningTokens: 0,
  cachedPromptFraction: 0.5,
  ownedBy: 'llm-gate-simulator',
};

export const SIM_JUDGE: ModelProfile = {
  id: 'sim-judge',
  quality: 0.95,
  latency: { medianMs: 250, p95Ms: 600 },
  reasoningTokens: 0,
  cachedPromptFraction: 0.5,
  ownedBy: 'llm-gate-simulator',
};

export const PRESET_MODELS: readonly ModelProfile[] = [SIM_BASELINE, SIM_CANDIDATE, SIM_MINI, SIM_JUDGE];

/** Prices the demo config declares (USD per 1M tokens); simulated, set apart from the built-in table on purpose. */
export const DEMO_PRICES = {
  'sim-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
  'sim-5.5': { input: 2.5, cachedInput: 0.25, output: 15 },
  'sim-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
  'sim-judge': { input: 0.15, cachedInput: 0.075, output: 0.6 },
} as const;

/** The benchmark's known distribution: log-normal, median 50 ms, p95 120 ms. */
export function benchmarkProfile(id: string): ModelProfile {
  return { id, quality: 0.8, latency: { medianMs: 50, p95Ms: 120 }, reasoningTokens: 0, cachedPromptFraction: 0 };
}

/**
 * The streaming benchmark's: the first token on the known distribution (median 50 ms, p95
 * 120 ms), the whole answer later (median 150 ms, p95 360 ms; a first token is never later
 * than its answer).
 */
export function streamingBenchmarkProfile(id: string): ModelProfile {
  return { ...benchmarkProfile(id), latency: { medianMs: 150, p95Ms: 360 }, firstToken: { medianMs: 50, p95Ms: 120 } };
}
