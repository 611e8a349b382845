// chartMarkdown(): the report's charts as mermaid blocks, which GitHub draws in PR comments
// and job summaries: every model's quality against its cost, and the change in quality per
// tag. Model ids and tags come from the user's config and are untrusted: each label is cut
// down to letters, digits and a little punctuation and quoted, so it cannot end its string,
// start a statement (`click`, `classDef`), open a directive (`%%{init}%%`), carry HTML or
// close the fence.

import { fmtNumber, fmtSigned, fmtUsd } from './format.js';
import { codeSpan } from './safe-markdown.js';
import type { GateReport, RankingEntry } from './types.js';

/** Bounds on what the charts show: the rest stays in the tables and the JSON report. */
export const CHART_LIMITS = {
  /** Points in the quality-against-cost chart, routing advice included. */
  points: 20,
  /** Bars in the per-tag chart: the tags with the largest changes. */
  tags: 20,
  modelLabelChars: 40,
  tagLabelChars: 24,
  /** Model ids quoted in the sentences under a chart. */
  noteChars: 60,
} as const;

// Room beyond the farthest point, so no point or its label (drawn under it) sits on the frame,
// and beyond the longest bar.
const POINT_MARGIN = 1.3;
const BAR_MARGIN = 1.1;
// Smallest half-ranges: cost ×/÷ 1.1 and ±1 quality point, so near-equal models do not
// spread across the whole chart.
const MIN_LOG_COST_SPAN = Math.log(1.1);
const MIN_QUALITY_SPAN = 1;

// Letters, digits, space and . _ / + @ - mean nothing to mermaid inside a quoted string.
const UNSAFE_RUN = /[^\p{L}\p{N} ._/+@-]+/gu;

/** Cut to `max` code points, ending in "…" when cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** An untrusted name as the text of a quoted mermaid label: safe characters only, one line, bounded. */
export function chartLabel(text: string, maxChars: number): string {
  // Bound the input first, so a huge id costs no more than a short one.
  const safe = text
    .slice(0, 4 * maxChars)
    .replace(/\s+/g, ' ')
    .replace(UNSAFE_RUN, '_')
    .replace(/ +/g, ' ')
    .trim();
  return shorten(safe === '' ? '?' : safe, maxChars);
}

/** Labels made distinct: a later duplicate gets " (2)", " (3)"…; the parentheses cannot come from a name. */
function distinct(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

function mermaidBlock(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

/** A coordinate in [0, 1] as quadrantChart's lexer reads it: "1" or "0.ddd". */
function coordinate(value: number): string {
  const text = Math.min(1, Math.max(0, value)).toFixed(3);
  return text === '1.000' ? '1' : text;
}

interface ModelPoint {
  model: string;
  role: RankingEntry['role'] | 'routing';
  quality: number;
  /** null: unknown or zero, so it has no place on a log scale. */
  costUsd: number | null;
}

function placeable(cost: number, known: boolean): number | null {
  return known && Number.isFinite(cost) && cost > 0 ? cost : null;
}

/** Every model of the run, in the ranking's order (baseline and candidate without one), then the routing advice. */
function modelPoints(r: GateReport): ModelPoint[] {
  const { baseline, candidate } = r.models;
  const fromModel = (m: typeof baseline, role: 'baseline' | 'candidate'): ModelPoint => ({
    model: m.model,
    role,
    quality: m.quality,
    // A model that answered without usage has an unknown cost. Read defensively: older reports lack the field.
    costUsd: placeable(m.costUsd, (m.usageMissing ?? 0) === 0),
  });
  const points: ModelPoint[] =
    r.ranking && r.ranking.length > 0
      ? r.ranking.map((e) => ({ model: e.model, role: e.role, quality: e.quality, costUsd: placeable(e.costUsd, e.qualityPerDollar !== null) }))
      : [fromModel(baseline, 'baseline'), fromModel(candidate, 'candidate')];
  if (!points.some((p) => p.role === 'baseline')) points.unshift(fromModel(baseline, 'baseline'));
  if (!points.some((p) => p.role === 'candidate')) points.push(fromModel(candidate, 'candidate'));
  const cand = points.find((p) => p.role === 'candidate');
  if (r.routing && cand) {
    const cost = cand.costUsd === null ? null : placeable(cand.costUsd * (1 + r.routing.costChange), true);
    points.push({ model: `routing advice (by ${r.routing.by})`, role: 'routing', quality: r.routing.quality, costUsd: cost });
  }
  return points.filter((p) => Number.isFinite(p.quality));
}

function pointLabel(p: ModelPoint): string {
  if (p.role === 'routing') return p.model;
  const name = chartLabel(p.model, CHART_LIMITS.modelLabelChars);
  return p.role === 'alternative' ? name : `${name} (${p.role})`;
}

function quoteList(models: string[]): string {
  return models.map((m) => codeSpan(shorten(m, CHART_LIMITS.noteChars))).join(', ');
}

/**
 * Quality against cost, centred on the baseline: the quadrant lines cross at its point, so
 * the top-left quadrant holds what is better and cheaper. Cost is on a log scale (a model
 * ten times cheaper is as far left as one ten times dearer is right), quality in points
 * against the baseline. Empty when the baseline or every other model has no known cost.
 */
function costChart(r: GateReport): string {
  const all = modelPoints(r);
  const base = all.find((p) => p.role === 'baseline');
  if (!base || base.costUsd === null) return '';
  const others = all.filter((p) => p !== base);
  const placed = others.filter((p) => p.costUsd !== null);
  if (placed.length === 0) return '';
  // Keep the candidate and the routing advice, then the others in ranking order.
  const fixed = placed.filter((p) => p.role !== 'alternative');
  const room = Math.max(0, CHART_LIMITS.points - 1 - fixed.length);
  const keep = new Set([...fixed, ...placed.filter((p) => p.role === 'alternative').slice(0, room)]);
  const kept = placed.filter((p) => keep.has(p));
  const shown = [base, ...kept];

  const baseCost = base.costUsd;
  const logCost = (p: ModelPoint) => Math.log((p.costUsd as number) / baseCost);
  const costSpan = Math.max(MIN_LOG_COST_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(logCost(p)))));
  // Rounded up to the decimal the axis prints, so the printed range is the drawn one.
  const qualitySpan = Math.ceil(10 * Math.max(MIN_QUALITY_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(p.quality - base.quality))))) / 10;

  const labels = distinct(shown.map(pointLabel));
  const lines = [
    'quadrantChart',
    `  x-axis "cheaper ${fmtUsd(baseCost * Math.exp(-costSpan))}" --> "pricier ${fmtUsd(baseCost * Math.exp(costSpan))}"`,
    `  y-axis "worse ${fmtSigned(-qualitySpan, 1)} pts" --> "better ${fmtSigned(qualitySpan, 1)} pts"`,
    '  quadrant-1 "better, pricier"',
    '  quadrant-2 "better, cheaper"',
    '  quadrant-3 "worse, cheaper"',
    '  quadrant-4 "worse, pricier"',
    ...shown.map((p, i) => {
      const x = 0.5 + logCost(p) / (2 * costSpan);
      const y = 0.5 + (p.quality - base.quality) / (2 * qualitySpan);
      return `  "${labels[i]}": [${coordinate(x)}, ${coordinate(y)}]`;
    }),
  ];

  const notes = [
    `The baseline ${quoteList([base.model])} is at the centre (${fmtUsd(baseCost)}, quality ${fmtNumber(base.quality, 1)}); cost on a log scale, quality in points against the baseline.`,
  ];
  const unplaced = others.filter((p) => p.costUsd === null).map((p) => p.model);
  if (unplaced.length > 0) notes.push(`Not placed, cost unknown or zero: ${quoteList(unplaced)}.`);
  const cut = placed.length - kept.length;
  if (cut > 0) notes.push(`${cut} more model${cut === 1 ? '' : 's'} of the ranking not shown.`);
  return ['#### Quality against cost', '', mermaidBlock(lines), '', `_${notes.join(' ')}_`].join('\n');
}

// Gains blue, losses orange: apart for colour-blind readers too, and legible on GitHub's
// light and dark themes alike. The value axis has no tick labels (nor ticks): mermaid pads
// the axis by half the widest label and starts every bar at the frame, so a zero would show
// as a stub. Each tag's label gives its value instead. Set in the block's front matter, which no name can
// reach: labels are quoted and on one line.
const BAR_COLOURS = ['royalblue', '#bc4c00'] as const;
const BAR_CONFIG = [
  '---',
  'config:',
  '  xyChart:',
  '    yAxis:',
  '      showLabel: false',
  '      showTick: false',
  '  themeVariables:',
  '    xyChart:',
  `      plotColorPalette: "${BAR_COLOURS.join(', ')}"`,
  '---',
];

/**
 * The change in quality per tag as horizontal bars. Mermaid draws every bar from the axis
 * minimum, so a bar below zero would look like a gain: the bars are the size of the change
 * instead, gains and losses as two series in two colours, and each tag's label carries the
 * sign. Empty with fewer than two tags that have paired cases.
 */
function tagChart(r: GateReport): string {
  const rows = r.tags.filter((t) => t.pairedCases > 0 && Number.isFinite(t.change.quality));
  if (rows.length < 2) return '';
  // The largest changes (ties by report order), shown in report order, like the table.
  const picked = rows
    .map((t, i) => ({ t, i }))
    .sort((a, b) => Math.abs(b.t.change.quality) - Math.abs(a.t.change.quality) || a.i - b.i)
    .slice(0, CHART_LIMITS.tags)
    .sort((a, b) => a.i - b.i)
    .map(({ t }) => t);
  const names = distinct(picked.map((t) => chartLabel(t.tag, CHART_LIMITS.tagLabelChars)));
  const changes = picked.map((t) => Number(t.change.quality.toFixed(1)));
  const largest = Math.max(...changes.map(Math.abs));
  const span = Math.max(MIN_QUALITY_SPAN, Math.ceil(10 * BAR_MARGIN * largest) / 10);
  const bars = (keep: (x: number) => boolean) => `[${changes.map((x) => (keep(x) ? Math.abs(x) : 0).toFixed(1)).join(', ')}]`;
  const lines = [
    ...BAR_CONFIG,
    'xychart-beta horizontal',
    `  x-axis [${names.map((n, i) => `"${n} ${fmtSigned(changes[i] as number, 1)}"`).join(', ')}]`,
    `  y-axis "size of the quality change, points" 0 --> ${span.toFixed(1)}`,
    `  bar ${bars((x) => x > 0)}`,
    `  bar ${bars((x) => x < 0)}`,
  ];
  const of = picked.length < rows.length ? ` ${picked.length} of ${rows.length} tags: those with the largest changes.` : '';
  const note = `_Candidate − baseline, in quality points: blue a gain, orange a loss, the sign in each label.${of}_`;
  return ['#### Quality change by tag', '', mermaidBlock(lines), '', note].join('\n');
}

/**
 * The report's charts, each a heading, a ```mermaid block and a line of notes, separated by a
 * blank line: quality against cost (when the baseline and at least one other model or the
 * routing advice have a known, non-zero cost) and the quality change per tag (with two or
 * more tags that have paired cases). '' when neither applies. The same report gives the same text.
 */
export function chartMarkdown(report: GateReport): string {
  return [costChart(report), tagChart(report)].filter((block) => block !== '').join('\n\n');
}
