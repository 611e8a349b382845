// From the parsed `models` and `judge` entries to ModelConfigs: inheritance and prices.
// Inheritance: candidate and judge take baseUrl and apiKeyEnv from the baseline when
// unset; the candidate also takes the baseline's params (a fair comparison). A price is
// never inherited: it is the model's own `price` (unless an override replaced the model
// id it was written for), the top-level `prices` entry for the id, the built-in table,
// or an error.
import { alternativeIndex, modelPath, type ModelConfig, type ModelSlot, type Price, type Side } from '../types.js';
import type { Problem } from './problems.js';
import { builtinPrice } from './prices.js';
import type { SecretFields } from './secret-fields.js';
import { DEFAULT_API_KEY_ENV, DEFAULT_BASE_URL, type RawModel } from './schema.js';

/** The two compared models, the judge, and `alternatives.<i>` for models.alternatives[i]. */
export type ModelRole = ModelSlot | 'judge';

/** A model id given on the command line (or as an Action input) in place of the configured one. */
export interface Replacement {
  /** How the user wrote it, e.g. "--candidate-model gpt-5.9". */
  label: string;
  /** The configured id it replaced, when there was one. */
  was?: string;
}

export interface PriceContext {
  prices: Record<string, { input: number; cachedInput?: number; output: number }>;
  replaced: Partial<Record<Side, Replacement>>;
  /** Config file as shown in messages. */
  file: string;
  /** The file has a `prices:` key (an empty one too): unpriced overrides point at it. */
  hasPrices?: boolean;
  /** Header and query names whose values came from ${VAR} (secret-fields.ts). */
  secretFields?: SecretFields;
  /** run.stream: every model streams unless it says otherwise. */
  stream?: boolean;
  /** The day dated price changes are resolved on. Default: today. */
  today?: Date;
  /** models.alternatives entries added on the command line (--alternative), by index: priced like a replaced model. */
  addedAlternatives?: Record<number, Replacement>;
}

function fromConfig(p: { input: number; cachedInput?: number; output: number }): { price: Price; priceSource: ModelConfig['priceSource'] } {
  return { price: { input: p.input, cachedInput: p.cachedInput ?? p.input, output: p.output }, priceSource: { kind: 'config' } };
}

function pricePath(role: ModelRole): (string | number)[] {
  const index = alternativeIndex(role);
  if (index !== undefined) return ['models', 'alternatives', index];
  return role === 'judge' ? ['judge'] : ['models', role as Side];
}

/** How a role is named in messages: "candidate", "alternative models.alternatives[1]". */
function roleWords(role: ModelRole): string {
  return alternativeIndex(role) === undefined ? role : `alternative ${modelPath(role)}`;
}

function resolvePrice(raw: RawModel, role: ModelRole, ctx: PriceContext, baseUrl: string): { price: Price; priceSource: ModelConfig['priceSource'] } | Problem {
  const index = alternativeIndex(role);
  const replaced = role === 'judge' ? undefined : index !== undefined ? ctx.addedAlternatives?.[index] : ctx.replaced[role as Side];
  // The override's caller already dropped `price`; it was written for the id replaced.
  if (raw.price && !replaced) return fromConfig(raw.price);
  if (Object.hasOwn(ctx.prices, raw.model)) return fromConfig(ctx.prices[raw.model]!);
  const builtin = builtinPrice(raw.model, { baseUrl, ...(ctx.today ? { today: ctx.today } : {}) });
  if (builtin) return { price: builtin.price, priceSource: builtin.source };
  const at = pricePath(role);
  if (replaced) {
    const what = replaced.was === undefined ? `${replaced.label} set the ${roleWords(role)} model` : `${replaced.label} replaced ${replaced.was}`;
    return {
      // Not in the file: the place to add it is `prices:` (or, without one, the model it replaced).
      path: ctx.hasPrices ? ['prices'] : [...at, 'model'],
      at: 'key',
      field: 'prices',
      message: `${what}; no price is known for ${raw.model}`,
      hint: `add it under prices: in ${ctx.file}, e.g. prices: { ${raw.model}: { input: …, output: … } } in USD per 1M tokens`,
    };
  }
  return {
    path: [...at, 'model'],
    field: [...at, 'price'].join('.'),
    message: `no built-in price for model "${raw.model}"`,
    hint: `add price: { input, cachedInput, output } in USD per 1M tokens under ${at.join('.')}`,
  };
}

/** Whether a model would fall through to the built-in table (no own price, none under `prices:`). */
export function needsBuiltinPrices(raw: { models: { baseline: RawModel; candidate: RawModel; alternatives?: RawModel[] }; judge?: RawModel }, ctx: Pick<PriceContext, 'prices' | 'replaced'>): boolean {
  const entries: [RawModel | undefined, Side | undefined][] = [
    [raw.models.baseline, 'baseline'],
    [raw.models.candidate, 'candidate'],
    ...(raw.models.alternatives ?? []).map((m): [RawModel, undefined] => [m, undefined]),
    [raw.judge, undefined],
  ];
  return entries.some(([m, side]) => m !== undefined && (!m.price || (side !== undefined && ctx.replaced[side] !== undefined)) && !Object.hasOwn(ctx.prices, m.model));
}

/** scheme://host:port, the unit a key belongs to. */
function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return baseUrl;
  }
}

/**
 * A key variable taken over from the baseline holds the baseline's key, for the baseline's
 * host. Sent to another host (an override of baseUrl alone), it would hand one vendor's
 * key to another server without a word; naming apiKeyEnv says that is meant.
 */
function inheritedKeyProblem(raw: RawModel, role: ModelRole, base: ModelConfig): Problem | undefined {
  if (raw.apiKeyEnv !== undefined || raw.baseUrl === undefined) return undefined;
  const own = originOf(stripSlash(raw.baseUrl));
  const theirs = originOf(base.baseUrl);
  if (own === theirs) return undefined;
  const at = pricePath(role);
  return {
    path: [...at, 'baseUrl'],
    field: [...at, 'apiKeyEnv'].join('.'),
    message: `the ${roleWords(role)} would inherit ${base.apiKeyEnv}, the baseline's key for ${theirs}, and send it to ${own}; a key is sent only to the host it belongs to`,
    hint: `set ${at.join('.')}.apiKeyEnv to the variable holding the key for ${own}, or to ${base.apiKeyEnv} to send that key there on purpose`,
  };
}

function resolveOne(raw: RawModel, role: ModelRole, ctx: PriceContext, base?: ModelConfig): ModelConfig | Problem {
  const baseUrl = stripSlash(raw.baseUrl ?? base?.baseUrl ?? DEFAULT_BASE_URL);
  const priced = resolvePrice(raw, role, ctx, baseUrl);
  if ('message' in priced) return priced;
  const keyProblem = base ? inheritedKeyProblem(raw, role, base) : undefined;
  if (keyProblem) return keyProblem;
  const resolved: ModelConfig = {
    model: raw.model,
    baseUrl,
    apiKeyEnv: raw.apiKeyEnv ?? base?.apiKeyEnv ?? DEFAULT_API_KEY_ENV,
    // Candidates (and alternatives, candidates too) take the baseline's params: a fair comparison.
    params: { ...(raw.params ?? (role === 'candidate' || alternativeIndex(role) !== undefined ? base?.params : undefined) ?? {}) },
    ...priced,
  };
  // Each key below is set only when used, so configs without them hash as they always did.
  if (raw.api === 'responses') resolved.api = 'responses';
  // The judge's time to first token measures nothing the gate compares: it streams only when told to.
  if (raw.stream ?? (role === 'judge' ? undefined : ctx.stream)) resolved.stream = true;
  // Headers and query belong to a host, like a key: inherited with the baseUrl, not apart from it.
  const sameHost = base !== undefined && raw.baseUrl === undefined;
  const secrets = ctx.secretFields?.[role];
  const headers = raw.headers ?? (sameHost ? base.headers : undefined);
  const query = raw.query ?? (sameHost ? base.query : undefined);
  if (headers && Object.keys(headers).length > 0) resolved.headers = { ...headers };
  if (query && Object.keys(query).length > 0) resolved.query = { ...query };
  const secretHeaders = raw.headers ? secrets?.headers : sameHost ? base.secretFields?.headers : undefined;
  const secretQuery = raw.query ? secrets?.query : sameHost ? base.secretFields?.query : undefined;
  if (secretHeaders?.length || secretQuery?.length) {
    resolved.secretFields = {
      ...(secretHeaders?.length ? { headers: [...secretHeaders] } : {}),
      ...(secretQuery?.length ? { query: [...secretQuery] } : {}),
    };
  }
  return resolved;
}

// The SDK joins paths itself; a trailing slash would only make URLs in messages differ.
function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export function resolveModels(
  raw: {
    models: { baseline: RawModel; candidate: RawModel; alternatives?: RawModel[] };
    judge?: RawModel;
  },
  ctx: PriceContext = { prices: {}, replaced: {}, file: 'llm-gate.yml' },
): { models: Record<Side, ModelConfig>; alternatives?: ModelConfig[]; judge?: ModelConfig } | Problem {
  const baseline = resolveOne(raw.models.baseline, 'baseline', ctx);
  if ('message' in baseline) return baseline;
  const candidate = resolveOne(raw.models.candidate, 'candidate', ctx, baseline);
  if ('message' in candidate) return candidate;
  // Alternatives are candidates too: they inherit from the baseline as the candidate does.
  const alternatives: ModelConfig[] = [];
  for (const [i, entry] of (raw.models.alternatives ?? []).entries()) {
    const alternative = resolveOne(entry, `alternatives.${i}`, ctx, baseline);
    if ('message' in alternative) return alternative;
    alternatives.push(alternative);
  }
  const more = alternatives.length > 0 ? { alternatives } : {};
  if (!raw.judge) return { models: { baseline, candidate }, ...more };
  const judge = resolveOne(raw.judge, 'judge', ctx, baseline);
  if ('message' in judge) return judge;
  return { models: { baseline, candidate }, ...more, judge };
}
