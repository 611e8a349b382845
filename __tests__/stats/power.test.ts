import { describe, expect, it } from 'vitest';
import { casesToDecide, minimumDetectableEffect, normalQuantile, studentQuantile } from '../../src/stats/index.js';

const levels = { thresholdAlpha: 0.025, zeroAlpha: 0.005 };

describe('normalQuantile', () => {
  it('matches the standard normal table', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.0902323, 6);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe('studentQuantile', () => {
  it('matches the t table within 0.2% from 9 degrees of freedom', () => {
    expect(studentQuantile(0.975, 9)).toBeCloseTo(2.262157, 2);
    expect(studentQuantile(0.995, 9)).toBeCloseTo(3.249836, 1);
    expect(studentQuantile(0.975, 29)).toBeCloseTo(2.04523, 3);
    expect(studentQuantile(0.9975, 199)).toBeCloseTo(2.838, 2);
    expect(studentQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6);
  });
});

describe('minimumDetectableEffect', () => {
  it('is max(t + z_α·se, z₀·se) + z_β·se', () => {
    // max(2 + 1.959964·3, 2.575829·3) + 0.841621·3 = 7.879892 + 2.524864 = 10.404756
    expect(minimumDetectableEffect({ threshold: 2, se: 3, ...levels })).toBeCloseTo(10.404756, 5);
    // tiny threshold: the zero test binds, max(0.01 + 5.879892, 7.727487) + 2.524864 = 10.252351
    expect(minimumDetectableEffect({ threshold: 0.01, se: 3, ...levels })).toBeCloseTo(10.252351, 5);
  });

  it('plans for the power it is given', () => {
    // max(0 + 1.959964·2, 2.575829·2) + 1.281552·2 = 5.151659 + 2.563103 = 7.714762
    expect(minimumDetectableEffect({ threshold: 0, se: 2, ...levels, power: 0.9 })).toBeCloseTo(7.714762, 5);
  });
});

describe('casesToDecide', () => {
  it('plans a pass for an estimate inside the threshold', () => {
    // ((1.959964 + 0.841621)·10 / 1)² = 784.9 → 785
    expect(casesToDecide({ regression: 1, threshold: 2, sigma: 10, ...levels })).toBe(785);
  });

  it('plans a fail for an estimate past the threshold, with the zero test too', () => {
    // max(((2.801585)·10/2)², ((2.575829 + 0.841621)·10/4)²) = max(196.2, 73.0) → 197
    expect(casesToDecide({ regression: 4, threshold: 2, sigma: 10, ...levels })).toBe(197);
  });

  it('has no answer exactly at the threshold or without spread', () => {
    expect(casesToDecide({ regression: 2, threshold: 2, sigma: 10, ...levels })).toBeNull();
    expect(casesToDecide({ regression: 1, threshold: 2, sigma: 0, ...levels })).toBeNull();
  });
});
