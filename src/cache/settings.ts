// run.cache after validation: where entries live and which calls may be answered from them.

export type CacheMode = 'read-write' | 'read';
/** baseline: only the baseline's calls (and the judge's calls on its outputs) are reused; all: every call. */
export type CacheReuse = 'baseline' | 'all';

export interface CacheSettings {
  /** Absolute directory. */
  dir: string;
  mode: CacheMode;
  reuse: CacheReuse;
  /** Entries older than this are misses (and are measured again). */
  maxAgeMs: number;
}

export const CACHE_DEFAULTS = { dir: '.llm-gate/cache', mode: 'read-write', reuse: 'baseline', maxAge: '7d' } as const;
