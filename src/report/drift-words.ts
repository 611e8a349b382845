// The words for token drift (compare/drift.ts) and timeouts in production
// (compare/timeouts.ts): compare measures, this says it. Tags and case ids are the eval
// set's text and go through safe-markdown.ts.

import type { CaseDrift, TokenDrift, TokenMeans } from '../compare/drift.js';
import type { TimeoutExposure } from '../compare/timeouts.js';
import { fmtTimeout } from './error-words.js';
import { fmtCount, fmtNumber, fmtPct, fmtSigned } from './format.js';
import { codeSpan, tableCell } from './safe-markdown.js';

/** The drift as the report keeps it: without the figures of every case. */
type ReportedDrift = Omit<TokenDrift, 'byCase'>;

/**
 * Whether the section has anything to say: a prompt or output token count that moved by
 * 1% or more overall or on a tag. Below that a table of zeros is noise in a PR comment.
 */
const moved = (change: number | null | undefined): boolean => Math.abs(change ?? 0) >= 0.01;

export function notableDrift(drift: ReportedDrift): boolean {
  return moved(drift.input?.change) || moved(drift.output?.change) || drift.tags.some((t) => moved(t.input?.change));
}

/** Most tag rows the section shows; the JSON report has them all. */
export const MAX_DRIFT_TAGS = 10;

const signedPct = (x: number): string => fmtPct(x, { sign: true });
const changeText = (change: number | null): string => (change === null ? 'n/a' : signedPct(change));
const plural = (n: number, one: string, many: string): string => `${fmtCount(n)} ${n === 1 ? one : many}`;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** What the prompt-token change means for input cost, and whose it is: the tokenizer's, or the prompt's too. */
function inputSentence(drift: ReportedDrift, input: TokenMeans): string {
  if (input.change === null) return 'A model reported 0 prompt tokens, so the prompt-token change is not measured.';
  const pct = fmtPct(Math.abs(input.change));
  if (drift.promptsDiffer > 0) {
    const which = drift.promptsDiffer === drift.cases ? 'Every case sends' : `${fmtCount(drift.promptsDiffer)} of ${fmtCount(drift.cases)} cases send`;
    return `${which} each model a prompt of its own, so the prompt-token change (${signedPct(input.change)}) is the prompt's as well as the tokenizer's.`;
  }
  if (pct === '0%') return 'The same prompts count the same number of tokens on both models.';
  const more = input.change > 0 ? 'more' : 'fewer';
  return `The same prompts count ${pct} ${more} tokens: ${signedPct(input.change)} input cost from the tokenizer alone, before any difference in price.`;
}

function tagRows(drift: ReportedDrift): string[] {
  const measured = drift.tags.flatMap((t) => (t.input !== null && t.input.change !== null ? [{ tag: t.tag, cases: t.cases, input: t.input, change: t.input.change }] : []));
  if (measured.length === 0) return [];
  measured.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const shown = measured.slice(0, MAX_DRIFT_TAGS);
  const lines = [
    '',
    row(['tag', 'cases', 'prompt tokens per call', 'change']),
    '|:--|--:|--:|--:|',
    ...shown.map((t) => row([tableCell(t.tag), fmtCount(t.cases), `${fmtCount(t.input.baseline)} → ${fmtCount(t.input.candidate)}`, signedPct(t.change)])),
  ];
  if (measured.length > shown.length) lines.push('', `_…and ${plural(measured.length - shown.length, 'more tag', 'more tags')} in the JSON report._`);
  return lines;
}

function largestLine(drift: ReportedDrift): string[] {
  if (drift.largest.length === 0) return [];
  const items = drift.largest.map((c) => `${codeSpan(c.id)} ${fmtCount(c.output.baseline)} → ${fmtCount(c.output.candidate)} (${changeText(c.outputChange)})`);
  return ['', `Largest output-token drift: ${items.join(', ')}.`];
}

/**
 * The "Token drift" section: prompt tokens per call and output tokens per case on both
 * models, the tags whose prompt tokens moved most, and the cases whose output moved most.
 * [] when there is nothing to say: no case answered by both with usage, or no change
 * measurable (a side reported 0 tokens).
 */
export function driftLines(drift: ReportedDrift): string[] {
  const { input, output } = drift;
  if (drift.cases === 0 || input === null || output === null) return [];
  if (input.change === null && output.change === null) return [];
  const outputChange = output.change === null ? 'n/a' : `${fmtSigned(output.difference, 0)} (${signedPct(output.change)})`;
  const calls = `calls: ${fmtCount(drift.calls.baseline)} baseline, ${fmtCount(drift.calls.candidate)} candidate`;
  return [
    '#### Token drift',
    '',
    row(['tokens', 'baseline', 'candidate', 'change']),
    '|:--|--:|--:|--:|',
    row(['prompt per call', fmtCount(input.baseline), fmtCount(input.candidate), changeText(input.change)]),
    row(['output per case', fmtCount(output.baseline), fmtCount(output.candidate), outputChange]),
    '',
    `_Over the ${plural(drift.cases, 'case', 'cases')} both models answered with token usage (${calls}). ${inputSentence(drift, input)}_`,
    ...tagRows(drift),
    ...largestLine(drift),
  ];
}

/** A regression row's drift: "in +12% · out +240%"; '' when the case has none to show (neither count moved 1%). */
export function regressionDriftCell(entry: Pick<CaseDrift, 'inputChange' | 'outputChange'> | undefined): string {
  if (!entry || (!moved(entry.inputChange) && !moved(entry.outputChange))) return '';
  return `in ${changeText(entry.inputChange)} · out ${changeText(entry.outputChange)}`;
}

/** Attempts per call with enough decimals to show the extra calls: "1.04", or "1.002" below 10 per 1,000. */
function attemptsText(attempts: number, extraPer1k: number): string {
  return fmtNumber(attempts, extraPer1k < 10 ? 3 : 2);
}

/** "+43", or "+2.4" below 10 (never "+4.0"). */
function extraText(extraPer1k: number): string {
  return fmtSigned(extraPer1k, extraPer1k < 10 ? 1 : 0).replace(/\.0$/, '');
}

/**
 * One line, only when the candidate's share of calls slower than the production timeout
 * rises beyond noise: the share on both models and the retry load it brings.
 */
export function timeoutLines(t: TimeoutExposure, timeoutMs: number, retries: number): string[] {
  const c = t.models.candidate;
  const b = t.models.baseline;
  if (!t.rises || c.share === null || c.attemptsPerCall === null || c.extraCallsPer1k === null) return [];
  const baseline = `baseline ${b.share === null ? 'n/a' : fmtPct(b.share)}`;
  const load =
    retries === 0
      ? 'with no retries, each of them is a failed call'
      : `with ${plural(retries, 'retry', 'retries')} that is ${attemptsText(c.attemptsPerCall, c.extraCallsPer1k)} attempts per call (${extraText(c.extraCallsPer1k)} calls per 1,000)`;
  return [`**Timeouts in production:** ${fmtPct(c.share)} of the candidate's calls are slower than the ${fmtTimeout(timeoutMs)} timeout (${baseline}); ${load}.`];
}
