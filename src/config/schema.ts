// The llm-gate.yml schema: the documented user interface. Every option's doc text states
// its default; the JSON Schema for editors is generated from this file (json-schema.ts).
import { z } from 'zod';
import { MAX_RESPONSE_BYTES } from '../limits.js';
import { parseDuration, parseFraction, parsePoints, parseSize, type Parsed } from './durations.js';
import { CACHE_DEFAULTS } from '../cache/settings.js';

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
export const DEFAULT_API_KEY_ENV = 'OPENAI_API_KEY';

/** Fields of a request that llm-gate sets itself (Chat Completions and the Responses API). */
const RESERVED_PARAMS = ['model', 'messages', 'stream', 'stream_options', 'n', 'input', 'instructions'];

/** RFC 9110 field names. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
/** Field values: visible ASCII, spaces and tabs (a CR or LF would split the request). */
const HEADER_VALUE = /^[\t\x20-\x7e]{0,8192}$/;
/** Headers the transport or the SDK sets from other options. */
const RESERVED_HEADERS = ['host', 'content-length', 'content-type', 'transfer-encoding', 'connection'];

function refineWith<I, O>(parse: (v: I) => Parsed<O>) {
  return (value: I, ctx: z.RefinementCtx): O => {
    const r = parse(value);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
    return z.NEVER;
  };
}

export const priceSchema = z
  .strictObject({
    input: z.number().nonnegative().describe('USD per 1M input (prompt) tokens that were not served from cache.'),
    cachedInput: z
      .number()
      .nonnegative()
      .optional()
      .describe('USD per 1M cached input tokens. Default: the same as `input` (no cache discount assumed).'),
    output: z.number().nonnegative().describe('USD per 1M output tokens, reasoning tokens included (they are billed as output).'),
  })
  .meta({
    title: 'Price',
    description:
      "USD per 1M tokens. Default: the model id's entry under `prices`, else the built-in price table for known model ids; required for any other model. Never inherited, and dropped when --baseline-model or --candidate-model replaces the model id.",
  });

export const pricesSchema = z
  .record(z.string().min(1), priceSchema)
  .meta({
    title: 'Prices by model id',
    description:
      "Prices by model id, USD per 1M tokens, for every role and for the model ids that --baseline-model and --candidate-model (or the Action's baseline-model and candidate-model inputs) put in place of the configured ones. A model's own `price` comes first (unless its id was replaced), then this map, then the built-in table. Default: none.",
  });

export const promptSchema = z
  .strictObject({
    system: z
      .string()
      .optional()
      .describe('System prompt: inline text, or a path relative to this file (one line ending in .md, .txt, .prompt ...). {{vars}} are filled from each case. Default: none.'),
    user: z
      .string()
      .optional()
      .describe('User message template for cases that have neither `prompt` nor `messages`. Inline text or a file path. Default: none.'),
  })
  .meta({ title: 'Prompt', description: 'Shared prompt template; a case\'s own `prompt` replaces `user`, its `messages` replace both. Default: none.' });

/** Each alternative is another full run of the eval set. */
export const MAX_ALTERNATIVES = 8;

export const modelSchema = z
  .strictObject({
    model: z.string().min(1).describe('Model id sent to the API, e.g. "gpt-4o".'),
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe(`OpenAI-compatible endpoint. Default: the baseline's baseUrl; for the baseline ${DEFAULT_BASE_URL}.`),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, e.g. OPENAI_API_KEY' })
      .optional()
      .describe(
        `Name of the environment variable holding the API key (never the key itself), sent as Authorization: Bearer. "none" sends no Authorization header: keyless servers (Ollama, vLLM, llama.cpp), or a key sent in \`headers\` instead (Azure's api-key). Default: the baseline's; for the baseline ${DEFAULT_API_KEY_ENV}.`,
      ),
    api: z
      .enum(['chat', 'responses'])
      .optional()
      .describe(
        'The API the model is called through: "chat" (POST /chat/completions) or "responses" (POST /responses: system and developer messages become `instructions`, the rest `input`). Not inherited: a baseline on Chat Completions against a candidate on the Responses API is the usual migration. Default: chat.',
      ),
    stream: z
      .boolean()
      .optional()
      .describe('Stream the answer (server-sent events), which measures time to first token. Chat Completions asks for usage in the stream (stream_options.include_usage). Default: run.stream.'),
    headers: z
      .record(
        z.string().regex(HEADER_NAME, { error: 'expected an HTTP header name (letters, digits and -)' }),
        z.string().regex(HEADER_VALUE, { error: 'expected a header value on one line (no control characters), at most 8192 characters' }),
      )
      .superRefine((headers, ctx) => {
        for (const name of Object.keys(headers)) {
          if (RESERVED_HEADERS.includes(name.toLowerCase())) {
            ctx.addIssue({ code: 'custom', path: [name], message: `the "${name}" header is set by llm-gate`, params: { hint: 'remove it from headers', at: 'key' } });
          }
        }
      })
      .optional()
      .describe(
        'HTTP headers sent with every request of this model: gateway headers (OpenRouter\'s HTTP-Referer, a LiteLLM key), Azure\'s api-key. A value may use ${VAR}, secrets included (API keys, tokens, not the CI runner\'s own variables): the expanded value is then redacted from everything llm-gate writes. Default: the baseline\'s when the baseUrl is inherited; else none.',
      ),
    query: z
      .record(
        z.string().min(1).max(100),
        z.string().regex(HEADER_VALUE, { error: 'expected a value on one line (no control characters), at most 8192 characters' }),
      )
      .optional()
      .describe('Query parameters added to every request URL of this model, e.g. { api-version: 2024-10-21 } for Azure OpenAI deployments. ${VAR} values are redacted like headers. Default: the baseline\'s when the baseUrl is inherited; else none.'),
    params: z
      .record(z.string(), z.unknown())
      .superRefine((params, ctx) => {
        for (const key of RESERVED_PARAMS) {
          if (Object.hasOwn(params, key)) {
            ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is set by llm-gate`, params: { hint: 'remove it from params', at: 'key' } });
          }
        }
      })
      .optional()
      .describe(
        'Request parameters passed as-is (temperature, max_tokens, reasoning: { effort: low }, max_output_tokens, ...). With api: responses, the Chat Completions forms of max_tokens, max_completion_tokens, reasoning_effort, response_format, tools and tool_choice are sent in the Responses API\'s form, so inherited params keep their meaning. Default: {} for the baseline and judge; the candidate inherits the baseline\'s params for a fair comparison.',
      ),
    price: priceSchema.optional(),
    prompt: promptSchema
      .optional()
      .describe(
        "This model's own prompt (same shape as the top-level prompt): its system and user replace the shared ones key by key, for a migration that recalibrates the prompt with the model. Not inherited. Default: the shared prompt.",
      ),
  })
  .meta({ title: 'Model', description: 'A model behind an OpenAI-compatible endpoint (Chat Completions or the Responses API).' });

/** models.baseline: { from: base }: the candidate as the config defined it at the base commit. */
export const baselineFromSchema = z
  .strictObject({
    from: z.literal('base').describe('"base": the commit given by --baseline-ref or the baseline-ref input; in a pull request its base commit, in a merge queue the queue\'s base.'),
  })
  .meta({
    title: 'Baseline from the base commit',
    description:
      "The baseline is the candidate as this file defined it at the base commit (its model, params, API settings and prompt files, read from git): every change to the production model or its prompt is gated against what the base branch runs.",
  });

const fraction = (what: string, fallback: string, value: number) =>
  z
    .union([z.number(), z.string(), z.literal(false)], { error: `expected a percentage such as "${fallback}", a fraction such as ${value}, or false` })
    .transform(refineWith(parseFraction))
    .default(value)
    .describe(`${what} A percentage ("${fallback}") or a fraction (${value}); false disables the check. Default: ${fallback}.`);

export const thresholdsSchema = z
  .strictObject({
    qualityPerDollar: fraction('Largest tolerated relative drop of quality per dollar, candidate vs baseline.', '10%', 0.1),
    p95Latency: fraction('Largest tolerated relative rise of p95 latency, candidate vs baseline.', '20%', 0.2),
    quality: z
      .union([z.number(), z.string(), z.literal(false)], { error: 'expected a number of points such as 2, or false' })
      .transform(refineWith(parsePoints))
      .default(2)
      .describe('Largest tolerated drop of quality, in points on the 0-100 scale; false disables the check. Default: 2.'),
    ttftP95: z
      .union([z.number(), z.string(), z.literal(false)], { error: 'expected a percentage such as "20%", a fraction such as 0.2, or false' })
      .transform(refineWith(parseFraction))
      .optional()
      .describe('Largest tolerated relative rise of the p95 time to first token (dispatch to the first content delta), candidate vs baseline, tested like p95 latency. A percentage ("20%") or a fraction (0.2); false disables the check. Default: 20% when both models stream, else off.'),
    errorRate: fraction('Largest tolerated rise of the error rate (timeouts and request errors over calls), candidate minus baseline, absolute. Infrastructure errors (429, 5xx, connection) above this rate on either model make the verdict "error" (could not judge).', '2%', 0.02),
  })
  .meta({ title: 'Thresholds', description: 'Each value is the regression tolerated; false disables that check. Default: each check on, with its own default.' });

const positiveInt = (what: string, value: number) =>
  z.number().int().positive().default(value).describe(`${what} Default: ${value}.`);

const AGE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/;
const AGE_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** "7d", "12h", "30m", "2w"; a bare number is seconds. Zero is allowed: every entry is then too old to reuse. */
function parseAge(value: number | string): Parsed<number> {
  let ms: number;
  if (typeof value === 'number') ms = value * 1000;
  else {
    const m = AGE.exec(value);
    if (!m) return { ok: false, message: 'expected an age such as "7d", "12h" or "30m"', hint: 'units: ms, s, m, h, d, w; a bare number means seconds' };
    ms = Number(m[1]) * AGE_MS[m[2]!]!;
  }
  if (!Number.isFinite(ms) || ms < 0) return { ok: false, message: 'must be zero or a positive age' };
  return { ok: true, value: Math.round(ms) };
}

export const cacheSchema = z
  .strictObject({
    dir: z.string().min(1).default(CACHE_DEFAULTS.dir).describe(`Directory of the cache entries, relative to this file. Default: ${CACHE_DEFAULTS.dir}.`),
    mode: z
      .enum(['read-write', 'read'])
      .default(CACHE_DEFAULTS.mode)
      .describe('read-write: reuse entries and keep the answers of the calls made; read: reuse entries, write none. Default: read-write.'),
    reuse: z
      .enum(['baseline', 'all'])
      .default(CACHE_DEFAULTS.reuse)
      .describe(
        "Which calls may be answered from the cache: baseline (the baseline's calls, and the judge's calls on its outputs; the candidate is measured afresh) or all (every call, the judge's included). Default: baseline.",
      ),
    maxAge: z
      .union([z.number(), z.string()], { error: 'expected an age such as "7d", "12h" or "30m"' })
      .transform(refineWith(parseAge))
      .prefault(CACHE_DEFAULTS.maxAge)
      .describe(`Entries measured longer ago than this are not reused (the call is made again). "7d", "12h", "30m"; a bare number is seconds. Default: ${CACHE_DEFAULTS.maxAge}.`),
  })
  .meta({ title: 'Call cache', description: 'The call cache settings. Default: each setting\'s own default.' });

export const runSchema = z
  .strictObject({
    concurrency: positiveInt('Calls in flight at once, both models together.', 8),
    repeats: positiveInt('Times each case is sent to each model; scores are averaged over repeats.', 1),
    timeout: z
      .union([z.number(), z.string()], { error: 'expected a duration such as "30s", "500ms" or "2m"' })
      .transform(refineWith(parseDuration))
      .prefault('30s')
      .describe('Per-call timeout, your production timeout: a slower answer counts as a timeout error. "500ms", "30s", "2m"; a bare number is seconds. Default: 30s.'),
    retries: z.number().int().nonnegative().default(2).describe('Retries per call for 408, 409, 429, 5xx and connection errors. Default: 2.'),
    budget: z
      .number()
      .positive()
      .optional()
      .describe('Most USD to spend on the whole run, judge included. Default: no budget.'),
    maxResponseSize: z
      .union([z.number(), z.string()], { error: 'expected a size such as "8MB", "512KB" or a number of bytes' })
      .transform(refineWith(parseSize))
      .optional()
      .describe(
        `Largest response body accepted from an endpoint, counted after decompression; a larger one is an error of that call. "512KB", "8MB" (1 KB = 1024 bytes); a bare number is bytes; between 1KB and 1GB. Default: ${MAX_RESPONSE_BYTES / 1024 / 1024}MB.`,
      ),
    sequential: z
      .boolean()
      .default(true)
      .describe(
        'Stop sending calls once the verdict is decided: cases go in a seeded order stratified by tag, and at 20/40/60/80% of the set (from 30 cases) the gate looks at the cases so far. false runs every case. Default: true.',
      ),
    stream: z
      .boolean()
      .optional()
      .describe('Stream every model\'s answers (a model\'s own `stream` wins), which measures time to first token: dispatch to the first content delta. Default: false.'),
    cache: z
      .union([z.boolean(), cacheSchema], { error: 'expected true, false or a mapping (dir, mode, reuse, maxAge)' })
      .optional()
      .describe(
        'The call cache: each answer is kept under a key of its endpoint host, model, API, whole request body and repeat index, and a later run with the same call reuses it (its answer, usage and measured latency) instead of paying again. false or absent: off; true or a mapping: on. Default: off.',
      ),
  })
  .meta({ title: 'Run settings', description: 'How the calls are run. Default: each setting\'s own default.' });

const glob = z.string().min(1);

/** Formats an eval file can be written in; `auto` tells them apart by name and content. */
export const EVAL_FORMATS = ['auto', 'llm-gate', 'promptfoo', 'openai-evals'] as const;
/** Graders an `ideal` answer (OpenAI evals data) can become. */
export const IDEAL_GRADERS = ['equals', 'contains', 'llm-judge'] as const;

export const evalEntrySchema = z
  .strictObject({
    path: glob.describe('Glob of eval files, relative to this file. Required.'),
    format: z
      .enum(EVAL_FORMATS)
      .default('auto')
      .describe(
        'How the files are written: "llm-gate" (its own cases), "promptfoo" (a promptfoo config or test file), "openai-evals" (JSONL of `input` + `ideal`, or Evals API items `{"item": {...}}`), or "auto": told apart by file name and content. Default: "auto".',
      ),
    grader: z
      .enum(IDEAL_GRADERS)
      .default('equals')
      .describe(
        'What an `ideal` answer of OpenAI evals data becomes: "equals" (the output, trimmed, equals the ideal or one of a list), "contains" (the output contains it, or one of a list) or "llm-judge" (the judge compares the output with it; needs `judge`). Default: "equals".',
      ),
    fields: z
      .strictObject({
        input: z
          .string()
          .min(1)
          .optional()
          .describe('Where the input is: a dotted path ("item.question") to a string or a list of chat messages, or a template ("Q: {{item.question}}"). Default: the first of item.input, item.messages, item.question, item.prompt.'),
        ideal: z
          .string()
          .min(1)
          .optional()
          .describe('Dotted path to the ideal answer, a string or a list of strings. Default: the first of item.ideal, item.reference, item.expected, item.answer.'),
        id: z.string().min(1).optional().describe('Dotted path to a case id. Default: item.id, else the file name and line number.'),
      })
      .optional()
      .describe('Evals API items: where the fields of each case are in `{"item": {...}}`. Default: the common names.'),
  })
  .meta({ title: 'Eval source', description: 'Eval files with how to read them.' });

const evalEntry = z.union([glob, evalEntrySchema], { error: 'expected a glob or a mapping { path, format, grader }' });

export const configSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors. Ignored by llm-gate.'),
    evals: z
      .union([evalEntry, z.array(evalEntry).min(1)], { error: 'expected a glob, a mapping { path, format, grader }, or a list of them' })
      .describe(
        'Eval files (.yaml, .yml, .json or .jsonl): one glob or a list of globs, relative to this file; an entry may be a mapping { path, format, grader, fields } to say how its files are written. llm-gate cases, promptfoo suites and OpenAI evals data are told apart by name and content. Required.',
      ),
    prompt: promptSchema.optional(),
    models: z
      .strictObject({
        baseline: modelSchema.meta({ title: 'Baseline model', description: 'The model in production today.' }),
        candidate: modelSchema.meta({
          title: 'Candidate model',
          description: 'The model you want to switch to. Inherits baseUrl, apiKeyEnv and params from the baseline when unset.',
        }),
        alternatives: z
          .array(modelSchema)
          .max(MAX_ALTERNATIVES, { error: `at most ${MAX_ALTERNATIVES} alternatives: each one is a full run of the eval set` })
          .optional()
          .describe(
            'More models to run on the same cases, interleaved with the baseline and the candidate, each compared paired against the baseline with the same checks and shown in a ranking (the cheapest model that holds every threshold first) and in the routing advice. Same shape as candidate, and like it they inherit baseUrl, apiKeyEnv and params from the baseline. The verdict and exit code follow the candidate alone. Default: none.',
          ),
      })
      .meta({ title: 'Models', description: 'The two models compared case by case.' }),
    judge: modelSchema
      .omit({ prompt: true })
      .meta({
        title: 'Judge model',
        description: 'Model used by llm-judge graders. Inherits baseUrl and apiKeyEnv from the baseline when unset. Default: none (llm-judge graders are then an error).',
      })
      .optional(),
    prices: pricesSchema.optional(),
    traffic: z
      .strictObject({
        callsPerMonth: z.number().int().positive().max(1e12).optional().describe('Calls production makes per month. Default: the sum of byTag.'),
        byTag: z
          .record(z.string().min(1), z.number().int().nonnegative().max(1e12))
          .optional()
          .describe('Calls per month by tag; the rest of callsPerMonth (if larger) is priced at the whole set\'s rates. Default: none.'),
      })
      .refine((t) => t.callsPerMonth !== undefined || (t.byTag !== undefined && Object.keys(t.byTag).length > 0), { error: 'give callsPerMonth, byTag, or both' })
      .optional()
      .meta({
        title: 'Production traffic',
        description: 'What production sends each month: the headline then adds the monthly cost change, and the routing advice its monthly saving, both with intervals. Default: none.',
      }),
    thresholds: thresholdsSchema.prefault({}),
    run: runSchema.prefault({}),
  })
  .meta({ title: 'llm-gate config', description: 'llm-gate.yml: gate a model bump on quality, quality per dollar, p95 latency and error rate.' });

export type EvalEntry = z.output<typeof evalEntrySchema>;
export type RawModel = z.output<typeof modelSchema>;
export type ParsedConfig = z.output<typeof configSchema>;
