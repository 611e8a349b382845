import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type GateReport, renderMarkdown } from '../../src/report/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const load = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GateReport;

/** Splits markdown into prose and fenced code blocks, the way CommonMark does for backtick fences; the report's own mermaid charts apart. */
function split(markdown: string): { prose: string[]; code: string[][]; charts: string[][] } {
  const prose: string[] = [];
  const code: string[][] = [];
  const charts: string[][] = [];
  let fence: string | null = null;
  let block: string[] = [];
  for (const line of markdown.split('\n')) {
    if (fence === null) {
      const open = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
      if (open) {
        fence = open[1] as string;
        block = [];
        (open[2]!.trim() === 'mermaid' ? charts : code).push(block);
      } else prose.push(line);
    } else if (new RegExp(`^ {0,3}\`{${fence.length},}\\s*$`).test(line)) {
      fence = null;
    } else block.push(line);
  }
  expect(fence, 'every fence is closed').toBeNull();
  return { prose, code, charts };
}

const OUR_TAGS = /<\/?(details|summary|table|tr|td|th|code)>|<!-- llm-gate -->/g;

describe('renderMarkdown keeps hostile model output inert', () => {
  const report = load('hostile');
  const markdown = renderMarkdown(report);
  const { prose, code } = split(markdown);
  const text = prose.join('\n');

  it('keeps each output inside its own code block, whatever fences it contains', () => {
    // two regressions × two sides; the hostile output has ``` and ```` runs of its own
    expect(code).toHaveLength(4);
    expect(code.some((block) => block.includes('</td></tr></table></details><img src=x onerror=alert(1)>'))).toBe(true);
  });

  it('has no raw HTML outside code blocks but the report’s own tags', () => {
    expect(text.replace(OUR_TAGS, '')).not.toMatch(/(?<!\\)<[a-z/!]/i);
  });

  it('has no image or link syntax outside code blocks', () => {
    expect(text).not.toMatch(/(?<!\\)!\[/);
    expect(text).not.toMatch(/(?<!\\)\]\(/);
  });

  it('mentions nobody and auto-links nothing, anywhere', () => {
    expect(markdown).not.toMatch(/@[A-Za-z0-9]/);
    expect(markdown).not.toMatch(/#\d/);
    expect(markdown).not.toMatch(/[a-z]:\/\//i);
    expect(markdown).not.toMatch(/www\./i);
  });

  it('keeps every table row to its header’s number of cells', () => {
    const rows = prose.filter((l) => l.startsWith('|'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    let header = 0;
    for (const [i, row] of rows.entries()) {
      if (i === 0 || !(rows[i - 1] as string).startsWith('|') || /^\|:--/.test(rows[i + 1] ?? '')) header = cells(row);
      expect(cells(row), row).toBe(header);
    }
  });

  it('drops bidi override characters', () => {
    expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('renderMarkdown size policy', () => {
  const report = load('long');
  const full = renderMarkdown(report, { maxChars: Infinity });

  it('renders everything, with no truncation note, when there is room', () => {
    expect(full).not.toContain('Shortened to fit');
    expect(full).toContain('#### Worst regressions (10 of 14)');
  });

  it('stays within maxChars and always keeps the headline and the metric table', () => {
    for (let max = full.length - 1; max >= 2_000; max -= 211) {
      const md = renderMarkdown(report, { maxChars: max });
      expect(md.length).toBeLessThanOrEqual(max);
      expect(md).toContain(`❌ **fail** — candidate claude-haiku-4`);
      expect(md).toContain('| quality per $ | 25,000 | 9,808 | −61% [−68%, −52%] | −10% | ❌ |');
      expect(md).toContain(`Shortened to fit ${max.toLocaleString('en-US')} characters`);
    }
  });

  it('drops detail in stages: fewer and shorter outputs, then the per-tag table, then the regressions', () => {
    const stages = [full.length - 1, 12_000, 6_000, 5_000, 4_800, 2_500].map((max) => renderMarkdown(report, { maxChars: max }));
    const has = (md: string, s: string) => md.includes(s);
    // fewer outputs first, tags still there
    expect(has(stages[0] as string, '(5 of 14)')).toBe(true);
    expect(has(stages[0] as string, '#### By tag')).toBe(true);
    // once the per-tag table is gone, it never comes back at a smaller size
    const tagGone = stages.findIndex((md) => !has(md, '#### By tag'));
    const regressionsGone = stages.findIndex((md) => !has(md, '#### Worst regressions'));
    expect(tagGone).toBeGreaterThan(0);
    expect(regressionsGone).toBeGreaterThan(tagGone);
    for (const md of stages.slice(tagGone)) expect(has(md, '#### By tag')).toBe(false);
  });

  it('keeps the headline and the table even when they alone pass the limit', () => {
    const md = renderMarkdown(report, { maxChars: 100 });
    expect(md).toContain('| quality | 100.0 | 51.0 | −49 pts [−60.0, −38.0] | −2 pts | ❌ |');
    expect(md).toContain('everything but the metric table left out');
  });

  it('counts the footer against the limit and always keeps it', () => {
    const footer = '<!-- llm-gate -->';
    const md = renderMarkdown(report, { maxChars: 5_000, footer });
    expect(md.length).toBeLessThanOrEqual(5_000);
    expect(md.trimEnd().endsWith(footer)).toBe(true);
  });
});

describe('renderMarkdown verdicts and intervals', () => {
  const base = load('pass');

  it.each([
    ['pass', '✅ **pass**'],
    ['fail', '❌ **fail**'],
    ['inconclusive', '❔ **inconclusive**'],
    ['error', '⚠️ **error**'],
    ['incomplete', '⏸️ **incomplete**'],
    ['skipped', '⏭️ **skipped**'],
  ] as const)('shows a %s verdict in words with its emoji', (verdict, words) => {
    expect(renderMarkdown({ ...base, verdict })).toContain(`${words} — `);
  });

  it('labels a simulated run', () => {
    expect(renderMarkdown({ ...base, run: { ...base.run, simulated: true } })).toContain('🧪 **Simulated run**');
    expect(renderMarkdown(base)).not.toContain('Simulated');
  });

  it('shows a check’s interval next to its change', () => {
    const checks = base.checks.map((c) => (c.metric === 'quality' ? { ...c, change: -3.1, interval: [-5, -1.2] as [number, number] } : c));
    expect(renderMarkdown({ ...base, checks })).toContain('| −3.1 pts [−5.0, −1.2] |');
  });

  it('marks a change whose interval contains 0 with ~, as benchstat does', () => {
    const checks = base.checks.map((c) => (c.metric === 'p95Latency' ? { ...c, change: 0.12, interval: [-0.031, 0.31] as [number, number] } : c));
    expect(renderMarkdown({ ...base, checks })).toContain('| ~ +12% [−3.1%, +31%] | +20% |');
  });

  it('shows the cost change with its interval', () => {
    const statistics = { ...base.statistics, cost: { change: 1.41, interval: [1.2, 1.62] as [number, number] } };
    expect(renderMarkdown({ ...base, statistics })).toMatch(/\| cost \| \$0\.0325 \| \$0\.0078 \| \+141% \[\+120%, \+162%\] \|/);
  });

  it('says how the intervals were made and what this many cases can detect', () => {
    const md = renderMarkdown(base);
    expect(md).toContain('_95% intervals: paired case tests over 200 cases (score, jackknife, quantile and Newcombe intervals; seed 2802418135).');
    expect(md).toContain('an unchanged model fails the gate at most 1% of the time._');
    expect(md).toContain('_Smallest regressions these 200 cases would catch 80% of the time: quality −4.7 pts · quality per $ −10% · p95 latency +20% · error rate +4.7 pp._');
  });

  it('states the rule and the per-check levels of a report from the paired case tests', () => {
    const report = load('inconclusive');
    const statistics = {
      ...report.statistics,
      method: 'paired case tests' as const,
      failConfidence: 0.99,
      failAlpha: { quality: 0.005, qualityPerDollar: 0.0025, p95Latency: 0.0015, errorRate: 0.001 },
      minimumCases: 10,
    };
    const checks = report.checks.map((c, i) => (i === 0 ? { ...c, casesToDecide: undefined, casesToDecideAtLeast: 1500 } : c));
    const md = renderMarkdown({ ...report, statistics, checks } as GateReport);
    expect(md).toContain(
      'A check fails when it is past the limit at 97% confidence and the candidate is worse at all (quality 99.5%, quality per $ 99.75%, p95 latency 99.85%, error rate 99.9%); it passes when the interval lies wholly inside the limit; an unchanged model fails the gate at most 1% of the time._',
    );
    expect(md).toContain('¹ quality: deciding it would take more than 10× this set (over 1,500 cases), if the change held.');
    expect(md).toContain('**These 30 cases would catch a 11-point drop in quality, not a 2-point one;');
  });

  it('footnotes each inconclusive check with the cases that would decide it', () => {
    const md = renderMarkdown(load('inconclusive'));
    expect(md).toContain('| quality | 90.0 | 86.7 | ~ −3.3 pts [−17.5, +9.3] | −2 pts | ❔¹ |');
    expect(md).toContain('| quality per $ | 1,388,175 | 1,336,761 | ~ −3.7% [−11%, +4.1%] | −10% | ❔² |');
    expect(md).toContain('¹ quality: deciding it would take more than 10× this set (over 300 cases), if the change held.');
    expect(md).toContain('² quality per $: need about 49 more cases to decide it (80% power, if the change held).');
  });

  it('renders a report from before intervals existed without them', () => {
    const { statistics: _dropped, ...old } = base;
    const checks = base.checks.map(({ interval: _i, mde: _m, ...c }) => c);
    const md = renderMarkdown({ ...old, checks } as unknown as GateReport);
    expect(md).toContain('| quality | 90.0 | 90.0 | 0 pts | −2 pts | ✅ |');
    expect(md).not.toContain('intervals');
  });

  it('marks a disabled check as off', () => {
    const checks = base.checks.filter((c) => c.metric !== 'p95Latency');
    expect(renderMarkdown({ ...base, checks })).toMatch(/\| p95 latency \| 124 ms \| 125 ms \| \+0\.8% \| off \| {2}\|/);
  });
});

describe('renderMarkdown for a check with nothing to compare', () => {
  it('shows n/a for the change and says why in its footnote', () => {
    const report = load('inconclusive');
    const p95 = report.checks.find((c) => c.metric === 'p95Latency')!;
    const others = report.checks.filter((c) => c !== p95 && c.status !== 'inconclusive');
    const { casesToDecide: _dropped, ...rest } = p95;
    const unmeasured = { ...rest, status: 'inconclusive' as const, change: 1, interval: [1, 1] as [number, number], unmeasured: 'the baseline answered no call' };
    const markdown = renderMarkdown({ ...report, checks: [...others, unmeasured] });
    const row = markdown.split('\n').find((line) => line.startsWith('| p95 latency |'))!;
    expect(row).toContain('| n/a |');
    expect(row).not.toContain('+100%');
    expect(markdown).toMatch(/^¹ p95 latency: not compared, the baseline answered no call\.$/m);
  });
});
