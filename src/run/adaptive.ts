// Adaptive concurrency (AIMD): a 429 halves how many calls the run keeps in flight, and
// successes win it back one slot at a time, up to the configured concurrency. Retrying
// into a rate limit at full concurrency only earns more 429s, and each costs an attempt
// from the retry budget.
//
// One 429 episode halves once: each attempt carries the generation it was sent in, and a
// 429 on an attempt sent before the last decrease is an echo of the same congestion (those
// calls were already in flight when we reacted), as TCP reacts once per window.
import type { Clock } from '../types.js';

export interface ConcurrencyStats {
  /** run.concurrency. */
  configured: number;
  /** Lowest effective limit reached. */
  min: number;
  /** Limit when the run ended. */
  final: number;
  /** Time-weighted mean of the limit between the run's start and end (the configured value if never started). */
  mean: number;
  decreases: number;
  increases: number;
}

export interface AdaptiveConcurrency {
  /** Calls the run may have in flight now, in 1..configured. */
  readonly limit: number;
  /** Call before sending an attempt; pass the result to rateLimited if it gets a 429. */
  dispatched(): number;
  rateLimited(generation: number): void;
  /** An attempt got an answer (2xx). Other failures are neutral. */
  succeeded(): void;
  /** Bracket the run for the time-weighted mean; signals after end() are ignored (the run is over). */
  start(): void;
  end(): void;
  stats(): ConcurrencyStats;
}

export interface AdaptiveOptions {
  /** The configured concurrency, and the ceiling of recovery. */
  max: number;
  /** Consecutive successes that win back one slot. Default 2. */
  recoverAfter?: number;
  clock?: Clock;
}

/**
 * Default 2. Measured in bench/faults.ts (10% of attempts 429, at random, pool of 16): a
 * step of 1 holds a time-weighted mean of 9 in flight, 2 holds 4.3, 4 holds 1.8. Against
 * a real rate limit, which 429s because of our load, every step past the limit costs a
 * 429 and a retry from the budget, so recovery should not be the fastest; 2 halves the
 * rate of those probes for half the throughput of 1 under random 429s.
 */
export const DEFAULT_RECOVER_AFTER = 2;

export function createAdaptiveConcurrency(opts: AdaptiveOptions): AdaptiveConcurrency {
  const { max } = opts;
  const recoverAfter = opts.recoverAfter ?? DEFAULT_RECOVER_AFTER;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`adaptive concurrency: expected max to be an integer ≥ 1, got ${max}`);
  if (!Number.isInteger(recoverAfter) || recoverAfter < 1) {
    throw new RangeError(`adaptive concurrency: expected recoverAfter to be an integer ≥ 1, got ${recoverAfter}`);
  }
  const clock: Clock = opts.clock ?? performance;
  let limit = max;
  let min = max;
  let generation = 0;
  let streak = 0;
  let decreases = 0;
  let increases = 0;
  let startedAt: number | undefined;
  let endedAt: number | undefined;
  let lastChangeAt = 0;
  let area = 0; // ∫ limit dt since start

  const set = (value: number): void => {
    if (startedAt !== undefined) {
      const now = clock.now();
      area += limit * (now - lastChangeAt);
      lastChangeAt = now;
    }
    limit = value;
    min = Math.min(min, value);
  };
  const running = (): boolean => endedAt === undefined;

  return {
    get limit() {
      return limit;
    },
    dispatched: () => generation,
    rateLimited(sentIn) {
      if (!running()) return;
      streak = 0;
      if (sentIn !== generation) return;
      generation++;
      const halved = Math.max(1, Math.floor(limit / 2));
      if (halved < limit) {
        decreases++;
        set(halved);
      }
    },
    succeeded() {
      if (!running() || limit >= max) return;
      if (++streak < recoverAfter) return;
      streak = 0;
      increases++;
      set(limit + 1);
    },
    start() {
      if (startedAt !== undefined) return;
      startedAt = clock.now();
      lastChangeAt = startedAt;
    },
    end() {
      if (startedAt === undefined || endedAt !== undefined) return;
      endedAt = clock.now();
      area += limit * (endedAt - lastChangeAt);
      lastChangeAt = endedAt;
    },
    stats() {
      let mean = limit;
      if (startedAt !== undefined) {
        const until = endedAt ?? clock.now();
        const total = until - startedAt;
        const sofar = area + (endedAt === undefined ? limit * (until - lastChangeAt) : 0);
        mean = total > 0 ? sofar / total : limit;
      }
      return { configured: max, min, final: limit, mean, decreases, increases };
    },
  };
}
