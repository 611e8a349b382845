import { describe, expect, it } from 'vitest';
import { RISE_ALPHA, expectedAttempts, timeoutExposure } from '../../src/compare/timeouts.js';
import { fisherExactGreater } from '../../src/stats/fisher.js';
import type { CallErrorKind, CallRecord, Side } from '../../src/types.js';

const TIMEOUT_MS = 30_000;

function call(side: Side, latencyMs: number | null, error?: CallErrorKind): CallRecord {
  return {
    caseId: 'c',
    side,
    repeat: 0,
    model: side === 'baseline' ? 'base-m' : 'cand-m',
    output: error ? null : 'out',
    latencyMs,
    usage: { prompt: 10, cached: 0, completion: 10, reasoning: 0 },
    costUsd: 0,
    attempts: 1,
    ...(error ? { error: { kind: error, message: error } } : {}),
  };
}

/** n calls of one side: `timedOut` timeouts, the rest answered in 1 s. */
function calls(side: Side, n: number, timedOut: number): CallRecord[] {
  return Array.from({ length: n }, (_, i) => (i < timedOut ? call(side, TIMEOUT_MS, 'timeout') : call(side, 1_000)));
}

/** C(n, k) by the product formula, for the hand-worked p-values below. */
function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

describe('fisherExactGreater', () => {
  it('matches hand-worked hypergeometric tails', () => {
    // Tea tasting: 3 of 4 against 1 of 4. K = 4, N = 8: P(X ≥ 3) = (C(4,3)·C(4,1) + C(4,4)·C(4,0)) / C(8,4) = 17/70.
    expect(fisherExactGreater(3, 4, 1, 4)).toBeCloseTo(17 / 70, 12);
    // 2 of 3 against 0 of 3: P(X = 2) = C(2,2)·C(4,1) / C(6,3) = 4/20.
    expect(fisherExactGreater(2, 3, 0, 3)).toBeCloseTo(0.2, 12);
    // 1 of 20 against 0 of 20: the one event fell in the candidate's half, P = 20/40.
    expect(fisherExactGreater(1, 20, 0, 20)).toBeCloseTo(0.5, 12);
    // 5 of 20 against 0 of 20: C(20,5) / C(40,5) = 15504 / 658008.
    expect(fisherExactGreater(5, 20, 0, 20)).toBeCloseTo(15_504 / 658_008, 12);
    // 4 of 20 against 0 of 20: C(20,4) / C(40,4) = 4845 / 91390, just above 5%.
    expect(fisherExactGreater(4, 20, 0, 20)).toBeCloseTo(4_845 / 91_390, 12);
  });

  it('agrees with the tail summed from binomial coefficients on a larger table', () => {
    // 30 of 200 against 15 of 200: K = 45, N = 400.
    let tail = 0;
    for (let x = 30; x <= 45; x++) tail += (choose(45, x) * choose(355, 200 - x)) / choose(400, 200);
    expect(fisherExactGreater(30, 200, 15, 200)).toBeCloseTo(tail, 10);
  });

  it('is 1 without evidence: no event in sample 1, or an empty sample', () => {
    expect(fisherExactGreater(0, 20, 5, 20)).toBe(1);
    expect(fisherExactGreater(0, 20, 0, 20)).toBe(1);
    expect(fisherExactGreater(3, 20, 0, 0)).toBe(1);
    expect(fisherExactGreater(0, 0, 3, 20)).toBe(1);
  });

  it('stays finite on production-size counts', () => {
    const p = fisherExactGreater(600, 100_000, 500, 100_000);
    expect(Number.isFinite(p)).toBe(true);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.01);
  });

  it('rejects counts that are not a table', () => {
    expect(() => fisherExactGreater(3, 2, 0, 2)).toThrow(RangeError);
    expect(() => fisherExactGreater(1.5, 2, 0, 2)).toThrow(RangeError);
  });
});

describe('expectedAttempts', () => {
  it('is 1 + s + … + s^retries', () => {
    expect(expectedAttempts(0.5, 3)).toBe(1.875);
    expect(expectedAttempts(0.5, 0)).toBe(1);
    expect(expectedAttempts(0, 2)).toBe(1);
  });
});

describe('timeoutExposure', () => {
  it('counts answers over the timeout and timeouts, over the calls that were answered or timed out', () => {
    const baseline = [
      ...Array.from({ length: 8 }, () => call('baseline', 1_000)),
      call('baseline', 30_000), // exactly the timeout: not slower
      call('baseline', 30_001), // slower
      call('baseline', 30_000, 'timeout'), // slower
      call('baseline', 200, 'infra'), // left out: no answer, no timeout
      call('baseline', null, 'cancelled'), // left out
      call('baseline', 50, 'request'), // left out
    ];
    const t = timeoutExposure({ records: { baseline, candidate: [] }, timeoutMs: TIMEOUT_MS, retries: 2 });
    // 11 calls, 2 slow: s = 2/11, attempts = 1 + 2/11 + 4/121 = 147/121
    expect(t.models.baseline.calls).toBe(11);
    expect(t.models.baseline.slow).toBe(2);
    expect(t.models.baseline.share).toBeCloseTo(2 / 11, 12);
    expect(t.models.baseline.attemptsPerCall).toBeCloseTo(147 / 121, 12);
    expect(t.models.baseline.extraCallsPer1k).toBeCloseTo((1000 * 26) / 121, 9);
    expect(t.models.candidate).toEqual({ calls: 0, slow: 0, share: null, attemptsPerCall: null, extraCallsPer1k: null });
    expect(t.pValue).toBe(1);
    expect(t.rises).toBe(false);
  });

  it('does not call 1 of 20 against 0 of 20 a rise', () => {
    const t = timeoutExposure({ records: { baseline: calls('baseline', 20, 0), candidate: calls('candidate', 20, 1) }, timeoutMs: TIMEOUT_MS, retries: 2 });
    expect(t.models.candidate.share).toBe(0.05);
    expect(t.models.baseline.share).toBe(0);
    expect(t.pValue).toBeCloseTo(0.5, 12);
    expect(t.alpha).toBe(RISE_ALPHA);
    expect(t.rises).toBe(false);
  });

  it('does not call 4 of 20 against 0 of 20 a rise, and calls 5 of 20 one', () => {
    const four = timeoutExposure({ records: { baseline: calls('baseline', 20, 0), candidate: calls('candidate', 20, 4) }, timeoutMs: TIMEOUT_MS, retries: 2 });
    expect(four.pValue).toBeCloseTo(4_845 / 91_390, 12); // 0.053
    expect(four.rises).toBe(false);
    const five = timeoutExposure({ records: { baseline: calls('baseline', 20, 0), candidate: calls('candidate', 20, 5) }, timeoutMs: TIMEOUT_MS, retries: 2 });
    expect(five.pValue).toBeCloseTo(15_504 / 658_008, 12); // 0.024
    expect(five.rises).toBe(true);
  });

  it('gives the retry load of a rise in production: 41 of 1,000 against 3 of 1,000', () => {
    const t = timeoutExposure({ records: { baseline: calls('baseline', 1_000, 3), candidate: calls('candidate', 1_000, 41) }, timeoutMs: TIMEOUT_MS, retries: 2 });
    // 1 + 0.041 + 0.041² = 1.042681
    expect(t.models.candidate.attemptsPerCall).toBeCloseTo(1.042681, 12);
    expect(t.models.candidate.extraCallsPer1k).toBeCloseTo(42.681, 9);
    expect(t.models.baseline.attemptsPerCall).toBeCloseTo(1.003009, 12);
    expect(t.pValue).toBeLessThan(1e-6);
    expect(t.rises).toBe(true);
  });

  it('never calls a rise when the candidate is no slower, or has no slow call', () => {
    const lower = timeoutExposure({ records: { baseline: calls('baseline', 20, 5), candidate: calls('candidate', 20, 0) }, timeoutMs: TIMEOUT_MS, retries: 1 });
    expect(lower.rises).toBe(false);
    expect(lower.pValue).toBe(1);
    const none = timeoutExposure({ records: { baseline: calls('baseline', 20, 0), candidate: calls('candidate', 20, 0) }, timeoutMs: TIMEOUT_MS, retries: 1 });
    expect(none.rises).toBe(false);
    expect(none.models.candidate.share).toBe(0);
    expect(none.models.candidate.attemptsPerCall).toBe(1);
  });

  it('with retries 0 adds no attempt: one per call, no extra call', () => {
    const t = timeoutExposure({ records: { baseline: calls('baseline', 1_000, 3), candidate: calls('candidate', 1_000, 41) }, timeoutMs: TIMEOUT_MS, retries: 0 });
    expect(t.models.candidate.attemptsPerCall).toBe(1);
    expect(t.models.candidate.extraCallsPer1k).toBe(0);
    expect(t.rises).toBe(true);
  });

  it('judges answers against the timeout it is given, not the run it came from', () => {
    const candidate = [call('candidate', 9_000), call('candidate', 11_000), call('candidate', 12_000), call('candidate', 5_000)];
    const t = timeoutExposure({ records: { baseline: [], candidate }, timeoutMs: 10_000, retries: 1 });
    expect(t.models.candidate).toEqual({ calls: 4, slow: 2, share: 0.5, attemptsPerCall: 1.5, extraCallsPer1k: 500 });
  });

  it('rejects a timeout or retries that cannot be', () => {
    expect(() => timeoutExposure({ records: { baseline: [], candidate: [] }, timeoutMs: 0, retries: 1 })).toThrow(/timeoutMs/);
    expect(() => timeoutExposure({ records: { baseline: [], candidate: [] }, timeoutMs: 1_000, retries: 1.5 })).toThrow(/retries/);
    expect(() => timeoutExposure({ records: { baseline: [], candidate: [] }, timeoutMs: 1_000, retries: -1 })).toThrow(/retries/);
  });
});
