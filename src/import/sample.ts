// Exactly n of the items, stratified by slice: each slice gets its share of n (largest
// remainders), at least one, never more than it has; which items, by a seeded shuffle
// within each slice. Pure and deterministic: the same items, n and seed give the same pick.
import { xoshiro128ss } from '../stats/rng.js';

export interface Allocation {
  slice: string;
  available: number;
  taken: number;
}

/** How many to take from each slice; the sum is min(n, total). Slices in first-seen order. */
export function allocate(sizes: ReadonlyMap<string, number>, n: number): Allocation[] {
  const slices = [...sizes].map(([slice, available]) => ({ slice, available, taken: 0, target: 0 }));
  const total = slices.reduce((s, x) => s + x.available, 0);
  if (n >= total) return slices.map(({ slice, available }) => ({ slice, available, taken: available }));
  for (const s of slices) s.target = (n * s.available) / total;
  // At least one from each slice, while n allows: the biggest slices first when it does not.
  const bySize = [...slices].sort((a, b) => b.available - a.available);
  let left = n;
  for (const s of bySize) {
    if (left === 0) break;
    s.taken = 1;
    left--;
  }
  // Then the rest, one at a time, to the slice furthest below its share (ties: bigger first).
  // n is at most the number of items, so this loop is bounded by it.
  while (left > 0) {
    let best: (typeof slices)[number] | undefined;
    for (const s of bySize) {
      if (s.taken >= s.available) continue;
      if (!best || s.target - s.taken > best.target - best.taken) best = s;
    }
    if (!best) break;
    best.taken++;
    left--;
  }
  return slices.map(({ slice, available, taken }) => ({ slice, available, taken }));
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Indices of the picked items, in their original order. */
export function stratifiedSample<T>(items: readonly T[], sliceOf: (item: T) => string, n: number, seed: number): { picked: number[]; allocation: Allocation[] } {
  const bySlice = new Map<string, number[]>();
  items.forEach((item, i) => {
    const s = sliceOf(item);
    const list = bySlice.get(s);
    if (list) list.push(i);
    else bySlice.set(s, [i]);
  });
  const allocation = allocate(new Map([...bySlice].map(([s, l]) => [s, l.length])), n);
  const picked: number[] = [];
  for (const a of allocation) {
    const list = [...bySlice.get(a.slice)!];
    // Each slice its own stream, so adding a slice does not reshuffle the others.
    const next = xoshiro128ss((seed ^ hashString(a.slice)) >>> 0);
    for (let i = 0; i < a.taken; i++) {
      const j = i + Math.floor((next() / 2 ** 32) * (list.length - i));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    picked.push(...list.slice(0, a.taken));
  }
  picked.sort((a, b) => a - b);
  return { picked, allocation };
}
