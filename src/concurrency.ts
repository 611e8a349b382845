// The one concurrency limiter: the case runner and the judge both hold a slot per call in
// flight. The limit is read on every decision, so an adaptive limit (a 429 halves it) takes
// effect at the next call without anyone resizing a pool.

export interface Limiter {
  /**
   * Waits for a slot, first come first served. True: the caller holds a slot and must
   * release() it. False: released by `wakeAll()` without a slot (the run is stopping, or its
   * state changed): the caller re-checks whether it still has work.
   */
  acquire(): Promise<boolean>;
  /** Gives back a slot and hands it, and any the limit now allows, to the longest waiters. */
  release(): void;
  /** Every waiter returns false now. */
  wakeAll(): void;
  readonly active: number;
}

/** At most `allowed()` slots held at once (at least 1). */
export function createLimiter(allowed: () => number): Limiter {
  const cap = (): number => Math.max(1, allowed());
  let active = 0;
  let waiting: ((slot: boolean) => void)[] = [];
  const pump = (): void => {
    while (waiting.length > 0 && active < cap()) {
      active++;
      waiting.shift()?.(true);
    }
  };
  return {
    acquire() {
      if (waiting.length === 0 && active < cap()) {
        active++;
        return Promise.resolve(true);
      }
      return new Promise<boolean>((resolve) => waiting.push(resolve));
    },
    release() {
      active--;
      pump();
    },
    wakeAll() {
      const woken = waiting;
      waiting = [];
      for (const resolve of woken) resolve(false);
    },
    get active() {
      return active;
    },
  };
}
