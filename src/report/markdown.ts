// renderMarkdown(): THE markdown renderer, used by the CLI, the job summary and the
// PR comment alike; only maxChars differs. Size policy (after changesets/action): when
// the full report is longer than maxChars, drop detail in stages — shorter and fewer
// outputs, then the label tables, then the per-tag table, then the regressions — and
// say so in a note. The headline and the metric table always stay.

import { fmtNumber } from './format.js';
import { codeSpan, inlineText } from './safe-markdown.js';
import {
  labelSection,
  metricTable,
  notesSection,
  regressionSection,
  statisticsNotes,
  summaryLine,
  tagTable,
  type OutputLimits,
} from './sections.js';
import type { GateReport } from './types.js';
import { rankingSection, routingSection } from './migration.js';
import { chartMarkdown } from './chart.js';
import { driftLines, notableDrift, timeoutLines } from './drift-words.js';
import { GITHUB_COMMENT_CHARS } from '../limits.js';

/** GitHub's limit for a comment body. */
export const DEFAULT_MAX_CHARS = GITHUB_COMMENT_CHARS;

export interface RenderOptions {
  /** Maximum length of the result; Infinity for no limit. Default 65,536. */
  maxChars?: number;
  /** Appended as-is (trusted): e.g. the sticky comment's hidden marker or a link to the run. */
  footer?: string;
}

interface Level {
  regressions: number;
  outputs: OutputLimits;
  labels: boolean;
  tags: boolean;
  notes: number;
  /** What this level left out, for the truncation note. */
  dropped: string[];
}

const LEVELS: Level[] = [
  { regressions: 10, outputs: { maxChars: 2000, maxLines: 60 }, labels: true, tags: true, notes: 20, dropped: [] },
  { regressions: 5, outputs: { maxChars: 800, maxLines: 25 }, labels: true, tags: true, notes: 20, dropped: ['outputs shortened', 'fewer regressions shown'] },
  { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: true, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown'] },
  { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables left out'] },
  { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: false, notes: 5, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables and per-tag table left out'] },
  { regressions: 0, outputs: { maxChars: 0, maxLines: 0 }, labels: false, tags: false, notes: 5, dropped: ['regressions, label tables and per-tag table left out'] },
];

const VERDICT_EMOJI: Record<GateReport['verdict'], string> = {
  pass: '✅',
  fail: '❌',
  inconclusive: '❔',
  error: '⚠️',
  incomplete: '⏸️',
  skipped: '⏭️',
};

const SIMULATED_BANNER =
  "> 🧪 **Simulated run**: both models were served by llm-gate's built-in simulator. " +
  'The numbers show how the gate works, not how real models compare.';

const NOT_DECIDING =
  '_The checks below cover only the cases both models answered; they did not decide this verdict._';

/** The headline, the metric table and, unless `bare`, the statistics notes under it. */
function head(r: GateReport, bare = false): string[] {
  const b = codeSpan(r.models.baseline.model);
  const c = codeSpan(r.models.candidate.model);
  const lines = [`### llm-gate: ${b} → ${c}`, '', `${VERDICT_EMOJI[r.verdict]} **${r.verdict}** — ${inlineText(r.headline)}`];
  if (r.run.simulated) lines.push('', SIMULATED_BANNER);
  if (r.verdict === 'error' || r.verdict === 'incomplete') lines.push('', NOT_DECIDING);
  lines.push('', metricTable(r));
  const notes = bare ? '' : statisticsNotes(r);
  if (notes !== '') lines.push('', notes);
  lines.push('', summaryLine(r));
  return lines;
}

function truncationNote(maxChars: number, dropped: string[]): string {
  return `> ✂️ Shortened to fit ${fmtNumber(maxChars)} characters: ${dropped.join('; ')}. The JSON report has every case in full.`;
}

function assemble(blocks: string[]): string {
  return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}

function renderAt(r: GateReport, level: Level, maxChars: number, footer: string): string {
  const blocks = [head(r).join('\n')];
  if (level.dropped.length > 0) blocks.push(truncationNote(maxChars, level.dropped));
  if (r.timeouts) blocks.push(timeoutLines(r.timeouts, r.timeouts.timeoutMs, r.timeouts.retries).join('\n'));
  blocks.push(rankingSection(r), routingSection(r));
  if (level.tags) blocks.push(chartMarkdown(r));
  if (level.tags) blocks.push(tagTable(r));
  if (level.tags && r.tokens && notableDrift(r.tokens)) blocks.push(driftLines(r.tokens).join('\n'));
  if (level.labels) blocks.push(labelSection(r));
  blocks.push(regressionSection(r, level.regressions, level.outputs));
  blocks.push(notesSection(r, level.notes));
  blocks.push(footer);
  return assemble(blocks);
}

export function renderMarkdown(report: GateReport, options: RenderOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const footer = options.footer ?? '';
  for (const level of LEVELS) {
    const text = renderAt(report, level, maxChars, footer);
    if (text.length <= maxChars) return text;
  }
  // Even the smallest level is too long: keep the headline and the metric table anyway.
  return assemble([head(report, true).join('\n'), truncationNote(maxChars, ['everything but the metric table left out']), footer]);
}
