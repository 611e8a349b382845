// A replay's missing entries, as the one error that names them.
import { LlmGateError } from '../errors.js';
import type { GateConfig } from '../types.js';
import type { CacheRole, CacheSummary } from './stats.js';

/** Case ids named per model; the count covers the rest. */
const NAMED = 10;

export function missingEntriesError(summary: CacheSummary, config: GateConfig): LlmGateError | undefined {
  const roles: CacheRole[] = ['baseline', 'candidate', 'alternatives', 'judge'];
  const parts: string[] = [];
  let total = 0;
  for (const role of roles) {
    const ids = summary.missing[role];
    if (ids.length === 0) continue;
    total += ids.length;
    const model = role === 'judge' ? config.judge?.model : role === 'alternatives' ? (config.alternatives ?? []).map((m) => m.model).join(', ') : config.models[role].model;
    const named = ids.slice(0, NAMED).join(', ');
    const more = ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '';
    parts.push(`${role} ${model ?? '(none)'}: ${ids.length} case${ids.length === 1 ? '' : 's'} (${named}${more})`);
  }
  if (total === 0) return undefined;
  return new LlmGateError(`--replay: the cache has no entry for calls of ${parts.join('; ')}`, {
    code: 'usage',
    field: 'run.cache',
    hint: 'run once without --replay (with run.cache on) to make and keep those calls, or point run.cache.dir at the cache that has them',
  });
}
