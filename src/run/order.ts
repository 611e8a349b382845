// The order cases are sent in. With sequential stopping the gate judges the first n cases
// sent, so every prefix must be a fair sample of the whole set: a seeded shuffle, stratified
// by tag so that a prefix holds each tag in about its share of the set (eval files are
// usually grouped by topic, and a file order prefix would be one topic).
import { nextIndex, xoshiro128ss } from '../stats/index.js';
import type { EvalCase } from '../types.js';

/**
 * A permutation of case indices. Within each stratum (the case's sorted tags) the cases are
 * shuffled; stratum s's j-th case of n_s gets the position (j + u) / n_s with u uniform in
 * [0, 1), and positions are merged in order. At any position a stratum has its share of
 * the cases placed, give or take one, so a prefix of length k holds each stratum's share
 * k · n_s / N within about two cases (one for the stratum, one for all strata's rounding).
 */
export function dispatchOrder(cases: readonly Pick<EvalCase, 'tags'>[], seed: number): number[] {
  const random = xoshiro128ss(seed);
  const strata = new Map<string, number[]>();
  cases.forEach((c, index) => {
    const key = [...c.tags].sort().join('\u0000');
    const members = strata.get(key);
    if (members) members.push(index);
    else strata.set(key, [index]);
  });
  const placed: { index: number; position: number }[] = [];
  // Strata in a fixed order (by key), so the draws do not depend on Map insertion order.
  for (const key of [...strata.keys()].sort()) {
    const members = strata.get(key)!;
    for (let i = members.length - 1; i > 0; i--) {
      const j = nextIndex(random, i + 1);
      [members[i], members[j]] = [members[j]!, members[i]!];
    }
    members.forEach((index, j) => placed.push({ index, position: (j + random() / 4294967296) / members.length }));
  }
  return placed.sort((a, b) => a.position - b.position || a.index - b.index).map((p) => p.index);
}
