import { describe, expect, it } from 'vitest';
import { label, normaliseLabel } from '../../src/grade/graders/label.js';
import { ctxFor } from './helpers.js';

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
