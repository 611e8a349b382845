// Everything the Action shows for a finished report: outputs, job summary, annotations,
// the sticky PR comment, and the step's pass/fail status.
import * as core from '@actions/core';
import { renderMarkdown, type GateReport } from '../report/index.js';
import { relativeChange } from '../compare/index.js';
import type { CheckMetric } from '../types.js';
import { commentFooter, markerFor, upsertStickyComment } from '../github/index.js';
import type { ActionInputs } from './inputs.js';
import type { EventInfo } from './event.js';

/** GitHub rejects comment bodies over 65,536 characters; leave room for the marker. */
const COMMENT_LIMIT = 65_536 - 512;
/** The job summary allows 1 MiB per step. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of one type per step. */
const MAX_ANNOTATIONS = 10;

export interface PublishOptions {
  report: GateReport;
  inputs: ActionInputs;
  event: EventInfo;
  reportPath: string;
  configPath: string;
  repoPath(file: string): string;
}

export async function publishReport(options: PublishOptions): Promise<void> {
  const { report, inputs, event } = options;
  setOutputs(report, options.reportPath);
  const footer = commentFooter({
    runUrl: event.runUrl,
    contentHash: report.evalSet.contentHash,
    cases: report.evalSet.cases,
    repeats: report.repeats,
    spentUsd: report.totals.costUsd,
    simulated: report.run.simulated,
  });
  await core.summary.addRaw(renderMarkdown(report, { maxChars: SUMMARY_LIMIT, footer }), true).write();
  annotateWorstCases(report, options.repoPath);

  core.setOutput('comment-url', '');
  const mode = commentMode(inputs, event, report);
  if (mode !== 'none') await comment(options, footer, mode === 'upsert');
  setStatus(report, inputs);
}

/** A GitHub outage while commenting is logged, never turned into a verdict. */
async function comment({ report, inputs, event, configPath }: PublishOptions, footer: string, create: boolean): Promise<void> {
  const pr = event.pullRequest!;
  try {
    const result = await upsertStickyComment({
      token: inputs.githubToken ?? '',
      apiUrl: event.apiUrl,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: markerFor(configPath),
      body: renderMarkdown(report, { maxChars: COMMENT_LIMIT, footer }),
      create,
      ...(inputs.commentAuthor === undefined ? {} : { botLogin: inputs.commentAuthor }),
      log: { info: core.info, warning: core.warning },
    });
    if (result.status === 'created' || result.status === 'updated') {
      core.setOutput('comment-url', result.url);
      core.info(`llm-gate: comment ${result.status}: ${result.url}`);
    }
  } catch (err) {
    core.warning(`llm-gate: could not update the PR comment: ${(err as Error).message}. The verdict stands.`);
  }
}

function setOutputs(report: GateReport, reportPath: string): void {
  const { baseline, candidate } = report.models;
  // A disabled check still gets its output, computed the way the check would.
  const change = (metric: CheckMetric, base: number, cand: number): number =>
    report.checks.find((c) => c.metric === metric)?.change ?? relativeChange(base, cand);
  core.setOutput('verdict', report.verdict);
  core.setOutput('quality-baseline', baseline.quality);
  core.setOutput('quality-candidate', candidate.quality);
  core.setOutput('quality-change', candidate.quality - baseline.quality);
  core.setOutput('quality-per-dollar-change', change('qualityPerDollar', baseline.qualityPerDollar, candidate.qualityPerDollar));
  core.setOutput('p95-latency-change', change('p95Latency', baseline.latencyMs.p95, candidate.latencyMs.p95));
  core.setOutput('cost-change', relativeChange(baseline.costUsd, candidate.costUsd));
  core.setOutput('report-path', reportPath);
}

/** `on-regression` posts only for a regression, but still refreshes an earlier comment so it never goes stale. */
function commentMode(inputs: ActionInputs, event: EventInfo, report: GateReport): 'upsert' | 'update-only' | 'none' {
  if (!event.pullRequest || inputs.comment === 'never') return 'none';
  if (inputs.comment === 'on-regression' && (report.verdict === 'pass' || report.verdict === 'skipped')) return 'update-only';
  return 'upsert';
}

/** The cases where the candidate lost most, at their eval file and line. */
function annotateWorstCases(report: GateReport, repoPath: (file: string) => string): void {
  const worst = report.cases
    .filter((c) => c.baseline.score !== null && c.candidate.score !== null && c.candidate.score < c.baseline.score)
    .sort((a, b) => a.candidate.score! - a.baseline.score! - (b.candidate.score! - b.baseline.score!) || a.id.localeCompare(b.id))
    .slice(0, MAX_ANNOTATIONS);
  for (const c of worst) {
    const drop = Math.round((c.baseline.score! - c.candidate.score!) * 100);
    core.warning(`case ${c.id}: candidate scored ${drop} points below the baseline (${fmt(c.baseline.score!)} → ${fmt(c.candidate.score!)})`, {
      title: `llm-gate: regression in ${c.id}`,
      file: repoPath(c.file),
      startLine: c.line,
    });
  }
}

function fmt(score: number): string {
  return score.toFixed(2);
}

function setStatus(report: GateReport, inputs: ActionInputs): void {
  const reason = report.headline;
  switch (report.verdict) {
    case 'pass':
    case 'skipped':
      return;
    case 'inconclusive': {
      const message = `llm-gate: ${reason}`;
      if (inputs.onInconclusive === 'fail' && inputs.failOnRegression) core.setFailed(`${message} (on-inconclusive is fail)`);
      else core.warning(`${message} (inconclusive passes; set on-inconclusive: fail to block instead)`);
      return;
    }
    case 'fail':
      if (inputs.failOnRegression) core.setFailed(`llm-gate: ${reason}`);
      else core.warning(`llm-gate: ${reason} (fail-on-regression is false, so the step passes)`);
      return;
    case 'error':
    case 'incomplete': {
      const message = `llm-gate could not judge (${report.verdict}); this is not a model regression: ${reason}`;
      if (inputs.failOnRegression) core.setFailed(message);
      else core.warning(message);
    }
  }
}
