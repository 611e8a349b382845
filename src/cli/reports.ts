// `llm-gate regrade` and `llm-gate merge`: gate commands that start from reports on disk
// instead of calls. They print and write like `run` (emitOutcome) and exit the same way.
import { createRedactor, secretsFromEnv } from '../shell/redact.js';
import { baseCommitFromEnv } from '../shell/base-commit.js';
import { resolve } from 'node:path';
import { emitOutcome, markdownShown, workerFailure } from './run.js';

interface ReportCommandIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  signal?: AbortSignal;
}

interface Outputs {
  config: string;
  /** models.baseline: { from: base }: --baseline-ref, else the workflow event's base commit. */
  baselineRef?: string;
  json?: string;
  markdown?: string;
  quiet: boolean;
}

export async function regradeCommand(options: Outputs & ReportCommandIo & { report: string }): Promise<number> {
  const redact = createRedactor(secretsFromEnv(options.env));
  // Only this command loads the gate on this thread: it makes judge calls at most.
  const { runRegrade } = await import('../gate.js');
  const outcome = await runRegrade({ configPath: options.config, cwd: options.cwd, env: options.env, signal: options.signal, reportPath: options.report, ...(await baselineOf(options)) });
  return emitOutcome(outcome, options, redact);
}

export async function mergeCommand(options: Outputs & ReportCommandIo & { partials: string[]; entry: URL }): Promise<number> {
  const redact = createRedactor(secretsFromEnv(options.env));
  const { runMergeInWorker } = await import('../gate-worker.js');
  // The worker writes the JSON report itself; the whole report comes back only for markdown.
  const output = options.json === undefined ? undefined : { json: resolve(options.cwd, options.json), full: markdownShown(options) };
  const outcome = await runMergeInWorker(
    { configPath: options.config, cwd: options.cwd, env: options.env, signal: options.signal, partials: options.partials, ...(await baselineOf(options)) },
    options.entry,
    output,
  ).catch(workerFailure);
  return emitOutcome(outcome, options, redact);
}

async function baselineOf(options: Outputs & ReportCommandIo): Promise<{ baseline?: { ref: string } }> {
  const ref = options.baselineRef ?? (await baseCommitFromEnv(options.env));
  return ref === undefined ? {} : { baseline: { ref } };
}
