// `llm-gate validate`: everything `run` loads, with the same errors, and the plan it would
// carry out (cases, calls, estimated cost and time), without a single call.
import { loadConfig, loadEvalSet } from '../config/index.js';
import { estimateRunCost } from '../run/index.js';
import { fmtUsd } from '../report/format.js';
import { fmtDuration } from '../shell/progress.js';

export interface ValidateOptions {
  config: string;
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream;
}

/** Rough time per call for the plan: a typical chat completion, not a promise. */
const PLANNED_CALL_MS = 2_000;

export async function validateCommand(opts: ValidateOptions): Promise<number> {
  const config = await loadConfig(opts.config, { cwd: opts.cwd, env: opts.env });
  const evalSet = await loadEvalSet(config, { cwd: opts.cwd, env: opts.env });
  const estimate = estimateRunCost(evalSet.cases, config);
  const calls = estimate.calls + estimate.judgeCalls;
  const minutes = fmtDuration((Math.ceil(calls / config.run.concurrency) * PLANNED_CALL_MS));
  const keys = [config.models.baseline, config.models.candidate, ...(config.judge ? [config.judge] : [])]
    .map((m) => m.apiKeyEnv)
    .filter((name, i, all) => all.indexOf(name) === i && !opts.env[name]);
  const lines = [
    `llm-gate validate: ${opts.config} and ${evalSet.files.length} eval file${evalSet.files.length === 1 ? '' : 's'} are valid`,
    `  ${evalSet.cases.length} cases × ${config.run.repeats} repeat(s): ${config.models.baseline.model} (baseline) vs ${config.models.candidate.model} (candidate)`,
    `  ${calls} calls (${estimate.judgeCalls} of them to the judge), estimated ${fmtUsd(estimate.expectedUsd)}, at most ${fmtUsd(estimate.worstCaseUsd)}${config.run.budgetUsd === undefined ? '' : `; run.budget ${fmtUsd(config.run.budgetUsd)}`}`,
    `  about ${minutes} at concurrency ${config.run.concurrency} (${PLANNED_CALL_MS / 1000} s a call; sequential stopping may end it sooner)`,
    ...(keys.length > 0 ? [`  note: ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} not set; \`llm-gate run\` needs ${keys.length === 1 ? 'it' : 'them'}`] : []),
    '  no call was made',
  ];
  opts.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
