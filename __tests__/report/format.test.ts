import { describe, expect, it } from 'vitest';
import { fmtCount, fmtLevel, fmtMs, fmtNumber, fmtPct, fmtPoints, fmtPp, fmtRatio, fmtUsd } from '../../src/report/format.js';

describe('fmtUsd', () => {
  it('shows cents from $1, whole dollars from $1,000', () => {
    expect(fmtUsd(12.345)).toBe('$12.35');
    expect(fmtUsd(1234.5)).toBe('$1,235');
  });

  it('shows three significant digits below $1, without trailing zeros past the cents', () => {
    expect(fmtUsd(0.0123)).toBe('$0.0123');
    expect(fmtUsd(0.5)).toBe('$0.50');
    expect(fmtUsd(0.00021)).toBe('$0.00021');
    expect(fmtUsd(0.01)).toBe('$0.01');
  });

  it('shows zero as $0', () => {
    expect(fmtUsd(0)).toBe('$0');
  });
});

describe('fmtPct', () => {
  it('uses one decimal under 10% and none above', () => {
    expect(fmtPct(0.085)).toBe('8.5%');
    expect(fmtPct(0.123)).toBe('12%');
  });

  it('signs with + and a real minus when asked', () => {
    expect(fmtPct(-0.58, { sign: true })).toBe('\u221258%');
    expect(fmtPct(0.2, { sign: true })).toBe('+20%');
  });

  it('drops the sign and the decimal when the value rounds to zero', () => {
    expect(fmtPct(0.00001, { sign: true })).toBe('0%');
    expect(fmtPct(-0.00001, { sign: true })).toBe('0%');
  });
});

describe('fmtPoints and fmtPp', () => {
  it('shows quality points with a sign and one decimal', () => {
    expect(fmtPoints(1.24)).toBe('+1.2 pts');
    expect(fmtPoints(-33.333)).toBe('\u221233.3 pts');
    expect(fmtPoints(-2)).toBe('\u22122 pts');
    expect(fmtPoints(0)).toBe('0 pts');
  });

  it('shows an absolute fraction change as percentage points', () => {
    expect(fmtPp(0.012)).toBe('+1.2 pp');
    expect(fmtPp(-0.25)).toBe('\u221225 pp');
  });
});

describe('fmtMs', () => {
  it('switches from ms to s at one second', () => {
    expect(fmtMs(3.21)).toBe('3.2 ms');
    expect(fmtMs(812.4)).toBe('812 ms');
    expect(fmtMs(1240)).toBe('1.24 s');
    expect(fmtMs(12_345)).toBe('12.3 s');
    expect(fmtMs(123_456)).toBe('123 s');
  });
});

describe('fmtNumber, fmtCount, fmtRatio', () => {
  it('groups thousands with commas and never prints −0', () => {
    expect(fmtNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(fmtNumber(-0.04, 1)).toBe('0.0');
    expect(fmtNumber(-1500)).toBe('\u22121,500');
  });

  it('abbreviates large counts', () => {
    expect(fmtCount(9999)).toBe('9,999');
    expect(fmtCount(12_345)).toBe('12.3k');
    expect(fmtCount(1_234_567)).toBe('1.23M');
  });

  it('shows a ratio with one decimal and ×', () => {
    expect(fmtRatio(2.43)).toBe('2.4×');
  });
});

describe('fmtLevel', () => {
  it('shows a level with the decimals it needs, never as 100', () => {
    expect([0.95, 0.995, 0.9975, 0.999875, 0.955].map(fmtLevel)).toEqual(['95', '99.5', '99.75', '99.987', '95.5']);
  });
});
