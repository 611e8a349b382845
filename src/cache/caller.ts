// A CallFn around a model's CallFn: answer from the cache when allowed and fresh enough,
// else make the call and keep its answer. A reused record is the measured one (its output,
// usage and latency), with cachedAt saying when it was measured; its cost is recomputed
// from the usage at today's price. Reused calls never reach the inner caller, so they take
// nothing from the run's budget, retry budget or concurrency.
import { callCost } from '../run/index.js';
import type { CallFn, CallRecord, CallRequest, ModelConfig, Side } from '../types.js';
import { entryOf, isCacheable, type CacheEntry } from './entry.js';
import { callKey } from './key.js';
import type { CacheStore } from './store.js';
import type { CacheRole, CacheStats } from './stats.js';

export interface CachedCallerOptions {
  role: Side | 'judge';
  /** Whose counts this caller's calls go to, when not `role`'s (an alternative's: 'alternatives'). */
  countAs?: CacheRole;
  model: ModelConfig;
  store: CacheStore;
  /** The call itself; absent in a replay, where a miss is an error of the run. */
  inner?: CallFn;
  /** May this request be answered from the cache? */
  read(request: CallRequest): boolean;
  write: boolean;
  maxAgeMs: number;
  /** Wall-clock ms (Date.now): entry ages are calendar time, unlike latencies. */
  now(): number;
  stats: CacheStats;
  /** Entries that would contain one of these are not written (an endpoint echoing a key). */
  secrets: readonly string[];
  /** A replay's miss: the cache has no entry for this request. */
  onMissing?(request: CallRequest): CallRecord | Promise<CallRecord>;
}

export function recordFromEntry(entry: CacheEntry, request: Pick<CallRequest, 'caseId' | 'repeat'>, role: Side | 'judge', model: ModelConfig): CallRecord {
  const record: CallRecord = {
    caseId: request.caseId,
    side: role,
    repeat: request.repeat,
    model: model.model,
    output: entry.output,
    latencyMs: entry.latencyMs,
    usage: { ...entry.usage },
    costUsd: entry.usageMissing ? 0 : callCost(entry.usage, model.price),
    attempts: entry.attempts,
    cachedAt: entry.measuredAt,
  };
  if (entry.outputChars !== undefined) record.outputChars = entry.outputChars;
  if (entry.ttftMs !== undefined) record.ttftMs = entry.ttftMs;
  if (entry.finishReason !== undefined) record.finishReason = entry.finishReason;
  if (entry.usageMissing) record.usageMissing = true;
  return record;
}

export function createCachedCaller(opts: CachedCallerOptions): CallFn {
  const { role, model, store, stats } = opts;
  const counted = opts.countAs ?? role;
  return async function cached(request, signal) {
    const key = callKey(model, request);
    if (opts.read(request)) {
      const found = await store.get(key);
      if (found.status === 'corrupt') stats.corrupt(found.file, found.why);
      if (found.status === 'hit') {
        const age = opts.now() - Date.parse(found.entry.measuredAt);
        if (age <= opts.maxAgeMs) {
          const record = recordFromEntry(found.entry, request, role, model);
          stats.reused(counted, found.entry.measuredAt, record.costUsd);
          return record;
        }
        stats.expired(counted);
      }
    }
    if (!opts.inner) {
      stats.missing(counted, request.caseId);
      if (opts.onMissing) return opts.onMissing(request);
      throw new Error(`cache: no entry for case ${request.caseId} (${role}) and no caller to make the call`);
    }
    const record = await opts.inner(request, signal);
    stats.made(counted);
    if (opts.write && isCacheable(record)) {
      const entry = entryOf(key, record, new Date(opts.now()).toISOString());
      const text = entry.output;
      if (!opts.secrets.some((s) => s.length >= 6 && text.includes(s))) {
        if (await store.put(entry)) stats.written();
      }
    }
    return record;
  };
}
