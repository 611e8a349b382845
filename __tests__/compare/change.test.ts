import { describe, expect, it } from 'vitest';
import { decideVerdict, qualityPerDollarOf, relativeChange } from '../../src/compare/index.js';
import type { Check } from '../../src/types.js';

describe('relativeChange', () => {
  it('is candidate / baseline − 1 for a positive baseline', () => {
    expect(relativeChange(200, 250)).toBeCloseTo(0.25, 12);
    expect(relativeChange(200, 50)).toBeCloseTo(-0.75, 12);
    expect(relativeChange(200, 0)).toBe(-1);
  });

  it('is 0 from 0 to 0 and +100% from 0 to anything, never NaN or ∞', () => {
    expect(relativeChange(0, 0)).toBe(0);
    expect(relativeChange(0, 5)).toBe(1);
  });

  it('treats an unbounded value as −100% when lost and +100% when gained', () => {
    expect(relativeChange(Infinity, 10)).toBe(-1);
    expect(relativeChange(10, Infinity)).toBe(1);
    expect(relativeChange(Infinity, Infinity)).toBe(0);
  });
});

describe('qualityPerDollarOf', () => {
  it('is 100 × Σ score / Σ cost', () => {
    expect(qualityPerDollarOf(3, 0.5)).toBe(600);
  });

  it('is unbounded when free and useful, 0 when free and useless', () => {
    expect(qualityPerDollarOf(1, 0)).toBe(Infinity);
    expect(qualityPerDollarOf(0, 0)).toBe(0);
  });
});

describe('decideVerdict', () => {
  const pass: Check = { metric: 'quality', baseline: 80, candidate: 80, change: 0, threshold: -2, status: 'pass' };
  const fail: Check = { ...pass, metric: 'p95Latency', status: 'fail' };
  const inconclusive: Check = { ...pass, metric: 'qualityPerDollar', status: 'inconclusive' };
  const base = { incomplete: false, cases: 10, pairedCases: 10, infraRate: { baseline: 0, candidate: 0 }, infraLimit: 0.02 };

  it('passes when every check passes', () => {
    expect(decideVerdict({ ...base, checks: [pass] }).verdict).toBe('pass');
  });

  it('fails when any check fails, even with an inconclusive one', () => {
    expect(decideVerdict({ ...base, checks: [pass, inconclusive, fail] })).toEqual({
      verdict: 'fail',
      reason: { kind: 'checks', failed: ['p95Latency'], inconclusive: ['qualityPerDollar'] },
    });
  });

  it('is inconclusive when none fails and one is inconclusive', () => {
    expect(decideVerdict({ ...base, checks: [pass, inconclusive] }).verdict).toBe('inconclusive');
  });

  it('blames the side with the higher infra rate, only above the limit', () => {
    expect(decideVerdict({ ...base, infraRate: { baseline: 0.02, candidate: 0.02 }, checks: [fail] }).verdict).toBe('fail');
    expect(decideVerdict({ ...base, infraRate: { baseline: 0.03, candidate: 0.05 }, checks: [fail] })).toEqual({
      verdict: 'error',
      reason: { kind: 'infra', side: 'candidate', rate: 0.05, limit: 0.02 },
    });
  });

  it('says error or incomplete, not inconclusive, when the run could not be judged', () => {
    expect(decideVerdict({ ...base, infraRate: { baseline: 0.05, candidate: 0 }, checks: [inconclusive] }).verdict).toBe('error');
    expect(decideVerdict({ ...base, pairedCases: 0, checks: [inconclusive] }).verdict).toBe('error');
    expect(decideVerdict({ ...base, incomplete: true, checks: [inconclusive, pass] }).verdict).toBe('incomplete');
  });

  it('passes with no checks at all', () => {
    expect(decideVerdict({ ...base, checks: [] }).verdict).toBe('pass');
  });

  it('fails an incomplete run whose finished cases already prove a regression, but never passes one', () => {
    expect(decideVerdict({ ...base, incomplete: true, pairedCases: 6, checks: [pass, fail] })).toEqual({
      verdict: 'fail',
      reason: { kind: 'checks', failed: ['p95Latency'], inconclusive: [], partial: { pairedCases: 6, cases: 10 } },
    });
    expect(decideVerdict({ ...base, incomplete: true, pairedCases: 6, checks: [pass] }).verdict).toBe('incomplete');
    expect(decideVerdict({ ...base, incomplete: true, pairedCases: 0, checks: [fail] }).verdict).toBe('incomplete');
  });

  it('puts incomplete before infra errors', () => {
    const input = { ...base, incomplete: true, infraRate: { baseline: 0.5, candidate: 0 }, checks: [fail] };
    expect(decideVerdict(input).verdict).toBe('incomplete');
  });
});
