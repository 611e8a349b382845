import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { GateOptions } from '../gate.js';
import type { RunCostEstimate } from '../run/index.js';
import { fmtUsd } from '../report/format.js';
import { runGateInWorker } from '../gate-worker.js';
import { renderMarkdown, type GateReport } from '../report/index.js';
import { exitCodeForError, exitCodeForVerdict } from './exit-codes.js';
import { createProgress } from './progress.js';

export interface RunCommandOptions {
  config: string;
  json?: string;
  markdown?: string;
  baselineModel?: string;
  candidateModel?: string;
  quiet: boolean;
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
  const progress = createProgress(options.stderr);
  const gateOptions: GateOptions = {
    configPath: options.config,
    cwd: options.cwd,
    env: options.env,
    overrides: { baselineModel: options.baselineModel, candidateModel: options.candidateModel },
    signal: options.signal,
    simulated: options.simulated,
    onProgress: (p) => progress.update(p),
    onLoaded: ({ config, cases, estimate }) => {
      const m = config.models;
      options.stderr.write(
        `llm-gate: ${cases} cases × ${config.run.repeats} repeat(s): ${m.baseline.model} (baseline) vs ${m.candidate.model} (candidate), concurrency ${config.run.concurrency}\n`,
      );
      options.stderr.write(`llm-gate: ${estimateLine(estimate, config.run.budgetUsd)}\n`);
    },
  };
  const outcome = await runGateInWorker(gateOptions, options.entry);
  progress.done();
  if (outcome.status === 'error') {
    options.stderr.write(`llm-gate: error: ${outcome.error.format()}\n`);
    return exitCodeForError(outcome.error.code);
  }
  const markdown = renderMarkdown(outcome.report, { footer: options.footer, maxChars: Infinity });
  await writeReports(outcome.report, markdown, options);
  if (!options.quiet) options.stdout.write(`${markdown}\n`);
  options.stderr.write(`llm-gate: verdict ${outcome.report.verdict}\n`);
  return exitCodeForVerdict(outcome.report.verdict);
}

/** Printed before the first call, so nobody is surprised by the bill. */
export function estimateLine(estimate: RunCostEstimate, budgetUsd: number | undefined): string {
  const calls = estimate.calls + estimate.judgeCalls;
  const budget = budgetUsd === undefined ? 'no run.budget set' : `run.budget ${fmtUsd(budgetUsd)}`;
  return `estimated cost ${fmtUsd(estimate.expectedUsd)} for ${calls} calls (at most ${fmtUsd(estimate.worstCaseUsd)}); ${budget}`;
}

async function writeReports(report: GateReport, markdown: string, options: RunCommandOptions): Promise<void> {
  const files: [string | undefined, string][] = [
    [options.json, `${JSON.stringify(report, null, 2)}\n`],
    [options.markdown, `${markdown}\n`],
  ];
  for (const [file, text] of files) {
    if (!file) continue;
    const path = resolve(options.cwd, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
}
