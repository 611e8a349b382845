// What a call can cost before it is made. The budget ledger reserves the worst case of
// every call, so the estimate must err high: a budget passed because we guessed low is
// the failure the budget exists to prevent.
import type { ChatMessage, Price } from '../types.js';
import { ratesFor } from './cost.js';

/**
 * Output tokens assumed when the params set neither max_completion_tokens nor max_tokens.
 * The real ceiling is the model's own output limit (16k–128k), which we cannot know, so
 * an uncapped call can cost more than this: set max_tokens to make the budget exact.
 */
export const DEFAULT_OUTPUT_CAP_TOKENS = 4_096;

/** Chat format overhead: OpenAI counts ~3–4 tokens per message plus 3 to prime the reply; we take more. */
const TOKENS_PER_MESSAGE = 5;
const TOKENS_PER_REQUEST = 4;
/** Params that are sent as prompt tokens (tool schemas, structured-output schemas). */
const PROMPT_PARAMS = ['tools', 'functions', 'response_format', 'tool_choice'] as const;

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
  // Fast path for ASCII, which is most prompts; encode only when a code unit is wider.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  return text.length;
}

/**
 * Prompt tokens, over-estimated: one token per 3 UTF-8 bytes (English averages ~4 characters
 * a token; CJK text ~3 bytes a token), plus per-message overhead and any tool or response
 * schema in the params, which the API also bills as prompt.
 */
export function worstCasePromptTokens(messages: readonly ChatMessage[], params: Record<string, unknown> = {}): number {
  let bytes = 0;
  for (const message of messages) bytes += utf8Bytes(message.role) + utf8Bytes(message.content);
  for (const key of PROMPT_PARAMS) if (params[key] !== undefined) bytes += utf8Bytes(JSON.stringify(params[key]));
  return Math.ceil(bytes / 3) + TOKENS_PER_MESSAGE * messages.length + TOKENS_PER_REQUEST;
}

/** Typical prompt tokens (~4 characters a token, overhead as OpenAI counts it), for the expected cost. */
export function typicalPromptTokens(messages: readonly ChatMessage[], params: Record<string, unknown> = {}): number {
  let chars = 0;
  for (const message of messages) chars += message.content.length;
  for (const key of PROMPT_PARAMS) if (params[key] !== undefined) chars += JSON.stringify(params[key]).length;
  return Math.ceil(chars / 4) + 4 * messages.length + 3;
}

/** The completion cap the params set (max_completion_tokens wins, as in the API; max_output_tokens is the Responses API's), else the default. */
export function outputCapTokens(params: Record<string, unknown>): { tokens: number; source: 'max_completion_tokens' | 'max_tokens' | 'max_output_tokens' | 'default' } {
  for (const key of ['max_output_tokens', 'max_completion_tokens', 'max_tokens'] as const) {
    const value = params[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { tokens: Math.ceil(value), source: key };
  }
  return { tokens: DEFAULT_OUTPUT_CAP_TOKENS, source: 'default' };
}

/**
 * USD one call can cost at most: every prompt token uncached at the higher of the two
 * input prices, and the full completion cap at the output price.
 */
export function worstCaseCallUsd(opts: { messages: readonly ChatMessage[]; params: Record<string, unknown>; price: Price }): number {
  const { messages, params, price } = opts;
  const prompt = worstCasePromptTokens(messages, params);
  const completion = outputCapTokens(params).tokens;
  const rates = ratesFor(price, prompt);
  return (prompt * Math.max(rates.input, rates.cachedInput) + completion * rates.output) / 1e6;
}
