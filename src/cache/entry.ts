// One cache entry on disk: the answer of one call and when it was measured. An entry is
// read back from a directory anyone with write access to the runner's cache could have
// filled, so decoding checks every field and its bounds; anything else is "corrupt" (a miss
// with a warning). It holds no cost (recomputed from usage at today's price), no key and no
// header: only what the endpoint answered.
import { GRADE_INPUT_CHARS } from '../limits.js';
import type { CallRecord, TokenUsage } from '../types.js';

export const CACHE_ENTRY_SCHEMA = 'llm-gate/cache-entry@1';

/**
 * Largest entry file read: an output of GRADE_INPUT_CHARS characters, each escaped as
 * \uXXXX in the worst case, plus the other fields.
 */
export const MAX_ENTRY_BYTES = GRADE_INPUT_CHARS * 6 + 16 * 1024;

export interface CacheEntry {
  schema: typeof CACHE_ENTRY_SCHEMA;
  key: string;
  /** ISO time the call was made. */
  measuredAt: string;
  model: string;
  output: string;
  outputChars?: number;
  latencyMs: number;
  /** Time to first token, for a streamed answer. */
  ttftMs?: number;
  usage: TokenUsage;
  usageMissing?: true;
  finishReason?: string;
  attempts: number;
}

/** Only answers are kept: an error (an outage, a timeout) is a fact about that moment, not about the call. */
export function isCacheable(record: CallRecord): boolean {
  return record.error === undefined && record.output !== null && record.latencyMs !== null && record.cachedAt === undefined;
}

export function entryOf(key: string, record: CallRecord, measuredAt: string): CacheEntry {
  return {
    schema: CACHE_ENTRY_SCHEMA,
    key,
    measuredAt,
    model: record.model,
    output: record.output ?? '',
    ...(record.outputChars === undefined ? {} : { outputChars: record.outputChars }),
    latencyMs: record.latencyMs ?? 0,
    ...(record.ttftMs === undefined ? {} : { ttftMs: record.ttftMs }),
    usage: { prompt: record.usage.prompt, cached: record.usage.cached, completion: record.usage.completion, reasoning: record.usage.reasoning },
    ...(record.usageMissing ? { usageMissing: true as const } : {}),
    ...(record.finishReason === undefined ? {} : { finishReason: record.finishReason }),
    attempts: record.attempts,
  };
}

export type Decoded = { ok: true; entry: CacheEntry } | { ok: false; why: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Checks a parsed entry field by field; `key` is the key it was looked up under. */
export function decodeEntry(value: unknown, key: string): Decoded {
  const bad = (why: string): Decoded => ({ ok: false, why });
  if (!isObject(value)) return bad('not a JSON object');
  if (value.schema !== CACHE_ENTRY_SCHEMA) return bad(`schema is not ${CACHE_ENTRY_SCHEMA}`);
  if (value.key !== key) return bad('its key does not match its file name');
  const measuredAt = value.measuredAt;
  if (typeof measuredAt !== 'string' || measuredAt.length > 40 || !Number.isFinite(Date.parse(measuredAt))) return bad('measuredAt is not a date');
  if (typeof value.model !== 'string' || value.model.length > 1000) return bad('model is not a string');
  const output = value.output;
  if (typeof output !== 'string' || output.length > GRADE_INPUT_CHARS) return bad('output is not a string of at most the graded length');
  if (value.outputChars !== undefined && !(isCount(value.outputChars) && value.outputChars > output.length)) return bad('outputChars is wrong');
  const latencyMs = value.latencyMs;
  if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0) return bad('latencyMs is not a duration');
  const ttftMs = value.ttftMs;
  if (ttftMs !== undefined && !(typeof ttftMs === 'number' && Number.isFinite(ttftMs) && ttftMs >= 0 && ttftMs <= latencyMs)) return bad('ttftMs is not a duration within latencyMs');
  const usage = value.usage;
  if (!isObject(usage) || !isCount(usage.prompt) || !isCount(usage.cached) || !isCount(usage.completion) || !isCount(usage.reasoning)) {
    return bad('usage is not four token counts');
  }
  if (usage.cached > usage.prompt) return bad('usage has more cached than prompt tokens');
  if (value.usageMissing !== undefined && value.usageMissing !== true) return bad('usageMissing is not true');
  if (value.finishReason !== undefined && (typeof value.finishReason !== 'string' || value.finishReason.length > 100)) return bad('finishReason is not a short string');
  if (!isCount(value.attempts) || value.attempts < 1) return bad('attempts is not a count');
  return {
    ok: true,
    entry: {
      schema: CACHE_ENTRY_SCHEMA,
      key,
      measuredAt,
      model: value.model,
      output,
      ...(value.outputChars === undefined ? {} : { outputChars: value.outputChars as number }),
      latencyMs,
      ...(ttftMs === undefined ? {} : { ttftMs: ttftMs as number }),
      usage: { prompt: usage.prompt, cached: usage.cached, completion: usage.completion, reasoning: usage.reasoning },
      ...(value.usageMissing ? { usageMissing: true as const } : {}),
      ...(value.finishReason === undefined ? {} : { finishReason: value.finishReason as string }),
      attempts: value.attempts,
    },
  };
}
