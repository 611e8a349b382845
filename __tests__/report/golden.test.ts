// Golden tests: fixtures/<name>.json → fixtures/<name>.md. pass, fail, inconclusive and
// model-down are written by the pipeline goldens (__tests__/pipeline) from eval files and
// scripted calls; error, incomplete, hostile, long and tiny are hand-written reports for
// shapes a scripted run does not reach (hostile strings, size limits). To regenerate after
// a deliberate change: npm run golden — then read the diff as carefully as the first time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type GateReport, type RenderOptions, renderMarkdown } from '../../src/report/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Render options per fixture; the default is the PR-comment limit with the sticky marker. */
const OPTIONS: Record<string, RenderOptions> = {
  long: { maxChars: 9_000, footer: '<!-- llm-gate -->' },
  tiny: { maxChars: 1_500 },
};
const DEFAULT_OPTIONS: RenderOptions = { footer: '<!-- llm-gate -->' };

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

describe('renderMarkdown golden files', () => {
  it('has fixtures to check', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of names) {
    it(`renders ${name}.json as ${name}.md`, () => {
      const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as GateReport;
      const options = OPTIONS[name] ?? DEFAULT_OPTIONS;
      const markdown = renderMarkdown(report, options);
      const goldenPath = join(dir, `${name}.md`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenPath, markdown);
      expect(markdown).toBe(readFileSync(goldenPath, 'utf8'));
      expect(markdown.length).toBeLessThanOrEqual(options.maxChars ?? 65_536);
    });
  }
});
