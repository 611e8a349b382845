// The gate's statistics end to end on simulated runs (bench/stats-sim.ts): real grading,
// real comparison, fixed seeds so every run of this file sees the same data.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { gradeCases } from '../../src/grade/index.js';
import { SIM_BASE, simConfig, simulateGate, simulateRun } from '../../bench/stats-sim.js';

describe('gate statistics on simulated runs', () => {
  it('fails a 15-point quality drop at 150 cases, with an interval that excludes 0', async () => {
    const scenario = { cases: 150, baseline: SIM_BASE, candidate: { ...SIM_BASE, quality: SIM_BASE.quality - 0.15 } };
    const result = await simulateGate(scenario, 20_250);
    const quality = result.checks.find((c) => c.metric === 'quality');
    expect(result.verdict).toBe('fail');
    expect(quality?.status).toBe('fail');
    expect(quality?.interval[1]).toBeLessThan(0);
    expect(quality?.interval[0]).toBeLessThanOrEqual(quality?.change ?? Number.NaN);
  });

  it('never fails 20 A/A runs of 100 cases with different seeds', async () => {
    const scenario = { cases: 100, baseline: SIM_BASE, candidate: SIM_BASE };
    const verdicts: string[] = [];
    for (let run = 0; run < 20; run++) verdicts.push((await simulateGate(scenario, 7_000 + 13 * run)).verdict);
    expect(verdicts).not.toContain('fail');
  });

  it('gives the same intervals for the same seed, and records that seed', async () => {
    const scenario = { cases: 60, baseline: SIM_BASE, candidate: { ...SIM_BASE, medianMs: 60 } };
    const { cases, records } = simulateRun(scenario, 5);
    const graded = await gradeCases({ cases, records });
    const once = compare({ config: simConfig(scenario), graded, records, seed: '3f2a9c1b04de' });
    const again = compare({ config: simConfig(scenario), graded, records, seed: '3f2a9c1b04de' });
    const other = compare({ config: simConfig(scenario), graded, records, seed: '00000001aaaa' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(once));
    expect(once.statistics).toMatchObject({ method: 'paired case bootstrap', seed: 0x3f2a9c1b, resamples: 2000, confidence: 0.95, cases: 60 });
    expect(other.checks.map((c) => c.interval)).not.toEqual(once.checks.map((c) => c.interval));
  });

  it('states an MDE for every check and cases to decide for every inconclusive one', async () => {
    const result = await simulateGate({ cases: 80, baseline: SIM_BASE, candidate: SIM_BASE }, 99);
    for (const check of result.checks) {
      // the MDE is a regression at least as large as the threshold, on the threshold's side
      expect(Math.sign(check.mde)).toBe(Math.sign(check.threshold));
      expect(Math.abs(check.mde)).toBeGreaterThan(Math.abs(check.threshold));
      if (check.status === 'inconclusive') expect(check.casesToDecide).toBeGreaterThan(0);
      else expect(check.casesToDecide).toBeUndefined();
    }
  });

  it('puts the cost change and its interval in the statistics', async () => {
    const result = await simulateGate({ cases: 100, baseline: SIM_BASE, candidate: { ...SIM_BASE, priceScale: 2 } }, 4);
    const { baseline, candidate } = result.models;
    expect(result.statistics.cost.change).toBeCloseTo(candidate.costUsd / baseline.costUsd - 1, 9);
    const [lo, hi] = result.statistics.cost.interval;
    // every call costs exactly twice as much, but timeouts (cost 0) differ by side: close to +100%
    expect(lo).toBeGreaterThan(0.8);
    expect(hi).toBeLessThan(1.2);
  });
});
