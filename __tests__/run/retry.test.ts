import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  classifyStatus,
  createRetryBudget,
  parseRetryAfter,
  RETRY_DEFAULTS,
  retryCost,
  seededRandom,
} from '../../src/run/index.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('reads retry-after-ms as fractional milliseconds and prefers it over retry-after', () => {
    expect(parseRetryAfter({ retryAfterMs: '123.5', retryAfter: '9' }, now)).toBe(123.5);
  });

  it('reads retry-after as seconds', () => {
    expect(parseRetryAfter({ retryAfter: '2' }, now)).toBe(2000);
    expect(parseRetryAfter({ retryAfter: ' 0.25 ' }, now)).toBe(250);
  });

  it('reads retry-after as an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter({ retryAfter: 'Wed, 01 Jan 2025 00:00:03 GMT' }, now)).toBe(3000);
    expect(parseRetryAfter({ retryAfter: 'Tue, 31 Dec 2024 23:59:00 GMT' }, now)).toBe(0);
  });

  it('returns undefined when the headers are absent or unreadable', () => {
    expect(parseRetryAfter({}, now)).toBeUndefined();
    expect(parseRetryAfter({ retryAfterMs: null, retryAfter: null }, now)).toBeUndefined();
    expect(parseRetryAfter({ retryAfterMs: '-5', retryAfter: 'soon' }, now)).toBeUndefined();
  });
});

describe('classifyStatus', () => {
  it('retries 408, 409, 429 and every 5xx', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504, 529]) expect(classifyStatus(status)).toBe('transient');
  });
  it('stops the run on 401, 403 and 404', () => {
    for (const status of [401, 403, 404]) expect(classifyStatus(status)).toBe('fatal');
  });
  it('blames the request for other 4xx', () => {
    for (const status of [400, 413, 422]) expect(classifyStatus(status)).toBe('request');
  });
});

describe('backoffDelayMs', () => {
  const policy = { ...RETRY_DEFAULTS, baseDelayMs: 100, maxDelayMs: 1000, retryAfterCapMs: 5000 };

  it('draws uniformly below an exponentially growing ceiling (full jitter)', () => {
    expect(backoffDelayMs({ retry: 1, policy, random: () => 0.5 })).toBe(50);
    expect(backoffDelayMs({ retry: 3, policy, random: () => 0.5 })).toBe(200);
    expect(backoffDelayMs({ retry: 10, policy, random: () => 0.999 })).toBeCloseTo(999, 6);
    expect(backoffDelayMs({ retry: 2, policy, random: () => 0 })).toBe(0);
  });

  it("uses the server's Retry-After as is, up to the cap", () => {
    expect(backoffDelayMs({ retry: 1, policy, retryAfterMs: 1234, random: () => 0 })).toBe(1234);
    expect(backoffDelayMs({ retry: 1, policy, retryAfterMs: 90_000, random: () => 0 })).toBe(5000);
  });
});

describe('createRetryBudget', () => {
  it('allows retries up to reserve + ratio × first attempts, then refuses', () => {
    const budget = createRetryBudget({ ratio: 0.2, reserve: 1 });
    for (let i = 0; i < 10; i++) budget.recordFirstAttempt();
    // 1 + 0.2 × 10 = 3 retries
    expect([budget.tryTakeRetry(), budget.tryTakeRetry(), budget.tryTakeRetry(), budget.tryTakeRetry()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    for (let i = 0; i < 5; i++) budget.recordFirstAttempt();
    expect(budget.tryTakeRetry()).toBe(true);
    expect(budget.stats()).toEqual({ firstAttempts: 15, retries: 4, denied: 1 });
  });

  it('fails at once on a negative ratio, saying what was expected', () => {
    expect(() => createRetryBudget({ ratio: -1 })).toThrow(/ratio ≥ 0/);
  });
});

describe('retryCost', () => {
  const policy = { ...RETRY_DEFAULTS, pacedRetryCost: 0.8, retryAfterCapMs: 1000 };

  it('charges a 429 with a Retry-After within the cap the paced cost, and anything else a whole retry', () => {
    expect(retryCost({ status: 429, retryAfterMs: 50 }, policy)).toBe(0.8);
    expect(retryCost({ status: 429 }, policy)).toBe(1);
    expect(retryCost({ status: 429, retryAfterMs: 5000 }, policy)).toBe(1);
    expect(retryCost({ status: 503, retryAfterMs: 50 }, policy)).toBe(1);
    expect(retryCost({}, policy)).toBe(1);
  });

  it('takes fractional costs from the budget without float rounding refusing the last one', () => {
    const budget = createRetryBudget({ ratio: 0.2, reserve: 0 });
    for (let i = 0; i < 20; i++) budget.recordFirstAttempt(); // 4 units
    const granted = Array.from({ length: 6 }, () => budget.tryTakeRetry(0.8));
    expect(granted).toEqual([true, true, true, true, true, false]);
  });
});

describe('seededRandom', () => {
  it('is reproducible per seed and stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
  });
});
