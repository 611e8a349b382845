// `llm-gate validate`: everything `run` loads and checks, then the plan, and not one call.
// A problem is the same LlmGateError `run` would raise (exit 2); an unset API key is only a
// note, so a config can be checked where no key is (a fork's pull request, a laptop).
import { loadConfig, loadEvalSet } from '../config/index.js';
import { displayPath } from '../config/files.js';
import { estimateRunCost } from '../run/index.js';
import { evalWarningLines } from '../shell/eval-warnings.js';
import type { GateConfig } from '../types.js';
import { EXIT } from './exit-codes.js';
import { planLines } from './plan.js';
import { resolve } from 'node:path';

export interface ValidateOptions {
  config: string;
  baselineModel?: string;
  candidateModel?: string;
  skipUnsupported: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

function missingKeys(config: GateConfig, env: Record<string, string | undefined>): string[] {
  const names = [config.models.baseline.apiKeyEnv, config.models.candidate.apiKeyEnv, ...(config.judge ? [config.judge.apiKeyEnv] : [])];
  return [...new Set(names)].filter((n) => !env[n]);
}

export async function validateCommand(options: ValidateOptions): Promise<number> {
  const config = await loadConfig(options.config, {
    cwd: options.cwd,
    env: options.env,
    overrides: { baselineModel: options.baselineModel, candidateModel: options.candidateModel },
  });
  const evalSet = await loadEvalSet(config, { cwd: options.cwd, env: options.env, skipUnsupported: options.skipUnsupported });
  const estimate = estimateRunCost(evalSet.cases, config);
  for (const line of evalWarningLines(evalSet.warnings ?? [])) options.stderr.write(`llm-gate: ${line}\n`);
  const lines = planLines({ config, evalSet, estimate, configFile: displayPath(resolve(options.cwd), config.configFile), missingKeys: missingKeys(config, options.env) });
  options.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.pass;
}
