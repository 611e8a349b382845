import { describe, expect, it } from 'vitest';
import { casesNeeded, minimumDetectableEffect, normalQuantile } from '../../src/stats/index.js';

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599640, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.0902323, 6);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('minimumDetectableEffect', () => {
  it('is the familiar 2.8 standard errors when the threshold is small', () => {
    // max(2, 1.959964·3) + 0.841621·3 = 5.879892 + 2.524864 = 8.404756
    expect(minimumDetectableEffect({ threshold: 2, se: 3, failAlpha: 0.025 })).toBeCloseTo(8.404756, 5);
  });

  it('starts from the threshold when the threshold is the larger hurdle', () => {
    // max(10, 2.575829·1) + 0.841621·1 = 10.841621
    expect(minimumDetectableEffect({ threshold: 10, se: 1, failAlpha: 0.005 })).toBeCloseTo(10.841621, 5);
  });

  it('plans for the power it is given', () => {
    // max(0, 1.959964·2) + 1.281552·2 = 6.483031
    expect(minimumDetectableEffect({ threshold: 0, se: 2, failAlpha: 0.025, power: 0.9 })).toBeCloseTo(6.483031, 5);
  });
});

describe('casesNeeded', () => {
  it('finds where the worse end comes inside the threshold for an estimate within it', () => {
    // regression 1 pt, limit 2 pts, worse half-width 3 at 100 cases: 100·(3/1)² = 900
    expect(casesNeeded({ cases: 100, regression: 1, threshold: 2, worseHalfWidth: 3, failHalfWidth: 4 })).toBe(900);
  });

  it('finds where the fail interval clears zero for an estimate past the threshold', () => {
    // regression 4 pts past a 2-pt limit, fail half-width 6 at 150 cases: 150·(6/4)² = 337.5 → 338
    expect(casesNeeded({ cases: 150, regression: 4, threshold: 2, worseHalfWidth: 5, failHalfWidth: 6 })).toBe(338);
  });

  it('treats an improvement as a regression below the threshold', () => {
    // regression −1 (an improvement), limit 2: 50·(6/3)² = 200
    expect(casesNeeded({ cases: 50, regression: -1, threshold: 2, worseHalfWidth: 6, failHalfWidth: 6 })).toBe(200);
  });

  it('has no answer for an estimate exactly at the threshold or with no spread', () => {
    expect(casesNeeded({ cases: 50, regression: 2, threshold: 2, worseHalfWidth: 3, failHalfWidth: 3 })).toBeNull();
    expect(casesNeeded({ cases: 50, regression: 1, threshold: 2, worseHalfWidth: 0, failHalfWidth: 0 })).toBeNull();
  });

  it('always asks for at least one more case', () => {
    expect(casesNeeded({ cases: 100, regression: 0, threshold: 2, worseHalfWidth: 1.9, failHalfWidth: 2 })).toBe(101);
  });
});
