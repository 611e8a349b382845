import { describe, expect, it } from 'vitest';
import { timeoutExposure, tokenDrift } from '../../src/compare/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Comparison, GatedCheck, Statistics } from '../../src/compare/index.js';
import { type GateReport, headlineOf } from '../../src/report/index.js';
import type { ModelMetrics } from '../../src/types.js';

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
    usageMissing: 0,
    cutAtTokenLimit: 0,
  };
}

const statistics: Statistics = {
  method: 'paired case bootstrap',
  seed: 1,
  resamples: 2000,
  confidence: 0.95,
  failConfidence: 0.995,
  power: 0.8,
  cases: 100,
  cost: { change: 1.4, interval: [1.2, 1.6] },
};

function comparison(over: Partial<Comparison>): Comparison {
  return {
    models: { baseline: metrics('gpt-4o', 80, 10), candidate: metrics('gpt-5.5', 81.2, 24) },
    tags: [],
    checks: [],
    statistics,
    verdict: 'pass',
    reason: { kind: 'checks', failed: [], inconclusive: [] },
    labels: {},
    regressions: [],
    pairedCases: 100,
    cases: 100,
    warnings: [],
    tokens: tokenDrift({ cases: [], records: { baseline: [], candidate: [] } }),
    timeouts: timeoutExposure({ records: { baseline: [], candidate: [] }, timeoutMs: 30_000, retries: 2 }),
    ...over,
  };
}

const qpdFail: GatedCheck = { metric: 'qualityPerDollar', baseline: 800, candidate: 336, change: -0.58, threshold: -0.1, status: 'fail', interval: [-0.62, -0.54], mde: -0.2 };
const p95Fail: GatedCheck = { metric: 'p95Latency', baseline: 800, candidate: 1080, change: 0.35, threshold: 0.2, status: 'fail', interval: [0.21, 0.5], mde: 0.3 };
const qualityPass: GatedCheck = { metric: 'quality', baseline: 80, candidate: 81.2, change: 1.2, threshold: -2, status: 'pass', interval: [-0.5, 2.9], mde: -5 };

describe('headlineOf', () => {
  it('explains a fail by the trade-off and the failed check', () => {
    const c = comparison({
      verdict: 'fail',
      checks: [qualityPass, qpdFail],
      reason: { kind: 'checks', failed: ['qualityPerDollar'], inconclusive: [] },
    });
    expect(headlineOf(c)).toBe(
      'candidate gpt-5.5 costs 2.4× more for +1.2 quality: quality per dollar \u221258% [\u221262%, \u221254%], past the 10% limit',
    );
  });

  it('lists every failed check', () => {
    const c = comparison({
      verdict: 'fail',
      checks: [qpdFail, p95Fail],
      reason: { kind: 'checks', failed: ['qualityPerDollar', 'p95Latency'], inconclusive: [] },
    });
    expect(headlineOf(c)).toMatch(/quality per dollar −58% \[−62%, −54%\], past the 10% limit; p95 latency \+35% \[\+21%, \+50%\], past the 20% limit$/);
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

  it('explains an inconclusive check that cannot rule out a regression, and how many cases would decide it', () => {
    const quality: GatedCheck = { metric: 'quality', baseline: 80, candidate: 78.2, change: -1.8, threshold: -2, status: 'inconclusive', interval: [-4.9, 1.3], mde: -7.9, casesToDecide: 180 };
    const c = comparison({
      models: { baseline: metrics('a', 80, 10), candidate: metrics('b', 78.2, 10) },
      verdict: 'inconclusive',
      checks: [quality, { ...qualityPass, metric: 'errorRate', change: 0, threshold: 0.02, interval: [0, 0], baseline: 0, candidate: 0 }],
      reason: { kind: 'checks', failed: [], inconclusive: ['quality'] },
    });
    expect(headlineOf(c)).toBe(
      'candidate b costs about the same for \u22121.8 quality; inconclusive: quality \u22121.8 pts [\u22124.9, +1.3] ' +
        'cannot rule out a drop past the 2-point limit; 180 more cases would decide it',
    );
  });

  it('says a change past the limit is not beyond doubt, and takes the largest figure for several checks', () => {
    const p95: GatedCheck = { metric: 'p95Latency', baseline: 100, candidate: 130, change: 0.3, threshold: 0.2, status: 'inconclusive', interval: [-0.02, 0.6], mde: 0.5, casesToDecide: 40 };
    const quality: GatedCheck = { metric: 'quality', baseline: 80, candidate: 79, change: -1, threshold: -2, status: 'inconclusive', interval: [-3, 1], mde: -4, casesToDecide: 300 };
    const c = comparison({
      models: { baseline: metrics('a', 80, 10), candidate: metrics('b', 79, 10) },
      verdict: 'inconclusive',
      checks: [quality, p95],
      reason: { kind: 'checks', failed: [], inconclusive: ['quality', 'p95Latency'] },
    });
    expect(headlineOf(c)).toBe(
      'candidate b costs about the same for \u22121 quality; inconclusive: quality \u22121 pts [\u22123.0, +1.0] cannot rule out a drop past the 2-point limit; ' +
        'p95 latency +30% [\u22122%, +60%] is past the 20% limit but not beyond doubt; 300 more cases would decide them',
    );
  });

  it('says a check with nothing to compare was not compared, and why', () => {
    const p95: GatedCheck = {
      metric: 'p95Latency', baseline: 0, candidate: 105, change: 1, threshold: 0.2, status: 'inconclusive', interval: [1, 1], mde: 0.2,
      unmeasured: 'the baseline answered no call',
    };
    const c = comparison({ verdict: 'inconclusive', checks: [p95], reason: { kind: 'checks', failed: [], inconclusive: ['p95Latency'] } });
    expect(headlineOf(c)).toMatch(/inconclusive: p95 latency not compared: the baseline answered no call$/);
    expect(headlineOf(c)).not.toMatch(/\+100%/);
  });

  it('leaves out the case count when a check has none', () => {
    const quality: GatedCheck = { metric: 'quality', baseline: 80, candidate: 78, change: -2, threshold: -2, status: 'inconclusive', interval: [-5, 1], mde: -7 };
    const c = comparison({ verdict: 'inconclusive', checks: [quality], reason: { kind: 'checks', failed: [], inconclusive: ['quality'] } });
    expect(headlineOf(c)).toMatch(/inconclusive: quality −2 pts \[−5\.0, \+1\.0\] cannot rule out a drop past the 2-point limit$/);
  });
});

describe('headlines of the golden fixtures', () => {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    it(`${file} carries the headline headlineOf writes for it`, () => {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GateReport;
      const asComparison = { ...report, cases: report.evalSet.cases, labels: {}, judge: undefined } as unknown as Comparison;
      expect(headlineOf(asComparison)).toBe(report.headline);
    });
  }
});
