// Everything the Action shows for a finished report: outputs, job summary, annotations,
// the sticky PR comment, and the step's pass/fail status. Every write goes through
// ActionOutput, which redacts it.
import { renderMarkdown, type GateReport } from '../report/index.js';
import { relativeChange } from '../compare/index.js';
import type { CheckMetric } from '../types.js';
import { bodyBudget, commentFooter, markerFor, upsertStickyComment } from '../github/index.js';
import type { ActionInputs } from './inputs.js';
import type { EventInfo } from './event.js';
import { commentMode, type CommentMode } from './comment.js';
import type { ActionOutput } from './output.js';

/** The job summary allows 1 MiB per step. */
const SUMMARY_LIMIT = 1_000_000;
/** GitHub shows at most 10 annotations of one type per step. */
const MAX_ANNOTATIONS = 10;

export interface PublishOptions {
  report: GateReport;
  inputs: ActionInputs;
  event: EventInfo;
  out: ActionOutput;
  reportPath: string;
  configPath: string;
  repoPath(file: string): string;
}

export async function publishReport(options: PublishOptions): Promise<void> {
  const { report, inputs, event, out } = options;
  setOutputs(out, report, options.reportPath);
  const footer = commentFooter({
    runUrl: event.runUrl,
    contentHash: report.evalSet.contentHash,
    cases: report.evalSet.cases,
    repeats: report.repeats,
    spentUsd: report.totals.costUsd,
    simulated: report.run.simulated,
  });
  await out.summary(renderMarkdown(report, { maxChars: SUMMARY_LIMIT, footer }));
  annotateWorstCases(out, report, options.repoPath);

  const mode = commentMode(inputs.comment, event.pullRequest !== undefined, report.verdict);
  await postComment({ inputs, event, out, configPath: options.configPath, mode, body: () => renderMarkdown(report, { maxChars: bodyBudget(markerFor(options.configPath)), footer }) });
  setStatus(out, report, inputs);
}

export interface CommentOptions {
  inputs: ActionInputs;
  event: EventInfo;
  out: ActionOutput;
  configPath: string;
  mode: CommentMode;
  /** Rendered only when a comment is to be written. */
  body(): string;
}

/**
 * Writes the sticky comment as `mode` says and sets `comment-url`. A comment that still
 * fails after the retries is a warning with GitHub's own words; it never changes the verdict.
 */
export async function postComment({ inputs, event, out, configPath, mode, body }: CommentOptions): Promise<void> {
  out.setOutput('comment-url', '');
  const pr = event.pullRequest;
  if (mode === 'none' || pr === undefined) return;
  try {
    const result = await upsertStickyComment({
      token: inputs.githubToken ?? '',
      apiUrl: event.apiUrl,
      owner: pr.owner,
      repo: pr.repo,
      issueNumber: pr.number,
      marker: markerFor(configPath),
      body: out.redact(body()),
      create: mode === 'upsert',
      ...(inputs.commentAuthor === undefined ? {} : { botLogin: inputs.commentAuthor }),
      log: { info: out.info, warning: out.warning },
    });
    if (result.status === 'created' || result.status === 'updated') {
      out.setOutput('comment-url', result.url);
      out.info(`llm-gate: comment ${result.status}: ${result.url}`);
    }
  } catch (err) {
    out.warning(`llm-gate: the PR comment was not written: ${(err as Error).message}. The verdict stands.`);
  }
}

function setOutputs(out: ActionOutput, report: GateReport, reportPath: string): void {
  const { baseline, candidate } = report.models;
  // A disabled check still gets its output, computed the way the check would.
  const change = (metric: CheckMetric, base: number, cand: number): number =>
    report.checks.find((c) => c.metric === metric)?.change ?? relativeChange(base, cand);
  out.setOutput('verdict', report.verdict);
  out.setOutput('quality-baseline', baseline.quality);
  out.setOutput('quality-candidate', candidate.quality);
  out.setOutput('quality-change', candidate.quality - baseline.quality);
  out.setOutput('quality-per-dollar-change', change('qualityPerDollar', baseline.qualityPerDollar, candidate.qualityPerDollar));
  out.setOutput('p95-latency-change', change('p95Latency', baseline.latencyMs.p95, candidate.latencyMs.p95));
  out.setOutput('cost-change', relativeChange(baseline.costUsd, candidate.costUsd));
  out.setOutput('report-path', reportPath);
}

/** The cases where the candidate lost most, at their eval file and line. */
function annotateWorstCases(out: ActionOutput, report: GateReport, repoPath: (file: string) => string): void {
  const worst = report.cases
    .filter((c) => c.baseline.score !== null && c.candidate.score !== null && c.candidate.score < c.baseline.score)
    .sort((a, b) => a.candidate.score! - a.baseline.score! - (b.candidate.score! - b.baseline.score!) || a.id.localeCompare(b.id))
    .slice(0, MAX_ANNOTATIONS);
  for (const c of worst) {
    const drop = Math.round((c.baseline.score! - c.candidate.score!) * 100);
    out.warning(`case ${c.id}: candidate scored ${drop} points below the baseline (${fmt(c.baseline.score!)} → ${fmt(c.candidate.score!)})`, {
      title: `llm-gate: regression in ${c.id}`,
      file: repoPath(c.file),
      startLine: c.line,
    });
  }
}

function fmt(score: number): string {
  return score.toFixed(2);
}

function setStatus(out: ActionOutput, report: GateReport, inputs: ActionInputs): void {
  const reason = report.headline;
  switch (report.verdict) {
    case 'pass':
    case 'skipped':
      return;
    case 'inconclusive': {
      const message = `llm-gate: ${reason}`;
      if (inputs.onInconclusive === 'fail' && inputs.failOnRegression) out.setFailed(`${message} (on-inconclusive is fail)`);
      else out.warning(`${message} (inconclusive passes; set on-inconclusive: fail to block instead)`);
      return;
    }
    case 'fail':
      if (inputs.failOnRegression) out.setFailed(`llm-gate: ${reason}`);
      else out.warning(`llm-gate: ${reason} (fail-on-regression is false, so the step passes)`);
      return;
    case 'error':
    case 'incomplete': {
      const message = `llm-gate could not judge (${report.verdict}); this is not a model regression: ${reason}`;
      if (inputs.failOnRegression) out.setFailed(message);
      else out.warning(message);
    }
  }
}
