// Type-7 quantiles without sorting: the bootstrap recomputes a p95 over thousands of
// latencies in every resample, and a full sort each time would blow the time budget.
// Quickselect (Hoare partition, median-of-three pivot) places the ⌊h⌋-th order
// statistic in O(n) on average; the next one is the minimum of what lies above it.
// Same definition as quantile.ts: h = (n − 1)·p, q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).

/** Rearranges values[0..n) so that values[k] is the k-th smallest, smaller ones before it. */
export function selectInPlace(values: Float64Array, n: number, k: number): void {
  let lo = 0;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three to the middle, so sorted and reversed inputs stay linear.
    if (values[mid]! < values[lo]!) swap(values, mid, lo);
    if (values[hi]! < values[lo]!) swap(values, hi, lo);
    if (values[hi]! < values[mid]!) swap(values, hi, mid);
    const pivot = values[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const t = values[a]!;
  values[a] = values[b]!;
  values[b] = t;
}

/** Type-7 quantile of values[0..n); reorders them. NaN when n = 0. */
export function selectQuantile(values: Float64Array, n: number, p: number): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  selectInPlace(values, n, k);
  const below = values[k]!;
  if (k + 1 >= n || h === k) return below;
  let above = values[k + 1]!;
  for (let i = k + 2; i < n; i++) if (values[i]! < above) above = values[i]!;
  return below + (h - k) * (above - below);
}
