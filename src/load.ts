// The load stage of a gate run: the config and the whole eval set, validated. Its own
// module so the thread that starts the gate's worker can run it while the worker loads the
// SDK (gate-worker.ts): the two halves of start-up then share the machine's cores.
import { resolve } from 'node:path';
import { evalFileBytes, loadConfig, loadEvalSet, promptFor, type LoadConfigOptions } from './config/index.js';
import { openCommit } from './config/git.js';
import { repositoryRoot } from './config/paths.js';
import { canonicalJson } from './cache/key.js';
import type { EvalSet, GateConfig, ModelConfig, Side } from './types.js';

export interface LoadOptions {
  configPath: string;
  cwd: string;
  env: Record<string, string | undefined>;
  overrides?: LoadConfigOptions['overrides'];
  skipUnsupported?: boolean;
  /** models.baseline: { from: base }: the commit to read the baseline from, and whether to run even if nothing changed. */
  baseline?: { ref?: string; force?: boolean };
}

/** What later stages read; plain data, so it crosses to a worker thread as a message. */
export interface LoadedGate {
  config: GateConfig;
  evalSet: EvalSet;
  /** Set when the baseline comes from the base commit and nothing that makes a call changed since: why there is nothing to gate. */
  nothingToGate?: string;
}

/** Thrown by loadGate when the eval files are larger than `maxEvalBytes`: the caller leaves the load to the worker. */
export class TooLargeToPreload extends Error {}

/** Throws LlmGateError naming file, line and field for anything wrong; makes no call. */
export async function loadGate(options: LoadOptions & { maxEvalBytes?: number }): Promise<LoadedGate> {
  const { cwd, env } = options;
  const config = await loadConfig(options.configPath, { cwd, env, overrides: options.overrides, ...(options.baseline ? { baseline: options.baseline } : {}) });
  if (options.maxEvalBytes !== undefined && (await evalFileBytes(config, { cwd })) > options.maxEvalBytes) throw new TooLargeToPreload();
  const evalSet = await loadEvalSet(config, { cwd, env, skipUnsupported: options.skipUnsupported ?? false });
  const nothingToGate = options.baseline?.force ? undefined : await unchangedSinceBase(config, evalSet, cwd);
  return { config, evalSet, ...(nothingToGate ? { nothingToGate } : {}) };
}

/** What a model's calls are made of: the request (model, endpoint, API, params, headers, query) and the prompt it renders. */
function callShape(config: GateConfig, side: Side): string {
  const m: ModelConfig = config.models[side];
  // Canonical, as call keys are: params in any key order are the same params.
  return canonicalJson([m.model, m.baseUrl, m.api ?? 'chat', m.stream === true, m.params, m.headers ?? {}, m.query ?? {}, promptFor(config, side) ?? {}]);
}

/**
 * With the baseline from the base commit, a run whose candidate makes the same calls as
 * the base's (same model, settings and prompt) on the same eval files would compare a
 * model with itself: nothing to gate, and nothing to pay for.
 */
async function unchangedSinceBase(config: GateConfig, evalSet: EvalSet, cwd: string): Promise<string | undefined> {
  const from = config.models.baseline.from;
  if (!from) return undefined;
  if (callShape(config, 'baseline') !== callShape(config, 'candidate')) return undefined;
  const root = await repositoryRoot(cwd, config.configFile);
  const at = await openCommit(root.lexical, from.commit);
  const globs = config.evals.map((g) => `:(glob)${at.pathOf(resolve(config.rootDir, g))}`);
  const files = evalSet.files.map((f) => `:(literal)${at.pathOf(resolve(cwd, f))}`);
  if (await at.changedSince([...globs, ...files])) return undefined;
  return `the candidate (${config.models.candidate.model}: its params, API settings and prompt) and the eval files are the same as at ${from.ref} (${from.commit.slice(0, 12)})`;
}
