// The load stage of a gate run: the config and the whole eval set, validated. Its own
// module so the thread that starts the gate's worker can run it while the worker loads the
// SDK (gate-worker.ts): the two halves of start-up then share the machine's cores.
import { loadConfig, loadEvalSet } from './config/index.js';
import type { EvalSet, GateConfig } from './types.js';
import type { LoadConfigOptions } from './config/index.js';

export interface LoadOptions {
  configPath: string;
  cwd: string;
  env: Record<string, string | undefined>;
  overrides?: LoadConfigOptions['overrides'];
  skipUnsupported?: boolean;
}

/** What later stages read; plain data, so it crosses to a worker thread as a message. */
export interface LoadedGate {
  config: GateConfig;
  evalSet: EvalSet;
}

/** Throws LlmGateError naming file, line and field for anything wrong; makes no call. */
export async function loadGate(options: LoadOptions): Promise<LoadedGate> {
  const { cwd, env } = options;
  const config = await loadConfig(options.configPath, { cwd, env, overrides: options.overrides });
  const evalSet = await loadEvalSet(config, { cwd, env, skipUnsupported: options.skipUnsupported ?? false });
  return { config, evalSet };
}
