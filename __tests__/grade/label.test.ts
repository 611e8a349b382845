import { describe, expect, it } from 'vitest';
import { label, normaliseLabel } from '../../src/grade/graders/label.js';
import { GRADE_INPUT_CHARS } from '../../src/limits.js';
import type { WorkMeter } from '../../src/grade/text.js';
import { ctxFor } from './helpers.js';
import { randomStrings, regexNormaliseLabel } from './reference/regex-versions.js';

const ctx = ctxFor();

describe('label', () => {
  it.each([
    ['billing'],
    ['  Billing.\n'],
    ['"billing"'],
    ['`billing`'],
    ['**Billing**'],
    ['Label: billing'],
    ['label = "Billing"!'],
    ['{"label": "billing"}'],
    ['```json\n{"Label": "billing"}\n```'],
    ['```\nbilling\n```'],
  ])('normalises %j to the expected label', (output) => {
    expect(label.grade(output, { value: 'Billing' }, ctx)).toEqual({ score: 1, label: { expected: 'billing', actual: 'billing' } });
  });

  it('keeps inner spacing and hyphens as part of the label', () => {
    expect(normaliseLabel('Tech   Support')).toBe('tech support');
    expect(normaliseLabel('tech-support')).toBe('tech-support');
  });

  it('fails a different label and reports both for the confusion table', () => {
    expect(label.grade('Shipping', { value: 'billing' }, ctx)).toEqual({
      score: 0,
      reason: 'expected label "billing", got "shipping"',
      label: { expected: 'billing', actual: 'shipping' },
    });
  });

  it('fails a sentence that merely mentions the label and caps it in the table', () => {
    const out = 'This message is about billing because the customer wants a refund for their order.';
    const result = label.grade(out, { value: 'billing' }, ctx);
    expect(result.score).toBe(0);
    expect(result.label?.actual).toHaveLength(60);
    expect(result.label?.actual.endsWith('…')).toBe(true);
  });

  it('requires a non-empty expected label', () => {
    expect(label.options.safeParse({ value: '' }).success).toBe(false);
  });
});

describe('normaliseLabel on hostile output', () => {
  const stepsFor = (make: (n: number) => string, n: number): number => {
    const meter: WorkMeter = { steps: 0 };
    normaliseLabel(make(n), meter);
    return meter.steps;
  };
  // Each shape made the regex version polynomial: 5,000 '"' then "x" took over a minute.
  const HOSTILE: Record<string, (n: number) => string> = {
    'quote marks then a letter': (n) => `${'"'.repeat(n)}x`,
    'emphasis around a long middle': (n) => `${'*'.repeat(n / 2)}x${'_'.repeat(n / 2 - 1)}.`,
    'punctuation then a letter': (n) => `${'.'.repeat(n)}x`,
    'nested label prefixes, one layer per round': (n) => `${'label: "'.repeat(n / 10)}x${'".'.repeat(n / 10)}`,
    'a prefix that fails after spaces, punctuation and spaces alternating': (n) => `label${' '.repeat(n / 2)}x${'. '.repeat(n / 4)}`,
    'a fence full of spaces': (n) => `\`\`\`${' '.repeat(n)}x`,
    'braces': (n) => '{'.repeat(n),
  };

  it.each(Object.entries(HOSTILE))('does work linear in the length for %s', (_name, make) => {
    const n = 64 * 1024;
    const one = stepsFor(make, n);
    const two = stepsFor(make, 2 * n);
    expect(two / one).toBeLessThan(2.1);
    expect(two).toBeLessThan(10 * 2 * n);
  });

  it('grades 5,000 quote marks then "x", and a full grader input of each shape (a hang guard)', () => {
    expect(label.grade(`${'"'.repeat(5000)}x`, { value: 'x' }, ctx)).toMatchObject({ score: 0 });
    for (const make of Object.values(HOSTILE)) expect(label.grade(make(GRADE_INPUT_CHARS), { value: 'billing' }, ctx).score).toBe(0);
  });
});

describe('normaliseLabel agrees with the regex version it replaced', () => {
  it('on 30,000 short random outputs of quotes, punctuation, prefixes, fences and JSON', () => {
    const alphabet = ['"', "'", '`', '```', '*', '_', '“', '’', '.', '!', ':', '=', ' ', '\n', '\u00a0', 'label', 'LaBeL', 'class', 'cat', 'x', 'B', '{', '}', '"label"', 'json', '-', ',', '?'];
    const differ = randomStrings(7, alphabet, 30_000, 14).filter((s) => normaliseLabel(s) !== regexNormaliseLabel(s));
    expect(differ).toEqual([]);
  });
});
