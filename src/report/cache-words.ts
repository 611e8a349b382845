// What the call cache did, in words for the report's notes: the counts come from the run.
import { fmtUsd } from './format.js';
import type { ReportCache, ReportCacheSide } from './types.js';

/** 90 s, 12 min, 5 h, 3 d: an entry's age, to the unit that reads best. */
export function fmtAge(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172_800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}

function ages(s: ReportCacheSide): string {
  if (s.oldestAgeMs === null || s.newestAgeMs === null) return '';
  const oldest = fmtAge(s.oldestAgeMs);
  const newest = fmtAge(s.newestAgeMs);
  return oldest === newest ? `, measured ${oldest} ago` : `, measured ${newest} to ${oldest} ago`;
}

function sideWords(name: string, s: ReportCacheSide): string {
  return `${s.reused} of ${s.reused + s.made} ${name} calls${ages(s)}`;
}

export function cacheNotes(cache: ReportCache): string[] {
  const notes: string[] = [];
  const counted = [cache.baseline, cache.candidate, cache.judge, ...(cache.alternatives ? [cache.alternatives] : [])];
  const reused = counted.reduce((n, s) => n + s.reused, 0);
  const saved = counted.reduce((n, s) => n + s.savedUsd, 0);
  const sides = [sideWords('baseline', cache.baseline), sideWords('candidate', cache.candidate)];
  if (cache.alternatives) sides.push(sideWords('alternatives\'', cache.alternatives));
  if (cache.judge.reused + cache.judge.made > 0) sides.push(sideWords('judge', cache.judge));
  const lead = cache.replay ? 'Replayed from the call cache, nothing sent' : `Call cache (reuse: ${cache.reuse})`;
  notes.push(`${lead}: reused ${sides.join('; ')}${reused > 0 ? `; ${fmtUsd(saved)} not spent again` : ''}.`);
  if (cache.corrupt > 0) {
    const first = cache.corruptFiles[0];
    notes.push(
      `${cache.corrupt} cache ${cache.corrupt === 1 ? 'entry' : 'entries'} could not be used and ${cache.corrupt === 1 ? 'was' : 'were'} treated as missing${first ? ` (${first.file}: ${first.why})` : ''}.`,
    );
  }
  return notes;
}

/** The p95 check's caveat: a reused baseline latency was measured at another time, under other load. */
export function p95CacheNote(fromCache: { reused: number; calls: number; oldestAgeMs: number | null }): string {
  const when = fromCache.oldestAgeMs === null ? '' : `, up to ${fmtAge(fromCache.oldestAgeMs)} ago`;
  return `p95 latency: ${fromCache.reused} of the baseline's ${fromCache.calls} latencies are from the call cache (measured earlier${when}); the candidate's were measured in this run.`;
}
