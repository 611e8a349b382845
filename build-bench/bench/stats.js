// Quantiles by linear interpolation between order statistics (R type 7), the
// definition the gate documents for its own latency figures.
export function quantile(values, p) {
    if (values.length === 0)
        return Number.NaN;
    const sorted = [...values].sort((a, b) => a - b);
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
export function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
