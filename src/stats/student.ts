// Student's t quantile, for the small-sample tests (df = cases − 1). Fisher's Cornish–Fisher
// expansion in 1/df around the normal quantile: at df ≥ 9 (the gate's minimum of 10 cases)
// and one-sided levels down to 0.1% it is within 0.2% of the exact quantile, far finer than
// the decisions need; below that it errs on the wide side, never the narrow one.

import { normalQuantile } from './normal.js';

/** t such that P(T_df ≤ t) = p. df = ∞ (or ≥ 1e6) gives the normal quantile. */
export function studentQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  if (!(df < 1e6)) return z;
  if (!(df >= 1)) throw new RangeError(`studentQuantile: df must be ≥ 1, got ${df}`);
  const z2 = z * z;
  const g1 = (z2 * z + z) / 4;
  const g2 = ((5 * z2 + 16) * z2 * z + 3 * z) / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 * z - 15 * z) / 384;
  const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 * z - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}
