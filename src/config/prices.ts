// Built-in prices, USD per 1M tokens. The table is @pydantic/genai-prices (MIT, no
// dependencies), pinned and bundled: its data ships inside the bundle and nothing is fetched
// at run time. It carries what a hand-kept table kept getting wrong: vendors' cache-read
// rates, long-context tiers, price changes by date, and the match rules of each model's
// ids (dated snapshots priced as their family). llm-gate adds a few rows it lacks.
//
// How its entries become a Price:
// - the rates of the latest dated change in force on the day the config is loaded;
// - a time-of-day rate (DeepSeek's peak and off-peak hours) by its highest rate: a run has
//   no single time of day, so the peak is the upper bound, never an underestimate;
// - tiers (prompts longer than N tokens) are kept and applied per call (run/cost.ts);
// - no cache-read rate means no cache discount (cachedInput = input);
// - cache writes (Anthropic's 1.25× input) are not modelled: Chat Completions and the
//   Responses API report no cache-write counts.
import type { calcPrice as CalcPrice, ModelInfo, ModelPrice } from '@pydantic/genai-prices';
import type { Price, PriceSource, PriceTier } from '../types.js';

/** The bundled table: keep in step with package.json (a test checks it). */
export const PRICE_TABLE = { name: 'genai-prices', version: '0.1.8', published: '2026-09-23' } as const;

/** A price is old past this many days: the report warns, since vendors cut prices often. */
export const PRICE_MAX_AGE_DAYS = 90;

/** When llm-gate's own rows were last checked against the vendors' pages. */
export const PRICES_CHECKED = '2026-11';

let calcPrice: typeof CalcPrice | undefined;

/**
 * Loads the bundled table: 2 MB of data, ~35 ms to parse, so a config whose models all have
 * a price (the demo, most CI configs) never pays for it. builtinPrice knows only llm-gate's
 * own rows until this has resolved.
 */
export async function loadPriceTable(): Promise<void> {
  calcPrice ??= (await import('@pydantic/genai-prices')).calcPrice;
}

/** Model ids longer than this are not looked up (the table's match rules run per id). */
const MAX_MODEL_ID_CHARS = 200;

function price(input: number, cachedInput: number, output: number): Price {
  return { input, cachedInput, output };
}

/**
 * Rows the bundled table does not have, checked by hand (PRICES_CHECKED). Exact ids only.
 * Mistral's dated ids (its "-latest" aliases move to new models with new prices); DeepSeek's
 * deepseek-flash, the current name of V4 Flash, at the peak rate (api-docs.deepseek.com,
 * copies of 2026-10/11).
 */
export const LOCAL_PRICES: Readonly<Record<string, Readonly<Price>>> = Object.freeze({
  'mistral-small-2503': price(0.1, 0.1, 0.3),
  'ministral-3b-2410': price(0.04, 0.04, 0.04),
  'deepseek-flash': price(0.3, 0.006, 1.2),
});

export interface BuiltinPrice {
  price: Price;
  source: Extract<PriceSource, { kind: 'builtin' }>;
}

/** A rate of the table: a number, or { base, tiers: [{ start, price }] }. */
type Rate = number | { base: number; tiers: { start: number; price: number }[] } | undefined;

function baseOf(rate: Rate): number | undefined {
  if (typeof rate === 'number') return rate;
  return rate && typeof rate.base === 'number' ? rate.base : undefined;
}

/** The rate for a prompt of more than `above` tokens. */
function rateAbove(rate: Rate, above: number): number | undefined {
  if (typeof rate === 'number' || rate === undefined) return rate;
  let value = rate.base;
  for (const tier of rate.tiers) if (above >= tier.start) value = tier.price;
  return value;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * One set of rates from an entry's list of prices: the unconstrained first, replaced by
 * the latest start_date in force on `today`; each time-of-day window then raises a rate
 * to its own when higher.
 */
function ratesOn(model: ModelInfo, today: Date): ModelPrice {
  if (!Array.isArray(model.prices)) return model.prices;
  const day = isoDay(today);
  let dated: ModelPrice | undefined;
  let datedFrom = '';
  const windows: ModelPrice[] = [];
  for (const entry of model.prices) {
    const c = entry.constraint;
    if (c === undefined) {
      if (dated === undefined) dated = entry.prices;
    } else if (c.type === 'start_date') {
      if (c.start_date <= day && c.start_date >= datedFrom) {
        dated = entry.prices;
        datedFrom = c.start_date;
      }
    } else {
      windows.push(entry.prices);
    }
  }
  const rates: ModelPrice = { ...(dated ?? model.prices[0]?.prices ?? {}) };
  for (const window of windows) {
    for (const key of ['input_mtok', 'cache_read_mtok', 'output_mtok'] as const) {
      const a = baseOf(rates[key] as Rate);
      const b = baseOf(window[key] as Rate);
      if (b !== undefined && (a === undefined || b > a)) rates[key] = window[key];
    }
  }
  return rates;
}

/** The Price of a set of rates: base rates and, where any rate is tiered, one tier per start. */
function toPrice(rates: ModelPrice): Price | undefined {
  const input = rates.input_mtok as Rate;
  const output = rates.output_mtok as Rate;
  const cached = (rates.cache_read_mtok as Rate) ?? input;
  const base = { input: baseOf(input), cachedInput: baseOf(cached), output: baseOf(output) };
  if (base.input === undefined || base.output === undefined || base.cachedInput === undefined) return undefined;
  const p: Price = { input: base.input, cachedInput: base.cachedInput, output: base.output };
  const starts = new Set<number>();
  for (const rate of [input, cached, output]) if (typeof rate === 'object' && rate) for (const t of rate.tiers) starts.add(t.start);
  const tiers: PriceTier[] = [...starts]
    .sort((a, b) => a - b)
    .map((start) => ({ aboveInputTokens: start, input: rateAbove(input, start)!, cachedInput: rateAbove(cached, start)!, output: rateAbove(output, start)! }));
  if (tiers.length > 0) p.tiers = tiers;
  return p;
}

/**
 * The built-in price of a model id, or undefined. `baseUrl` picks the provider where the
 * table knows the endpoint (OpenRouter, Azure, a vendor's API); for any other (a gateway, a
 * local server) the id alone decides. `today` resolves dated price changes.
 */
export function builtinPrice(model: string, opts: { baseUrl?: string; today?: Date } = {}): BuiltinPrice | undefined {
  if (Object.hasOwn(LOCAL_PRICES, model)) {
    const p = LOCAL_PRICES[model]!;
    return { price: { input: p.input, cachedInput: p.cachedInput, output: p.output }, source: { kind: 'builtin', checked: PRICES_CHECKED, table: 'llm-gate' } };
  }
  if (model.length === 0 || model.length > MAX_MODEL_ID_CHARS || calcPrice === undefined) return undefined;
  const today = opts.today ?? new Date();
  let found: ReturnType<typeof CalcPrice> = null;
  try {
    if (opts.baseUrl !== undefined && !isLocal(opts.baseUrl)) found = calcPrice({ input_tokens: 0 }, model, { providerApiUrl: opts.baseUrl, timestamp: today });
    found ??= calcPrice({ input_tokens: 0 }, model, { timestamp: today });
  } catch {
    return undefined;
  }
  if (!found) return undefined;
  const p = toPrice(ratesOn(found.model, today));
  if (!p) return undefined;
  const source: BuiltinPrice['source'] = { kind: 'builtin', checked: PRICE_TABLE.published, table: `${PRICE_TABLE.name} ${PRICE_TABLE.version}` };
  if (found.model.id !== model) source.entry = `${found.provider.id}/${found.model.id}`;
  return { price: p, source };
}

/** Loopback and private hosts name no provider: the model id decides. */
function isLocal(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host.endsWith('.local') || host.endsWith('.internal');
  } catch {
    return true;
  }
}

/** Whole days from a price's date (YYYY-MM-DD, or YYYY-MM meaning its first day) to `today`. */
export function priceAgeDays(checked: string, today: Date): number | undefined {
  const day = /^\d{4}-\d{2}$/.test(checked) ? `${checked}-01` : checked;
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!Number.isFinite(t)) return undefined;
  return Math.floor((today.getTime() - t) / 86_400_000);
}
