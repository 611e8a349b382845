// Quantiles by linear interpolation between order statistics — Hyndman & Fan type 7,
// the default of R, NumPy and Excel's PERCENTILE.INC. One definition for the whole
// product, so the report, the benchmark and the README agree on what "p95" means.
//
// For n sorted values x[0..n-1] and a probability p in [0, 1]:
//   h = (n − 1)·p,  q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
// so p = 0 gives the minimum, p = 1 the maximum, and one value is every quantile.

function checkP(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
}

/** Type-7 quantile of values that are already sorted ascending. Throws on an empty list. */
export function quantileSorted(sorted: readonly number[], p: number): number {
  checkP(p);
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty list');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= n) return below;
  const above = sorted[lo + 1] as number;
  return below + (h - lo) * (above - below);
}

/** Sorted copy, ascending; the input is left untouched. */
export function sortedAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Type-7 quantile of unsorted values. Throws on an empty list. */
export function quantile(values: readonly number[], p: number): number {
  return quantileSorted(sortedAscending(values), p);
}

/** Several type-7 quantiles of the same values, sorting once. */
export function quantiles<const P extends readonly number[]>(
  values: readonly number[],
  ps: P,
): { [K in keyof P]: number } {
  const sorted = sortedAscending(values);
  return ps.map((p) => quantileSorted(sorted, p)) as { [K in keyof P]: number };
}
