import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { GateOptions } from '../gate.js';
import { runGateInWorker } from '../gate-worker.js';
import type { GateOutcome } from '../gate.js';
import { LlmGateError } from '../errors.js';
import { createRedactor, secretsFromEnv } from '../shell/redact.js';
import { neutraliseTerminal } from '../shell/terminal.js';
import { errorReport, skipMarkdown, skipReport } from '../shell/error-report.js';
import { exitCodeForError, exitCodeForVerdict } from './exit-codes.js';
import { createProgress } from '../shell/progress.js';
import { estimateLine } from '../shell/estimate-line.js';
import { evalWarningLines } from '../shell/eval-warnings.js';
import { baseCommitFromEnv } from '../shell/base-commit.js';
import { writeJsonFile } from '../shell/json-file.js';

// The Action prints the same line; both import it from src/shell.
export { estimateLine };

export interface RunCommandOptions {
  config: string;
  json?: string;
  markdown?: string;
  baselineModel?: string;
  candidateModel?: string;
  alternatives?: string[];
  quiet: boolean;
  replay?: boolean;
  shard?: { index: number; count: number };
  baselineRef?: string;
  force?: boolean;
  /** Drop promptfoo assertions with no llm-gate mapping, with a warning, instead of failing. */
  skipUnsupported?: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  signal?: AbortSignal;
  /** Extra lines for the markdown footer. */
  footer?: string;
  /** The demo: the models are the built-in simulator. */
  simulated?: boolean;
  /** The running bundle: the gate's worker thread starts from it. */
  entry: URL;
}

/** `llm-gate run`: returns the exit code; prints the markdown report and writes the requested files. */
export async function runCommand(options: RunCommandOptions): Promise<number> {
  // Everything this command writes passes through here: no key, however it got into the
  // text (a model echoing its prompt, an endpoint's error body), reaches a file or a terminal.
  const redact = createRedactor(secretsFromEnv(options.env));
  const say = (stream: NodeJS.WriteStream, text: string): void => void stream.write(neutraliseTerminal(redact(text)));
  const progress = createProgress(options.stderr);
  const gateOptions: GateOptions = {
    configPath: options.config,
    cwd: options.cwd,
    env: options.env,
    overrides: { baselineModel: options.baselineModel, candidateModel: options.candidateModel, ...(options.alternatives ? { alternatives: options.alternatives } : {}) },
    signal: options.signal,
    simulated: options.simulated,
    ...(options.replay ? { replay: true } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(await baselineOption(options)),
    skipUnsupported: options.skipUnsupported,
    onProgress: (p) => progress.update(p),
    onLoaded: ({ config, cases, estimate, apiKeys, warnings }) => {
      redact.add(...apiKeys);
      for (const line of evalWarningLines(warnings)) say(options.stderr, `llm-gate: ${line}\n`);
      const m = config.models;
      say(
        options.stderr,
        `llm-gate: ${cases} cases × ${config.run.repeats} repeat(s): ${m.baseline.model} (baseline) vs ${m.candidate.model} (candidate), concurrency ${config.run.concurrency}\n`,
      );
      say(options.stderr, `llm-gate: ${estimateLine(estimate, config.run.budgetUsd)}\n`);
    },
  };
  // The worker writes the JSON report itself; the whole report comes back only for markdown.
  const full = markdownShown(options);
  const output = options.json === undefined ? undefined : { json: resolve(options.cwd, options.json), full };
  const outcome = await runGateInWorker(gateOptions, options.entry, output).catch(workerFailure);
  progress.done();
  return emitOutcome(outcome, options, redact);
}

/** --baseline-ref, else (in a workflow) the pull request's or merge queue's base commit; --force. */
async function baselineOption(options: Pick<RunCommandOptions, 'baselineRef' | 'force' | 'env'>): Promise<Pick<GateOptions, 'baseline'>> {
  const ref = options.baselineRef ?? (await baseCommitFromEnv(options.env));
  if (ref === undefined && !options.force) return {};
  return { baseline: { ...(ref !== undefined ? { ref } : {}), ...(options.force ? { force: true } : {}) } };
}

/** Prints and writes what a gate command produced, and returns its exit code: run, regrade and merge alike. */
export async function emitOutcome(
  outcome: GateOutcome,
  options: Pick<RunCommandOptions, 'json' | 'markdown' | 'quiet' | 'footer' | 'cwd' | 'stdout' | 'stderr'>,
  redact: (text: string) => string,
): Promise<number> {
  const say = (stream: NodeJS.WriteStream, text: string): void => void stream.write(neutraliseTerminal(redact(text)));
  if (outcome.status === 'error') {
    const report = errorReport(outcome.error);
    say(options.stderr, `llm-gate: error: ${outcome.error.format()}\n`);
    if (options.json) await writeText(options.cwd, options.json, redact(`${JSON.stringify(report, null, 2)}\n`));
    return exitCodeForError(outcome.error.code);
  }
  if (outcome.status === 'skipped') {
    const report = skipReport(outcome.reason, outcome.config.models.baseline);
    if (options.json) await writeText(options.cwd, options.json, redact(`${JSON.stringify(report, null, 2)}\n`));
    if (options.markdown) await writeText(options.cwd, options.markdown, redact(`${skipMarkdown(report, options.footer ?? '')}\n`));
    say(options.stderr, `llm-gate: ${report.headline}\n`);
    return exitCodeForVerdict('skipped');
  }
  // The renderer loads only when something shows the markdown: the thread that starts the
  // gate stays small until then.
  const wanted = markdownShown(options);
  const markdown = wanted ? redact((await import('../report/markdown.js')).renderMarkdown(outcome.report, { footer: options.footer, maxChars: Infinity })) : '';
  if (options.json && !outcome.jsonWritten) {
    const path = resolve(options.cwd, options.json);
    await mkdir(dirname(path), { recursive: true });
    await writeJsonFile(path, outcome.report, redact);
  }
  if (options.markdown) await writeText(options.cwd, options.markdown, `${markdown}\n`);
  if (!options.quiet) say(options.stdout, `${markdown}\n`);
  const { verdict, headline } = outcome.report;
  if (outcome.report.shard) {
    const { index, count, cases } = outcome.report.shard;
    say(options.stderr, `llm-gate: partial report of shard ${index} of ${count}: merge the shards' --json reports with llm-gate merge for the verdict\n`);
    // More shards than a slice can fill is a matrix sized for a bigger set, not a failure:
    // the empty partial still goes to the merge, which needs every shard.
    if (outcome.report.cases.length === 0) {
      say(options.stderr, `llm-gate: shard ${index} of ${count} holds none of the set's ${cases} cases: nothing to run\n`);
      return 0;
    }
  }
  // A run that could not judge says why on stderr too, where a CI log shows it first.
  say(options.stderr, verdict === 'error' || verdict === 'incomplete' ? `llm-gate: verdict ${verdict}: ${headline}\n` : `llm-gate: verdict ${verdict}\n`);
  return exitCodeForVerdict(verdict);
}

/** The worker thread itself broke (not the gate): an internal error. */
export function workerFailure(err: unknown): GateOutcome {
  return { status: 'error', error: new LlmGateError(`the gate failed: ${err instanceof Error ? err.message : String(err)}`, { code: 'internal', cause: err }) };
}

/** Markdown is rendered when it is written or printed; otherwise the report need not be held whole. */
export function markdownShown(options: Pick<RunCommandOptions, 'markdown' | 'quiet'>): boolean {
  return options.markdown !== undefined || !options.quiet;
}

async function writeText(cwd: string, file: string, text: string): Promise<void> {
  const path = resolve(cwd, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
