import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/index.js';
import { headlineOf } from '../../src/report/index.js';
import type { Check, ModelMetrics } from '../../src/types.js';

function metrics(model: string, quality: number, costPer1kCases: number): ModelMetrics {
  return {
    model,
    cases: 100,
    calls: 100,
    errors: 0,
    errorRate: 0,
    timeouts: 0,
    infraErrors: 0,
    quality,
    costUsd: costPer1kCases / 10,
    costPer1kCases,
    qualityPerDollar: 0,
    latencyMs: { p50: 0, p95: 0, p99: 0 },
    tokens: { input: 0, cachedInput: 0, output: 0, reasoning: 0 },
  };
}

function comparison(over: Partial<Comparison>): Comparison {
  return {
    models: { baseline: metrics('gpt-4o', 80, 10), candidate: metrics('gpt-5.5', 81.2, 24) },
    tags: [],
    checks: [],
    verdict: 'pass',
    reason: { kind: 'checks', failed: [], inconclusive: [] },
    labels: {},
    regressions: [],
    pairedCases: 100,
    cases: 100,
    warnings: [],
    ...over,
  };
}

const qpdFail: Check = { metric: 'qualityPerDollar', baseline: 800, candidate: 336, change: -0.58, threshold: -0.1, status: 'fail' };
const p95Fail: Check = { metric: 'p95Latency', baseline: 800, candidate: 1080, change: 0.35, threshold: 0.2, status: 'fail' };
const qualityPass: Check = { metric: 'quality', baseline: 80, candidate: 81.2, change: 1.2, threshold: -2, status: 'pass' };

describe('headlineOf', () => {
  it('explains a fail by the trade-off and the failed check', () => {
    const c = comparison({
      verdict: 'fail',
      checks: [qualityPass, qpdFail],
      reason: { kind: 'checks', failed: ['qualityPerDollar'], inconclusive: [] },
    });
    expect(headlineOf(c)).toBe(
      'candidate gpt-5.5 costs 2.4× more for +1.2 quality: quality per dollar \u221258%, past the 10% limit',
    );
  });

  it('lists every failed check', () => {
    const c = comparison({
      verdict: 'fail',
      checks: [qpdFail, p95Fail],
      reason: { kind: 'checks', failed: ['qualityPerDollar', 'p95Latency'], inconclusive: [] },
    });
    expect(headlineOf(c)).toMatch(/quality per dollar −58%, past the 10% limit; p95 latency \+35%, past the 20% limit$/);
  });

  it('says a pass is within every limit, with a cost drop in percent', () => {
    const c = comparison({
      models: { baseline: metrics('a', 80, 10), candidate: metrics('b', 80.01, 6) },
      checks: [qualityPass],
    });
    expect(headlineOf(c)).toBe('candidate b costs 40% less for the same quality; every check within its limit');
  });

  it('says a cost rise under 2× in percent', () => {
    const c = comparison({ models: { baseline: metrics('a', 80, 10), candidate: metrics('b', 77, 13.8) }, checks: [qualityPass] });
    expect(headlineOf(c)).toBe('candidate b costs 38% more for \u22123 quality; every check within its limit');
  });

  it('says could not judge for infra errors, naming the model and the limit', () => {
    const c = comparison({ verdict: 'error', reason: { kind: 'infra', side: 'candidate', rate: 0.12, limit: 0.02 } });
    expect(headlineOf(c)).toBe(
      "could not judge: 12% of candidate gpt-5.5's calls failed on infrastructure errors (rate limits, 5xx, connections) after retries, above the 2% limit",
    );
  });

  it('says could not judge when no case was paired', () => {
    expect(headlineOf(comparison({ verdict: 'error', reason: { kind: 'noPairs' } }))).toBe(
      'could not judge: no case was answered by both models',
    );
  });

  it('says how far an incomplete run got', () => {
    const c = comparison({ verdict: 'incomplete', reason: { kind: 'incomplete', pairedCases: 40, cases: 120 } });
    expect(headlineOf(c)).toBe('run incomplete: 40 of 120 cases answered by both models before it stopped; no verdict');
  });

  it('names the undecided checks of an inconclusive verdict', () => {
    const c = comparison({ verdict: 'inconclusive', reason: { kind: 'checks', failed: [], inconclusive: ['quality'] } });
    expect(headlineOf(c)).toMatch(/; not decided: quality$/);
  });
});
