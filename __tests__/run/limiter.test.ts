import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/concurrency.js';

describe('createLimiter', () => {
  it('holds at most the limit, and hands freed slots to the longest waiters first', async () => {
    const limiter = createLimiter(() => 2);
    const order: number[] = [];
    expect(await limiter.acquire()).toBe(true);
    expect(await limiter.acquire()).toBe(true);
    const waiters = [3, 4, 5].map((n) => limiter.acquire().then((slot) => (slot ? order.push(n) : undefined)));
    expect(limiter.active).toBe(2);
    limiter.release();
    limiter.release();
    await Promise.resolve();
    expect(order).toEqual([3, 4]);
    expect(limiter.active).toBe(2);
    limiter.release();
    await Promise.all(waiters);
    expect(order).toEqual([3, 4, 5]);
  });

  it('reads the limit on every decision: a lowered limit lets nobody in until enough slots are back', async () => {
    let limit = 3;
    const limiter = createLimiter(() => limit);
    for (let i = 0; i < 3; i++) await limiter.acquire();
    limit = 1;
    let admitted = false;
    const waiter = limiter.acquire().then(() => (admitted = true));
    limiter.release();
    limiter.release();
    await Promise.resolve();
    expect(admitted).toBe(false);
    limiter.release();
    await waiter;
    expect(admitted).toBe(true);
    expect(limiter.active).toBe(1);
  });

  it('wakeAll returns every waiter without a slot', async () => {
    const limiter = createLimiter(() => 1);
    await limiter.acquire();
    const waiting = [limiter.acquire(), limiter.acquire()];
    limiter.wakeAll();
    expect(await Promise.all(waiting)).toEqual([false, false]);
    expect(limiter.active).toBe(1);
  });

  it('never goes below one slot', async () => {
    const limiter = createLimiter(() => 0);
    expect(await limiter.acquire()).toBe(true);
  });
});
