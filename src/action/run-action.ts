// The GitHub Action shell: inputs → runGate → outputs, job summary, annotations, sticky
// comment, exit status. No gate logic lives here.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { runGateInWorker } from '../gate-worker.js';
import type { GateOptions, GatePhase } from '../gate.js';
import { LlmGateError } from '../errors.js';
import { createProgress } from '../shell/progress.js';
import { estimateLine } from '../shell/estimate-line.js';
import { errorReport, skipMarkdown, skipReport } from '../shell/error-report.js';
import { writeJsonFile } from '../shell/json-file.js';
import { secretsFromEnv } from '../shell/redact.js';
import { runFooter } from '../github/index.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { describeEvent, type EventInfo } from './event.js';
import { postComment, publishReport } from './publish.js';
import { commentMode, errorCommentBody, skippedCommentBody, skipReason } from './comment.js';
import { createActionOutput, type ActionOutput } from './output.js';

/** `entry`: the bundle to start the gate's worker thread from; without one the gate runs on this thread. */
export async function runAction(entry?: URL): Promise<void> {
  // Before anything can print: the inputs' raw values (INPUT_API-KEY, INPUT_GITHUB-TOKEN)
  // and every variable named like a secret.
  const out = createActionOutput(secretsFromEnv(process.env));
  let inputs: ActionInputs;
  try {
    inputs = readInputs((name) => core.getInput(name));
  } catch (err) {
    out.setFailed(err instanceof LlmGateError ? err.format() : String(err));
    return;
  }
  out.addSecrets(inputs.apiKey, inputs.githubToken);
  try {
    await run(entry, inputs, out);
  } catch (err) {
    out.setFailed(`llm-gate: internal error: ${(err as Error).message}`);
  }
}

async function run(entry: URL | undefined, inputs: ActionInputs, out: ActionOutput): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, inputs.workingDirectory);
  const event = describeEvent(github.context);
  const repoPath = (file: string): string => relative(workspace, resolve(cwd, file)).split('\\').join('/');
  const reportPath = join(process.env.RUNNER_TEMP || tmpdir(), 'llm-gate', 'report.json');

  const controller = new AbortController();
  const cancel = (): void => controller.abort();
  process.once('SIGTERM', cancel);
  process.once('SIGINT', cancel);

  // Progress lines carry only counts and dollars, so they go straight to stdout.
  const progress = createProgress(process.stdout, { intervalMs: 5000 });
  let openGroup = false;
  const phase = (name: GatePhase): void => {
    if (openGroup) core.endGroup();
    core.startGroup(`llm-gate: ${name}`);
    openGroup = true;
  };
  const options: GateOptions = {
    configPath: inputs.config,
    cwd,
    env: process.env,
    defaultApiKey: inputs.apiKey,
    overrides: { baselineModel: inputs.baselineModel, candidateModel: inputs.candidateModel, via: 'input' },
    signal: controller.signal,
    onPhase: phase,
    onProgress: (p) => progress.update(p),
    onLoaded: ({ config, cases, apiKeys, estimate }) => {
      out.addSecrets(...apiKeys);
      out.info(`${cases} cases × ${config.run.repeats} repeat(s): ${config.models.baseline.model} vs ${config.models.candidate.model}`);
      out.info(estimateLine(estimate, config.run.budgetUsd));
    },
  };
  if (inputs.shard && inputs.mode === 'merge') throw new LlmGateError('inputs "shard" and "mode: merge" exclude each other: shards run, the merge job merges', { code: 'usage', field: 'mode' });
  if (inputs.replay) options.replay = true;
  if (inputs.shard) options.shard = inputs.shard;
  // from: base reads the baseline at the PR's (or merge queue's) base commit unless told another.
  const baselineRef = inputs.baselineRef ?? event.baseCommit;
  if (baselineRef !== undefined || inputs.force) options.baseline = { ...(baselineRef !== undefined ? { ref: baselineRef } : {}), ...(inputs.force ? { force: true } : {}) };
  let outcome;
  if (inputs.mode === 'merge') {
    const { downloadPartials } = await import('./artifacts.js');
    const partials = await downloadPartials(join(process.env.RUNNER_TEMP || tmpdir(), 'llm-gate', 'partials'));
    out.info(`merging ${partials.length} partial report(s)`);
    outcome = await (await import('../gate.js')).runMerge({ configPath: inputs.config, cwd, env: process.env, partials, ...(options.baseline?.ref ? { baseline: { ref: options.baseline.ref } } : {}) });
  } else {
    outcome = entry ? await runGateInWorker(options, entry) : await (await import('../gate.js')).runGate(options);
  }
  if (openGroup) core.endGroup();
  process.off('SIGTERM', cancel);
  process.off('SIGINT', cancel);

  if (outcome.status === 'error') {
    await handleError({ error: outcome.error, inputs, event, out, reportPath, repoPath });
    return;
  }
  if (outcome.status === 'skipped') {
    // Nothing that makes a call changed: a passing check, and an earlier comment refreshed.
    const report = skipReport(outcome.reason, outcome.config.models.baseline);
    const footer = runFooter(event.runUrl);
    await writeReport(out, reportPath, report);
    out.setOutput('verdict', 'skipped');
    out.setOutput('report-path', reportPath);
    out.notice(`llm-gate ${report.headline}`);
    await out.summary(`${skipMarkdown(report, footer)}\n`);
    await postComment({ inputs, event, out, configPath: inputs.config, mode: commentMode(inputs.comment, event.pullRequest !== undefined, 'skipped'), body: () => skipMarkdown(report, footer) });
    return;
  }
  await writeReport(out, reportPath, outcome.report);
  if (outcome.report.shard) {
    // A partial report has no verdict of its own to publish: the merge job posts the one comment.
    const { uploadPartial } = await import('./artifacts.js');
    const name = await uploadPartial(reportPath, outcome.report.shard);
    const { index, count } = outcome.report.shard;
    out.setOutput('report-path', reportPath);
    out.setOutput('verdict', 'partial');
    out.info(`shard ${index} of ${count}: partial report uploaded as artifact ${name}; the merge job (mode: merge) gives the verdict`);
    await out.summary(`### llm-gate: shard ${index} of ${count}\n\n${outcome.report.cases.length} cases run; partial report uploaded as \`${name}\`. The merge job gives the verdict.\n`);
    return;
  }
  core.startGroup('llm-gate: publish');
  await publishReport({ report: outcome.report, inputs, event, out, reportPath, repoPath, configPath: inputs.config });
  core.endGroup();
}

/** The whole serialised text is redacted: a key can sit anywhere in it, a model's output included. */
async function writeReport(out: ActionOutput, path: string, report: unknown): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeJsonFile(path, report, (text) => out.redact(text));
}

interface ErrorContext {
  error: LlmGateError;
  inputs: ActionInputs;
  event: EventInfo;
  out: ActionOutput;
  reportPath: string;
  repoPath(file: string): string;
}

/** No report to publish: the comment still says what happened, so an earlier verdict never stands. */
async function handleError({ error, inputs, event, out, reportPath, repoPath }: ErrorContext): Promise<void> {
  const comment = { inputs, event, out, configPath: inputs.config };
  const footer = runFooter(event.runUrl);
  const hasPullRequest = event.pullRequest !== undefined;
  if (error.code === 'missing-key' && (inputs.onMissingKey ?? (event.secretsWithheld ? 'skip' : 'fail')) === 'skip') {
    const reason = skipReason(event.secretsWithheld);
    const sentence = `${error.message}: ${reason}, so no model was called.`;
    out.notice(`llm-gate skipped: ${sentence}`);
    out.setOutput('verdict', 'skipped');
    await out.summary(`### llm-gate: skipped\n\n${sentence}\n`);
    await postComment({ ...comment, mode: commentMode(inputs.comment, hasPullRequest, 'skipped'), body: () => skippedCommentBody(reason, error, footer) });
    return;
  }
  // The same llm-gate/report@1 id and verdict field as a full report, so a script reading it always finds one.
  await writeReport(out, reportPath, errorReport(error));
  out.setOutput('verdict', 'error');
  out.setOutput('report-path', reportPath);
  if (error.file) {
    out.error(error.format(), { title: 'llm-gate config error', file: repoPath(error.file), startLine: error.line, startColumn: error.column });
  }
  await out.summary(errorCommentBody(error, footer));
  await postComment({ ...comment, mode: commentMode(inputs.comment, hasPullRequest, 'error'), body: () => errorCommentBody(error, footer) });
  const prefix = error.code === 'fatal' ? 'could not judge (this is not a model regression): ' : '';
  out.setFailed(`llm-gate: ${prefix}${error.format()}`);
}
