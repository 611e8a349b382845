export { quantile, quantileSorted, quantiles, sortedAscending } from './quantile.js';
export { mean, sum, sumBy } from './summary.js';
