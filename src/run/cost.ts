// Token usage and its price. Kept exact and pure: the acceptance test compares
// cost to 1e-9 USD against an independent computation.
import type { Price, TokenUsage } from '../types.js';

export const ZERO_USAGE: Readonly<TokenUsage> = Object.freeze({ prompt: 0, cached: 0, completion: 0, reasoning: 0 });

/**
 * USD for one call: ((prompt − cached)·input + cached·cachedInput + completion·output) / 1e6.
 * Reasoning tokens are not added: they are already inside completion, as billed.
 */
export function callCost(usage: TokenUsage, price: Price): number {
  const rates = ratesFor(price, usage.prompt);
  const uncached = usage.prompt - usage.cached;
  return (uncached * rates.input + usage.cached * rates.cachedInput + usage.completion * rates.output) / 1e6;
}

/** The rates a call of `promptTokens` is billed at: the last long-context tier it passes, else the base. */
export function ratesFor(price: Price, promptTokens: number): { input: number; cachedInput: number; output: number } {
  let rates: { input: number; cachedInput: number; output: number } = price;
  for (const tier of price.tiers ?? []) if (promptTokens > tier.aboveInputTokens) rates = tier;
  return rates;
}

/**
 * A Chat Completions `usage` object as far as it can be trusted. usable: false when there is
 * none, it is not an object, or prompt_tokens or completion_tokens is missing, not a finite
 * number or negative: then the call's cost is unknown, and the zeros in `usage` must not be
 * read as "free". The details (cached, reasoning) are optional: without a cached count the
 * whole prompt is billed at the full input price, which can only over-count.
 */
export function readUsage(raw: unknown): { usage: TokenUsage; usable: boolean } {
  return readUsageAs(raw, CHAT_USAGE);
}

/** Where each API writes the four counts: Chat Completions' names, and the Responses API's. */
interface UsageNames {
  prompt: string;
  completion: string;
  promptDetails: string;
  completionDetails: string;
}

const CHAT_USAGE: UsageNames = {
  prompt: 'prompt_tokens',
  completion: 'completion_tokens',
  promptDetails: 'prompt_tokens_details',
  completionDetails: 'completion_tokens_details',
};

const RESPONSES_USAGE: UsageNames = {
  prompt: 'input_tokens',
  completion: 'output_tokens',
  promptDetails: 'input_tokens_details',
  completionDetails: 'output_tokens_details',
};

/**
 * A Responses API `usage` object (input_tokens, input_tokens_details.cached_tokens,
 * output_tokens, output_tokens_details.reasoning_tokens), read by the same rules as
 * readUsage: output_tokens include reasoning, as billed.
 */
export function readResponsesUsage(raw: unknown): { usage: TokenUsage; usable: boolean } {
  return readUsageAs(raw, RESPONSES_USAGE);
}

function readUsageAs(raw: unknown, names: UsageNames): { usage: TokenUsage; usable: boolean } {
  if (!isObject(raw)) return { usage: { ...ZERO_USAGE }, usable: false };
  const usable = isCount(raw[names.prompt]) && isCount(raw[names.completion]);
  const prompt = count(raw[names.prompt]);
  const completion = count(raw[names.completion]);
  const promptDetails = raw[names.promptDetails];
  const completionDetails = raw[names.completionDetails];
  // A cached count above the prompt would make the uncached part negative; an endpoint
  // that says so is wrong, and we would rather bill the whole prompt at the cached rate.
  const cached = Math.min(prompt, isObject(promptDetails) ? count(promptDetails['cached_tokens']) : 0);
  const reasoning = isObject(completionDetails) ? count(completionDetails['reasoning_tokens']) : 0;
  return { usage: { prompt, cached, completion, reasoning }, usable };
}

/** Reads a Chat Completions `usage` object; fields the endpoint leaves out count as 0 (readUsage says whether to trust it). */
export function parseUsage(raw: unknown): TokenUsage {
  return readUsage(raw).usage;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function count(value: unknown): number {
  return isCount(value) ? value : 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
