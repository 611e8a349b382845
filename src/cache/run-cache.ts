// The cache as one run uses it: which role may read, whether anything is written, and the
// counts for the report. The gate wraps each model's CallFn with wrap(role, ...).
//
// Reuse follows the side: with reuse: baseline the baseline's calls are reused and the
// candidate is measured afresh, and a judge call is reused only when it grades an output
// that was itself reused (its request holds that output), so the candidate's fresh answers
// are judged afresh too. With reuse: all, and in a replay, every call may be reused.
import type { CallFn, CallRecord, CallRequest, ModelConfig, Side } from '../types.js';
import { createCachedCaller } from './caller.js';
import { CACHE_DEFAULTS, type CacheSettings } from './settings.js';
import { createCacheStats, type CacheRole, type CacheSummary } from './stats.js';
import { createFileStore, type CacheStore } from './store.js';

export interface RunCacheOptions {
  settings: CacheSettings;
  /** Every call from the cache, none sent; a miss is recorded and the gate fails the run with the list. */
  replay: boolean;
  secrets: readonly string[];
  /** Wall-clock ms. */
  now(): number;
  store?: CacheStore;
}

export interface RunCache {
  readonly settings: CacheSettings;
  readonly replay: boolean;
  /** `countAs`: whose counts the calls go to when not the role's (an alternative is called as a candidate). */
  wrap(role: Side | 'judge', model: ModelConfig, inner: CallFn | undefined, countAs?: CacheRole): CallFn;
  summary(): CacheSummary;
}

export function createRunCache(opts: RunCacheOptions): RunCache {
  const { settings, replay } = opts;
  const store = opts.store ?? createFileStore(settings.dir);
  const stats = createCacheStats();
  const readAll = replay || settings.reuse === 'all';
  // Outputs of reused baseline calls, by case and repeat: the judge calls that grade them may be reused too.
  const reusedOutputs = new Map<string, string[]>();
  const slot = (caseId: string, repeat: number): string => `${caseId}\u0000${repeat}`;
  const gradesReused = (request: CallRequest): boolean => {
    const outputs = reusedOutputs.get(slot(request.caseId, request.repeat));
    return outputs !== undefined && outputs.some((o) => o !== '' && request.messages.some((m) => m.content.includes(o)));
  };
  const missingRecord = (role: Side | 'judge', model: ModelConfig) => (request: CallRequest): CallRecord => ({
    caseId: request.caseId,
    side: role,
    repeat: request.repeat,
    model: model.model,
    output: null,
    latencyMs: null,
    usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
    costUsd: 0,
    attempts: 0,
    error: { kind: 'cancelled', message: 'not in the cache (replay)' },
  });
  return {
    settings,
    replay,
    wrap(role, model, inner, countAs) {
      const read = readAll || role === 'baseline' ? () => true : role === 'judge' ? gradesReused : () => false;
      const call = createCachedCaller({
        role,
        ...(countAs ? { countAs } : {}),
        model,
        store,
        ...(replay ? {} : inner ? { inner } : {}),
        read,
        write: !replay && settings.mode === 'read-write',
        // A replay is asked to use what is there, however old; the report says how old.
        maxAgeMs: replay ? Number.POSITIVE_INFINITY : settings.maxAgeMs,
        now: opts.now,
        stats,
        secrets: opts.secrets,
        onMissing: missingRecord(role, model),
      });
      if (role !== 'baseline' || readAll) return call;
      return async (request, signal) => {
        const record = await call(request, signal);
        if (record.cachedAt !== undefined && record.output) {
          const key = slot(record.caseId, record.repeat);
          const list = reusedOutputs.get(key);
          if (list) list.push(record.output);
          else reusedOutputs.set(key, [record.output]);
        }
        return record;
      };
    },
    summary: () => stats.summary(),
  };
}

/** The settings a replay uses when run.cache is off: the default directory under the config's. */
export function replaySettings(rootDir: string, resolveDir: (root: string, dir: string) => string): CacheSettings {
  return { dir: resolveDir(rootDir, CACHE_DEFAULTS.dir), mode: 'read', reuse: 'all', maxAgeMs: Number.POSITIVE_INFINITY };
}
