// Sums and means. Costs are summed over thousands of tiny fractions of a dollar and
// must come out exact to 1e-9 USD, so sums are compensated (Neumaier's variant of
// Kahan summation): the order of the records then barely matters.

/** Compensated sum; 0 for an empty list. */
export function sum(values: Iterable<number>): number {
  let total = 0;
  let compensation = 0;
  for (const v of values) {
    compensation += lostAdding(total, v);
    total += v;
  }
  return total + compensation;
}

/** What `total + v` loses to rounding (Neumaier): a compensated sum adds it to its compensation. */
export function lostAdding(total: number, v: number): number {
  const t = total + v;
  return Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
}

/** Sum of a projection, e.g. sumBy(records, (r) => r.costUsd). */
export function sumBy<T>(items: Iterable<T>, value: (item: T) => number): number {
  const values: number[] = [];
  for (const item of items) values.push(value(item));
  return sum(values);
}

/** Arithmetic mean, or undefined for an empty list (callers decide what "no data" means). */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return sum(values) / values.length;
}
