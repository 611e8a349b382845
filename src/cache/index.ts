// The call cache: answers kept by call key on disk, reused by later runs (and by replays).
export { callKey, canonicalJson, endpointKey, requestBody, apiKindOf, CALL_KEY_VERSION } from './key.js';
export { CACHE_ENTRY_SCHEMA, MAX_ENTRY_BYTES, decodeEntry, entryOf, isCacheable, type CacheEntry } from './entry.js';
export { createFileStore, entryPath, type CacheStore, type Lookup } from './store.js';
export { createCachedCaller, recordFromEntry, type CachedCallerOptions } from './caller.js';
export { createCacheStats, type CacheRole, type CacheSideSummary, type CacheStats, type CacheSummary } from './stats.js';
export { createRunCache, replaySettings, type RunCache, type RunCacheOptions } from './run-cache.js';
export { CACHE_DEFAULTS, type CacheMode, type CacheReuse, type CacheSettings } from './settings.js';
