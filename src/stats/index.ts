export { quantile, quantileSorted, quantiles, sortedAscending } from './quantile.js';
export { lostAdding, mean, sum, sumBy } from './summary.js';
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
export { PLANNING_POWER, casesToDecide, minimumDetectableEffect, type PlanLevels } from './power.js';
export { studentQuantile } from './student.js';
export { constrainedVariance, pairedMeanBound, pairedMeanSample, pairedMeanSe, scoreStatistic, type PairedMeanSample } from './paired-mean.js';
export { binomialMidP, signFlipPValue } from './sign-flip.js';
export { rateDifferenceBound, rateDifferenceSe, rateSummary, wilson, type ClusteredCount, type RateSummary } from './proportions.js';
export { logRatioBound, logRatioOfRatios, ratioOfRatios, type LogRatioEstimate } from './ratio.js';
export { MIN_TAIL_CALLS, quantileRatio, quantileRatioBound, type QuantileRatioEstimate } from './quantile-ratio.js';
