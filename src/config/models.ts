// From the parsed `models` and `judge` entries to ModelConfigs: inheritance and prices.
// Inheritance: candidate and judge take baseUrl and apiKeyEnv from the baseline when
// unset; the candidate also takes the baseline's params (a fair comparison). A price is
// never inherited: it is the model's own entry, the built-in table, or an error.
import type { ModelConfig, Price, Side } from '../types.js';
import type { Problem } from './problems.js';
import { PRICES_CHECKED, builtinPrice } from './prices.js';
import { DEFAULT_API_KEY_ENV, DEFAULT_BASE_URL, type RawModel } from './schema.js';

export type ModelRole = Side | 'judge';

function pricePath(role: ModelRole): string[] {
  return role === 'judge' ? ['judge'] : ['models', role];
}

function resolvePrice(raw: RawModel, role: ModelRole): { price: Price; priceSource: ModelConfig['priceSource'] } | Problem {
  if (raw.price) {
    const { input, output } = raw.price;
    return { price: { input, cachedInput: raw.price.cachedInput ?? input, output }, priceSource: { kind: 'config' } };
  }
  const builtin = builtinPrice(raw.model);
  if (builtin) return { price: builtin, priceSource: { kind: 'builtin', checked: PRICES_CHECKED } };
  const at = pricePath(role);
  return {
    path: [...at, 'model'],
    field: [...at, 'price'].join('.'),
    message: `no built-in price for model "${raw.model}"`,
    hint: `add price: { input, cachedInput, output } in USD per 1M tokens under ${at.join('.')}`,
  };
}

function resolveOne(raw: RawModel, role: ModelRole, base?: ModelConfig): ModelConfig | Problem {
  const priced = resolvePrice(raw, role);
  if ('message' in priced) return priced;
  return {
    model: raw.model,
    baseUrl: stripSlash(raw.baseUrl ?? base?.baseUrl ?? DEFAULT_BASE_URL),
    apiKeyEnv: raw.apiKeyEnv ?? base?.apiKeyEnv ?? DEFAULT_API_KEY_ENV,
    params: { ...(raw.params ?? (role === 'candidate' ? base?.params : undefined) ?? {}) },
    ...priced,
  };
}

// The SDK joins paths itself; a trailing slash would only make URLs in messages differ.
function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function resolveModels(raw: {
  models: { baseline: RawModel; candidate: RawModel };
  judge?: RawModel;
}): { models: Record<Side, ModelConfig>; judge?: ModelConfig } | Problem {
  const baseline = resolveOne(raw.models.baseline, 'baseline');
  if ('message' in baseline) return baseline;
  const candidate = resolveOne(raw.models.candidate, 'candidate', baseline);
  if ('message' in candidate) return candidate;
  if (!raw.judge) return { models: { baseline, candidate } };
  const judge = resolveOne(raw.judge, 'judge', baseline);
  if ('message' in judge) return judge;
  return { models: { baseline, candidate }, judge };
}
