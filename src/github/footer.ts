// The one-line footer under the report in the PR comment: enough to trace a verdict back to
// the run, the exact eval set and the money it cost.
import { fmtUsd } from '../report/format.js';

export interface FooterOptions {
  /** Link to the workflow run (see workflowRunUrl); omitted from the footer when unknown. */
  runUrl?: string;
  /** EvalSet.contentHash (hex, optionally `sha256:`-prefixed); the first 12 hex digits are shown. */
  contentHash: string;
  cases: number;
  repeats: number;
  /** What this run spent on model calls, both models, in USD. */
  spentUsd: number;
  /** The models were the built-in simulator: the dollars are priced, not billed. */
  simulated?: boolean;
}

export function commentFooter(opts: FooterOptions): string {
  const parts: string[] = [];
  if (opts.runUrl) parts.push(`[workflow run](${opts.runUrl})`);
  parts.push(`eval set \`${shortHash(opts.contentHash)}\``);
  parts.push(`${plural(opts.cases, 'case')} × ${plural(opts.repeats, 'repeat')}`);
  parts.push(`this run spent ${fmtUsd(opts.spentUsd)}${opts.simulated ? ' (simulated, not billed)' : ''}`);
  return `<sub>llm-gate · ${parts.join(' · ')}</sub>`;
}

/** The footer of a comment with no report to describe (an error, a skip): the run link alone. */
export function runFooter(runUrl: string | undefined): string {
  return runUrl ? `<sub>llm-gate · [workflow run](${runUrl})</sub>` : '<sub>llm-gate</sub>';
}

/** `https://github.com/o/r/actions/runs/123/attempts/2`: the attempt, since reruns share a run id. */
export function workflowRunUrl(opts: { serverUrl: string; repository: string; runId: string; runAttempt?: string }): string {
  const base = `${opts.serverUrl.replace(/\/+$/, '')}/${opts.repository}/actions/runs/${opts.runId}`;
  return opts.runAttempt ? `${base}/attempts/${opts.runAttempt}` : base;
}

function shortHash(hash: string): string {
  const hex = hash.trim().replace(/^sha256[:-]/i, '').toLowerCase();
  return hex.slice(0, 12);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
