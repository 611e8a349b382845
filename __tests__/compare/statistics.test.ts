// The gate's statistics end to end: real comparison on hand-made and simulated runs
// (bench/stats-sim.ts), fixed seeds so every run of this file sees the same data.
import { describe, expect, it } from 'vitest';
import { MIN_CASES, compare } from '../../src/compare/index.js';
import { gradeCases } from '../../src/grade/index.js';
import { SIM_BASE, simConfig, simulateCompare, simulateGate, simulateRun } from '../../bench/stats-sim.js';
import { config, uniformCases } from './build.js';
import { warningWords } from '../../src/report/warnings.js';

const quality = (r: ReturnType<typeof compare>) => r.checks.find((c) => c.metric === 'quality');

describe('acceptance cases', () => {
  it('never passes or fails on one case, however large the change', () => {
    for (const scores of [
      { baseline: 1, candidate: 0 },
      { baseline: 0.5, candidate: 0.5 },
      { baseline: 0, candidate: 1 },
    ]) {
      const one = uniformCases(1, scores);
      const result = compare({ config: config(), graded: one.cases, records: one.records });
      expect(result.checks.map((c) => c.status)).toEqual(['inconclusive', 'inconclusive', 'inconclusive', 'inconclusive']);
      expect(result.verdict).toBe('inconclusive');
      // and the interval is never zero-width
      expect(quality(result)?.interval[0]).toBeLessThan(quality(result)?.interval[1] ?? Number.NaN);
    }
  });

  it(`decides nothing below ${MIN_CASES} paired cases, and says how many more would be needed`, () => {
    const few = uniformCases(MIN_CASES - 1, { baseline: 1, candidate: 0 });
    const result = compare({ config: config({ thresholds: { p95Latency: false } }), graded: few.cases, records: few.records });
    expect(quality(result)?.status).toBe('inconclusive');
    expect(quality(result)?.casesToDecide).toBeGreaterThanOrEqual(1);
    expect(result.warnings).toContainEqual({ code: 'too-few-cases', pairedCases: MIN_CASES - 1, minimum: MIN_CASES });
    expect(result.warnings.map(warningWords).join('\n')).toMatch(/below 10 no check passes or fails/);
  });

  it('does not fail 4 of 4 disagreements against the candidate in 50 cases (sign test p = 1/16)', () => {
    const set = uniformCases(50, { baseline: 1, candidate: 1 }, (i) => (i < 4 ? { baseline: 1, candidate: 0 } : undefined));
    const result = compare({ config: config({ thresholds: { p95Latency: false } }), graded: set.cases, records: set.records });
    expect(quality(result)?.change).toBeCloseTo(-8, 9);
    expect(quality(result)?.status).toBe('inconclusive');
    expect(result.verdict).not.toBe('fail');
  });

  it('fails 12 of 12 disagreements against the candidate in 50 cases (p = 1/4096, and the bound is past −2)', () => {
    const set = uniformCases(50, { baseline: 1, candidate: 1 }, (i) => (i < 12 ? { baseline: 1, candidate: 0 } : undefined));
    const result = compare({ config: config({ thresholds: { p95Latency: false, qualityPerDollar: false } }), graded: set.cases, records: set.records });
    expect(quality(result)?.status).toBe('fail');
    expect(quality(result)?.interval[1]).toBeLessThan(-2);
  });

  it('does not pass the error-rate check on 0 errors in 60 cases: the interval is not [0, 0]', () => {
    const set = uniformCases(60, { baseline: 1, candidate: 1 });
    const result = compare({ config: config(), graded: set.cases, records: set.records });
    const errorRate = result.checks.find((c) => c.metric === 'errorRate');
    expect(errorRate?.change).toBe(0);
    expect(errorRate?.status).toBe('inconclusive');
    // Newcombe from Wilson bounds: 0 of 60 leaves 3.84 / 63.84 = 6.0% on each side
    expect(errorRate?.interval[0]).toBeCloseTo(-0.0601, 3);
    expect(errorRate?.interval[1]).toBeCloseTo(0.0601, 3);
    expect(errorRate?.mde).toBeGreaterThan(0.05);
  });

  it('passes the error-rate check on 0 errors in 600 cases', () => {
    const set = uniformCases(600, { baseline: 1, candidate: 1 });
    const result = compare({ config: config(), graded: set.cases, records: set.records });
    expect(result.checks.find((c) => c.metric === 'errorRate')?.status).toBe('pass');
  });

  it('never fails identical models across 20 seeds at 20, 50 and 200 cases, whatever the scores', () => {
    const verdicts: string[] = [];
    for (const cases of [20, 50, 200]) {
      for (const scores of ['binary', 'graded', 'continuous'] as const) {
        for (let run = 0; run < 20; run++) verdicts.push(simulateCompare({ cases, scores, baseline: SIM_BASE, candidate: SIM_BASE }, 7_000 + 13 * run).verdict);
      }
    }
    expect(verdicts).not.toContain('fail');
  });

  it('fails a 15-point quality drop at 150 cases, with an interval wholly past the 2-point limit', async () => {
    const scenario = { cases: 150, baseline: SIM_BASE, candidate: { ...SIM_BASE, quality: SIM_BASE.quality - 0.15 } };
    const result = await simulateGate(scenario, 20_250);
    const q = result.checks.find((c) => c.metric === 'quality');
    expect(result.verdict).toBe('fail');
    expect(q?.status).toBe('fail');
    expect(q?.interval[1]).toBeLessThan(-2);
    expect(q?.interval[0]).toBeLessThanOrEqual(q?.change ?? Number.NaN);
  });

  it('does not fail a real drop that sits inside the limit, however many cases', () => {
    // −1 point is real at 4,000 cases but within the 2-point tolerance: pass, not fail
    const set = uniformCases(4000, { baseline: 1, candidate: 1 }, (i) => (i % 100 === 0 ? { baseline: 1, candidate: 0 } : i % 100 === 1 ? { baseline: 0, candidate: 0 } : undefined));
    const result = compare({ config: config({ thresholds: { p95Latency: false } }), graded: set.cases, records: set.records });
    expect(quality(result)?.change).toBeCloseTo(-1, 9);
    expect(quality(result)?.status).not.toBe('fail');
  });
});

describe('gate statistics on simulated runs', () => {
  it('gives the same intervals for the same seed, and records that seed', async () => {
    const scenario = { cases: 60, baseline: SIM_BASE, candidate: { ...SIM_BASE, medianMs: 60 } };
    const { cases, records } = simulateRun(scenario, 5);
    const graded = await gradeCases({ cases, records });
    const once = compare({ config: simConfig(scenario), graded, records, seed: '3f2a9c1b04de' });
    const again = compare({ config: simConfig(scenario), graded, records, seed: '3f2a9c1b04de' });
    const other = compare({ config: simConfig(scenario), graded, records, seed: '00000001aaaa' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
    expect(once.statistics).toMatchObject({ method: 'paired case tests', seed: 0x3f2a9c1b, confidence: 0.95, cases: 60 });
    // no resampling: another seed gives the same intervals on 0/1 scores
    expect(other.checks.map((c) => c.interval)).toEqual(once.checks.map((c) => c.interval));
  });

  it('states an MDE for every check and a plan for every inconclusive one', async () => {
    const result = await simulateGate({ cases: 80, baseline: SIM_BASE, candidate: SIM_BASE }, 99);
    for (const check of result.checks) {
      // the MDE is a regression at least as large as the threshold, on the threshold's side
      expect(Math.sign(check.mde)).toBe(Math.sign(check.threshold));
      expect(Math.abs(check.mde)).toBeGreaterThan(Math.abs(check.threshold));
      if (check.status === 'inconclusive' && check.unmeasured === undefined) {
        expect((check.casesToDecide ?? 0) + (check.casesToDecideAtLeast ?? 0)).toBeGreaterThan(0);
      } else expect(check.casesToDecide).toBeUndefined();
    }
  });

  it('says "more than 10× this set" as a floor instead of a huge plan', () => {
    // 15 losses and 8 gains in 400 cases: −1.75 against a −2 limit; the plan would need ~70,000
    const set = uniformCases(400, { baseline: 1, candidate: 1 }, (i) => (i < 15 ? { baseline: 1, candidate: 0 } : i < 23 ? { baseline: 0, candidate: 1 } : undefined));
    const result = compare({ config: config({ thresholds: { p95Latency: false } }), graded: set.cases, records: set.records });
    expect(quality(result)?.status).toBe('inconclusive');
    expect(quality(result)?.casesToDecide).toBeUndefined();
    expect(quality(result)?.casesToDecideAtLeast).toBe(4000);
  });

  it('puts the cost change and its interval in the statistics', async () => {
    const result = await simulateGate({ cases: 100, baseline: SIM_BASE, candidate: { ...SIM_BASE, priceScale: 2 } }, 4);
    const { baseline, candidate } = result.models;
    expect(result.statistics.cost.change).toBeCloseTo(candidate.costUsd / baseline.costUsd - 1, 9);
    const [lo, hi] = result.statistics.cost.interval;
    expect(lo).toBeGreaterThan(0.8);
    expect(hi).toBeLessThan(1.2);
  });

  it('records per check the levels a fail needs', () => {
    const set = uniformCases(20, { baseline: 1, candidate: 1 });
    const result = compare({ config: config(), graded: set.cases, records: set.records });
    expect(result.statistics.failAlpha).toEqual({ quality: 0.006, qualityPerDollar: 0.002, p95Latency: 0.0012, errorRate: 0.0008 });
    expect(result.statistics.failConfidence).toBeCloseTo(0.99, 12);
    expect(result.statistics).toMatchObject({ thresholdConfidence: 0.975, failThresholdConfidence: 0.97, minimumCases: 10 });
  });
});

