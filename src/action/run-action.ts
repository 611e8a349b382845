// The GitHub Action shell: inputs → runGate → outputs, job summary, annotations, sticky
// comment, exit status. No gate logic lives here.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { GatePhase } from '../gate.js';
import { runGateInWorker } from '../gate-worker.js';
import { LlmGateError } from '../errors.js';
import { createProgress } from '../cli/progress.js';
import { estimateLine } from '../cli/run.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { describeEvent, type EventInfo } from './event.js';
import { publishReport } from './publish.js';

export async function runAction(entry: URL): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (err) {
    core.setFailed(err instanceof LlmGateError ? err.format() : String(err));
    return;
  }
  if (inputs.apiKey) core.setSecret(inputs.apiKey);
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, inputs.workingDirectory);
  const event = describeEvent(github.context);
  const repoPath = (file: string): string => relative(workspace, resolve(cwd, file)).split('\\').join('/');

  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGTERM', cancel);
  process.once('SIGINT', cancel);

  const progress = createProgress(process.stdout, { intervalMs: 5000 });
  let openGroup = false;
  const phase = (name: GatePhase): void => {
    if (openGroup) core.endGroup();
    core.startGroup(`llm-gate: ${name}`);
    openGroup = true;
  };
  const outcome = await runGateInWorker({
    configPath: inputs.config,
    cwd,
    env: process.env,
    defaultApiKey: inputs.apiKey,
    overrides: { baselineModel: inputs.baselineModel, candidateModel: inputs.candidateModel },
    signal: controller.signal,
    onPhase: phase,
    onProgress: (p) => progress.update(p),
    onLoaded: ({ config, cases, apiKeys, estimate }) => {
      for (const key of apiKeys) if (key !== inputs.apiKey) core.setSecret(key);
      core.info(`${cases} cases × ${config.run.repeats} repeat(s): ${config.models.baseline.model} vs ${config.models.candidate.model}`);
      core.info(estimateLine(estimate, config.run.budgetUsd));
    },
  }, entry);
  if (openGroup) core.endGroup();
  process.off('SIGTERM', cancel);
  process.off('SIGINT', cancel);

  if (outcome.status === 'error') {
    await handleError(outcome.error, inputs, event, repoPath);
    return;
  }
  const reportPath = join(process.env.RUNNER_TEMP || tmpdir(), 'llm-gate', 'report.json');
  await mkdir(join(reportPath, '..'), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);

  core.startGroup('llm-gate: publish');
  await publishReport({ report: outcome.report, inputs, event, reportPath, repoPath, configPath: inputs.config });
  core.endGroup();
}

async function handleError(error: LlmGateError, inputs: ActionInputs, event: EventInfo, repoPath: (f: string) => string): Promise<void> {
  if (error.code === 'missing-key') {
    const policy = inputs.onMissingKey ?? (event.isFork ? 'skip' : 'fail');
    if (policy === 'skip') {
      const why = event.isFork
        ? 'This pull request comes from a fork, and GitHub does not give secrets to workflows triggered by forks.'
        : 'on-missing-key is "skip".';
      core.notice(`llm-gate skipped: ${error.message}. ${why} No model was called.`);
      core.setOutput('verdict', 'skipped');
      await core.summary.addHeading('llm-gate: skipped', 3).addRaw(`${error.message}. ${why} No model was called.`, true).write();
      return;
    }
  }
  core.setOutput('verdict', 'error');
  if (error.file) {
    core.error(error.format(), { title: 'llm-gate config error', file: repoPath(error.file), startLine: error.line, startColumn: error.column });
  }
  const prefix = error.code === 'fatal' ? 'could not judge (this is not a model regression): ' : '';
  core.setFailed(`llm-gate: ${prefix}${error.format()}`);
}
