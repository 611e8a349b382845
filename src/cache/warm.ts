// Which endpoints to warm up before timing starts. A role whose calls will come from the
// cache sends nothing, so warming it would be a request the cache was meant to save (and a
// server counting requests would see it). One probe decides: if the cache holds the role's
// first call, the role is taken as cached; if not (a cold cache), it is warmed as before.
import { messagesFor, type EvalSet, type GateConfig, type ModelConfig, type Side } from '../types.js';
import { callKey } from './key.js';
import type { RunCache } from './run-cache.js';
import { createFileStore } from './store.js';

export async function endpointsToWarm(config: GateConfig, evalSet: EvalSet, cache: RunCache | undefined): Promise<ModelConfig[]> {
  const { baseline, candidate } = config.models;
  // No case (an empty shard) means no call, so nothing to warm either.
  const first = evalSet.cases[0];
  if (!first) return [];
  if (!cache) return [baseline, candidate];
  const store = createFileStore(cache.settings.dir);
  const cached = async (side: Side): Promise<boolean> =>
    (await store.get(callKey(config.models[side], { messages: messagesFor(first, side), repeat: 0 }))).status === 'hit';
  const warm: ModelConfig[] = [];
  if (!(await cached('baseline'))) warm.push(baseline);
  if (cache.settings.reuse !== 'all' || !(await cached('candidate'))) warm.push(candidate);
  return warm;
}
