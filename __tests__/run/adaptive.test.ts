import { describe, expect, it } from 'vitest';
import { createAdaptiveConcurrency } from '../../src/run/index.js';

function fakeClock(): { now(): number; advance(ms: number): void } {
  let t = 0;
  return { now: () => t, advance: (ms) => (t += ms) };
}

describe('createAdaptiveConcurrency', () => {
  it('starts at the configured concurrency and halves on a 429, never below 1', () => {
    const adaptive = createAdaptiveConcurrency({ max: 16 });
    expect(adaptive.limit).toBe(16);
    const seen: number[] = [];
    for (let i = 0; i < 6; i++) {
      adaptive.rateLimited(adaptive.dispatched());
      seen.push(adaptive.limit);
    }
    expect(seen).toEqual([8, 4, 2, 1, 1, 1]);
    expect(adaptive.stats()).toMatchObject({ min: 1, final: 1, decreases: 4 });
  });

  it('halves once for 429s on calls that were already in flight when it reacted', () => {
    const adaptive = createAdaptiveConcurrency({ max: 16 });
    const inFlight = Array.from({ length: 10 }, () => adaptive.dispatched());
    for (const generation of inFlight) adaptive.rateLimited(generation);
    expect(adaptive.limit).toBe(8);
    // A call sent after the decrease that still meets a 429 halves again.
    adaptive.rateLimited(adaptive.dispatched());
    expect(adaptive.limit).toBe(4);
  });

  it('wins back one slot per `recoverAfter` consecutive successes, up to the configured value', () => {
    const adaptive = createAdaptiveConcurrency({ max: 4, recoverAfter: 3 });
    adaptive.rateLimited(adaptive.dispatched());
    adaptive.rateLimited(adaptive.dispatched());
    expect(adaptive.limit).toBe(1);
    const limits: number[] = [];
    for (let i = 0; i < 12; i++) {
      adaptive.succeeded();
      limits.push(adaptive.limit);
    }
    expect(limits).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    expect(adaptive.stats()).toMatchObject({ configured: 4, min: 1, final: 4, increases: 3 });
  });

  it('starts the success count over after any 429', () => {
    const adaptive = createAdaptiveConcurrency({ max: 8, recoverAfter: 3 });
    const old = adaptive.dispatched();
    adaptive.rateLimited(adaptive.dispatched()); // 8 → 4
    adaptive.succeeded();
    adaptive.succeeded();
    adaptive.rateLimited(old); // an echo: no halving, but the streak is broken
    adaptive.succeeded();
    adaptive.succeeded();
    expect(adaptive.limit).toBe(4);
    adaptive.succeeded();
    expect(adaptive.limit).toBe(5);
  });

  it('reports the time-weighted mean of the limit over the run', () => {
    const clock = fakeClock();
    const adaptive = createAdaptiveConcurrency({ max: 8, recoverAfter: 1, clock });
    adaptive.start();
    clock.advance(100); // 8 for 100 ms
    adaptive.rateLimited(adaptive.dispatched());
    clock.advance(300); // 4 for 300 ms
    adaptive.succeeded();
    clock.advance(100); // 5 for 100 ms
    adaptive.end();
    clock.advance(1000); // after the end: not counted
    expect(adaptive.stats().mean).toBeCloseTo((8 * 100 + 4 * 300 + 5 * 100) / 500, 12);
  });

  it('ignores signals after the run ended (the judge shares the control but not the pool)', () => {
    const adaptive = createAdaptiveConcurrency({ max: 8 });
    adaptive.start();
    adaptive.end();
    adaptive.rateLimited(adaptive.dispatched());
    expect(adaptive.limit).toBe(8);
    expect(adaptive.stats().decreases).toBe(0);
  });

  it('rejects a max or a recovery step that is not a positive integer', () => {
    expect(() => createAdaptiveConcurrency({ max: 0 })).toThrow(/max to be an integer ≥ 1/);
    expect(() => createAdaptiveConcurrency({ max: 4, recoverAfter: 0.5 })).toThrow(/recoverAfter/);
  });
});
