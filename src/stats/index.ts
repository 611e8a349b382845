export { quantile, quantileSorted, quantiles, sortedAscending } from './quantile.js';
export { mean, sum, sumBy } from './summary.js';
export { nextIndex, seedFromHash, xoshiro128ss, type Uint32Source } from './rng.js';
export { selectInPlace, selectQuantile } from './select.js';
export { normalQuantile } from './normal.js';
export {
  clusterSample,
  clusteredBootstrap,
  percentile,
  percentileInterval,
  pointStatistics,
  sortedReplicates,
  standardError,
  type BootstrapOptions,
  type ClusterSample,
} from './bootstrap.js';
export { PLANNING_POWER, casesNeeded, minimumDetectableEffect, type DecideInput } from './power.js';
