// Built-in list prices, USD per 1M tokens, for models commonly reached through
// OpenAI-compatible endpoints. Exact model ids only: a near miss ("gpt-4o-latest") is not
// priced, because a wrong price silently corrupts quality per dollar. A model left out
// gets a config error asking for a `price` entry; a price is never guessed.
//
// cachedInput is the vendor's cache-read rate. Where the vendor has no cache discount,
// or its cached rate is not one we could confirm, it equals input: costs are then an
// upper bound, never an underestimate. Anthropic cache *writes* (1.25× input) are not
// modelled; Chat Completions usage does not report them.
import type { Price } from '../types.js';

/**
 * When these figures were last checked against the vendors' pricing pages (or, where a
 * vendor page no longer lists a model, dated copies of it). Several ids here have since
 * been retired by their vendors (OpenAI's o1/o3-mini/o4-mini, Claude 3.x, Gemini 2.0,
 * Mistral's dated ids); a retired id is never billed, so its row does no harm.
 */
export const PRICES_CHECKED = '2026-11';

function price(input: number, cachedInput: number, output: number): Price {
  return { input, cachedInput, output };
}

/** The same price under several exact ids (alias and dated snapshot). */
function same(ids: string[], p: Price): Record<string, Price> {
  return Object.fromEntries(ids.map((id) => [id, p]));
}

const OPENAI: Record<string, Price> = {
  ...same(['gpt-4o', 'gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'], price(2.5, 1.25, 10)),
  ...same(['gpt-4o-mini', 'gpt-4o-mini-2024-07-18'], price(0.15, 0.075, 0.6)),
  ...same(['gpt-4.1', 'gpt-4.1-2025-04-14'], price(2, 0.5, 8)),
  ...same(['gpt-4.1-mini', 'gpt-4.1-mini-2025-04-14'], price(0.4, 0.1, 1.6)),
  ...same(['gpt-4.1-nano', 'gpt-4.1-nano-2025-04-14'], price(0.1, 0.025, 0.4)),
  ...same(['o1', 'o1-2024-12-17'], price(15, 7.5, 60)),
  ...same(['o3-mini', 'o3-mini-2025-01-31'], price(1.1, 0.55, 4.4)),
  ...same(['o3', 'o3-2025-04-16'], price(2, 0.5, 8)),
  ...same(['o4-mini', 'o4-mini-2025-04-16'], price(1.1, 0.275, 4.4)),
  ...same(['gpt-5', 'gpt-5-2025-08-07', 'gpt-5.1'], price(1.25, 0.125, 10)),
  ...same(['gpt-5-mini', 'gpt-5-mini-2025-08-07'], price(0.25, 0.025, 2)),
  ...same(['gpt-5-nano', 'gpt-5-nano-2025-08-07'], price(0.05, 0.005, 0.4)),
  'gpt-5.2': price(1.75, 0.175, 14),
  // Standard tier, prompts up to 272k tokens (longer prompts bill about 2× input). Checked on
  // 2026-11-28 against several published copies of OpenAI's pricing page, which agree.
  'gpt-5.5': price(5, 0.5, 30),
  'gpt-5.4': price(2.5, 0.25, 15),
  'gpt-5.4-mini': price(0.75, 0.075, 4.5),
  'gpt-5.4-nano': price(0.2, 0.02, 1.25),
};

// Through Anthropic's OpenAI SDK compatibility endpoint (https://api.anthropic.com/v1/).
const ANTHROPIC: Record<string, Price> = {
  // Prompts up to 200k tokens. Checked on 2026-11-28 against the models' pages on
  // platform.claude.com (list price; cache read = 0.1 × input, as for the 4.5 family).
  'claude-opus-4-6': price(5, 0.5, 25),
  'claude-sonnet-4-6': price(3, 0.3, 15),
  ...same(['claude-opus-4-5', 'claude-opus-4-5-20251101'], price(5, 0.5, 25)),
  ...same(['claude-opus-4-1', 'claude-opus-4-1-20250805', 'claude-opus-4-0', 'claude-opus-4-20250514'], price(15, 1.5, 75)),
  ...same(
    ['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-0', 'claude-sonnet-4-20250514', 'claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-latest'],
    price(3, 0.3, 15),
  ),
  ...same(['claude-haiku-4-5', 'claude-haiku-4-5-20251001'], price(1, 0.1, 5)),
  ...same(['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'], price(0.8, 0.08, 4)),
};

// Through the Gemini API's OpenAI-compatible endpoint. Prompts up to 200k tokens
// (gemini-2.5-pro charges more above that). Cache discounts for the 2.5 family
// changed during 2025, so none is assumed (cachedInput = input).
const GOOGLE: Record<string, Price> = {
  'gemini-2.5-pro': price(1.25, 1.25, 10),
  'gemini-2.5-flash': price(0.3, 0.3, 2.5),
  'gemini-2.5-flash-lite': price(0.1, 0.1, 0.4),
  'gemini-2.0-flash': price(0.1, 0.025, 0.4),
  'gemini-2.0-flash-lite': price(0.075, 0.075, 0.3),
};

// Dated ids only: Mistral's "-latest" aliases move to new models with new prices.
const MISTRAL: Record<string, Price> = {
  'mistral-large-2411': price(2, 2, 6),
  'mistral-medium-2505': price(0.4, 0.4, 2),
  'mistral-small-2503': price(0.1, 0.1, 0.3),
  'codestral-2501': price(0.3, 0.3, 0.9),
  'ministral-8b-2410': price(0.1, 0.1, 0.1),
  'ministral-3b-2410': price(0.04, 0.04, 0.04),
  'open-mistral-nemo': price(0.15, 0.15, 0.15),
};

// DeepSeek's current names (api-docs.deepseek.com/quick_start/pricing, copies of
// 2026-10/11): cache hit = cachedInput, cache miss = input. DeepSeek bills half of these
// off-peak (outside 01:00–04:00 and 06:00–10:00 UTC on weekdays); a run has no single time
// of day, so the peak rate is the upper bound used here. deepseek-v4-flash is the legacy
// name DeepSeek still serves with Flash at Flash prices. deepseek-chat and
// deepseek-reasoner were retired on 2026-07-24 (their last price, V4-Flash's, was not the
// V3.2 price this table had), so they are no longer priced.
const DEEPSEEK: Record<string, Price> = {
  ...same(['deepseek-flash', 'deepseek-v4-flash'], price(0.3, 0.006, 1.2)),
  'deepseek-v4-pro': price(1.32, 0.044, 3.96),
};

export const BUILTIN_PRICES: Readonly<Record<string, Readonly<Price>>> = Object.freeze({
  ...OPENAI,
  ...ANTHROPIC,
  ...GOOGLE,
  ...MISTRAL,
  ...DEEPSEEK,
});

/** The built-in price of an exact model id, or undefined. */
export function builtinPrice(model: string): Price | undefined {
  if (!Object.hasOwn(BUILTIN_PRICES, model)) return undefined;
  const p = BUILTIN_PRICES[model]!;
  return { input: p.input, cachedInput: p.cachedInput, output: p.output };
}
