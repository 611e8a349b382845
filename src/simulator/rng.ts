// Seeded randomness for the simulator. Every draw is keyed by what a request is (seed,
// model, prompt fingerprint, occurrence), never by arrival order, so a run under any
// concurrency serves the same answers, latencies and faults for a given seed.
import { hashString, mulberry32 } from '../stats/rng.js';

export { hashString, mulberry32 };


/** Folds numbers into one well-mixed 32-bit seed (murmur3 finaliser per step). */
export function mix(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A uniform generator in [0, 1). */
export type Random = () => number;


/** Independent streams per purpose, so adding a fault draw never shifts the answer draws. */
export const STREAM = { latency: 1, fault: 2, answer: 3, tokens: 4 } as const;

export function streamFor(key: number, stream: number): Random {
  return mulberry32(mix(key, stream));
}

/** A standard normal sample (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) is never taken
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const Z95 = 1.6448536269514722;

export interface LatencyProfile {
  /** Median latency in milliseconds. */
  medianMs: number;
  /** 95th percentile in milliseconds; must be ≥ medianMs. */
  p95Ms: number;
}

/** Log-normal parameters whose median and p95 are exactly the profile's. */
export function logNormalParams(profile: LatencyProfile): { mu: number; sigma: number } {
  if (!(profile.medianMs > 0) || !(profile.p95Ms >= profile.medianMs)) {
    throw new RangeError(`latency profile needs 0 < medianMs ≤ p95Ms, got ${profile.medianMs} / ${profile.p95Ms}`);
  }
  const mu = Math.log(profile.medianMs);
  return { mu, sigma: (Math.log(profile.p95Ms) - mu) / Z95 };
}

export function sampleLogNormal(params: { mu: number; sigma: number }, random: Random): number {
  return Math.exp(params.mu + params.sigma * normal(random));
}

/** Picks one element; the list must not be empty. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick() from an empty list');
  return item;
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
