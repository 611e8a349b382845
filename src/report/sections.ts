// The blocks of the markdown report. Each takes the report (and its share of the size
// policy) and returns markdown; all untrusted text goes through safe-markdown.ts.

import { relativeChange } from '../compare/index.js';
import type { LabelTable } from '../compare/index.js';
import type { GatedCheck } from '../compare/index.js';
import type { CheckMetric, Side } from '../types.js';
import { fmtCount, fmtLevel, fmtMs, fmtNumber, fmtPct, fmtPoints, fmtPp, fmtScore, fmtSigned, fmtUsd } from './format.js';
import { decideNote, fmtChange, fmtWithInterval, isSignificant, mdeList, ruleSentence, underpoweredLine } from './intervals.js';
import { codeBlock, codeSpan, htmlText, inlineText, tableCell, truncateText } from './safe-markdown.js';
import type { GateReport, ReportCase, ReportCaseSide, ReportPromptPart } from './types.js';
import { regressionDriftCell } from './drift-words.js';

const STATUS_EMOJI = { pass: '✅', fail: '❌', inconclusive: '❔' } as const;

/** A code span inside a table: the span's pipes must be escaped too (GFM splits cells first). */
function cellCode(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

type Formatter = (x: number) => string;
const signedPct: Formatter = (x) => fmtPct(x, { sign: true });

const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶'];

/** "−3.1 pts [−5.0, −1.2]", or "~ −1.8 pts [−4.9, +1.3]" when the interval contains 0 (benchstat's mark). */
function changeCell(metric: CheckMetric | 'cost', change: number, interval: readonly [number, number] | undefined): string {
  const text = fmtWithInterval(metric, change, interval);
  return interval && !isSignificant(interval) ? `~ ${text}` : text;
}

/** Inconclusive checks, in table order, each with its footnote mark. */
function undecided(r: GateReport): { check: GatedCheck; mark: string }[] {
  return r.checks.filter((k) => k.status === 'inconclusive').map((check, i) => ({ check, mark: FOOTNOTE_MARKS[i] ?? '*' }));
}

export function metricTable(r: GateReport): string {
  const b = r.models.baseline;
  const c = r.models.candidate;
  const check = (m: CheckMetric) => r.checks.find((k) => k.metric === m);
  const marks = new Map(undecided(r).map((u) => [u.check.metric, u.mark]));
  const checkRow = (label: string, m: CheckMetric, base: string, cand: string, change: number, fmt: Formatter) => {
    const k = check(m);
    return row([
      label,
      base,
      cand,
      k ? (k.unmeasured === undefined ? changeCell(m, k.change, k.interval) : 'n/a') : fmt(change),
      k ? fmt(k.threshold) : 'off',
      k ? `${STATUS_EMOJI[k.status]}${marks.get(m) ?? ''}` : '',
    ]);
  };
  // A model that answered without usage has an unknown cost: never show it as a number.
  const unpriced = b.usageMissing > 0 || c.usageMissing > 0;
  const usd = (m: typeof b, value: number) => (m.usageMissing > 0 ? 'n/a' : fmtUsd(value));
  const qpd = (m: typeof b) => (m.usageMissing > 0 ? 'n/a' : fmtNumber(m.qualityPerDollar, 0));
  const cost = unpriced
    ? 'n/a'
    : r.statistics
      ? changeCell('cost', r.statistics.cost.change, r.statistics.cost.interval)
      : signedPct(relativeChange(b.costUsd, c.costUsd));
  const infoRow = (label: string, base: string, cand: string, change = '') => row([label, base, cand, change, '', '']);
  const tokens = (m: typeof b) =>
    `${fmtCount(m.tokens.input)} · ${fmtCount(m.tokens.cachedInput)} · ${fmtCount(m.tokens.output)}`;
  return [
    row(['metric', `baseline ${cellCode(b.model)}`, `candidate ${cellCode(c.model)}`, 'change', 'limit', '']),
    '|:--|--:|--:|--:|--:|:-:|',
    checkRow('quality', 'quality', fmtNumber(b.quality, 1), fmtNumber(c.quality, 1), c.quality - b.quality, (x) => fmtPoints(x)),
    checkRow(
      'quality per $',
      'qualityPerDollar',
      qpd(b),
      qpd(c),
      relativeChange(b.qualityPerDollar, c.qualityPerDollar),
      signedPct,
    ),
    checkRow('p95 latency', 'p95Latency', fmtMs(b.latencyMs.p95), fmtMs(c.latencyMs.p95), relativeChange(b.latencyMs.p95, c.latencyMs.p95), signedPct),
    checkRow('error rate', 'errorRate', fmtPct(b.errorRate), fmtPct(c.errorRate), c.errorRate - b.errorRate, fmtPp),
    infoRow('cost', usd(b, b.costUsd), usd(c, c.costUsd), cost),
    infoRow(
      'cost per 1k cases',
      usd(b, b.costPer1kCases),
      usd(c, c.costPer1kCases),
      unpriced ? 'n/a' : signedPct(relativeChange(b.costPer1kCases, c.costPer1kCases)),
    ),
    infoRow('p50 latency', fmtMs(b.latencyMs.p50), fmtMs(c.latencyMs.p50), signedPct(relativeChange(b.latencyMs.p50, c.latencyMs.p50))),
    infoRow('p99 latency', fmtMs(b.latencyMs.p99), fmtMs(c.latencyMs.p99), signedPct(relativeChange(b.latencyMs.p99, c.latencyMs.p99))),
    ...ttftRows(b, c, infoRow, r.checks.some((k) => k.metric === 'ttftP95') ? (base, cand, change) => checkRow('TTFT p95', 'ttftP95', base, cand, change, signedPct) : undefined),
    ...apiRow(b, c, infoRow),
    ...promptRows(b, c, infoRow),
    infoRow('calls (errors, timeouts)', `${fmtCount(b.calls)} (${b.errors}, ${b.timeouts})`, `${fmtCount(c.calls)} (${c.errors}, ${c.timeouts})`),
    infoRow('tokens in · cached · out', tokens(b), tokens(c)),
    // Prices the config wrote need no source; a built-in one says which table and how old.
    // Read defensively: reports written before these fields existed are rendered too.
    ...(b.priceSource?.kind !== 'builtin' && c.priceSource?.kind !== 'builtin' ? [] : [infoRow('price source', priceSourceWords(b), priceSourceWords(c))]),
  ].join('\n');
}

type ReportModelRow = GateReport['models']['baseline'];
type InfoRow = (label: string, base: string, cand: string, change?: string) => string;

/** Time to first token, when either model streamed; "n/a" for one that did not. With the ttftP95 check on, its p95 row shows change, limit and status. */
function ttftRows(b: ReportModelRow, c: ReportModelRow, infoRow: InfoRow, checkRow?: (base: string, cand: string, change: number) => string): string[] {
  if (!b.ttftMs && !c.ttftMs) return [];
  const cell = (m: ReportModelRow, q: 'p50' | 'p95') => (m.ttftMs ? fmtMs(m.ttftMs[q]) : 'n/a');
  const change = (q: 'p50' | 'p95') => (b.ttftMs && c.ttftMs ? signedPct(relativeChange(b.ttftMs[q], c.ttftMs[q])) : '');
  const p95 = checkRow
    ? checkRow(cell(b, 'p95'), cell(c, 'p95'), relativeChange(b.ttftMs?.p95 ?? 0, c.ttftMs?.p95 ?? 0))
    : infoRow('TTFT p95', cell(b, 'p95'), cell(c, 'p95'), change('p95'));
  return [p95, infoRow('TTFT p50', cell(b, 'p50'), cell(c, 'p50'), change('p50'))];
}

/** The API each model was called through, shown once either is not plain Chat Completions. */
function apiRow(b: ReportModelRow, c: ReportModelRow, infoRow: InfoRow): string[] {
  const words = (m: ReportModelRow) => `${m.api === 'responses' ? 'Responses' : 'Chat Completions'}${m.stream ? ', streamed' : ''}`;
  if ((b.api ?? 'chat') === 'chat' && (c.api ?? 'chat') === 'chat' && !b.stream && !c.stream) return [];
  return [infoRow('API', words(b), words(c))];
}

/** Which prompt each model used, once either has one of its own or the baseline came from the base commit. */
function promptRows(b: ReportModelRow, c: ReportModelRow, infoRow: InfoRow): string[] {
  const rows: string[] = [];
  if (b.from) rows.push(infoRow('config from', `base ${codeSpan(b.from.commit.slice(0, 12))}`, 'this commit'));
  if (!b.prompt?.own && !c.prompt?.own && !b.from) return rows;
  const part = (name: string, p: ReportPromptPart | undefined) => (p ? `${name} ${p.file === undefined ? 'inline' : codeSpan(p.file)} (${p.sha256.slice(0, 8)})` : '');
  const words = (m: ReportModelRow) => [part('system', m.prompt?.system), part('user', m.prompt?.user)].filter((w) => w !== '').join(' · ') || 'none';
  rows.push(infoRow('prompt', words(b), words(c)));
  return rows;
}

/** "config", or "genai-prices 0.1.8, 2026-09-23" (and the entry a dated id was priced as). */
function priceSourceWords(m: ReportModelRow): string {
  const s = m.priceSource;
  if (s?.kind !== 'builtin') return 'config';
  const entry = s.entry === undefined ? '' : ` as ${inlineText(s.entry)}`;
  return `${inlineText(s.table ?? 'built-in')}, ${s.checked}${entry}`;
}

/**
 * Under the table: first, in bold, any check this set is too small for; then how the
 * intervals were made and the rule, the smallest regression each check can catch at this
 * many cases (80% power), and a footnote per inconclusive check saying what would decide it.
 * Caveats as data, printed as footnotes (benchstat). The words live in intervals.ts.
 */
export function statisticsNotes(r: GateReport): string {
  const s = r.statistics;
  if (!s || r.checks.length === 0) return '';
  const how =
    s.method === 'paired case bootstrap'
      ? `${s.method} over ${fmtCount(s.cases)} cases, ${fmtCount(s.resamples)} resamples, seed ${s.seed}`
      : `${s.method} over ${fmtCount(s.cases)} cases (score, jackknife, quantile and Newcombe intervals; seed ${s.seed})`;
  const weak = underpoweredLine(r);
  const lines = [
    ...(weak === '' ? [] : [weak, '']),
    `_${fmtLevel(s.confidence)}% intervals: ${how}. \`~\` not significant (the interval contains 0). ${ruleSentence(s)}_`,
    '',
    `_Smallest regressions these ${fmtCount(s.cases)} cases would catch ${fmtNumber(100 * s.power, 0)}% of the time: ${mdeList(r.checks)}._`,
  ];
  for (const { check, mark } of undecided(r)) lines.push('', `${mark} ${decideNote(check, r)}`);
  return lines.join('\n');
}

/** "118 paired cases of 120 · 1 repeat · judge `gpt-4o-mini`: 240 calls, $0.012 · total $0.0539 · eval set `3f2a9c1b04de`" */
export function summaryLine(r: GateReport): string {
  const parts = [
    `${fmtCount(r.pairedCases)} paired cases of ${fmtCount(r.evalSet.cases)}`,
    `${r.repeats} repeat${r.repeats === 1 ? '' : 's'}`,
  ];
  if (r.judge) parts.push(`judge ${codeSpan(r.judge.model)}: ${fmtCount(r.judge.calls)} calls, ${fmtUsd(r.judge.costUsd)}`);
  parts.push(`total ${fmtUsd(r.totals.costUsd)} for ${fmtCount(r.totals.calls)} calls`);
  if (r.run.durationMs !== null) parts.push(`ran in ${fmtMs(r.run.durationMs)}`);
  parts.push(`eval set ${codeSpan(r.evalSet.contentHash.slice(0, 12))}`);
  return [parts.join(' · '), sequentialLine(r), runControlLine(r)].filter(Boolean).join('\n\n');
}

/** "Decided after 84 of 400 cases": a sequential stop, and what it saved. */
function sequentialLine(r: GateReport): string {
  const s = r.run.sequential;
  if (!s?.decidedAfter || !s.saved) return '';
  const { decidedAfter: d, saved } = s;
  const after = s.afterDecision && s.afterDecision.calls > 0 ? `; ${fmtCount(s.afterDecision.calls)} calls already under way finished after the decision (${fmtUsd(s.afterDecision.usd)}, in the total, not judged)` : '';
  return `_Decided after ${fmtCount(d.cases)} of ${fmtCount(d.of)} cases: ${fmtCount(saved.calls)} calls not sent, about ${fmtUsd(saved.usd)} and ${fmtMs(saved.ms)} saved${after} (run.sequential)._`;
}

/** Budget, retries and effective concurrency: only what is worth a reader's attention. */
function runControlLine(r: GateReport): string {
  const control = r.run.control;
  if (!control) return '';
  const parts: string[] = [];
  const { budget, retries, concurrency } = control;
  if (budget.budgetUsd !== undefined) {
    const stop = control.stoppedForBudget ? ', then stopped: the next call could have passed it' : '';
    parts.push(`budget ${fmtUsd(budget.budgetUsd)}: spent ${fmtUsd(budget.spentUsd)}${stop}`);
  }
  if (retries.retries > 0 || retries.denied > 0) {
    parts.push(`${fmtCount(retries.retries)} retries${retries.denied > 0 ? `, ${fmtCount(retries.denied)} refused by the retry budget` : ''}`);
  }
  if (concurrency.decreases > 0) {
    parts.push(`concurrency lowered on rate limits: ${concurrency.min}–${concurrency.configured}, mean ${concurrency.mean.toFixed(1)}`);
  }
  return parts.length > 0 ? `_Run: ${parts.join(' · ')}._` : '';
}

export function tagTable(r: GateReport): string {
  if (r.tags.length === 0) return '';
  const lines = [
    '#### By tag',
    '',
    row(['tag', 'cases', 'quality', 'Δ quality', 'Δ cost', 'Δ quality per $', 'Δ p95']),
    '|:--|--:|--:|--:|--:|--:|--:|',
  ];
  for (const t of r.tags) {
    const cases = t.pairedCases === t.cases ? `${t.cases}` : `${t.pairedCases} of ${t.cases}`;
    lines.push(
      row([
        tableCell(t.tag),
        cases,
        `${fmtNumber(t.baseline.quality, 1)} → ${fmtNumber(t.candidate.quality, 1)}`,
        fmtPoints(t.change.quality),
        signedPct(t.change.costUsd),
        signedPct(t.change.qualityPerDollar),
        signedPct(t.change.p95LatencyMs),
      ]),
    );
  }
  return lines.join('\n');
}

function labelTable(side: Side, model: string, t: LabelTable): string {
  const lines = [
    `**${side}** ${codeSpan(model)}: ${t.correct} of ${t.total} correct`,
    '',
    row(['expected ↓ · actual →', ...t.labels.map(tableCell), 'other']),
    `|:--|${t.labels.map(() => '--:|').join('')}--:|`,
  ];
  t.labels.forEach((label, i) => {
    const counts = (t.matrix[i] ?? []).map((n, j) => (j === i && n > 0 ? `**${n}**` : `${n}`));
    lines.push(row([tableCell(label), ...counts]));
  });
  const other = Object.entries(t.other);
  if (other.length > 0) {
    const shown = other.slice(0, 8).map(([label, n]) => `${inlineText(label)} (${n})`);
    const more = other.length > 8 ? `, and ${other.length - 8} more` : '';
    lines.push('', `other: ${shown.join(', ')}${more}`);
  }
  return lines.join('\n');
}

export function labelSection(r: GateReport): string {
  const sides = (['baseline', 'candidate'] as const).filter((s) => r.labels[s]);
  if (sides.length === 0) return '';
  const blocks = sides.map((s) => labelTable(s, r.models[s].model, r.labels[s] as LabelTable));
  return ['<details>', '<summary>Label confusion</summary>', '', blocks.join('\n\n'), '', '</details>'].join('\n');
}

export interface OutputLimits {
  maxChars: number;
  maxLines: number;
}

function sideHeader(side: Side, model: string, s: ReportCaseSide): string {
  const score = s.score === null ? 'not judged' : fmtScore(s.score);
  const latency = s.latencyMs === null ? '' : ` · ${fmtMs(s.latencyMs)}`;
  return `${side} · ${htmlText(model)} · ${score}${latency}`;
}

function sideBody(s: ReportCaseSide, limits: OutputLimits): string {
  const parts: string[] = [];
  if (s.error) parts.push(`⚠️ ${inlineText(s.error.kind)}: ${inlineText(truncateText(s.error.message, { maxChars: 200, maxLines: 1 }).text)}`);
  if (s.output === null) {
    parts.push('_no output_');
  } else {
    const cut = truncateText(s.output, limits);
    parts.push(codeBlock(cut.text));
    if (cut.truncated) parts.push(`_showing ${fmtCount(Array.from(cut.text).length)} of ${fmtNumber(cut.totalChars)} characters_`);
  }
  return parts.join('\n\n');
}

function regressionBlock(r: GateReport, c: ReportCase, limits: OutputLimits): string {
  const b = c.baseline;
  const k = c.candidate;
  const scores = `${fmtScore(b.score ?? 0)} → ${fmtScore(k.score ?? 0)} (${c.change === null ? 'n/a' : fmtSigned(c.change, 2)})`;
  // The tokens beside the regression: a tokenizer or prompt change often explains it.
  const drift = regressionDriftCell(r.regressions.find((g) => g.id === c.id)?.tokens);
  return [
    '<details>',
    `<summary><code>${htmlText(c.id)}</code> · ${htmlText(`${c.file}:${c.line}`)} · score ${scores}${drift === '' ? '' : ` · tokens ${htmlText(drift)}`}</summary>`,
    '',
    '<table>',
    `<tr><th>${sideHeader('baseline', r.models.baseline.model, b)}</th><th>${sideHeader('candidate', r.models.candidate.model, k)}</th></tr>`,
    '<tr><td>',
    '',
    sideBody(b, limits),
    '',
    '</td><td>',
    '',
    sideBody(k, limits),
    '',
    '</td></tr>',
    '</table>',
    '',
    '</details>',
  ].join('\n');
}

export function regressionSection(r: GateReport, count: number, limits: OutputLimits): string {
  if (count <= 0 || r.regressions.length === 0) return '';
  const byId = new Map(r.cases.map((c) => [c.id, c]));
  const shown = r.regressions.slice(0, count).flatMap((g) => {
    const c = byId.get(g.id);
    return c ? [regressionBlock(r, c, limits)] : [];
  });
  const of = r.regressions.length > shown.length ? ` (${shown.length} of ${r.regressions.length})` : '';
  return [`#### Worst regressions${of}`, '', shown.join('\n\n')].join('\n');
}

export function notesSection(r: GateReport, max: number): string {
  const notes = [...r.run.notes, ...r.warnings];
  if (notes.length === 0) return '';
  const lines = notes.slice(0, max).map((n) => `- ${inlineText(n)}`);
  if (notes.length > max) lines.push(`- …and ${notes.length - max} more in the JSON report`);
  return ['**Notes**', '', ...lines].join('\n');
}
