// What the cache did in one run, as counts: the report turns them into words.

export interface CacheSideSummary {
  /** Calls answered from the cache. */
  reused: number;
  /** Calls made (sent to the endpoint). */
  made: number;
  /** Entries found but older than maxAge, made again. */
  expired: number;
  /** Measurement times of the reused calls: the oldest and the newest (ISO). */
  oldest?: string;
  newest?: string;
  /** USD the reused calls would have cost at today's price. */
  savedUsd: number;
}

/** Whose calls a count is of: models.alternatives are called as candidates but counted apart. */
export type CacheRole = 'baseline' | 'candidate' | 'judge' | 'alternatives';

export interface CacheSummary {
  sides: Record<CacheRole, CacheSideSummary>;
  /** Entries written by this run. */
  written: number;
  /** Entries that could not be used (unreadable, oversized, malformed): a miss each. */
  corrupt: number;
  /** The first few corrupt files and why, for the warning. */
  corruptFiles: { file: string; why: string }[];
  /** A replay's misses: case ids by role. */
  missing: Record<CacheRole, string[]>;
}

export interface CacheStats {
  reused(role: CacheRole, measuredAt: string, costUsd: number): void;
  made(role: CacheRole): void;
  expired(role: CacheRole): void;
  written(): void;
  corrupt(file: string, why: string): void;
  missing(role: CacheRole, caseId: string): void;
  summary(): CacheSummary;
}

/** Corrupt files named in the report; the count covers all of them. */
const CORRUPT_NAMED = 5;

const emptySide = (): CacheSideSummary => ({ reused: 0, made: 0, expired: 0, savedUsd: 0 });

export function createCacheStats(): CacheStats {
  const sides: Record<CacheRole, CacheSideSummary> = { baseline: emptySide(), candidate: emptySide(), judge: emptySide(), alternatives: emptySide() };
  const missing: Record<CacheRole, Set<string>> = { baseline: new Set(), candidate: new Set(), judge: new Set(), alternatives: new Set() };
  const corruptFiles: { file: string; why: string }[] = [];
  let corrupt = 0;
  let written = 0;
  return {
    reused(role, measuredAt, costUsd) {
      const s = sides[role];
      s.reused++;
      s.savedUsd += costUsd;
      const t = Date.parse(measuredAt);
      if (s.oldest === undefined || t < Date.parse(s.oldest)) s.oldest = measuredAt;
      if (s.newest === undefined || t > Date.parse(s.newest)) s.newest = measuredAt;
    },
    made: (role) => void sides[role].made++,
    expired: (role) => void sides[role].expired++,
    written: () => void written++,
    corrupt(file, why) {
      corrupt++;
      if (corruptFiles.length < CORRUPT_NAMED) corruptFiles.push({ file, why });
    },
    missing: (role, caseId) => void missing[role].add(caseId),
    summary: () => ({
      sides: { baseline: { ...sides.baseline }, candidate: { ...sides.candidate }, judge: { ...sides.judge }, alternatives: { ...sides.alternatives } },
      written,
      corrupt,
      corruptFiles: [...corruptFiles],
      missing: { baseline: [...missing.baseline], candidate: [...missing.candidate], judge: [...missing.judge], alternatives: [...missing.alternatives] },
    }),
  };
}
