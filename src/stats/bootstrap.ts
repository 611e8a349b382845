// A clustered bootstrap: resample whole clusters (eval cases) with replacement, so that a
// case's baseline and candidate results, and all its repeats, always travel together.
// That keeps the pairing (both models answered the same case) and the correlation
// between repeats, which is what makes the intervals honest for LLM evals.
//
// The engine is generic: each cluster carries a fixed row of additive totals (scores,
// costs, calls, errors, per side) and, per pool, a list of values whose quantile is
// re-taken inside every resample (call latencies, per side). What the totals mean, and
// how a replicate's change is computed from them, is the caller's business (compare/).
// Speed: per resample one pass over n draws adds rows and copies pooled values into a
// scratch buffer; the quantile is a quickselect, not a sort.

import { nextIndex, xoshiro128ss } from './rng.js';
import { selectQuantile } from './select.js';

export interface ClusterSample {
  /** Number of clusters (cases). */
  clusters: number;
  /** Totals per cluster, row-major: totals[i * width + j]. */
  totals: Float64Array;
  width: number;
  /** Values pooled across the drawn clusters, one list per pool; pool values of cluster i are values[offsets[i]..offsets[i+1]). */
  pools: { offsets: Int32Array; values: Float64Array }[];
}

export interface BootstrapOptions {
  seed: number;
  resamples: number;
  /** The quantile re-taken over each pool in each resample (type 7), e.g. 0.95. */
  poolQuantile: number;
  /**
   * The replicate's statistics from its summed totals and its pools' quantiles (NaN for an
   * empty pool). Writes `outputs` numbers into `out`.
   */
  statistic(totals: Float64Array, poolQuantiles: Float64Array, out: Float64Array): void;
  outputs: number;
}

/** Builds a ClusterSample from plain per-cluster rows and pool lists. */
export function clusterSample(rows: readonly (readonly number[])[], pools: readonly (readonly (readonly number[])[])[]): ClusterSample {
  const clusters = rows.length;
  const width = rows[0]?.length ?? 0;
  const totals = new Float64Array(clusters * width);
  rows.forEach((row, i) => {
    if (row.length !== width) throw new RangeError(`clusterSample: row ${i} has ${row.length} totals, expected ${width}`);
    totals.set(row, i * width);
  });
  return {
    clusters,
    totals,
    width,
    pools: pools.map((lists) => {
      if (lists.length !== clusters) throw new RangeError(`clusterSample: a pool has ${lists.length} lists for ${clusters} clusters`);
      const offsets = new Int32Array(clusters + 1);
      lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
      const values = new Float64Array(offsets[clusters] as number);
      lists.forEach((list, i) => values.set(list, offsets[i] as number));
      return { offsets, values };
    }),
  };
}

/** The statistics on the sample as it is (every cluster once): the point estimates. */
export function pointStatistics(sample: ClusterSample, options: Omit<BootstrapOptions, 'seed' | 'resamples'>): Float64Array {
  const identity = Int32Array.from({ length: sample.clusters }, (_, i) => i);
  return evaluate(sample, identity, options, scratchFor(sample, identity.length));
}

/**
 * Runs the bootstrap. Returns one Float64Array of `resamples` replicates per output,
 * in draw order (sort a copy for percentiles). With no clusters every replicate is NaN.
 */
export function clusteredBootstrap(sample: ClusterSample, options: BootstrapOptions): Float64Array[] {
  const { resamples, outputs } = options;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  const replicates = Array.from({ length: outputs }, () => new Float64Array(resamples));
  const n = sample.clusters;
  if (n === 0) {
    for (const r of replicates) r.fill(Number.NaN);
    return replicates;
  }
  const source = xoshiro128ss(options.seed);
  const draws = new Int32Array(n);
  const scratch = scratchFor(sample, n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) draws[i] = nextIndex(source, n);
    const out = evaluate(sample, draws, options, scratch);
    for (let k = 0; k < outputs; k++) (replicates[k] as Float64Array)[b] = out[k] as number;
  }
  return replicates;
}

interface Scratch {
  totals: Float64Array;
  quantiles: Float64Array;
  out: Float64Array;
  /** Per pool, room for the largest possible resample: n draws of the biggest cluster. */
  buffers: Float64Array[];
}

function scratchFor(sample: ClusterSample, draws: number): Scratch {
  return {
    totals: new Float64Array(sample.width),
    quantiles: new Float64Array(sample.pools.length),
    out: new Float64Array(0),
    buffers: sample.pools.map((pool) => {
      let biggest = 0;
      for (let i = 0; i < sample.clusters; i++) biggest = Math.max(biggest, (pool.offsets[i + 1] as number) - (pool.offsets[i] as number));
      return new Float64Array(Math.max(1, biggest * draws));
    }),
  };
}

function evaluate(
  sample: ClusterSample,
  draws: Int32Array,
  options: Pick<BootstrapOptions, 'poolQuantile' | 'statistic' | 'outputs'>,
  scratch: Scratch,
): Float64Array {
  const { width, totals } = sample;
  const sums = scratch.totals;
  sums.fill(0);
  for (let d = 0; d < draws.length; d++) {
    const base = (draws[d] as number) * width;
    for (let j = 0; j < width; j++) sums[j] = (sums[j] as number) + (totals[base + j] as number);
  }
  sample.pools.forEach((pool, p) => {
    const buffer = scratch.buffers[p] as Float64Array;
    let length = 0;
    for (let d = 0; d < draws.length; d++) {
      const c = draws[d] as number;
      const from = pool.offsets[c] as number;
      const to = pool.offsets[c + 1] as number;
      for (let v = from; v < to; v++) buffer[length++] = pool.values[v] as number;
    }
    scratch.quantiles[p] = selectQuantile(buffer, length, options.poolQuantile);
  });
  if (scratch.out.length !== options.outputs) scratch.out = new Float64Array(options.outputs);
  options.statistic(sums, scratch.quantiles, scratch.out);
  return scratch.out;
}

/** Sorted copy, ascending (NaN last). */
export function sortedReplicates(replicates: Float64Array): Float64Array {
  return Float64Array.from(replicates).sort();
}

/** Type-7 quantile of sorted replicates: the percentile method's interval ends. */
export function percentile(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const k = Math.floor(h);
  const below = sorted[k] as number;
  if (k + 1 >= n) return below;
  return below + (h - k) * ((sorted[k + 1] as number) - below);
}

/** Two-sided percentile interval at `confidence` (0.95 → the 2.5th and 97.5th percentiles). */
export function percentileInterval(sorted: Float64Array, confidence: number): [number, number] {
  const tail = (1 - confidence) / 2;
  return [percentile(sorted, tail), percentile(sorted, 1 - tail)];
}

/** Standard deviation of the replicates (n − 1 denominator): the bootstrap standard error. */
export function standardError(replicates: Float64Array): number {
  const n = replicates.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += replicates[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((replicates[i] as number) - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}
