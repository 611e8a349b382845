import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configReferenceMarkdown, withConfigReference } from '../../src/config/reference.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README config reference', () => {
  it('is the one generated from the zod schema (run `npm run build && npm run schema` after changing it)', () => {
    expect(withConfigReference(readme)).toBe(readme);
  });

  it('documents every threshold and run setting with its default', () => {
    const reference = configReferenceMarkdown();
    for (const key of ['thresholds.qualityPerDollar', 'thresholds.p95Latency', 'thresholds.quality', 'thresholds.errorRate', 'run.concurrency', 'run.repeats', 'run.timeout', 'run.retries', 'run.budget']) {
      expect(reference).toMatch(new RegExp(`\\| \`${key.replace('.', '\\.')}\` \\|[^\\n]*Default`));
    }
  });
});
