import { describe, expect, it } from 'vitest';
import { checkPower, decideCheck, type CheckEvidence } from '../../src/compare/index.js';

const quality = (change: number, interval: [number, number], failInterval: [number, number] = interval): CheckEvidence => ({
  metric: 'quality',
  change,
  threshold: -2,
  interval,
  failInterval,
});
const latency = (change: number, interval: [number, number], failInterval: [number, number] = interval): CheckEvidence => ({
  metric: 'p95Latency',
  change,
  threshold: 0.2,
  interval,
  failInterval,
});

describe('decideCheck', () => {
  it('fails a change past the threshold whose fail interval lies wholly on the worse side of zero', () => {
    expect(decideCheck(quality(-3.1, [-5, -1.2]))).toBe('fail');
    expect(decideCheck(latency(0.35, [0.1, 0.6]))).toBe('fail');
  });

  it('does not fail a real regression smaller than the threshold (real but not material)', () => {
    // −1.5 pts is significant, but within the 2-point limit; the worse end (−2.5) is past it
    expect(decideCheck(quality(-1.5, [-2.5, -0.5]))).toBe('inconclusive');
  });

  it('does not fail a material change whose fail interval reaches zero (material but not real)', () => {
    expect(decideCheck(quality(-3, [-6, -0.5], [-7, 0]))).toBe('inconclusive');
    expect(decideCheck(latency(0.3, [0.02, 0.6], [-0.01, 0.7]))).toBe('inconclusive');
  });

  it('passes when the worse end of the interval is exactly at the threshold', () => {
    expect(decideCheck(quality(0, [-2, 2]))).toBe('pass');
    expect(decideCheck(latency(0, [-0.2, 0.2]))).toBe('pass');
  });

  it('is inconclusive when the worse end is just past the threshold', () => {
    expect(decideCheck(quality(0, [-2.01, 2]))).toBe('inconclusive');
    expect(decideCheck(latency(0, [-0.2, 0.2001]))).toBe('inconclusive');
  });

  it('does not fail a change exactly at the threshold, however sure', () => {
    expect(decideCheck(quality(-2, [-2, -2]))).toBe('pass');
    expect(decideCheck(quality(-2.0000000000000018, [-2.0000000000000018, -2.0000000000000018]))).toBe('pass');
  });

  it('passes an improvement, significant or not', () => {
    expect(decideCheck(quality(5, [3, 7]))).toBe('pass');
    expect(decideCheck(latency(-0.3, [-0.5, -0.1]))).toBe('pass');
  });

  it('passes when there is no change and no spread', () => {
    expect(decideCheck(quality(0, [0, 0]))).toBe('pass');
  });
});

describe('checkPower', () => {
  const spread = { interval: [-6, 2] as [number, number], failInterval: [-7.2, 3.2] as [number, number], se: 2 };

  it('signs the MDE toward worse: negative for quality, positive for latency', () => {
    // failAlpha 0.025: max(2, 1.959964·2) + 0.841621·2 = 3.919928 + 1.683242 = 5.603170
    const q = checkPower({ evidence: quality(-2, spread.interval, spread.failInterval), status: 'inconclusive', spread, cases: 100, failAlpha: 0.025 });
    expect(q.mde).toBeCloseTo(-5.60317, 4);
    const l = checkPower({
      evidence: latency(0.05, [-0.1, 0.2]),
      status: 'pass',
      spread: { interval: [-0.1, 0.2], failInterval: [-0.1, 0.2], se: 0.05 },
      cases: 100,
      failAlpha: 0.025,
    });
    // max(0.2, 0.098) + 0.042081 = 0.242081
    expect(l.mde).toBeCloseTo(0.242081, 5);
    expect(l.casesToDecide).toBeUndefined();
  });

  it('says how many more cases would decide an inconclusive check', () => {
    // change −1 within the −2 limit, worse end −6: half-width 5, room 1 → 100·25 = 2500 → 2400 more
    const q = checkPower({ evidence: quality(-1, [-6, 2], [-7, 3]), status: 'inconclusive', spread, cases: 100, failAlpha: 0.025 });
    expect(q.casesToDecide).toBe(2400);
  });

  it('uses the floor when the bootstrap saw no spread', () => {
    const p = checkPower({
      evidence: { metric: 'errorRate', change: 0, threshold: 0.02, interval: [0, 0], failInterval: [0, 0] },
      status: 'pass',
      spread: { interval: [0, 0], failInterval: [0, 0], se: 0 },
      cases: 100,
      failAlpha: 0.025,
      seFloor: 0.014,
    });
    // max(0.02, 1.959964·0.014) + 0.841621·0.014 = 0.027439 + 0.011783 = 0.039222
    expect(p.mde).toBeCloseTo(0.039222, 5);
  });
});
