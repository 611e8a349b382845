// The report's call records and cache section: plain copies of what the run measured, in
// a fixed key order, so `regrade` and `merge` can rebuild the comparison from the file.
import { relative } from 'node:path';
import type { CacheSettings, CacheSideSummary, CacheSummary } from '../cache/index.js';
import { REPORT_OUTPUT_CHARS } from '../limits.js';
import type { CallError, CallRecord } from '../types.js';
import type { ReportCache, ReportCacheSide, ReportRecord } from './types.js';

function copyError(e: CallError): CallError {
  return {
    kind: e.kind,
    message: e.message,
    ...(e.status === undefined ? {} : { status: e.status }),
    ...(e.param === undefined ? {} : { param: e.param }),
    ...(e.code === undefined ? {} : { code: e.code }),
  };
}

/**
 * A call record as the report keeps it. Its output is cut to REPORT_OUTPUT_CHARS like the
 * cases' (outputChars then holds the full length); `inCase` leaves it out for the record
 * whose output the case already shows (the first repeat), so a report holds each output once.
 */
export function reportRecord(r: CallRecord, key?: string, inCase = false): ReportRecord {
  const cut = r.output !== null && r.output.length > REPORT_OUTPUT_CHARS;
  const outputChars = cut ? Math.max(r.outputChars ?? 0, r.output!.length) : r.outputChars;
  return {
    caseId: r.caseId,
    side: r.side,
    repeat: r.repeat,
    model: r.model,
    ...(key === undefined ? {} : { key }),
    ...(inCase && r.output !== null ? { outputInCase: true as const } : { output: cut ? r.output!.slice(0, REPORT_OUTPUT_CHARS) : r.output }),
    ...(outputChars === undefined ? {} : { outputChars }),
    latencyMs: r.latencyMs,
    ...(r.ttftMs === undefined ? {} : { ttftMs: r.ttftMs }),
    usage: { prompt: r.usage.prompt, cached: r.usage.cached, completion: r.usage.completion, reasoning: r.usage.reasoning },
    costUsd: r.costUsd,
    attempts: r.attempts,
    ...(r.error === undefined ? {} : { error: copyError(r.error) }),
    ...(r.finishReason === undefined ? {} : { finishReason: r.finishReason }),
    ...(r.usageMissing ? { usageMissing: true as const } : {}),
    ...(r.cachedAt === undefined ? {} : { cachedAt: r.cachedAt }),
  };
}

/** A report record back as a call record (the key stays with the report); `caseOutput` is the case's output for outputInCase. */
export function callRecordOf(r: ReportRecord, caseOutput: string | null = null): CallRecord {
  // Made as one literal (finishReason in it, undefined when absent), then the rarer optional
  // fields: a merge holds 200,000 of these, and a field added after an object is made lives
  // in a second object beside it.
  const record: CallRecord = {
    caseId: r.caseId,
    side: r.side,
    repeat: r.repeat,
    model: r.model,
    output: r.outputInCase ? caseOutput : (r.output ?? null),
    latencyMs: r.latencyMs,
    usage: { prompt: r.usage.prompt, cached: r.usage.cached, completion: r.usage.completion, reasoning: r.usage.reasoning },
    costUsd: r.costUsd,
    attempts: r.attempts,
    finishReason: r.finishReason,
  };
  if (r.outputChars !== undefined) record.outputChars = r.outputChars;
  if (r.ttftMs !== undefined) record.ttftMs = r.ttftMs;
  if (r.error !== undefined) record.error = copyError(r.error);
  if (r.usageMissing) record.usageMissing = true;
  if (r.cachedAt !== undefined) record.cachedAt = r.cachedAt;
  return record;
}

function side(s: CacheSideSummary, now: number): ReportCacheSide {
  const age = (iso: string | undefined): number | null => (iso === undefined ? null : Math.max(0, Math.round(now - Date.parse(iso))));
  return {
    reused: s.reused,
    made: s.made,
    expired: s.expired,
    oldestAgeMs: age(s.oldest),
    newestAgeMs: age(s.newest),
    oldestMeasuredAt: s.oldest ?? null,
    savedUsd: s.savedUsd,
  };
}

const alternativesCounted = (s: CacheSideSummary): boolean => s.reused + s.made + s.expired > 0;

export function reportCache(settings: CacheSettings, summary: CacheSummary, opts: { replay: boolean; cwd: string; now: number }): ReportCache {
  const dir = relative(opts.cwd, settings.dir).split('\\').join('/') || '.';
  return {
    dir,
    mode: settings.mode,
    reuse: settings.reuse,
    maxAgeMs: Number.isFinite(settings.maxAgeMs) && !opts.replay ? settings.maxAgeMs : null,
    replay: opts.replay,
    baseline: side(summary.sides.baseline, opts.now),
    candidate: side(summary.sides.candidate, opts.now),
    judge: side(summary.sides.judge, opts.now),
    ...(alternativesCounted(summary.sides.alternatives) ? { alternatives: side(summary.sides.alternatives, opts.now) } : {}),
    written: summary.written,
    corrupt: summary.corrupt,
    corruptFiles: summary.corruptFiles.map((f) => ({ file: relative(opts.cwd, f.file).split('\\').join('/'), why: f.why })),
  };
}
