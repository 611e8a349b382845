// @vitest-environment jsdom
// mermaid's parser runs every label through DOMPurify, which needs a DOM: jsdom gives it one.
// The parser itself is the real one, the one GitHub's renderer uses.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import type { TagRow } from '../../src/compare/index.js';
import { CHART_LIMITS, chartLabel, chartMarkdown } from '../../src/report/chart.js';
import type { GateReport, RankingEntry, ReportModel, RoutingAdvice } from '../../src/report/types.js';

/** The fields of a model the chart reads; the rest of ReportModel is never looked at. */
function model(name: string, quality: number, costUsd: number, usageMissing = 0): ReportModel {
  return { model: name, quality, costUsd, usageMissing } as ReportModel;
}

function entry(name: string, role: RankingEntry['role'], quality: number, costUsd: number): RankingEntry {
  return {
    model: name,
    role,
    quality,
    costUsd,
    qualityPerDollar: costUsd > 0 ? quality / costUsd : null,
    p95LatencyMs: 800,
    holds: true,
    notHeld: [],
  };
}

function tag(name: string, change: number, pairedCases = 6): TagRow {
  const side = (quality: number) => ({ quality, costUsd: 0.01, qualityPerDollar: 100 * quality, p95LatencyMs: 700 });
  return {
    tag: name,
    cases: pairedCases,
    pairedCases,
    baseline: side(80),
    candidate: side(80 + change),
    change: { quality: change, costUsd: 0, qualityPerDollar: 0, p95LatencyMs: 0 },
  };
}

const routing: RoutingAdvice = {
  by: 'tag',
  assignments: { billing: 'gpt-4o', chat: 'gpt-4o-mini' },
  slices: [
    { slice: 'billing', cases: 12, model: 'gpt-4o' },
    { slice: 'chat', cases: 20, model: 'gpt-4o-mini' },
  ],
  quality: 86.5,
  qualityChange: 2.5,
  costChange: 0.3,
  intervals: { qualityChange: [0.5, 4.5], costChange: [0.2, 0.4], confidence: 0.95, resamples: 1000 },
  undecided: [],
  minCases: 10,
};

/** A report holding only what the chart reads; everything else is irrelevant to it. */
function report(parts: { baseline: ReportModel; candidate: ReportModel; tags?: TagRow[]; ranking?: RankingEntry[]; routing?: RoutingAdvice }): GateReport {
  return {
    models: { baseline: parts.baseline, candidate: parts.candidate },
    tags: parts.tags ?? [],
    ...(parts.ranking ? { ranking: parts.ranking } : {}),
    ...(parts.routing ? { routing: parts.routing } : {}),
  } as GateReport;
}

const full = report({
  baseline: model('gpt-4o', 88, 0.04),
  candidate: model('gpt-4o-mini', 84, 0.0025),
  ranking: [
    entry('gpt-4o-mini', 'candidate', 84, 0.0025),
    entry('claude-haiku', 'alternative', 90, 0.01),
    entry('gpt-4o', 'baseline', 88, 0.04),
  ],
  routing,
  tags: [tag('billing', -6.25), tag('chat', 3), tag('refunds', 0)],
});

/** The front matter of the tag chart: its colours and a bare value axis, the only config a block sets. */
const BAR_CONFIG = {
  xyChart: { yAxis: { showLabel: false, showTick: false } },
  themeVariables: { xyChart: { plotColorPalette: 'royalblue, #bc4c00' } },
};

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] as string);
}

/** Parses with the real mermaid parser, which throws on any syntax error. */
function parse(text: string) {
  return mermaid.parse(text);
}

/** The points of a quadrant chart: label → [x, y]. */
function points(block: string): Map<string, [number, number]> {
  const found = new Map<string, [number, number]>();
  for (const m of block.matchAll(/^ {2}"([^"]*)": \[([\d.]+), ([\d.]+)\]$/gm)) found.set(m[1] as string, [Number(m[2]), Number(m[3])]);
  return found;
}

describe('chartMarkdown', () => {
  it('draws every ranked model and the routing advice, and the tags, in blocks mermaid parses', async () => {
    const markdown = chartMarkdown(full);
    const [cost, tags] = blocks(markdown);
    expect(blocks(markdown)).toHaveLength(2);
    expect(await parse(cost as string)).toEqual({ diagramType: 'quadrantChart', config: {} });
    expect(await parse(tags as string)).toEqual({ diagramType: 'xychart', config: BAR_CONFIG });
    // The baseline first (it is the centre), then the ranking's order, then the routing advice.
    expect([...points(cost as string).keys()]).toEqual([
      'gpt-4o (baseline)',
      'gpt-4o-mini (candidate)',
      'claude-haiku',
      'routing advice (by tag)',
    ]);
    expect(markdown).toContain('#### Quality against cost\n\n```mermaid\nquadrantChart');
    expect(markdown).toContain('#### Quality change by tag\n\n```mermaid\n---\n');
    expect(markdown).toContain('\n---\nxychart-beta horizontal\n');
  });

  it('centres the baseline, so better and cheaper is the top-left quadrant', () => {
    const p = points(blocks(chartMarkdown(full))[0] as string);
    expect(p.get('gpt-4o (baseline)')).toEqual([0.5, 0.5]);
    const [x, y] = p.get('claude-haiku') as [number, number];
    expect(x).toBeLessThan(0.5);
    expect(y).toBeGreaterThan(0.5);
    // The routing advice costs 30% more than the candidate: right of it, left of the baseline.
    const routed = p.get('routing advice (by tag)') as [number, number];
    expect(routed[0]).toBeGreaterThan((p.get('gpt-4o-mini (candidate)') as [number, number])[0]);
    expect(routed[0]).toBeLessThan(0.5);
    for (const [px, py] of p.values()) for (const c of [px, py]) expect(c > 0 && c < 1).toBe(true);
  });

  it('says the axis ranges in its labels, centred on the baseline', () => {
    const cost = blocks(chartMarkdown(full))[0] as string;
    // Farthest point: the candidate, 16× cheaper; with the 30% margin the axis spans ×/÷ 16^1.3 = 36.8.
    expect(cost).toContain('x-axis "cheaper $0.00109" --> "pricier $1.47"');
    expect(cost).toContain('y-axis "worse −5.2 pts" --> "better +5.2 pts"');
  });

  it('bars each tag’s change by its size, gains and losses apart, the sign in the label', () => {
    const tags = blocks(chartMarkdown(full))[1] as string;
    expect(tags).toContain('x-axis ["billing −6.3", "chat +3.0", "refunds 0.0"]');
    expect(tags).toContain('bar [0.0, 3.0, 0.0]\n  bar [6.3, 0.0, 0.0]');
    expect(tags).toContain('y-axis "size of the quality change, points" 0 --> 7.0');
  });

  it('without a ranking, still charts the baseline and the candidate', async () => {
    const markdown = chartMarkdown(report({ baseline: model('gpt-4o', 88, 0.04), candidate: model('gpt-4o-mini', 84, 0.0025) }));
    const [cost] = blocks(markdown);
    expect(blocks(markdown)).toHaveLength(1);
    expect((await parse(cost as string)).diagramType).toBe('quadrantChart');
    expect([...points(cost as string).keys()]).toEqual(['gpt-4o (baseline)', 'gpt-4o-mini (candidate)']);
  });

  it('draws no tag chart for fewer than two tags with paired cases', () => {
    const base = { baseline: model('a', 80, 0.02), candidate: model('b', 81, 0.01) };
    for (const tags of [[], [tag('only', 4)], [tag('one', 4), tag('unpaired', 9, 0)]]) {
      const markdown = chartMarkdown(report({ ...base, tags }));
      expect(blocks(markdown)).toHaveLength(1);
      expect(markdown).not.toContain('xychart');
    }
  });

  it('leaves out models of unknown cost, and is empty when nothing can be placed', () => {
    const unknown = report({ baseline: model('a', 80, 0.02), candidate: model('b', 81, 0.01, 3) });
    expect(chartMarkdown(unknown)).toBe('');
    const partial = chartMarkdown(
      report({
        baseline: model('a', 80, 0.02),
        candidate: model('b', 81, 0.01),
        ranking: [entry('b', 'candidate', 81, 0.01), entry('free', 'alternative', 70, 0), entry('a', 'baseline', 80, 0.02)],
      }),
    );
    expect([...points(blocks(partial)[0] as string).keys()]).toEqual(['a (baseline)', 'b (candidate)']);
    expect(partial).toContain('Not placed, cost unknown or zero: `free`.');
  });

  it('shows at most the 20 tags with the largest changes, in report order', () => {
    const tags = Array.from({ length: 30 }, (_, i) => tag(`t${String(i).padStart(2, '0')}`, i % 2 === 0 ? i : -i));
    const markdown = chartMarkdown(report({ baseline: model('a', 80, 0.02), candidate: model('b', 81, 0.01), tags }));
    const names = [...(blocks(markdown)[1] as string).matchAll(/"(t\d\d) /g)].map((m) => m[1]);
    expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `t${i + 10}`));
    expect(markdown).toContain('20 of 30 tags: those with the largest changes.');
  });

  it('shows at most 20 points, keeping the baseline, the candidate and the routing advice', () => {
    const alternatives = Array.from({ length: 25 }, (_, i) => entry(`alt-${i}`, 'alternative', 80 + (i % 5), 0.001 * (i + 1)));
    const markdown = chartMarkdown(
      report({
        baseline: model('base', 82, 0.01),
        candidate: model('cand', 81, 0.005),
        ranking: [...alternatives, entry('cand', 'candidate', 81, 0.005), entry('base', 'baseline', 82, 0.01)],
        routing,
      }),
    );
    const shown = [...points(blocks(markdown)[0] as string).keys()];
    expect(shown).toHaveLength(CHART_LIMITS.points);
    expect(shown.slice(0, 3)).toEqual(['base (baseline)', 'alt-0', 'alt-1']);
    expect(shown.slice(-3)).toEqual(['alt-16', 'cand (candidate)', 'routing advice (by tag)']);
    expect(markdown).toContain('8 more models of the ranking not shown.');
  });

  it('gives the same text for the same report', () => {
    expect(chartMarkdown(structuredClone(full))).toBe(chartMarkdown(full));
  });
});

describe('chartMarkdown with hostile model ids and tags', () => {
  const hostile = [
    'evil": [1, 1]\n%%{init: {"theme":"dark"}}%%',
    '%%{init: {"securityLevel":"loose"}}%%',
    'x\nclick x call alert()',
    '<img src=x onerror=alert(1)>',
    '```\n</code>',
    'quadrant-1 [x] {y} #35; &amp; a:b;c',
    `${'a'.repeat(10_000)}"`,
  ];
  const ranking = hostile.map((id, i) => entry(id, 'alternative', 70 + i, 0.001 * (i + 1)));
  const r = report({
    baseline: model('base', 75, 0.004),
    candidate: model('cand', 76, 0.003),
    ranking: [...ranking, entry('cand', 'candidate', 76, 0.003), entry('base', 'baseline', 75, 0.004)],
    routing,
    tags: hostile.map((t, i) => tag(t, i - 3)),
  });
  const markdown = chartMarkdown(r);

  it('still gives two blocks that parse, with no config but the bar colours', async () => {
    const [cost, tags] = blocks(markdown) as [string, string];
    expect(await parse(cost)).toEqual({ diagramType: 'quadrantChart', config: {} });
    expect(await parse(tags)).toEqual({ diagramType: 'xychart', config: BAR_CONFIG });
  });

  it('keeps every point and bar, each label quoted, safe and bounded', () => {
    const [cost, tags] = blocks(markdown) as [string, string];
    expect(points(cost).size).toBe(hostile.length + 3);
    const categories = /x-axis \[(.*)\]/.exec(tags)?.[1]?.match(/"[^"]*"/g) ?? [];
    expect(categories).toHaveLength(hostile.length);
    for (const label of [...points(cost).keys(), ...categories.map((c) => c.slice(1, -1))]) {
      expect(label).toMatch(/^[\p{L}\p{N} ._/+@()…−-]+$/u);
      expect(Array.from(label).length).toBeLessThanOrEqual(CHART_LIMITS.modelLabelChars + ' (candidate)'.length);
    }
  });

  it('writes only lines of its own making, and no fence, directive or statement from a name', () => {
    const own = [
      /^(---|config:| {2}xyChart:| {4}yAxis:| {6}show(Label|Tick): false| {2}themeVariables:| {4}xyChart:| {6}plotColorPalette: "royalblue, #bc4c00")$/,
      /^(quadrantChart|xychart-beta horizontal)$/,
      /^ {2}[xy]-axis "[^"]*" --> "[^"]*"$/,
      /^ {2}quadrant-[1-4] "[^"]*"$/,
      /^ {2}"[^"]*": \[(0\.\d{3}|1), (0\.\d{3}|1)\]$/,
      /^ {2}x-axis \[("[^"]*"(, )?)+\]$/,
      /^ {2}y-axis "[^"]*" 0 --> \d+\.\d$/,
      /^ {2}bar \[(\d+\.\d(, )?)+\]$/,
    ];
    for (const block of blocks(markdown)) {
      expect(block.replaceAll(' --> ', ' ').replace(/"royalblue, #bc4c00"/, '')).not.toMatch(/%%|`|[<>{};#&]/);
      for (const line of block.split('\n')) expect(own.some((shape) => shape.test(line)), line).toBe(true);
    }
    expect(markdown.match(/^```/gm)).toHaveLength(4);
  });

  it('bounds the whole text, however long the names', () => {
    expect(markdown.length).toBeLessThan(4000);
  });
});

describe('chartLabel', () => {
  it('keeps ordinary model ids and tags as they are', () => {
    for (const id of ['gpt-4o-mini', 'claude-3.5-sonnet@20240620', 'org/llama-3.1-8b+lora', 'facturación', '日本語']) {
      expect(chartLabel(id, 40)).toBe(id);
    }
  });

  it('replaces each run of other characters with one underscore and cuts at the limit', () => {
    expect(chartLabel('a"b\n\nc: [d]', 40)).toBe('a_b c_ _d_');
    expect(chartLabel('   ', 40)).toBe('?');
    expect(chartLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('the charts of the reports the pipeline writes', () => {
  it('parse in every golden comment, and the demo-like pass and fail reports carry both charts', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, 'fixtures');
    const counts: Record<string, number> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const markdown = readFileSync(join(dir, file), 'utf8');
      counts[file] = 0;
      for (const match of markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)) {
        await parse(match[1]!);
        counts[file]!++;
      }
    }
    expect(counts['pass.md']).toBe(2);
    expect(counts['fail.md']).toBe(2);
    expect(counts['hostile.md']).toBe(2);
  });
});
