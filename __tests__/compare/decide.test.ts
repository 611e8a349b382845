import { describe, expect, it } from 'vitest';
import { FAIL_ALPHA, checkPower, decideCheck, type ChangeTest, type CheckEvidence } from '../../src/compare/index.js';
import { normalQuantile } from '../../src/stats/index.js';

/** A normal test: change ± z·se, "worse at all" when the bound toward better clears 0. */
function normalTest(change: number, se: number, cases = 100): ChangeTest {
  return {
    change,
    bound: (alpha, side) => change + (side === 'lower' ? -1 : 1) * normalQuantile(1 - alpha) * se,
    pWorse: () => Number.NaN,
    planningSe: () => se,
    cases,
  };
}

const levels = { thresholdAlpha: 0.025, failThresholdAlpha: 0.04, zeroAlpha: FAIL_ALPHA };
const quality = (change: number, se: number, pairedCases = 100): CheckEvidence => ({ metric: 'quality', threshold: -2, test: normalTest(change, se, pairedCases), pairedCases });
const latency = (change: number, se: number): CheckEvidence => ({ metric: 'p95Latency', threshold: 0.2, test: normalTest(change, se), pairedCases: 100 });

describe('decideCheck', () => {
  it('fails when the bound toward better lies past the threshold and the regression is real', () => {
    // −8 + 1.751·2 → upper 96% bound −4.5 < −2; −8 + 2.576·2 = −2.85 < 0
    expect(decideCheck(quality(-8, 2), levels)).toBe('fail');
    expect(decideCheck(latency(0.5, 0.1), levels)).toBe('fail');
  });

  it('does not fail a change past the threshold whose bound reaches inside it', () => {
    // the old rule failed this (past −2, and clear of 0 at 99.5%): −4 + 1.751·1.5 → −1.37
    expect(decideCheck(quality(-4, 1.5), levels)).toBe('inconclusive');
  });

  it('does not fail a real regression smaller than the threshold, at any n', () => {
    // −1.6 is real (far from 0 in standard errors) but inside −2: inconclusive, then pass
    expect(decideCheck(quality(-1.6, 0.25), levels)).toBe('inconclusive');
    expect(decideCheck(quality(-1.6, 0.1), levels)).toBe('pass');
  });

  it('needs the "worse at all" test too: a bound past a tiny threshold is not enough', () => {
    const e: CheckEvidence = { metric: 'quality', threshold: -0.01, test: normalTest(-6, 2.5), pairedCases: 100 };
    // upper 96% bound −1.6 is past −0.01, but −6 + 2.576·2.5 = +0.44 is not below 0
    expect(decideCheck(e, levels)).toBe('inconclusive');
  });

  it('passes when the bound toward worse lies inside the threshold (non-inferiority)', () => {
    expect(decideCheck(quality(0, 1), levels)).toBe('pass');
    expect(decideCheck(quality(0, 1.1), levels)).toBe('inconclusive');
    expect(decideCheck(latency(-0.3, 0.1), levels)).toBe('pass');
  });

  it('decides nothing below the minimum of paired cases', () => {
    expect(decideCheck(quality(-50, 1, 9), levels)).toBe('inconclusive');
    expect(decideCheck(quality(0, 0.01, 9), levels)).toBe('inconclusive');
    expect(decideCheck(quality(-50, 1, 10), levels)).toBe('fail');
  });

  it('takes the levels as parameters, so a sequential look can spend less alpha', () => {
    const e = quality(-8, 2);
    expect(decideCheck(e, levels)).toBe('fail');
    expect(decideCheck(e, { thresholdAlpha: 0.001, failThresholdAlpha: 0.001, zeroAlpha: FAIL_ALPHA })).toBe('inconclusive');
  });

  it('reads a fail against the threshold at the fail level, a pass at the pass level', () => {
    // −5.6 + 1.751·2 = −2.1 is past −2 at 96%; at 97.5% the bound −5.6 + 1.96·2 = −1.68 is not
    const e = quality(-5.6, 2);
    expect(decideCheck(e, levels)).toBe('fail');
    expect(decideCheck(e, { ...levels, failThresholdAlpha: 0.025 })).toBe('inconclusive');
    // a pass does not move with the fail level: 0 − 1.96·1 = −1.96 is inside −2 at 97.5%
    expect(decideCheck(quality(0, 1), { ...levels, failThresholdAlpha: 0.2 })).toBe('pass');
    expect(decideCheck(quality(0, 1), { ...levels, thresholdAlpha: 0.02 })).toBe('inconclusive');
  });
});

describe('checkPower', () => {
  it('signs the MDE toward worse and plans with both tests', () => {
    // quality: max(2 + 1.750686·2, 2.575829·2) + 0.841621·2 = 5.501372 + 1.683242 = 7.184614
    expect(checkPower(quality(0, 2), 'inconclusive', levels).mde).toBeCloseTo(-7.184614, 4);
    // p95 (zero level 0.12%, z = 3.035672): max(0.2 + 0.175069, 0.303567) + 0.084162 = 0.459231
    expect(checkPower(latency(0, 0.1), 'pass', levels).mde).toBeCloseTo(0.459231, 5);
  });

  it('plans the cases to decide an inconclusive check from (z_α + z_β)²σ²/δ²', () => {
    // change −1 inside −2, σ = 5·√100 = 50: n = ((1.959964 + 0.841621)·50/1)² = 19,605.2 → 19,606 total
    // that is more than 10 × 100, so the plan is given as a floor of 1,000 cases
    expect(checkPower(quality(-1, 5), 'inconclusive', levels)).toMatchObject({ casesToDecideAtLeast: 1000 });
    // change 0, σ = 1.2·10 = 12: n = (2.801585·12/2)² = 282.6 → 283 total, 183 more
    expect(checkPower(quality(0, 1.2), 'inconclusive', levels).casesToDecide).toBe(183);
  });

  it('gives no plan for decided checks', () => {
    expect(checkPower(quality(0, 0.5), 'pass', levels).casesToDecide).toBeUndefined();
  });
});
