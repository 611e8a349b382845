export const id = 453;
export const ids = [453];
export const modules = {

/***/ 4647:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kT: () => (/* binding */ DEFAULT_STATISTICS),
  UD: () => (/* binding */ compare),
  lU: () => (/* reexport */ lookLevels),
  fT: () => (/* reexport */ lookPoints),
  N0: () => (/* reexport */ relativeChange)
});

// UNUSED EXPORTS: CHECK_ORDER, DEFAULT_INFRA_LIMIT, FEW_CASES, INTERIM_SHARE, INTERVAL_METRICS, LOOK_FRACTIONS, MIN_LOOK_CASES, MOST_CALLS, WORSE_IS_HIGHER, betterEnd, bootstrapChanges, buildChecks, caseSample, checkPoints, checkPower, decideCheck, decideVerdict, endpointOf, isPastThreshold, qualityPerDollarOf, sideHealth, towardWorse, worseEnd

// EXTERNAL MODULE: ./build/stats/summary.js
var summary = __webpack_require__(786);
;// CONCATENATED MODULE: ./build/stats/normal.js
// The standard normal quantile, for power and sample-size figures (z for a level or a
// power). Acklam's rational approximation: relative error below 1.2e-9, far finer than
// any figure the report prints.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
function poly(coefficients, x) {
    let result = 0;
    for (const c of coefficients)
        result = result * x + c;
    return result;
}
/** z such that Φ(z) = p, for p in (0, 1). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(C, q) / (poly(D, q) * q + 1);
    }
    if (p > 1 - low) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return -poly(C, q) / (poly(D, q) * q + 1);
    }
    const q = p - 0.5;
    const r = q * q;
    return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

;// CONCATENATED MODULE: ./build/stats/power.js
// Power and sample size for a check, in the check's own units. Everything here works on
// magnitudes in the worse direction (a quality drop, a latency rise) so one formula serves
// every metric. Standard errors and half-widths shrink as 1/√n when cases are added with
// the same spread, which is the usual planning assumption (benchstat's "need ≥ N samples").

/** The power the report plans for: an 80% chance to catch a real regression. */
const PLANNING_POWER = 0.8;
/**
 * The smallest true regression the fail rule catches with the given power. A check fails
 * when its change is past the threshold t AND at least z_fail standard errors from zero, so
 * the estimate must clear max(t, z_fail·se), and the true effect must sit z_power·se beyond that:
 *   mde = max(t, z_fail·se) + z_power·se
 * With α = 0.025 one-sided (z = 1.96) and 80% power (z = 0.84) this is the familiar 2.8·se
 * whenever the threshold is smaller than 1.96·se.
 */
function minimumDetectableEffect(opts) {
    const zFail = normalQuantile(1 - opts.failAlpha);
    const zPower = normalQuantile(opts.power ?? PLANNING_POWER);
    return Math.max(opts.threshold, zFail * opts.se) + zPower * opts.se;
}
/**
 * Total cases at which the check would be decided if the estimate stayed where it is and
 * the interval shrank as √(n/n′): a pass once the worse end comes inside the threshold
 * (estimate better than the threshold), a fail once the fail interval clears zero
 * (estimate past it). null when no number of cases decides it (estimate exactly at the
 * threshold, or no spread to shrink).
 */
function casesNeeded(input) {
    const { cases, regression: x, threshold: t } = input;
    let ratio;
    if (x < t) {
        if (!(input.worseHalfWidth > 0))
            return null;
        ratio = (input.worseHalfWidth / (t - x)) ** 2;
    }
    else if (x > t && x > 0) {
        if (!(input.failHalfWidth > 0))
            return null;
        ratio = (input.failHalfWidth / x) ** 2;
    }
    else {
        return null;
    }
    const needed = Math.ceil(cases * ratio);
    return Number.isFinite(needed) ? Math.max(needed, cases + 1) : null;
}

// EXTERNAL MODULE: ./build/stats/rng.js
var rng = __webpack_require__(1523);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(9291);
;// CONCATENATED MODULE: ./build/compare/change.js
// Relative changes without NaN or Infinity: the report is JSON and a table, and
// neither can show "∞". The rules, written in the README too:
//   baseline > 0 and both finite  → candidate / baseline − 1
//   baseline = candidate          → 0            (0 → 0 and ∞ → ∞ are no change)
//   baseline = 0, candidate > 0   → +1 (+100%)   (a rise from nothing: capped, not ∞)
//   baseline finite, candidate ∞  → +1 (+100%)   (same cap)
//   baseline ∞, candidate finite  → −1 (−100%)   (candidate/∞ − 1)
// Every threshold is a fraction below 1, so the capped value still lands on the
// right side of it.
/** Signed relative change of non-negative values, never NaN, never ±∞. */
function relativeChange(baseline, candidate) {
    if (baseline === candidate)
        return 0;
    if (baseline === Number.POSITIVE_INFINITY)
        return -1;
    if (candidate === Number.POSITIVE_INFINITY || baseline === 0)
        return 1;
    return candidate / baseline - 1;
}
/**
 * Quality per dollar, 100 × Σ score / Σ cost. Free and useful is unbounded (∞);
 * free and useless (Σ score = 0 at Σ cost = 0) is 0: nothing bought for nothing.
 */
function qualityPerDollarOf(scoreSum, costSum) {
    if (costSum > 0)
        return (100 * scoreSum) / costSum;
    return scoreSum > 0 ? Number.POSITIVE_INFINITY : 0;
}
/** What a report may hold: an unbounded value is shown as 0, with a warning from compare. */
function finiteOrZero(value) {
    return Number.isFinite(value) ? value : 0;
}

;// CONCATENATED MODULE: ./build/compare/decide.js
// A check's three outcomes, from its change, threshold and intervals (pure data in, a
// status out). With s = +1 when a higher change is worse (latency, errors) and −1 when a
// lower one is (quality, quality per dollar):
//   fail          the change is past the threshold AND the fail interval lies wholly on
//                 the worse side of zero: the regression is both real and material
//                 (Mozilla Perfherder's rule). The fail interval is the reported one
//                 widened to the fail test's level (see DEFAULT_STATISTICS in index.ts).
//   pass          the reported interval's worse end is not past the threshold: the data
//                 rule out a regression as large as the one tolerated.
//   inconclusive  anything else: more cases are needed either way.
// Ties go to the better outcome within 1e-9, as isPastThreshold() does, so float noise
// cannot fail a run.

const EPSILON = 1e-9;
/** Whether a larger change is worse (latency, errors) or a smaller one (quality). */
const WORSE_IS_HIGHER = {
    quality: false,
    qualityPerDollar: false,
    p95Latency: true,
    errorRate: true,
};
function isPastThreshold(metric, change, threshold) {
    return WORSE_IS_HIGHER[metric] ? change > threshold + EPSILON : change < threshold - EPSILON;
}
/** The interval end on the worse side (upper for latency/errors, lower for quality). */
function worseEnd(metric, interval) {
    return WORSE_IS_HIGHER[metric] ? interval[1] : interval[0];
}
/** The interval end on the better side. */
function betterEnd(metric, interval) {
    return WORSE_IS_HIGHER[metric] ? interval[0] : interval[1];
}
/** A value's distance from zero toward worse: positive when it is a regression. */
function towardWorse(metric, value) {
    return WORSE_IS_HIGHER[metric] ? value : -value;
}
function decideCheck(e) {
    if (isPastThreshold(e.metric, e.change, e.threshold) && towardWorse(e.metric, betterEnd(e.metric, e.failInterval)) > EPSILON) {
        return 'fail';
    }
    if (!isPastThreshold(e.metric, worseEnd(e.metric, e.interval), e.threshold))
        return 'pass';
    return 'inconclusive';
}
function checkPower(opts) {
    const { evidence: e } = opts;
    const sign = WORSE_IS_HIGHER[e.metric] ? 1 : -1;
    const se = Math.max(opts.spread.se, opts.seFloor ?? 0);
    const mde = sign * minimumDetectableEffect({ threshold: Math.abs(e.threshold), se, failAlpha: opts.failAlpha });
    if (opts.status !== 'inconclusive')
        return { mde };
    const needed = casesNeeded({
        cases: opts.cases,
        regression: towardWorse(e.metric, e.change),
        threshold: Math.abs(e.threshold),
        worseHalfWidth: towardWorse(e.metric, worseEnd(e.metric, e.interval) - e.change),
        failHalfWidth: towardWorse(e.metric, e.change - betterEnd(e.metric, e.failInterval)),
    });
    return needed === null ? { mde } : { mde, casesToDecide: needed - opts.cases };
}

;// CONCATENATED MODULE: ./build/compare/checks.js
// One check per enabled threshold. config.thresholds are stored positive (the
// regression tolerated); the sign is added here so that every check reads the same:
// `change` and `threshold` in the same units, threshold on the worse side of zero.
//   quality           change = cand − base (points)    threshold = −t   worse = lower
//   qualityPerDollar  change = cand/base − 1           threshold = −t   worse = lower
//   p95Latency        change = cand/base − 1           threshold = +t   worse = higher
//   errorRate         change = cand − base (fraction)  threshold = +t   worse = higher
// A change exactly at the threshold is not past it (within 1e-9, so float noise cannot
// fail a run). Relative changes follow relativeChange() (change.ts): never NaN, never ∞.
// The status comes from the change's bootstrap intervals (decide.ts), and each check
// carries its power figures, so a reader knows what this many cases could have seen.



/** The order checks appear in, in the report and the table. */
const CHECK_ORDER = ['quality', 'qualityPerDollar', 'p95Latency', 'errorRate'];
function checkPoints(opts) {
    const { thresholds: t, models } = opts;
    const b = models.baseline;
    const c = models.candidate;
    const points = [];
    for (const metric of CHECK_ORDER) {
        const tolerated = t[metric];
        if (tolerated === false)
            continue;
        const threshold = WORSE_IS_HIGHER[metric] ? tolerated : -tolerated;
        const point = (baseline, candidate, change) => points.push({ metric, baseline, candidate, change, threshold });
        switch (metric) {
            case 'quality':
                point(b.quality, c.quality, c.quality - b.quality);
                break;
            case 'qualityPerDollar': {
                const q = opts.qualityPerDollar;
                point(finiteOrZero(q.baseline), finiteOrZero(q.candidate), relativeChange(q.baseline, q.candidate));
                break;
            }
            case 'p95Latency':
                point(b.latencyMs.p95, c.latencyMs.p95, relativeChange(b.latencyMs.p95, c.latencyMs.p95));
                break;
            case 'errorRate':
                point(b.errorRate, c.errorRate, c.errorRate - b.errorRate);
                break;
        }
    }
    return points;
}
/**
 * The SE the error-rate MDE plans with: at least the binomial SE of a candidate sitting
 * exactly at the threshold, because a run with no errors has a bootstrap SE of 0 and
 * would otherwise claim to see any rise.
 */
function errorRateSeFloor(models, tolerated) {
    const pb = models.baseline.errorRate;
    const pc = Math.min(1, pb + tolerated);
    const nb = Math.max(1, models.baseline.calls);
    const nc = Math.max(1, models.candidate.calls);
    return Math.sqrt((pb * (1 - pb)) / nb + (pc * (1 - pc)) / nc);
}
function buildChecks(opts) {
    return opts.points.map((p) => {
        const spread = opts.spreads[p.metric];
        const evidence = { ...p, interval: spread.interval, failInterval: spread.failInterval };
        const unmeasured = opts.unmeasured?.[p.metric];
        const status = unmeasured !== undefined ? 'inconclusive' : decideCheck(evidence);
        const power = checkPower({
            evidence,
            status,
            spread,
            cases: opts.cases,
            failAlpha: opts.failAlpha,
            ...(p.metric === 'errorRate' ? { seFloor: errorRateSeFloor(opts.models, Math.abs(p.threshold)) } : {}),
        });
        return {
            metric: p.metric,
            baseline: p.baseline,
            candidate: p.candidate,
            change: p.change,
            threshold: p.threshold,
            status,
            interval: [spread.interval[0], spread.interval[1]],
            mde: power.mde,
            ...(power.casesToDecide === undefined || unmeasured !== undefined ? {} : { casesToDecide: power.casesToDecide }),
            ...(unmeasured === undefined ? {} : { unmeasured }),
        };
    });
}

;// CONCATENATED MODULE: ./build/stats/select.js
// Type-7 quantiles without sorting: the bootstrap recomputes a p95 over thousands of
// latencies in every resample, and a full sort each time would blow the time budget.
// Quickselect (Hoare partition, median-of-three pivot) places the ⌊h⌋-th order
// statistic in O(n) on average; the next one is the minimum of what lies above it.
// Same definition as quantile.ts: h = (n − 1)·p, q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
/** Rearranges values[0..n) so that values[k] is the k-th smallest, smaller ones before it. */
function selectInPlace(values, n, k) {
    let lo = 0;
    let hi = n - 1;
    while (hi > lo) {
        const mid = (lo + hi) >>> 1;
        // Median of three to the middle, so sorted and reversed inputs stay linear.
        if (values[mid] < values[lo])
            swap(values, mid, lo);
        if (values[hi] < values[lo])
            swap(values, hi, lo);
        if (values[hi] < values[mid])
            swap(values, hi, mid);
        const pivot = values[mid];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                swap(values, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return;
    }
}
function swap(values, a, b) {
    const t = values[a];
    values[a] = values[b];
    values[b] = t;
}
/** Type-7 quantile of values[0..n); reorders them. NaN when n = 0. */
function selectQuantile(values, n, p) {
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * p;
    const k = Math.floor(h);
    selectInPlace(values, n, k);
    const below = values[k];
    if (k + 1 >= n || h === k)
        return below;
    let above = values[k + 1];
    for (let i = k + 2; i < n; i++)
        if (values[i] < above)
            above = values[i];
    return below + (h - k) * (above - below);
}

;// CONCATENATED MODULE: ./build/stats/bootstrap.js
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


/** Builds a ClusterSample from plain per-cluster rows and pool lists. */
function clusterSample(rows, pools) {
    const clusters = rows.length;
    const width = rows[0]?.length ?? 0;
    const totals = new Float64Array(clusters * width);
    rows.forEach((row, i) => {
        if (row.length !== width)
            throw new RangeError(`clusterSample: row ${i} has ${row.length} totals, expected ${width}`);
        totals.set(row, i * width);
    });
    return {
        clusters,
        totals,
        width,
        pools: pools.map((lists) => {
            if (lists.length !== clusters)
                throw new RangeError(`clusterSample: a pool has ${lists.length} lists for ${clusters} clusters`);
            const offsets = new Int32Array(clusters + 1);
            lists.forEach((list, i) => (offsets[i + 1] = offsets[i] + list.length));
            const values = new Float64Array(offsets[clusters]);
            lists.forEach((list, i) => values.set(list, offsets[i]));
            return { offsets, values };
        }),
    };
}
/** The statistics on the sample as it is (every cluster once): the point estimates. */
function pointStatistics(sample, options) {
    const identity = Int32Array.from({ length: sample.clusters }, (_, i) => i);
    return evaluate(sample, identity, options, scratchFor(sample, identity.length));
}
/**
 * Runs the bootstrap. Returns one Float64Array of `resamples` replicates per output,
 * in draw order (sort a copy for percentiles). With no clusters every replicate is NaN.
 */
function clusteredBootstrap(sample, options) {
    const { resamples, outputs } = options;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new RangeError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    const replicates = Array.from({ length: outputs }, () => new Float64Array(resamples));
    const n = sample.clusters;
    if (n === 0) {
        for (const r of replicates)
            r.fill(Number.NaN);
        return replicates;
    }
    const source = (0,rng/* xoshiro128ss */._k)(options.seed);
    const draws = new Int32Array(n);
    const scratch = scratchFor(sample, n);
    for (let b = 0; b < resamples; b++) {
        for (let i = 0; i < n; i++)
            draws[i] = (0,rng/* nextIndex */.Yp)(source, n);
        const out = evaluate(sample, draws, options, scratch);
        for (let k = 0; k < outputs; k++)
            replicates[k][b] = out[k];
    }
    return replicates;
}
function scratchFor(sample, draws) {
    return {
        totals: new Float64Array(sample.width),
        quantiles: new Float64Array(sample.pools.length),
        out: new Float64Array(0),
        buffers: sample.pools.map((pool) => {
            let biggest = 0;
            for (let i = 0; i < sample.clusters; i++)
                biggest = Math.max(biggest, pool.offsets[i + 1] - pool.offsets[i]);
            return new Float64Array(Math.max(1, biggest * draws));
        }),
    };
}
function evaluate(sample, draws, options, scratch) {
    const { width, totals } = sample;
    const sums = scratch.totals;
    sums.fill(0);
    for (let d = 0; d < draws.length; d++) {
        const base = draws[d] * width;
        for (let j = 0; j < width; j++)
            sums[j] = sums[j] + totals[base + j];
    }
    sample.pools.forEach((pool, p) => {
        const buffer = scratch.buffers[p];
        let length = 0;
        for (let d = 0; d < draws.length; d++) {
            const c = draws[d];
            const from = pool.offsets[c];
            const to = pool.offsets[c + 1];
            for (let v = from; v < to; v++)
                buffer[length++] = pool.values[v];
        }
        scratch.quantiles[p] = selectQuantile(buffer, length, options.poolQuantile);
    });
    if (scratch.out.length !== options.outputs)
        scratch.out = new Float64Array(options.outputs);
    options.statistic(sums, scratch.quantiles, scratch.out);
    return scratch.out;
}
/** Sorted copy, ascending (NaN last). */
function sortedReplicates(replicates) {
    return Float64Array.from(replicates).sort();
}
/** Type-7 quantile of sorted replicates: the percentile method's interval ends. */
function percentile(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * p;
    const k = Math.floor(h);
    const below = sorted[k];
    if (k + 1 >= n)
        return below;
    return below + (h - k) * (sorted[k + 1] - below);
}
/** Two-sided percentile interval at `confidence` (0.95 → the 2.5th and 97.5th percentiles). */
function percentileInterval(sorted, confidence) {
    const tail = (1 - confidence) / 2;
    return [percentile(sorted, tail), percentile(sorted, 1 - tail)];
}
/** Standard deviation of the replicates (n − 1 denominator): the bootstrap standard error. */
function standardError(replicates) {
    const n = replicates.length;
    if (n < 2)
        return 0;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += replicates[i];
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++)
        ss += (replicates[i] - mean) ** 2;
    return Math.sqrt(ss / (n - 1));
}

;// CONCATENATED MODULE: ./build/stats/quantile.js
// Quantiles by linear interpolation between order statistics — Hyndman & Fan type 7,
// the default of R, NumPy and Excel's PERCENTILE.INC. One definition for the whole
// product, so the report, the benchmark and the README agree on what "p95" means.
//
// For n sorted values x[0..n-1] and a probability p in [0, 1]:
//   h = (n − 1)·p,  q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])
// so p = 0 gives the minimum, p = 1 the maximum, and one value is every quantile.
function checkP(p) {
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
}
/** Type-7 quantile of values that are already sorted ascending. Throws on an empty list. */
function quantileSorted(sorted, p) {
    checkP(p);
    const n = sorted.length;
    if (n === 0)
        throw new RangeError('quantile of an empty list');
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const below = sorted[lo];
    if (lo + 1 >= n)
        return below;
    const above = sorted[lo + 1];
    return below + (h - lo) * (above - below);
}
/** Sorted copy, ascending; the input is left untouched. */
function sortedAscending(values) {
    return [...values].sort((a, b) => a - b);
}
/** Type-7 quantile of unsorted values. Throws on an empty list. */
function quantile(values, p) {
    return quantileSorted(sortedAscending(values), p);
}
/** Several type-7 quantiles of the same values, sorting once. */
function quantiles(values, ps) {
    const sorted = sortedAscending(values);
    return ps.map((p) => quantileSorted(sorted, p));
}

;// CONCATENATED MODULE: ./build/compare/metrics.js
// Metrics of one side over a set of call records and paired graded cases.
// Definitions (copied into the README):
// - quality = 100 × mean case score over the paired cases (both sides score !== null).
// - costUsd = Σ costUsd of every call record of the model: every repeat, every call,
//   errors included (a failed call may still have been billed).
// - costPer1kCases = 1000 × costUsd / number of cases the model was called for.
// - qualityPerDollar = 100 × Σ score / Σ case cost over the paired cases, where a case's
//   cost is its cost per repeat (GradedSide.costUsd / repeats), so that repeats do not
//   change the scale.
// - latency p50/p95/p99: type-7 quantiles over the answered calls (no error). A timeout
//   or a failed request is not the time an answer took: it is counted in the error rate,
//   which has its own check. Pooling a 30 s timeout with 100 ms answers let two or three
//   timeouts decide the p95 of a 200-call run, double-counted the error rate, and made
//   the p95 interval so wide that a real +30% rise was missed (BENCHMARKS.md, Statistics);
//   a fast 5xx pulled the p50 down.
// - calls = records; errors = records with an error of any kind;
//   errorRate = (timeouts + request errors) / calls; infra errors are counted apart.
// - tokens: input = Σ (prompt − cached), cachedInput = Σ cached,
//   output = Σ completion (reasoning included), reasoning = Σ reasoning. These are the
//   billing classes: cost = (input·price.input + cachedInput·price.cachedInput + output·price.output) / 1e6.


function pairedSide(side, repeats) {
    return { score: side.score ?? 0, costPerRepeat: side.costUsd / Math.max(1, repeats) };
}
function qualityOf(paired) {
    return 100 * ((0,summary/* mean */.i2)(paired.map((p) => p.score)) ?? 0);
}
/** Unbounded (∞) when the paired cases cost nothing but scored; see change.ts. */
function qualityPerDollarExact(paired) {
    return qualityPerDollarOf((0,summary/* sumBy */.xu)(paired, (p) => p.score), (0,summary/* sumBy */.xu)(paired, (p) => p.costPerRepeat));
}
/** The call's latency if it is the time an answer took: answered calls only. */
function answerLatency(r) {
    return r.error === undefined ? r.latencyMs : null;
}
/** Type-7 p50/p95/p99 of the answered calls' latencies; zeros when no call was answered. */
function latencyOf(records) {
    const latencies = records.flatMap((r) => {
        const latency = answerLatency(r);
        return latency === null ? [] : [latency];
    });
    if (latencies.length === 0)
        return { p50: 0, p95: 0, p99: 0 };
    const [p50, p95, p99] = quantiles(latencies, [0.5, 0.95, 0.99]);
    return { p50, p95, p99 };
}
function modelMetrics(opts) {
    const { records, paired } = opts;
    const calls = records.length;
    const count = (kind) => records.filter((r) => r.error?.kind === kind).length;
    const timeouts = count('timeout');
    const requestErrors = count('request');
    const costUsd = (0,summary/* sumBy */.xu)(records, (r) => r.costUsd);
    const casesCalled = new Set(records.map((r) => r.caseId)).size;
    return {
        model: opts.model,
        cases: paired.length,
        calls,
        errors: records.filter((r) => r.error !== undefined).length,
        errorRate: calls === 0 ? 0 : (timeouts + requestErrors) / calls,
        timeouts,
        infraErrors: count('infra'),
        quality: qualityOf(paired),
        costUsd,
        costPer1kCases: casesCalled === 0 ? 0 : (1000 * costUsd) / casesCalled,
        qualityPerDollar: finiteOrZero(qualityPerDollarExact(paired)),
        latencyMs: latencyOf(records),
        tokens: {
            input: (0,summary/* sumBy */.xu)(records, (r) => r.usage.prompt - r.usage.cached),
            cachedInput: (0,summary/* sumBy */.xu)(records, (r) => r.usage.cached),
            output: (0,summary/* sumBy */.xu)(records, (r) => r.usage.completion),
            reasoning: (0,summary/* sumBy */.xu)(records, (r) => r.usage.reasoning),
        },
        usageMissing: records.filter((r) => r.error === undefined && r.usageMissing === true).length,
        cutAtTokenLimit: records.filter((r) => r.error === undefined && r.finishReason === 'length').length,
    };
}

;// CONCATENATED MODULE: ./build/compare/intervals.js
// Intervals for every gated change, from one paired, clustered bootstrap over the cases.
// A case is the resampling unit: its baseline and candidate results and all its repeats
// are drawn together, so the pairing (same case, both models) and the correlation between
// repeats are kept. Every metric is recomputed on the same resampled cases, with the same
// definitions as metrics.ts:
//   quality           100 × (Σ cand score − Σ base score) / paired cases     (points)
//   qualityPerDollar  qpd(cand) / qpd(base) − 1, qpd = 100 × Σ score / Σ cost per repeat
//   cost              Σ cand cost / Σ base cost − 1 over every call record
//   p95Latency        type-7 p95 of the drawn cases' answered-call latencies, cand / base − 1
//   errorRate         (timeouts + request errors) / calls, cand − base
// Relative changes go through relativeChange(), so a replicate is never NaN or ∞.



const INTERVAL_METRICS = ['quality', 'qualityPerDollar', 'cost', 'p95Latency', 'errorRate'];
// Columns of a case's totals row.
const PAIRED = 0;
const SCORE = { baseline: 1, candidate: 2 };
const COST_PER_REPEAT = { baseline: 3, candidate: 4 };
const COST = { baseline: 5, candidate: 6 };
const CALLS = { baseline: 7, candidate: 8 };
const MODEL_ERRORS = { baseline: 9, candidate: 10 };
const WIDTH = 11;
const isModelError = (r) => r.error?.kind === 'timeout' || r.error?.kind === 'request';
/**
 * One cluster per graded case, in eval-set order, then one per case id that only has
 * records (sorted), so that latency, cost and errors cover every record as metrics.ts does.
 */
function caseSample(opts) {
    const order = new Map();
    opts.graded.forEach((g, i) => order.set(g.case.id, i));
    const extra = [...new Set([...opts.records.baseline, ...opts.records.candidate].map((r) => r.caseId))]
        .filter((id) => !order.has(id))
        .sort();
    for (const id of extra)
        order.set(id, order.size);
    const rows = Array.from({ length: order.size }, () => new Array(WIDTH).fill(0));
    const latencies = { baseline: rows.map(() => []), candidate: rows.map(() => []) };
    const repeats = Math.max(1, opts.repeats);
    opts.graded.forEach((g, i) => {
        const row = rows[i];
        if (g.baseline.score === null || g.candidate.score === null)
            return;
        row[PAIRED] = 1;
        for (const side of ['baseline', 'candidate']) {
            row[SCORE[side]] = g[side].score ?? 0;
            row[COST_PER_REPEAT[side]] = g[side].costUsd / repeats;
        }
    });
    for (const side of ['baseline', 'candidate']) {
        for (const r of opts.records[side]) {
            const i = order.get(r.caseId);
            const row = rows[i];
            row[COST[side]] = row[COST[side]] + r.costUsd;
            row[CALLS[side]] = row[CALLS[side]] + 1;
            if (isModelError(r))
                row[MODEL_ERRORS[side]] = row[MODEL_ERRORS[side]] + 1;
            const latency = answerLatency(r);
            if (latency !== null)
                latencies[side][i].push(latency);
        }
    }
    return clusterSample(rows, [latencies.baseline, latencies.candidate]);
}
const rate = (errors, calls) => (calls === 0 ? 0 : errors / calls);
const orZero = (x) => (Number.isNaN(x) ? 0 : x);
/** A replicate's changes, in INTERVAL_METRICS order, from its summed totals and its two p95s. */
function changes(t, p95, out) {
    const paired = t[PAIRED];
    const sb = t[SCORE.baseline];
    const sc = t[SCORE.candidate];
    out[0] = paired === 0 ? 0 : (100 * (sc - sb)) / paired;
    out[1] = relativeChange(qualityPerDollarOf(sb, t[COST_PER_REPEAT.baseline]), qualityPerDollarOf(sc, t[COST_PER_REPEAT.candidate]));
    out[2] = relativeChange(t[COST.baseline], t[COST.candidate]);
    out[3] = relativeChange(orZero(p95[0]), orZero(p95[1]));
    out[4] =
        rate(t[MODEL_ERRORS.candidate], t[CALLS.candidate]) -
            rate(t[MODEL_ERRORS.baseline], t[CALLS.baseline]);
}
const CHANGE_STATISTIC = { poolQuantile: 0.95, statistic: changes, outputs: INTERVAL_METRICS.length };
/** The reported interval widened about the estimate to the fail test's level. */
function widen(estimate, interval, factor) {
    return [estimate - factor * Math.max(0, estimate - interval[0]), estimate + factor * Math.max(0, interval[1] - estimate)];
}
/** Intervals and standard errors of every change. With no cases they collapse onto the estimates. */
function bootstrapChanges(sample, settings, estimates) {
    const spreads = {};
    if (sample.clusters === 0) {
        for (const m of INTERVAL_METRICS)
            spreads[m] = { interval: [estimates[m], estimates[m]], failInterval: [estimates[m], estimates[m]], se: 0 };
        return spreads;
    }
    const factor = normalQuantile(1 - settings.failAlpha) / normalQuantile(1 - (1 - settings.confidence) / 2);
    const replicates = clusteredBootstrap(sample, { seed: settings.seed, resamples: settings.resamples, ...CHANGE_STATISTIC });
    INTERVAL_METRICS.forEach((m, k) => {
        const draws = replicates[k];
        const interval = percentileInterval(sortedReplicates(draws), settings.confidence);
        spreads[m] = { interval, failInterval: widen(estimates[m], interval, factor), se: standardError(draws) };
    });
    return spreads;
}

;// CONCATENATED MODULE: ./build/compare/labels.js
// Confusion tables for the `label` grader (routing workloads): which expected label
// was answered with which actual label, per side. Both sides share the same rows and
// columns so the two tables can be read against each other. Actual labels that no case
// expects land in one "other" column (their counts are kept apart), so a model that
// invents labels cannot widen the table without bound.
function labelTables(graded, sides) {
    const pairs = {};
    const expectedSet = new Set();
    for (const side of sides) {
        const list = [];
        for (const g of graded) {
            for (const grade of g[side].grades) {
                if (!grade.label)
                    continue;
                list.push(grade.label);
                expectedSet.add(grade.label.expected);
            }
        }
        pairs[side] = list;
    }
    const labels = [...expectedSet].sort();
    const index = new Map(labels.map((l, i) => [l, i]));
    const tables = {};
    for (const side of sides) {
        const list = pairs[side] ?? [];
        if (list.length === 0)
            continue;
        const matrix = labels.map(() => new Array(labels.length + 1).fill(0));
        const other = new Map();
        let correct = 0;
        for (const { expected, actual } of list) {
            const row = matrix[index.get(expected)];
            const col = index.get(actual);
            if (col === undefined)
                other.set(actual, (other.get(actual) ?? 0) + 1);
            row[col ?? labels.length] = (row[col ?? labels.length] ?? 0) + 1;
            if (actual === expected)
                correct += 1;
        }
        tables[side] = {
            labels,
            matrix,
            other: Object.fromEntries([...other].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
            total: list.length,
            correct,
        };
    }
    return tables;
}

;// CONCATENATED MODULE: ./build/compare/tags.js
// Per-tag rows: the headline metrics restricted to the cases carrying one tag, with
// the same definitions as the model metrics (see metrics.ts).



function tagRows(opts) {
    const tags = [...new Set(opts.graded.flatMap((g) => g.case.tags))].sort();
    return tags.map((tag) => {
        const cases = opts.graded.filter((g) => g.case.tags.includes(tag));
        const ids = new Set(cases.map((g) => g.case.id));
        const paired = cases.filter((g) => g.baseline.score !== null && g.candidate.score !== null);
        const side = (s) => {
            const sidePaired = paired.map((g) => pairedSide(g[s], opts.repeats));
            const records = opts.records[s].filter((r) => ids.has(r.caseId));
            const qpd = qualityPerDollarExact(sidePaired);
            const metrics = {
                quality: qualityOf(sidePaired),
                costUsd: (0,summary/* sumBy */.xu)(records, (r) => r.costUsd),
                qualityPerDollar: finiteOrZero(qpd),
                p95LatencyMs: latencyOf(records).p95,
            };
            return { metrics, qpd };
        };
        const b = side('baseline');
        const c = side('candidate');
        return {
            tag,
            cases: cases.length,
            pairedCases: paired.length,
            baseline: b.metrics,
            candidate: c.metrics,
            change: {
                quality: c.metrics.quality - b.metrics.quality,
                costUsd: relativeChange(b.metrics.costUsd, c.metrics.costUsd),
                qualityPerDollar: relativeChange(b.qpd, c.qpd),
                p95LatencyMs: relativeChange(b.metrics.p95LatencyMs, c.metrics.p95LatencyMs),
            },
        };
    });
}

;// CONCATENATED MODULE: ./build/compare/verdict.js
// The verdict, in one small function. Check statuses come from their intervals
// (decide.ts); this only orders them, and refuses to judge what was not measured.
// Precedence:
//   1. incomplete — the run stopped early (budget, cancellation): no verdict, unless the
//                   cases that finished already decide it — a check that fails on them
//                   fails (a regression shown beyond doubt stays shown); a pass cannot be
//                   decided, since the cases not run could hide a regression.
//   2. error      — a model rejects the request: the same 4xx on most of its calls
//                   (an unsupported parameter, a model id the endpoint does not serve).
//                   That is a config incompatibility, not a model regression.
//   3. error      — the baseline answered fewer than half of its calls (timeouts,
//                   connections, redirects, anything): there is nothing to compare the
//                   candidate against. Both models down lands here too.
//   4. error      — either model's infra error rate (infraErrors / calls) exceeds the
//                   errorRate threshold (2% when that check is disabled): the gate could
//                   not judge, so it never blames the model with a `fail`.
//   5. error      — no case was answered by both models: nothing to compare.
//   6. error      — quality per dollar is gated but a model's answers came without usage:
//                   their cost is unknown, and $0 would pass any candidate.
//   7. fail       — any check failed. A candidate that times out on most calls while the
//                   baseline answers fails here, through the error-rate check: at the
//                   production timeout that is a real regression.
//   8. inconclusive — no check failed, and one could not be decided at this many cases.
//   9. pass       — every check ruled out a regression as large as its threshold.

/** Infra limit used when the errorRate check is disabled. */
const DEFAULT_INFRA_LIMIT = 0.02;
/** "Most of a model's calls": past this share, one failure speaks for the model's whole run. */
const MOST_CALLS = 0.5;
function isMost(count, calls) {
    return calls > 0 && count > MOST_CALLS * calls;
}
/** A model whose calls mostly end in the same 4xx: the endpoint rejects what we send it. */
function rejection(input) {
    if (!input.health)
        return undefined;
    for (const side of ['candidate', 'baseline']) {
        const h = input.health[side];
        const top = h.top;
        if (top?.kind === 'request' && top.status !== undefined && top.status >= 400 && top.status < 500 && isMost(top.count, h.calls)) {
            return { kind: 'rejected', code: 'model-rejects-request', side, calls: h.calls, error: top, endpoint: input.endpoints?.[side] ?? '' };
        }
    }
    return undefined;
}
function baselineDown(input) {
    const h = input.health?.baseline;
    if (!h || !isMost(h.calls - h.answered, h.calls))
        return undefined;
    const both = input.health.candidate;
    const sides = isMost(both.calls - both.answered, both.calls) ? ['baseline', 'candidate'] : ['baseline'];
    return {
        kind: 'outage',
        code: 'model-down',
        sides,
        health: Object.fromEntries(sides.map((s) => [s, outageOf(input, s)])),
        ...(input.timeoutMs === undefined ? {} : { timeoutMs: input.timeoutMs }),
    };
}
function outageOf(input, side) {
    const h = input.health[side];
    return { answered: h.answered, calls: h.calls, endpoint: input.endpoints?.[side] ?? '', ...(h.top ? { error: h.top } : {}) };
}
function unmeasuredCost(input) {
    if (!input.costGated || !input.health)
        return undefined;
    const sides = types/* SIDES */.B.filter((s) => input.health[s].usageMissing > 0).map((side) => ({
        side,
        missing: input.health[side].usageMissing,
        answered: input.health[side].answered,
    }));
    return sides.length === 0 ? undefined : { kind: 'costUnmeasured', code: 'cost-unmeasured', sides };
}
/** The candidate timed out on most calls while the baseline answered: named in the headline. */
function candidateTimedOut(input) {
    const h = input.health?.candidate;
    if (!h || h.top?.kind !== 'timeout' || !isMost(h.top.count, h.calls) || input.timeoutMs === undefined)
        return undefined;
    return { share: h.top.count / h.calls, timeoutMs: input.timeoutMs };
}
function decideVerdict(input) {
    const failed = input.checks.filter((c) => c.status === 'fail').map((c) => c.metric);
    const incomplete = { kind: 'incomplete', pairedCases: input.pairedCases, cases: input.cases };
    const worst = input.infraRate.candidate > input.infraRate.baseline ? 'candidate' : 'baseline';
    const rate = input.infraRate[worst];
    const infraOk = rate <= input.infraLimit;
    if (input.incomplete) {
        if (!infraOk || input.pairedCases === 0 || failed.length === 0)
            return { verdict: 'incomplete', reason: incomplete };
        const partial = { pairedCases: input.pairedCases, cases: input.cases };
        return { verdict: 'fail', reason: { kind: 'checks', failed, inconclusive: [], partial } };
    }
    const notMeasured = rejection(input) ?? baselineDown(input);
    if (notMeasured)
        return { verdict: 'error', reason: notMeasured };
    if (!infraOk) {
        const top = input.health?.[worst].top;
        const endpoint = input.endpoints?.[worst];
        return {
            verdict: 'error',
            reason: { kind: 'infra', side: worst, rate, limit: input.infraLimit, ...(top ? { error: top } : {}), ...(endpoint ? { endpoint } : {}) },
        };
    }
    if (input.pairedCases === 0)
        return { verdict: 'error', reason: { kind: 'noPairs' } };
    const costless = unmeasuredCost(input);
    if (costless)
        return { verdict: 'error', reason: costless };
    const inconclusive = input.checks.filter((c) => c.status === 'inconclusive').map((c) => c.metric);
    const timedOut = candidateTimedOut(input);
    const reason = { kind: 'checks', failed, inconclusive, ...(timedOut ? { timedOut } : {}) };
    if (failed.length > 0)
        return { verdict: 'fail', reason };
    if (inconclusive.length > 0)
        return { verdict: 'inconclusive', reason };
    return { verdict: 'pass', reason };
}

;// CONCATENATED MODULE: ./build/compare/health.js
// How each model's calls went, as the verdict needs it: how many were answered, the most
// common way they failed, and answers whose usage or length cannot be trusted. Pure data
// from the call records, so the rules that make the gate fail closed (verdict.ts) can be
// tested without a run.
// Timeouts are one failure whatever their message; request errors differ by what the
// endpoint said (an unsupported parameter is not a content filter); infra errors by
// status or transport code, since their messages carry attempt counts.
function groupKey(error) {
    switch (error.kind) {
        case 'timeout':
        case 'cancelled':
            return error.kind;
        case 'request':
            return `request:${error.status ?? ''}:${error.param ?? ''}:${error.message}`;
        default:
            return `${error.kind}:${error.status ?? ''}:${error.code ?? ''}`;
    }
}
function sideHealth(records) {
    const groups = new Map();
    let answered = 0;
    let usageMissing = 0;
    let cutAtTokenLimit = 0;
    for (const r of records) {
        if (!r.error) {
            answered++;
            if (r.usageMissing)
                usageMissing++;
            if (r.finishReason === 'length')
                cutAtTokenLimit++;
            continue;
        }
        const key = groupKey(r.error);
        const group = groups.get(key);
        if (group)
            group.count++;
        else {
            const { kind, status, code, param, message } = r.error;
            groups.set(key, {
                kind,
                message,
                count: 1,
                ...(status === undefined ? {} : { status }),
                ...(code === undefined ? {} : { code }),
                ...(param === undefined ? {} : { param }),
            });
        }
    }
    let top;
    for (const group of groups.values())
        if (!top || group.count > top.count)
            top = group;
    return { calls: records.length, answered, usageMissing, cutAtTokenLimit, ...(top ? { top } : {}) };
}

;// CONCATENATED MODULE: ./build/compare/sequential.js
// Sequential stopping: the gate looks at the first n cases sent at planned points and stops
// sending once every check is decided. Each look is a test at its own level, and the levels
// add up to the fixed-sample ones (a union bound, valid whatever the correlation between
// looks): interim looks share INTERIM_SHARE of each level, the final look keeps the rest
// (Haybittle–Peto style). Early stops then need strong evidence, and a run that goes to the
// end loses almost nothing of its power.
/** Fraction of each level that the interim looks spend, together. */
const INTERIM_SHARE = 0.1;
/** Looks at these fractions of the set, before the final one. */
const LOOK_FRACTIONS = [0.2, 0.4, 0.6, 0.8];
/** An interim look needs at least this many cases: below it intervals are too rough to stop on. */
const MIN_LOOK_CASES = 30;
/** Case counts of the interim looks for a set of `cases` (ascending, each < cases). */
function lookPoints(cases) {
    const points = LOOK_FRACTIONS.map((f) => Math.ceil(f * cases)).filter((n) => n >= MIN_LOOK_CASES && n < cases);
    return [...new Set(points)];
}
/**
 * The levels of one look, from the fixed-sample ones. `interimLooks` is how many interim
 * looks the run plans: each gets INTERIM_SHARE / interimLooks of each level, the final look
 * 1 − INTERIM_SHARE. With no interim look the final look keeps the whole level.
 */
function lookLevels(base, interimLooks, final) {
    const share = interimLooks === 0 ? 1 : final ? 1 - INTERIM_SHARE : INTERIM_SHARE / interimLooks;
    const passAlpha = (1 - base.confidence) / 2;
    return { failAlpha: base.failAlpha * share, confidence: 1 - 2 * passAlpha * share };
}

;// CONCATENATED MODULE: ./build/compare/index.js
// compare(): graded cases and call records in, metrics, checks and a verdict out.
// Pure: it works from serialised records as well as from a live run, so shard
// reports can later be merged and re-compared.

















/**
 * The statistical settings. Intervals are 95% percentile intervals of a paired case
 * bootstrap with B = 2,000. The fail test is one-sided at failAlpha = 0.5% per check
 * (Bonferroni: four checks × 0.5% = a 2% bound for the gate): the gate fails when ANY
 * check fails, so holding each check only to its 95% interval's 2.5% tail let an
 * unchanged model fail 2.3–4.8% of simulated A/A runs; at 0.5% it is 0.6–1.5%
 * (bench/stats-validation.ts, BENCHMARKS.md).
 */
const DEFAULT_STATISTICS = { resamples: 2000, confidence: 0.95, failAlpha: 0.005 };
/** Below this many cases a percentile interval is too rough to trust; the report says so. */
const FEW_CASES = 20;
function byId(a, b) {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
/** Paired cases where the candidate scored lower, worst first; ties by case id. */
function regressionsOf(paired) {
    return paired
        .map((g) => {
        const baseline = g.baseline.score ?? 0;
        const candidate = g.candidate.score ?? 0;
        return { id: g.case.id, baseline, candidate, change: candidate - baseline };
    })
        .filter((r) => r.change < 0)
        .sort((a, b) => a.change - b.change || byId(a, b));
}
function judgeUsage(config, records) {
    if (records.length === 0)
        return undefined;
    return {
        model: config.judge?.model ?? records[0]?.model ?? 'judge',
        calls: records.length,
        errors: records.filter((r) => r.error !== undefined).length,
        costUsd: (0,summary/* sumBy */.xu)(records, (r) => r.costUsd),
    };
}
function warningsOf(opts) {
    const warnings = [];
    if (opts.pairedCases > 0 && opts.pairedCases < FEW_CASES)
        warnings.push({ code: 'few-cases', pairedCases: opts.pairedCases, fewCases: FEW_CASES });
    const capped = opts.graded.reduce((n, g) => n + (g.baseline.cappedFrom === undefined ? 0 : 1) + (g.candidate.cappedFrom === undefined ? 0 : 1), 0);
    if (capped > 0)
        warnings.push({ code: 'graded-on-prefix', outputs: capped });
    const unpaired = opts.cases - opts.pairedCases;
    if (unpaired > 0)
        warnings.push({ code: 'unpaired', unpaired, cases: opts.cases });
    for (const side of types/* SIDES */.B) {
        const m = opts.models[side];
        const who = { side, model: m.model, calls: m.calls };
        if (m.timeouts > 0)
            warnings.push({ code: 'timeouts', ...who, timeouts: m.timeouts, timeoutMs: opts.config.run.timeoutMs });
        if (opts.qualityPerDollar[side] === Number.POSITIVE_INFINITY)
            warnings.push({ code: 'free-model', ...who });
        if (m.cutAtTokenLimit > 0)
            warnings.push({ code: 'cut-at-token-limit', ...who, cut: m.cutAtTokenLimit });
        if (m.calls > 0 && opts.records[side].every((r) => answerLatency(r) === null))
            warnings.push({ code: 'no-latency', ...who });
    }
    return warnings;
}
function compare(opts) {
    const { config, graded } = opts;
    const repeats = config.run.repeats;
    const records = {
        baseline: opts.records.filter((r) => r.side === 'baseline'),
        candidate: opts.records.filter((r) => r.side === 'candidate'),
    };
    const judgeRecords = [...(opts.judgeRecords ?? []), ...opts.records.filter((r) => r.side === 'judge')];
    const paired = graded.filter((g) => g.baseline.score !== null && g.candidate.score !== null);
    const metricsOf = (side) => {
        const sidePaired = paired.map((g) => pairedSide(g[side], repeats));
        return {
            metrics: modelMetrics({ model: config.models[side].model, records: records[side], paired: sidePaired }),
            qpd: qualityPerDollarExact(sidePaired),
        };
    };
    const b = metricsOf('baseline');
    const c = metricsOf('candidate');
    const models = { baseline: b.metrics, candidate: c.metrics };
    const qualityPerDollar = { baseline: b.qpd, candidate: c.qpd };
    const settings = statisticsSettings(opts);
    const sample = caseSample({ graded, records, repeats });
    const points = checkPoints({ thresholds: config.thresholds, models, qualityPerDollar });
    const pointOf = (m) => points.find((p) => p.metric === m)?.change ?? 0;
    const costChange = relativeChange(models.baseline.costUsd, models.candidate.costUsd);
    const estimates = {
        quality: pointOf('quality'),
        qualityPerDollar: pointOf('qualityPerDollar'),
        p95Latency: pointOf('p95Latency'),
        errorRate: pointOf('errorRate'),
        cost: costChange,
    };
    const spreads = bootstrapChanges(sample, settings, estimates);
    const unanswered = types/* SIDES */.B.filter((side) => records[side].every((r) => answerLatency(r) === null));
    const unpriced = types/* SIDES */.B.filter((side) => models[side].usageMissing > 0);
    const unmeasured = {};
    if (unanswered.length > 0)
        unmeasured.p95Latency = `the ${unanswered.join(' and the ')} answered no call`;
    if (unpriced.length > 0) {
        unmeasured.qualityPerDollar = unpriced
            .map((side) => `the ${side}'s endpoint returned no usage for ${models[side].usageMissing} of ${models[side].calls - models[side].errors} answered calls`)
            .join(', and ');
    }
    const checks = buildChecks({ points, spreads, models, cases: sample.clusters, failAlpha: settings.failAlpha, unmeasured });
    const statistics = {
        method: 'paired case bootstrap',
        seed: settings.seed,
        resamples: settings.resamples,
        confidence: settings.confidence,
        failConfidence: 1 - settings.failAlpha,
        power: PLANNING_POWER,
        cases: sample.clusters,
        cost: { change: costChange, interval: spreads.cost.interval },
    };
    const infraRate = (m) => (m.calls === 0 ? 0 : m.infraErrors / m.calls);
    const errorRateLimit = config.thresholds.errorRate;
    const { verdict, reason } = decideVerdict({
        incomplete: opts.incomplete ?? false,
        cases: graded.length,
        pairedCases: paired.length,
        infraRate: { baseline: infraRate(models.baseline), candidate: infraRate(models.candidate) },
        infraLimit: errorRateLimit === false ? DEFAULT_INFRA_LIMIT : errorRateLimit,
        checks,
        health: { baseline: sideHealth(records.baseline), candidate: sideHealth(records.candidate) },
        endpoints: { baseline: endpointOf(config.models.baseline.baseUrl), candidate: endpointOf(config.models.candidate.baseUrl) },
        timeoutMs: config.run.timeoutMs,
        costGated: config.thresholds.qualityPerDollar !== false,
    });
    const judge = judgeUsage(config, judgeRecords);
    return {
        models,
        tags: tagRows({ graded, records, repeats }),
        checks,
        statistics,
        verdict,
        reason,
        labels: labelTables(graded, types/* SIDES */.B),
        regressions: regressionsOf(paired),
        ...(judge ? { judge } : {}),
        pairedCases: paired.length,
        cases: graded.length,
        warnings: warningsOf({ config, graded, cases: graded.length, pairedCases: paired.length, models, qualityPerDollar, records }),
    };
}
function statisticsSettings(opts) {
    const s = { ...DEFAULT_STATISTICS, ...opts.statistics };
    if (!Number.isInteger(s.resamples) || s.resamples < 1)
        throw new RangeError(`compare: resamples must be a positive integer, got ${s.resamples}`);
    if (!(s.confidence > 0 && s.confidence < 1))
        throw new RangeError(`compare: confidence must be in (0, 1), got ${s.confidence}`);
    if (!(s.failAlpha > 0 && s.failAlpha < 0.5))
        throw new RangeError(`compare: failAlpha must be in (0, 0.5), got ${s.failAlpha}`);
    const seed = typeof opts.seed === 'number' ? opts.seed >>> 0 : (0,rng/* seedFromHash */.QJ)(opts.seed ?? '');
    return { seed, resamples: s.resamples, confidence: s.confidence, failAlpha: s.failAlpha };
}
/** A model's endpoint as the report may show it: no credentials, no query (an Azure key can ride in one). */
function endpointOf(baseUrl) {
    try {
        const url = new URL(baseUrl);
        url.username = '';
        url.password = '';
        url.search = '';
        url.hash = '';
        return url.toString().replace(/\/$/, '');
    }
    catch {
        return '(an invalid URL)';
    }
}


/***/ }),

/***/ 7400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Um: () => (/* binding */ GITHUB_COMMENT_CHARS),
/* harmony export */   bL: () => (/* binding */ GRADE_INPUT_CHARS),
/* harmony export */   dR: () => (/* binding */ REPORT_OUTPUT_CHARS),
/* harmony export */   nB: () => (/* binding */ MAX_RESPONSE_BYTES)
/* harmony export */ });
// The sizes the gate accepts from outside, in one place: each is documented in the README,
// and each bounds the memory or time that hostile input (a model's output, an endpoint's
// body, an eval file) can take.
/** Largest response body accepted, counted after decompression (run.maxResponseSize overrides it). */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/**
 * Characters of each output kept in a call record and shown to graders. Longer outputs are
 * kept as this prefix with their full length (CallRecord.outputChars), graded on it, and the
 * report says so. 64 Ki characters is about 16k tokens, past what most max_tokens allow; the
 * records of a run hold calls × this at most, and at 256 Ki a run of 300 cases with 300 KB
 * answers peaked at 400 MB RSS (280 MB at 64 Ki).
 */
const GRADE_INPUT_CHARS = 64 * 1024;
/** Characters of each output written into the JSON report. */
const REPORT_OUTPUT_CHARS = 32 * 1024;
/** GitHub rejects a comment body longer than this (HTTP 422); the markdown renderer's default cap. */
const GITHUB_COMMENT_CHARS = 65_536;


/***/ }),

/***/ 5706:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ fmtNumber),
/* harmony export */   JB: () => (/* binding */ fmtPoints),
/* harmony export */   M8: () => (/* binding */ fmtScore),
/* harmony export */   Ss: () => (/* binding */ fmtUsd),
/* harmony export */   _Q: () => (/* binding */ fmtSigned),
/* harmony export */   bg: () => (/* binding */ fmtCount),
/* harmony export */   eX: () => (/* binding */ fmtLevel),
/* harmony export */   lj: () => (/* binding */ fmtRatio),
/* harmony export */   mq: () => (/* binding */ fmtMs),
/* harmony export */   pT: () => (/* binding */ fmtPct),
/* harmony export */   yW: () => (/* binding */ fmtPp)
/* harmony export */ });
/* unused harmony export MINUS */
// Number formatting for the markdown report. Deterministic (no locale lookups), and
// signed values use the real minus sign (U+2212) so columns of changes read cleanly.
const MINUS = '\u2212';
function group(integerDigits) {
    return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Fixed decimals with thousands separators; never "-0". */
function fmtNumber(value, decimals = 0) {
    const fixed = Math.abs(value).toFixed(decimals);
    const [int = '0', frac] = fixed.split('.');
    const body = frac === undefined ? group(int) : `${group(int)}.${frac}`;
    const isZero = Number(fixed) === 0;
    return value < 0 && !isZero ? `${MINUS}${body}` : body;
}
/** "+1.2", "−3", "0": an explicit sign unless the rounded value is zero. */
function fmtSigned(value, decimals) {
    return signed(value, decimals);
}
function signed(value, decimals) {
    const body = fmtNumber(Math.abs(value), decimals);
    if (Number(Math.abs(value).toFixed(decimals)) === 0)
        return fmtNumber(0, decimals);
    return `${value < 0 ? MINUS : '+'}${body}`;
}
/** "$12.34", "$1,234", "$0.0123" (three significant digits below $1), "$0". */
function fmtUsd(value) {
    if (value === 0)
        return '$0';
    const sign = value < 0 ? MINUS : '';
    const abs = Math.abs(value);
    if (abs >= 1000)
        return `${sign}$${fmtNumber(abs, 0)}`;
    if (abs >= 1)
        return `${sign}$${fmtNumber(abs, 2)}`;
    const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
    const text = abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
    return `${sign}$${text}`;
}
/** A fraction as a percentage: 0.123 → "12%", 0.012 → "1.2%"; signed when asked. */
function fmtPct(fraction, options = {}) {
    const pct = fraction * 100;
    const decimals = Math.abs(pct) < 10 ? 1 : 0;
    const text = options.sign ? signed(pct, decimals) : fmtNumber(pct, decimals);
    return `${text.replace(/\.0$/, '')}%`;
}
/** Quality points: "+1.2 pts", "−33.3 pts", "0 pts". */
function fmtPoints(points, options = { sign: true }) {
    const text = options.sign === false ? fmtNumber(points, 1) : signed(points, 1);
    return `${text.replace(/\.0$/, '')} pts`;
}
/** Percentage points of an absolute fraction change: 0.012 → "+1.2 pp". */
function fmtPp(fraction) {
    return `${signed(fraction * 100, 1).replace(/\.0$/, '')} pp`;
}
/** "3.2 ms", "812 ms", "1.24 s", "12.3 s", "123 s". */
function fmtMs(ms) {
    if (ms < 10)
        return `${fmtNumber(ms, 1)} ms`;
    if (ms < 1000)
        return `${fmtNumber(ms, 0)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${fmtNumber(s, 2)} s`;
    if (s < 100)
        return `${fmtNumber(s, 1)} s`;
    return `${fmtNumber(s, 0)} s`;
}
/** A ratio: 2.43 → "2.4×". */
function fmtRatio(ratio) {
    return `${fmtNumber(ratio, ratio >= 10 ? 0 : 1)}×`;
}
/** Token and call counts: 1234 → "1,234", 12345 → "12.3k", 1234567 → "1.23M". */
function fmtCount(n) {
    if (n < 10_000)
        return fmtNumber(n, 0);
    if (n < 1_000_000)
        return `${fmtNumber(n / 1000, 1)}k`;
    return `${fmtNumber(n / 1_000_000, 2)}M`;
}
/** A case score in [0, 1]: "0.75". */
function fmtScore(score) {
    return fmtNumber(score, 2);
}
/**
 * A confidence level as a percentage, with as many decimals as it needs (up to three, cut
 * rather than rounded so a level below 100% never reads as 100): 95, 99.5, 99.75, 99.987.
 */
function fmtLevel(p) {
    const pct = 100 * p;
    for (let digits = 0; digits < 3; digits++) {
        const text = pct.toFixed(digits);
        if (Math.abs(Number(text) - pct) < 1e-9)
            return text;
    }
    return (Math.floor(pct * 1000 + 1e-9) / 1000).toString();
}


/***/ }),

/***/ 822:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DC: () => (/* reexport */ REPORT_SCHEMA),
  FK: () => (/* reexport */ buildReport),
  Gc: () => (/* reexport */ renderMarkdown)
});

// UNUSED EXPORTS: DEFAULT_MAX_CHARS, headlineOf

// EXTERNAL MODULE: ./build/stats/summary.js
var summary = __webpack_require__(786);
// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(7400);
// EXTERNAL MODULE: ./build/report/format.js
var format = __webpack_require__(5706);
;// CONCATENATED MODULE: ./build/report/intervals.js
// Changes with their intervals, in each check's own units, for the table and the headline:
//   quality            "−3.1 pts [−5.0, −1.2]"
//   qualityPerDollar   "−58% [−62%, −54%]"       (also p95Latency and cost)
//   errorRate          "+1.2 pp [−0.5, +2.9]"
// A change whose interval contains 0 is not significant; the table marks it "~" the way
// benchstat does.

const UNIT = {
    quality: 'points',
    qualityPerDollar: 'percent',
    p95Latency: 'percent',
    errorRate: 'pp',
    cost: 'percent',
};
function fmtChange(metric, value) {
    switch (UNIT[metric]) {
        case 'points':
            return (0,format/* fmtPoints */.JB)(value);
        case 'percent':
            return (0,format/* fmtPct */.pT)(value, { sign: true });
        case 'pp':
            return (0,format/* fmtPp */.yW)(value);
    }
}
function fmtBound(unit, value) {
    if (unit === 'percent')
        return (0,format/* fmtPct */.pT)(value, { sign: true });
    return (0,format/* fmtSigned */._Q)(unit === 'pp' ? value * 100 : value, 1);
}
/** "[−5.0, −1.2]", "[−3.1%, +31%]". */
function fmtBounds(metric, interval) {
    const unit = UNIT[metric];
    return `[${fmtBound(unit, interval[0])}, ${fmtBound(unit, interval[1])}]`;
}
/** "−3.1 pts [−5.0, −1.2]". */
function fmtWithInterval(metric, change, interval) {
    const text = fmtChange(metric, change);
    return interval ? `${text} ${fmtBounds(metric, interval)}` : text;
}
/** Whether the interval rules out no change at all (it lies wholly on one side of 0). */
function isSignificant(interval) {
    return interval[0] > 0 || interval[1] < 0;
}
/** The check's change as the headline says it: "quality −1.8 pts [−4.9, +1.3]". */
function checkChange(words, check) {
    return `${words} ${fmtWithInterval(check.metric, check.change, check.interval)}`;
}

;// CONCATENATED MODULE: ./build/report/error-words.js
// The words of the verdicts that refuse to judge: which model, what went wrong with its
// calls, in the endpoint's own words, and what to do about it. Compare hands over counts
// and codes (health.ts, verdict.ts); only this module phrases them.

/** An endpoint's message can be long; the JSON report keeps it whole in each case. */
const MESSAGE_CHARS = 300;
function quoted(message) {
    const flat = message.replace(/\s+/g, ' ').trim();
    return `"${flat.length > MESSAGE_CHARS ? `${flat.slice(0, MESSAGE_CHARS - 1)}…` : flat}"`;
}
/** "2 s", "1.5 s", "800 ms": the timeout as the user wrote it. */
function fmtTimeout(ms) {
    return ms >= 1000 ? `${Number((ms / 1000).toFixed(3))} s` : `${ms} ms`;
}
/** "40 timed out at your 2 s timeout", "40 failed to connect: "…"", "40 got HTTP 400: "…"". */
function failureWords(group, timeoutMs) {
    const n = (0,format/* fmtCount */.bg)(group.count);
    switch (group.kind) {
        case 'timeout':
            return timeoutMs === undefined ? `${n} timed out` : `${n} timed out at your ${fmtTimeout(timeoutMs)} timeout`;
        case 'cancelled':
            return `${n} were cancelled`;
        case 'request':
            return `${n} got HTTP ${group.status ?? '4xx'}: ${quoted(group.message)}`;
        default:
            if (group.code === 'redirect')
                return `${n} got a redirect (${quoted(group.message)}): check baseUrl`;
            if (group.status === undefined)
                return `${n} failed to connect or read the answer: ${quoted(group.message)}`;
            return `${n} got HTTP ${group.status} after retries: ${quoted(group.message)}`;
    }
}
/** The request parameter a 4xx names: the endpoint's own field, else OpenAI's "Unsupported parameter: 'x'". */
function rejectedParam(group) {
    if (group.param)
        return group.param;
    return /unsupported (?:parameter|value):\s*'([\w.]+)'/i.exec(group.message)?.[1];
}
// Reasoning models refuse the sampling parameters chat models take.
const SAMPLING_PARAMS = new Set(['temperature', 'top_p', 'presence_penalty', 'frequency_penalty', 'logprobs', 'top_logprobs', 'logit_bias', 'n']);
/** What to change, for a model that rejects every request. */
function rejectionHint(side, group) {
    const params = `models.${side}.params`;
    const inherited = side === 'candidate' ? ' (the candidate inherits the baseline\'s params unless it sets its own)' : '';
    const param = rejectedParam(group);
    if (param === 'max_tokens' || /max_completion_tokens/.test(group.message)) {
        return `use max_completion_tokens instead of max_tokens in ${params}${inherited}`;
    }
    if (param && SAMPLING_PARAMS.has(param))
        return `remove ${param} from ${params}${inherited}`;
    if (param)
        return `check ${param} in ${params}${inherited} against what this model accepts`;
    return `check ${params} and the model id against what the endpoint accepts`;
}
function sideWords(side, model, outage, timeoutMs) {
    const at = outage.endpoint ? ` at ${outage.endpoint}` : '';
    const how = outage.error ? `: ${failureWords(outage.error, timeoutMs)}` : '';
    return `the ${side} ${model.model}${at} answered ${(0,format/* fmtCount */.bg)(outage.answered)} of ${(0,format/* fmtCount */.bg)(outage.calls)} calls${how}`;
}
/** The headline of an `error` verdict that names a cause. */
function errorHeadline(reason, models) {
    switch (reason.kind) {
        case 'rejected': {
            const m = models[reason.side];
            const param = rejectedParam(reason.error);
            const at = reason.endpoint ? ` at ${reason.endpoint}` : '';
            return (`could not judge: the ${reason.side} ${m.model}${at} rejects the request (not a model regression): ` +
                `HTTP ${reason.error.status ?? '4xx'} on ${(0,format/* fmtCount */.bg)(reason.error.count)} of ${(0,format/* fmtCount */.bg)(reason.calls)} calls: ${quoted(reason.error.message)}` +
                `${param ? ` (parameter ${param})` : ''}; ${rejectionHint(reason.side, reason.error)}`);
        }
        case 'outage': {
            const parts = reason.sides.map((side) => sideWords(side, models[side], reason.health[side], reason.timeoutMs));
            const lead = reason.sides.length === 2 ? 'neither model answered' : 'the baseline did not answer';
            return `could not judge: ${lead} (not a model regression): ${parts.join('; ')}`;
        }
        case 'infra': {
            const m = models[reason.side];
            const cause = reason.error ? `: ${failureWords(reason.error, undefined)}` : '';
            const at = reason.endpoint ? ` at ${reason.endpoint}` : '';
            return (`could not judge: ${(0,format/* fmtPct */.pT)(reason.rate)} of ${reason.side} ${m.model}'s calls${at} failed on infrastructure errors ` +
                `(rate limits, 5xx, connections) after retries, above the ${(0,format/* fmtPct */.pT)(reason.limit)} limit${cause}`);
        }
        case 'costUnmeasured': {
            const parts = reason.sides.map(({ side, missing, answered }) => `the endpoint of the ${side} ${models[side].model} returned no usage for ${(0,format/* fmtCount */.bg)(missing)} of ${(0,format/* fmtCount */.bg)(answered)} answered calls`);
            return `could not judge: cost cannot be judged: ${parts.join('; ')}, so quality per dollar is unmeasured (a cost of $0 would pass any model)`;
        }
    }
}
/** "the candidate gpt-5.5 timed out on 97% of calls at your 2 s timeout (or its endpoint is down)" */
function timedOutWords(model, timedOut) {
    return `the candidate ${model.model} timed out on ${(0,format/* fmtPct */.pT)(timedOut.share)} of calls at your ${fmtTimeout(timedOut.timeoutMs)} timeout (or its endpoint is down)`;
}

;// CONCATENATED MODULE: ./build/report/headline.js
// The verdict in one plain sentence, e.g.
//   "candidate gpt-5.5 costs 2.4× more for +1.2 quality: quality per dollar −58% [−62%, −54%], past the 10% limit"
//   "candidate b costs 38% more for −1.8 quality; inconclusive: quality −1.8 pts [−4.9, +1.3]
//    cannot rule out a drop past the 2-point limit; 180 more cases would decide it"
// Plain text: the markdown renderer escapes it like any other string.



const METRIC_WORDS = {
    quality: 'quality',
    qualityPerDollar: 'quality per dollar',
    p95Latency: 'p95 latency',
    errorRate: 'error rate',
};
const REGRESSION_WORDS = {
    quality: 'drop',
    qualityPerDollar: 'drop',
    p95Latency: 'rise',
    errorRate: 'rise',
};
/** "the 2-point limit", "the 10% limit". */
function limitWords(check) {
    const limit = Math.abs(check.threshold);
    return check.metric === 'quality' ? `the ${(0,format/* fmtNumber */.FQ)(limit, limit % 1 === 0 ? 0 : 1)}-point limit` : `the ${(0,format/* fmtPct */.pT)(limit)} limit`;
}
/** "quality −1.8 pts [−4.9, +1.3]"; error rate also shows both rates. */
function changeWords(check) {
    const words = METRIC_WORDS[check.metric];
    const change = fmtWithInterval(check.metric, check.change, check.interval);
    if (check.metric === 'errorRate')
        return `${words} ${(0,format/* fmtPct */.pT)(check.baseline)} → ${(0,format/* fmtPct */.pT)(check.candidate)} (${change})`;
    return `${words} ${change}`;
}
/** "quality per dollar −58% [−62%, −54%], past the 10% limit" */
function checkPhrase(check) {
    return `${changeWords(check)}, past ${limitWords(check)}`;
}
/** Why an inconclusive check is undecided, in words. */
function undecidedPhrase(check) {
    if (check.unmeasured !== undefined)
        return `${METRIC_WORDS[check.metric]} not compared: ${check.unmeasured}`;
    const pastLimit = check.metric === 'quality' || check.metric === 'qualityPerDollar' ? check.change < check.threshold : check.change > check.threshold;
    if (pastLimit)
        return `${changeWords(check)} is past ${limitWords(check)} but not beyond doubt`;
    return `${changeWords(check)} cannot rule out a ${REGRESSION_WORDS[check.metric]} past ${limitWords(check)}`;
}
/** "; 180 more cases would decide it", or nothing when no figure is known. */
function casesPhrase(checks) {
    const figures = checks.map((c) => c.casesToDecide);
    if (figures.length === 0 || figures.some((f) => f === undefined))
        return '';
    const most = Math.max(...figures);
    return `; ${(0,format/* fmtCount */.bg)(most)} more case${most === 1 ? '' : 's'} would decide ${checks.length === 1 ? 'it' : 'them'}`;
}
/** "costs 2.4× more", "costs 38% more", "costs about the same", "costs 40% less". */
function costPhrase(baseline, candidate) {
    const b = baseline.costPer1kCases;
    const c = candidate.costPer1kCases;
    if (b === 0)
        return c === 0 ? 'costs nothing either' : 'costs money where the baseline cost nothing';
    const ratio = c / b;
    if (ratio >= 1.995)
        return `costs ${(0,format/* fmtRatio */.lj)(ratio)} more`;
    if (ratio >= 1.005)
        return `costs ${(0,format/* fmtPct */.pT)(ratio - 1)} more`;
    if (ratio > 0.995)
        return 'costs about the same';
    return `costs ${(0,format/* fmtPct */.pT)(1 - ratio)} less`;
}
/** "for +1.2 quality", "for the same quality" */
function qualityPhrase(baseline, candidate) {
    const change = candidate.quality - baseline.quality;
    if (Math.abs(change) < 0.05)
        return 'for the same quality';
    return `for ${(0,format/* fmtPoints */.JB)(change).replace(/ pts$/, '')} quality`;
}
function headlineOf(comparison) {
    const { models, reason } = comparison;
    const b = models.baseline;
    const c = models.candidate;
    const trade = `candidate ${c.model} ${costPhrase(b, c)} ${qualityPhrase(b, c)}`;
    switch (reason.kind) {
        case 'incomplete':
            return `run incomplete: ${reason.pairedCases} of ${reason.cases} cases answered by both models before it stopped; no verdict`;
        case 'rejected':
        case 'outage':
        case 'infra':
        case 'costUnmeasured':
            return errorHeadline(reason, models);
        case 'noPairs':
            return 'could not judge: no case was answered by both models';
        case 'checks': {
            const failed = comparison.checks.filter((k) => k.status === 'fail');
            if (failed.length > 0) {
                const partial = reason.partial
                    ? ` (the run stopped early; the ${reason.partial.pairedCases} of ${reason.partial.cases} cases that finished already show it)`
                    : '';
                const timedOut = reason.timedOut ? `${timedOutWords(c, reason.timedOut)}: ` : '';
                return `${timedOut}${trade}: ${failed.map(checkPhrase).join('; ')}${partial}`;
            }
            if (reason.inconclusive.length > 0) {
                const undecided = comparison.checks.filter((k) => k.status === 'inconclusive');
                if (undecided.length === 0)
                    return `${trade}; inconclusive: ${reason.inconclusive.map((m) => METRIC_WORDS[m]).join(', ')}`;
                return `${trade}; inconclusive: ${undecided.map(undecidedPhrase).join('; ')}${casesPhrase(undecided)}`;
            }
            if (comparison.checks.length === 0)
                return `${trade}; every check is disabled`;
            return `${trade}; every check within its limit`;
        }
    }
}

;// CONCATENATED MODULE: ./build/report/warnings.js
const plural = (n, one, many) => (n === 1 ? one : many);
function warningWords(w) {
    switch (w.code) {
        case 'few-cases':
            return `Only ${w.pairedCases} cases were answered by both models: intervals from fewer than ${w.fewCases} cases are rough, so read the verdict with care.`;
        case 'graded-on-prefix':
            return `${w.outputs} output${plural(w.outputs, ' was', 's were')} longer than the graders read and ${plural(w.outputs, 'was', 'were')} graded on ${plural(w.outputs, 'its', 'their')} first part only (see gradedOnPrefix in the JSON report).`;
        case 'unpaired':
            return `${w.unpaired} of ${w.cases} cases were not answered by both models (infra errors or cancelled) and are left out of quality and quality per dollar.`;
        case 'timeouts':
            return `${w.side} ${w.model}: ${w.timeouts} of ${w.calls} calls over your ${w.timeoutMs / 1000}s timeout (counted as errors).`;
        case 'free-model':
            return `${w.side} ${w.model} cost $0 on the paired cases: its quality per dollar is unbounded and shown as 0.`;
        case 'cut-at-token-limit':
            return `${w.side} ${w.model}: ${w.cut} of ${w.calls} answers were cut at the token limit (finish_reason "length"); raise max_tokens if they should be whole.`;
        case 'no-latency':
            return `${w.side} ${w.model}: no call was answered, so there is no latency to measure; it is shown as 0.`;
    }
}

;// CONCATENATED MODULE: ./build/report/types.js
// The JSON report, "llm-gate/report@1". Its field names are a public interface
// (users parse it in CI), so they only ever grow. Keys are written in the order of
// these declarations, so the same inputs give byte-identical files.
const REPORT_SCHEMA = 'llm-gate/report@1';

;// CONCATENATED MODULE: ./build/report/build.js
// buildReport(): the comparison plus the per-case detail, as the JSON report.
// Every object is written field by field so the key order is fixed, and every list
// has a defined order (cases in eval-set order, tags sorted, regressions worst first).





function reportModel(m, { price, priceSource }) {
    return {
        model: m.model,
        cases: m.cases,
        calls: m.calls,
        errors: m.errors,
        errorRate: m.errorRate,
        timeouts: m.timeouts,
        infraErrors: m.infraErrors,
        quality: m.quality,
        costUsd: m.costUsd,
        costPer1kCases: m.costPer1kCases,
        qualityPerDollar: m.qualityPerDollar,
        latencyMs: { p50: m.latencyMs.p50, p95: m.latencyMs.p95, p99: m.latencyMs.p99 },
        tokens: {
            input: m.tokens.input,
            cachedInput: m.tokens.cachedInput,
            output: m.tokens.output,
            reasoning: m.tokens.reasoning,
        },
        usageMissing: m.usageMissing,
        cutAtTokenLimit: m.cutAtTokenLimit,
        price: { input: price.input, cachedInput: price.cachedInput, output: price.output },
        priceSource: priceSource.kind === 'builtin' ? { kind: 'builtin', checked: priceSource.checked } : { kind: 'config' },
    };
}
function reportCheck(c) {
    return {
        metric: c.metric,
        baseline: c.baseline,
        candidate: c.candidate,
        change: c.change,
        threshold: c.threshold,
        status: c.status,
        interval: [c.interval[0], c.interval[1]],
        mde: c.mde,
        ...(c.casesToDecide === undefined ? {} : { casesToDecide: c.casesToDecide }),
        ...(c.unmeasured === undefined ? {} : { unmeasured: c.unmeasured }),
    };
}
function reportStatistics(s) {
    return {
        method: s.method,
        seed: s.seed,
        resamples: s.resamples,
        confidence: s.confidence,
        failConfidence: s.failConfidence,
        power: s.power,
        cases: s.cases,
        cost: { change: s.cost.change, interval: [s.cost.interval[0], s.cost.interval[1]] },
    };
}
// Outputs are the model's and can be megabytes of degenerate repetition: the report keeps
// REPORT_OUTPUT_CHARS of each, and `outputChars` always holds the full length, so a cut is visible.

function reportError(e) {
    return {
        kind: e.kind,
        message: e.message,
        ...(e.status === undefined ? {} : { status: e.status }),
        ...(e.param === undefined ? {} : { param: e.param }),
        ...(e.code === undefined ? {} : { code: e.code }),
    };
}
function caseSide(s) {
    const output = s.output === null || s.output.length <= limits/* REPORT_OUTPUT_CHARS */.dR ? s.output : s.output.slice(0, limits/* REPORT_OUTPUT_CHARS */.dR);
    return {
        score: s.score,
        output,
        outputChars: s.output === null ? null : (s.cappedFrom ?? s.output.length),
        ...(s.cappedFrom === undefined ? {} : { gradedOnPrefix: true }),
        latencyMs: s.latencyMs,
        costUsd: s.costUsd,
        error: s.error ? reportError(s.error) : null,
        repeatScores: [...s.repeatScores],
        grades: s.grades.map((g) => ({ ...g })),
    };
}
function reportCase(g) {
    const b = g.baseline.score;
    const c = g.candidate.score;
    return {
        id: g.case.id,
        tags: [...g.case.tags],
        file: g.case.source.file,
        line: g.case.source.line,
        change: b === null || c === null ? null : c - b,
        baseline: caseSide(g.baseline),
        candidate: caseSide(g.candidate),
    };
}
function buildReport(opts) {
    const { config, evalSet, comparison: cmp } = opts;
    const baseline = reportModel(cmp.models.baseline, config.models.baseline);
    const candidate = reportModel(cmp.models.candidate, config.models.candidate);
    const judge = cmp.judge ?? null;
    return {
        schema: REPORT_SCHEMA,
        verdict: cmp.verdict,
        headline: headlineOf(cmp),
        reason: cmp.reason,
        models: { baseline, candidate },
        checks: cmp.checks.map(reportCheck),
        statistics: reportStatistics(cmp.statistics),
        tags: cmp.tags,
        labels: {
            ...(cmp.labels.baseline ? { baseline: cmp.labels.baseline } : {}),
            ...(cmp.labels.candidate ? { candidate: cmp.labels.candidate } : {}),
        },
        regressions: cmp.regressions,
        judge,
        pairedCases: cmp.pairedCases,
        repeats: config.run.repeats,
        thresholds: {
            qualityPerDollar: config.thresholds.qualityPerDollar,
            p95Latency: config.thresholds.p95Latency,
            quality: config.thresholds.quality,
            errorRate: config.thresholds.errorRate,
        },
        evalSet: { files: [...evalSet.files], cases: evalSet.cases.length, contentHash: evalSet.contentHash },
        totals: {
            costUsd: (0,summary/* sumBy */.xu)([baseline.costUsd, candidate.costUsd, judge?.costUsd ?? 0], (x) => x),
            calls: baseline.calls + candidate.calls + (judge?.calls ?? 0),
        },
        cases: opts.graded.map(reportCase),
        warnings: cmp.warnings.map(warningWords),
        run: {
            startedAt: opts.run?.startedAt ?? null,
            durationMs: opts.run?.durationMs ?? null,
            simulated: opts.run?.simulated ?? false,
            notes: [...(opts.run?.notes ?? [])],
            ...(opts.run?.estimate ? { estimate: { expectedUsd: opts.run.estimate.expectedUsd, worstCaseUsd: opts.run.estimate.worstCaseUsd } } : {}),
            ...(opts.run?.control ? { control: opts.run.control } : {}),
            ...(opts.run?.sequential ? { sequential: opts.run.sequential } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./build/report/safe-markdown.js
// Making untrusted text (model output, provider error messages, and for good measure
// case ids, tags and model names) inert in GitHub-flavoured markdown. After these
// functions, such text cannot:
// - open raw HTML, images or links (markdown punctuation is backslash-escaped);
// - auto-link (a zero-width joiner breaks "scheme://", "www." and e-mail addresses);
// - ping anyone: @user and @org/team get a zero-width joiner after the "@", and
//   "#123" one after the "#", so no notification or cross-reference is made;
// - break a table (pipes escaped, newlines folded) or close a code fence early (the
//   fence is longer than any backtick run in the text);
// - reorder what a reader sees with bidirectional control characters (removed).
/** Zero-width joiner: invisible, but it splits the tokens GitHub links. */
const ZWJ = '\u200D';
// C0 controls other than tab and newline, DEL, C1 controls, and bidi overrides/isolates.
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Break mentions, references and auto-links; drop control characters. Keeps newlines. */
function neutralise(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(UNSAFE_CONTROLS, '')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWJ}://`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
// Every character that can start inline markdown or a GitHub extension ($ is math).
// Parentheses need no escape: a link cannot form once its brackets are escaped.
const INLINE_SPECIALS = /[\\`*_[\]<>|!#~&$]/g;
/** Untrusted text as inline markdown on one line: for table cells and sentences. */
function inlineText(text) {
    return neutralise(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(INLINE_SPECIALS, (c) => `\\${c}`);
}
/** Alias that says where it is used: a pipe in a cell is escaped, a newline folded. */
const tableCell = inlineText;
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Untrusted text inside our own HTML (a <summary>, a <th>): entities, one line. */
function htmlText(text) {
    return neutralise(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function codeBlock(text, info = 'text') {
    const body = neutralise(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
/** An inline code span for short names (models, case ids), on one line. */
function codeSpan(text) {
    const body = neutralise(text).replace(/\s*\n\s*/g, ' ');
    const ticks = '`'.repeat(longestBacktickRun(body) + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/** The first maxChars characters and maxLines lines, cut on code points (never half an emoji). */
function truncateText(text, limits) {
    const chars = Array.from(text);
    const lines = text.split('\n');
    let kept = lines.slice(0, limits.maxLines).join('\n');
    const keptChars = Array.from(kept);
    if (keptChars.length > limits.maxChars)
        kept = keptChars.slice(0, limits.maxChars).join('');
    return { text: kept, truncated: kept.length < text.length, totalChars: chars.length, totalLines: lines.length };
}

// EXTERNAL MODULE: ./build/compare/index.js + 15 modules
var compare = __webpack_require__(4647);
;// CONCATENATED MODULE: ./build/report/sections.js
// The blocks of the markdown report. Each takes the report (and its share of the size
// policy) and returns markdown; all untrusted text goes through safe-markdown.ts.




const STATUS_EMOJI = { pass: '✅', fail: '❌', inconclusive: '❔' };
/** A code span inside a table: the span's pipes must be escaped too (GFM splits cells first). */
function cellCode(text) {
    return codeSpan(text).replace(/\|/g, '\\|');
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
const signedPct = (x) => (0,format/* fmtPct */.pT)(x, { sign: true });
const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶'];
/** "−3.1 pts [−5.0, −1.2]", or "~ −1.8 pts [−4.9, +1.3]" when the interval contains 0 (benchstat's mark). */
function changeCell(metric, change, interval) {
    const text = fmtWithInterval(metric, change, interval);
    return interval && !isSignificant(interval) ? `~ ${text}` : text;
}
/** Inconclusive checks, in table order, each with its footnote mark. */
function undecided(r) {
    return r.checks.filter((k) => k.status === 'inconclusive').map((check, i) => ({ check, mark: FOOTNOTE_MARKS[i] ?? '*' }));
}
function metricTable(r) {
    const b = r.models.baseline;
    const c = r.models.candidate;
    const check = (m) => r.checks.find((k) => k.metric === m);
    const marks = new Map(undecided(r).map((u) => [u.check.metric, u.mark]));
    const checkRow = (label, m, base, cand, change, fmt) => {
        const k = check(m);
        return row([
            label,
            base,
            cand,
            k ? (k.unmeasured === undefined ? changeCell(m, k.change, k.interval) : 'n/a') : fmt(change),
            k ? fmt(k.threshold) : 'off',
            k ? `${STATUS_EMOJI[k.status]}${marks.get(m) ?? ''}` : '',
        ]);
    };
    // A model that answered without usage has an unknown cost: never show it as a number.
    const unpriced = b.usageMissing > 0 || c.usageMissing > 0;
    const usd = (m, value) => (m.usageMissing > 0 ? 'n/a' : (0,format/* fmtUsd */.Ss)(value));
    const qpd = (m) => (m.usageMissing > 0 ? 'n/a' : (0,format/* fmtNumber */.FQ)(m.qualityPerDollar, 0));
    const cost = unpriced
        ? 'n/a'
        : r.statistics
            ? changeCell('cost', r.statistics.cost.change, r.statistics.cost.interval)
            : signedPct((0,compare/* relativeChange */.N0)(b.costUsd, c.costUsd));
    const infoRow = (label, base, cand, change = '') => row([label, base, cand, change, '', '']);
    const tokens = (m) => `${(0,format/* fmtCount */.bg)(m.tokens.input)} · ${(0,format/* fmtCount */.bg)(m.tokens.cachedInput)} · ${(0,format/* fmtCount */.bg)(m.tokens.output)}`;
    return [
        row(['metric', `baseline ${cellCode(b.model)}`, `candidate ${cellCode(c.model)}`, 'change', 'limit', '']),
        '|:--|--:|--:|--:|--:|:-:|',
        checkRow('quality', 'quality', (0,format/* fmtNumber */.FQ)(b.quality, 1), (0,format/* fmtNumber */.FQ)(c.quality, 1), c.quality - b.quality, (x) => (0,format/* fmtPoints */.JB)(x)),
        checkRow('quality per $', 'qualityPerDollar', qpd(b), qpd(c), (0,compare/* relativeChange */.N0)(b.qualityPerDollar, c.qualityPerDollar), signedPct),
        checkRow('p95 latency', 'p95Latency', (0,format/* fmtMs */.mq)(b.latencyMs.p95), (0,format/* fmtMs */.mq)(c.latencyMs.p95), (0,compare/* relativeChange */.N0)(b.latencyMs.p95, c.latencyMs.p95), signedPct),
        checkRow('error rate', 'errorRate', (0,format/* fmtPct */.pT)(b.errorRate), (0,format/* fmtPct */.pT)(c.errorRate), c.errorRate - b.errorRate, format/* fmtPp */.yW),
        infoRow('cost', usd(b, b.costUsd), usd(c, c.costUsd), cost),
        infoRow('cost per 1k cases', usd(b, b.costPer1kCases), usd(c, c.costPer1kCases), unpriced ? 'n/a' : signedPct((0,compare/* relativeChange */.N0)(b.costPer1kCases, c.costPer1kCases))),
        infoRow('p50 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p50), (0,format/* fmtMs */.mq)(c.latencyMs.p50), signedPct((0,compare/* relativeChange */.N0)(b.latencyMs.p50, c.latencyMs.p50))),
        infoRow('p99 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p99), (0,format/* fmtMs */.mq)(c.latencyMs.p99), signedPct((0,compare/* relativeChange */.N0)(b.latencyMs.p99, c.latencyMs.p99))),
        infoRow('calls (errors, timeouts)', `${(0,format/* fmtCount */.bg)(b.calls)} (${b.errors}, ${b.timeouts})`, `${(0,format/* fmtCount */.bg)(c.calls)} (${c.errors}, ${c.timeouts})`),
        infoRow('tokens in · cached · out', tokens(b), tokens(c)),
    ].join('\n');
}
const POWER_WORDS = {
    quality: 'quality',
    qualityPerDollar: 'quality per $',
    p95Latency: 'p95 latency',
    errorRate: 'error rate',
};
/**
 * Under the table: how the intervals were made, the smallest regression each check can
 * catch at this many cases (80% power), and a footnote per inconclusive check saying how
 * many more cases would decide it. Caveats as data, printed as footnotes (benchstat).
 */
function statisticsNotes(r) {
    const s = r.statistics;
    if (!s || r.checks.length === 0)
        return '';
    const failPct = (0,format/* fmtLevel */.eX)(s.failConfidence);
    const lines = [
        `_${(0,format/* fmtLevel */.eX)(s.confidence)}% intervals: ${s.method} over ${(0,format/* fmtCount */.bg)(s.cases)} cases, ${(0,format/* fmtCount */.bg)(s.resamples)} resamples, seed ${s.seed}. ` +
            `\`~\` not significant (the interval contains 0). A check fails when its change is past the limit and the regression holds at ${failPct}% confidence._`,
        '',
        `_Smallest regressions these ${(0,format/* fmtCount */.bg)(s.cases)} cases would catch ${(0,format/* fmtNumber */.FQ)(100 * s.power, 0)}% of the time: ` +
            `${r.checks.map((k) => `${POWER_WORDS[k.metric]} ${fmtChange(k.metric, k.mde)}`).join(' · ')}._`,
    ];
    for (const { check, mark } of undecided(r)) {
        const words = POWER_WORDS[check.metric];
        const note = check.unmeasured !== undefined
            ? `${mark} ${words}: not compared, ${check.unmeasured}.`
            : check.casesToDecide === undefined
                ? `${mark} ${words}: the change sits on the limit; more cases alone may not decide it.`
                : `${mark} ${words}: need about ${(0,format/* fmtCount */.bg)(check.casesToDecide)} more cases to decide it (if the change held).`;
        lines.push('', note);
    }
    return lines.join('\n');
}
/** "118 paired cases of 120 · 1 repeat · judge `gpt-4o-mini`: 240 calls, $0.012 · total $0.0539 · eval set `3f2a9c1b04de`" */
function summaryLine(r) {
    const parts = [
        `${(0,format/* fmtCount */.bg)(r.pairedCases)} paired cases of ${(0,format/* fmtCount */.bg)(r.evalSet.cases)}`,
        `${r.repeats} repeat${r.repeats === 1 ? '' : 's'}`,
    ];
    if (r.judge)
        parts.push(`judge ${codeSpan(r.judge.model)}: ${(0,format/* fmtCount */.bg)(r.judge.calls)} calls, ${(0,format/* fmtUsd */.Ss)(r.judge.costUsd)}`);
    parts.push(`total ${(0,format/* fmtUsd */.Ss)(r.totals.costUsd)} for ${(0,format/* fmtCount */.bg)(r.totals.calls)} calls`);
    if (r.run.durationMs !== null)
        parts.push(`ran in ${(0,format/* fmtMs */.mq)(r.run.durationMs)}`);
    parts.push(`eval set ${codeSpan(r.evalSet.contentHash.slice(0, 12))}`);
    return [parts.join(' · '), sequentialLine(r), runControlLine(r)].filter(Boolean).join('\n\n');
}
/** "Decided after 84 of 400 cases": a sequential stop, and what it saved. */
function sequentialLine(r) {
    const s = r.run.sequential;
    if (!s?.decidedAfter || !s.saved)
        return '';
    const { decidedAfter: d, saved } = s;
    const inFlight = d.cases > d.look ? ` (the look at ${(0,format/* fmtCount */.bg)(d.look)} decided; ${(0,format/* fmtCount */.bg)(d.cases - d.look)} in flight finished and count)` : '';
    return `_Decided after ${(0,format/* fmtCount */.bg)(d.cases)} of ${(0,format/* fmtCount */.bg)(d.of)} cases${inFlight}: ${(0,format/* fmtCount */.bg)(saved.calls)} calls not sent, about ${(0,format/* fmtUsd */.Ss)(saved.usd)} and ${(0,format/* fmtMs */.mq)(saved.ms)} saved (run.sequential)._`;
}
/** Budget, retries and effective concurrency: only what is worth a reader's attention. */
function runControlLine(r) {
    const control = r.run.control;
    if (!control)
        return '';
    const parts = [];
    const { budget, retries, concurrency } = control;
    if (budget.budgetUsd !== undefined) {
        const stop = control.stoppedForBudget ? ', then stopped: the next call could have passed it' : '';
        parts.push(`budget ${(0,format/* fmtUsd */.Ss)(budget.budgetUsd)}: spent ${(0,format/* fmtUsd */.Ss)(budget.spentUsd)}${stop}`);
    }
    if (retries.retries > 0 || retries.denied > 0) {
        parts.push(`${(0,format/* fmtCount */.bg)(retries.retries)} retries${retries.denied > 0 ? `, ${(0,format/* fmtCount */.bg)(retries.denied)} refused by the retry budget` : ''}`);
    }
    if (concurrency.decreases > 0) {
        parts.push(`concurrency lowered on rate limits: ${concurrency.min}–${concurrency.configured}, mean ${concurrency.mean.toFixed(1)}`);
    }
    return parts.length > 0 ? `_Run: ${parts.join(' · ')}._` : '';
}
function tagTable(r) {
    if (r.tags.length === 0)
        return '';
    const lines = [
        '#### By tag',
        '',
        row(['tag', 'cases', 'quality', 'Δ quality', 'Δ cost', 'Δ quality per $', 'Δ p95']),
        '|:--|--:|--:|--:|--:|--:|--:|',
    ];
    for (const t of r.tags) {
        const cases = t.pairedCases === t.cases ? `${t.cases}` : `${t.pairedCases} of ${t.cases}`;
        lines.push(row([
            tableCell(t.tag),
            cases,
            `${(0,format/* fmtNumber */.FQ)(t.baseline.quality, 1)} → ${(0,format/* fmtNumber */.FQ)(t.candidate.quality, 1)}`,
            (0,format/* fmtPoints */.JB)(t.change.quality),
            signedPct(t.change.costUsd),
            signedPct(t.change.qualityPerDollar),
            signedPct(t.change.p95LatencyMs),
        ]));
    }
    return lines.join('\n');
}
function labelTable(side, model, t) {
    const lines = [
        `**${side}** ${codeSpan(model)}: ${t.correct} of ${t.total} correct`,
        '',
        row(['expected ↓ · actual →', ...t.labels.map(tableCell), 'other']),
        `|:--|${t.labels.map(() => '--:|').join('')}--:|`,
    ];
    t.labels.forEach((label, i) => {
        const counts = (t.matrix[i] ?? []).map((n, j) => (j === i && n > 0 ? `**${n}**` : `${n}`));
        lines.push(row([tableCell(label), ...counts]));
    });
    const other = Object.entries(t.other);
    if (other.length > 0) {
        const shown = other.slice(0, 8).map(([label, n]) => `${inlineText(label)} (${n})`);
        const more = other.length > 8 ? `, and ${other.length - 8} more` : '';
        lines.push('', `other: ${shown.join(', ')}${more}`);
    }
    return lines.join('\n');
}
function labelSection(r) {
    const sides = ['baseline', 'candidate'].filter((s) => r.labels[s]);
    if (sides.length === 0)
        return '';
    const blocks = sides.map((s) => labelTable(s, r.models[s].model, r.labels[s]));
    return ['<details>', '<summary>Label confusion</summary>', '', blocks.join('\n\n'), '', '</details>'].join('\n');
}
function sideHeader(side, model, s) {
    const score = s.score === null ? 'not judged' : (0,format/* fmtScore */.M8)(s.score);
    const latency = s.latencyMs === null ? '' : ` · ${(0,format/* fmtMs */.mq)(s.latencyMs)}`;
    return `${side} · ${htmlText(model)} · ${score}${latency}`;
}
function sideBody(s, limits) {
    const parts = [];
    if (s.error)
        parts.push(`⚠️ ${inlineText(s.error.kind)}: ${inlineText(truncateText(s.error.message, { maxChars: 200, maxLines: 1 }).text)}`);
    if (s.output === null) {
        parts.push('_no output_');
    }
    else {
        const cut = truncateText(s.output, limits);
        parts.push(codeBlock(cut.text));
        if (cut.truncated)
            parts.push(`_showing ${(0,format/* fmtCount */.bg)(Array.from(cut.text).length)} of ${(0,format/* fmtNumber */.FQ)(cut.totalChars)} characters_`);
    }
    return parts.join('\n\n');
}
function regressionBlock(r, c, limits) {
    const b = c.baseline;
    const k = c.candidate;
    const scores = `${(0,format/* fmtScore */.M8)(b.score ?? 0)} → ${(0,format/* fmtScore */.M8)(k.score ?? 0)} (${c.change === null ? 'n/a' : (0,format/* fmtSigned */._Q)(c.change, 2)})`;
    return [
        '<details>',
        `<summary><code>${htmlText(c.id)}</code> · ${htmlText(`${c.file}:${c.line}`)} · score ${scores}</summary>`,
        '',
        '<table>',
        `<tr><th>${sideHeader('baseline', r.models.baseline.model, b)}</th><th>${sideHeader('candidate', r.models.candidate.model, k)}</th></tr>`,
        '<tr><td>',
        '',
        sideBody(b, limits),
        '',
        '</td><td>',
        '',
        sideBody(k, limits),
        '',
        '</td></tr>',
        '</table>',
        '',
        '</details>',
    ].join('\n');
}
function regressionSection(r, count, limits) {
    if (count <= 0 || r.regressions.length === 0)
        return '';
    const byId = new Map(r.cases.map((c) => [c.id, c]));
    const shown = r.regressions.slice(0, count).flatMap((g) => {
        const c = byId.get(g.id);
        return c ? [regressionBlock(r, c, limits)] : [];
    });
    const of = r.regressions.length > shown.length ? ` (${shown.length} of ${r.regressions.length})` : '';
    return [`#### Worst regressions${of}`, '', shown.join('\n\n')].join('\n');
}
function notesSection(r, max) {
    const notes = [...r.run.notes, ...r.warnings];
    if (notes.length === 0)
        return '';
    const lines = notes.slice(0, max).map((n) => `- ${inlineText(n)}`);
    if (notes.length > max)
        lines.push(`- …and ${notes.length - max} more in the JSON report`);
    return ['**Notes**', '', ...lines].join('\n');
}

;// CONCATENATED MODULE: ./build/report/markdown.js
// renderMarkdown(): THE markdown renderer, used by the CLI, the job summary and the
// PR comment alike; only maxChars differs. Size policy (after changesets/action): when
// the full report is longer than maxChars, drop detail in stages — shorter and fewer
// outputs, then the label tables, then the per-tag table, then the regressions — and
// say so in a note. The headline and the metric table always stay.




/** GitHub's limit for a comment body. */
const DEFAULT_MAX_CHARS = limits/* GITHUB_COMMENT_CHARS */.Um;
const LEVELS = [
    { regressions: 10, outputs: { maxChars: 2000, maxLines: 60 }, labels: true, tags: true, notes: 20, dropped: [] },
    { regressions: 5, outputs: { maxChars: 800, maxLines: 25 }, labels: true, tags: true, notes: 20, dropped: ['outputs shortened', 'fewer regressions shown'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: true, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: true, notes: 10, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables left out'] },
    { regressions: 3, outputs: { maxChars: 300, maxLines: 10 }, labels: false, tags: false, notes: 5, dropped: ['outputs shortened', 'fewer regressions shown', 'label tables and per-tag table left out'] },
    { regressions: 0, outputs: { maxChars: 0, maxLines: 0 }, labels: false, tags: false, notes: 5, dropped: ['regressions, label tables and per-tag table left out'] },
];
const VERDICT_EMOJI = {
    pass: '✅',
    fail: '❌',
    inconclusive: '❔',
    error: '⚠️',
    incomplete: '⏸️',
    skipped: '⏭️',
};
const SIMULATED_BANNER = "> 🧪 **Simulated run**: both models were served by llm-gate's built-in simulator. " +
    'The numbers show how the gate works, not how real models compare.';
const NOT_DECIDING = '_The checks below cover only the cases both models answered; they did not decide this verdict._';
/** The headline, the metric table and, unless `bare`, the statistics notes under it. */
function head(r, bare = false) {
    const b = codeSpan(r.models.baseline.model);
    const c = codeSpan(r.models.candidate.model);
    const lines = [`### llm-gate: ${b} → ${c}`, '', `${VERDICT_EMOJI[r.verdict]} **${r.verdict}** — ${inlineText(r.headline)}`];
    if (r.run.simulated)
        lines.push('', SIMULATED_BANNER);
    if (r.verdict === 'error' || r.verdict === 'incomplete')
        lines.push('', NOT_DECIDING);
    lines.push('', metricTable(r));
    const notes = bare ? '' : statisticsNotes(r);
    if (notes !== '')
        lines.push('', notes);
    lines.push('', summaryLine(r));
    return lines;
}
function truncationNote(maxChars, dropped) {
    return `> ✂️ Shortened to fit ${(0,format/* fmtNumber */.FQ)(maxChars)} characters: ${dropped.join('; ')}. The JSON report has every case in full.`;
}
function assemble(blocks) {
    return `${blocks.filter((b) => b !== '').join('\n\n')}\n`;
}
function renderAt(r, level, maxChars, footer) {
    const blocks = [head(r).join('\n')];
    if (level.dropped.length > 0)
        blocks.push(truncationNote(maxChars, level.dropped));
    if (level.tags)
        blocks.push(tagTable(r));
    if (level.labels)
        blocks.push(labelSection(r));
    blocks.push(regressionSection(r, level.regressions, level.outputs));
    blocks.push(notesSection(r, level.notes));
    blocks.push(footer);
    return assemble(blocks);
}
function renderMarkdown(report, options = {}) {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    const footer = options.footer ?? '';
    for (const level of LEVELS) {
        const text = renderAt(report, level, maxChars, footer);
        if (text.length <= maxChars)
            return text;
    }
    // Even the smallest level is too long: keep the headline and the metric table anyway.
    return assemble([head(report, true).join('\n'), truncationNote(maxChars, ['everything but the metric table left out']), footer]);
}

;// CONCATENATED MODULE: ./build/report/index.js






/***/ }),

/***/ 6325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   zr: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
/* unused harmony export REDACTED */
// Secrets are removed at the last step before anything is written (comment, summary,
// annotations, outputs, reports, stdout, stderr), whatever path produced the text: a key
// can reach a report through a model that echoes its prompt, an endpoint's error body or
// a config value, so redacting at each source would always miss one.
const REDACTED = '[redacted]';
/** Shorter values are too likely to be ordinary text ("1", "true") to be replaced everywhere. */
const MIN_SECRET_CHARS = 6;
/** The forms a secret takes in what we write: as is, and escaped inside a JSON string. */
function formsOf(secret) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    return escaped === secret ? [secret] : [secret, escaped];
}
function createRedactor(initial = []) {
    const forms = new Set();
    const kept = new Set();
    let ordered = [];
    const redact = ((text) => {
        let out = text;
        // Longest first, so a secret that contains another is replaced whole. Each pass is a
        // linear scan (split/join); there are a handful of secrets.
        for (const form of ordered)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    });
    redact.add = (...secrets) => {
        for (const secret of secrets) {
            const value = secret?.trim();
            if (!value || value.length < MIN_SECRET_CHARS)
                continue;
            kept.add(value);
            for (const form of formsOf(value))
                forms.add(form);
        }
        ordered = [...forms].sort((a, b) => b.length - a.length);
    };
    Object.defineProperty(redact, 'secrets', { get: () => [...kept].sort((a, b) => b.length - a.length) });
    redact.add(...initial);
    return redact;
}
/** Names of environment variables that hold secrets by convention. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;
/** Whether an environment variable's name says it holds a secret (the rule secretsFromEnv applies). */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/**
 * Values of the environment that are secrets by their name (OPENAI_API_KEY, GITHUB_TOKEN,
 * INPUT_API-KEY, ACTIONS_RUNTIME_TOKEN, ...): redacted before the config names which keys
 * are in use, so an error printed before that leaks none either.
 */
function secretsFromEnv(env) {
    return Object.entries(env).flatMap(([name, value]) => (value && isSecretName(name) ? [value] : []));
}


/***/ }),

/***/ 1523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ seedFromHash),
/* harmony export */   YZ: () => (/* binding */ hashString),
/* harmony export */   Yp: () => (/* binding */ nextIndex),
/* harmony export */   _k: () => (/* binding */ xoshiro128ss),
/* harmony export */   sK: () => (/* binding */ mulberry32)
/* harmony export */ });
// Seeded randomness for the bootstrap. The same eval set must give the same report,
// so the generator is seeded from the eval set's content hash, never from the clock.
// xoshiro128** (Blackman & Vigna): 32-bit state words that V8 keeps as small ints,
// a 2^128 − 1 period and no linear artefacts in the low bits, which matter because
// case indices are drawn from them. splitmix32 spreads a single seed over the state.
function splitmix32(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x9e3779b9) >>> 0;
        let z = state;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
        return (z ^ (z >>> 16)) >>> 0;
    };
}
const rotl = (x, k) => (x << k) | (x >>> (32 - k));
function xoshiro128ss(seed) {
    const init = splitmix32(seed);
    let s0 = init() | 0;
    let s1 = init() | 0;
    let s2 = init() | 0;
    let s3 = init() | 0;
    // An all-zero state is the one fixed point; splitmix32 never yields four zeros, but be sure.
    if ((s0 | s1 | s2 | s3) === 0)
        s0 = 1;
    return () => {
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotl(s3, 11);
        return result;
    };
}
const TWO_32 = 4294967296;
/** A uniform integer in [0, n) (n ≤ 2^32; the bias is below n / 2^32, negligible for case counts). */
function nextIndex(source, n) {
    return Math.floor((source() / TWO_32) * n);
}
/**
 * A 32-bit seed from the eval set's content hash: its first 8 hex digits when it is hex
 * (a sha256 is), otherwise FNV-1a of the text, so any label still seeds deterministically.
 */
function seedFromHash(hash) {
    if (/^[0-9a-f]{8}/i.test(hash))
        return Number.parseInt(hash.slice(0, 8), 16) >>> 0;
    let h = 0x811c9dc5;
    for (let i = 0; i < hash.length; i++) {
        h ^= hash.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** 32-bit FNV-1a: cheap, stable, good enough to spread string keys into seeds. */
function hashString(text, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** mulberry32: a uniform float in [0, 1) per call; tiny and fast, plenty for jitter and simulation. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}


/***/ }),

/***/ 786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i2: () => (/* binding */ mean),
/* harmony export */   xu: () => (/* binding */ sumBy)
/* harmony export */ });
/* unused harmony export sum */
// Sums and means. Costs are summed over thousands of tiny fractions of a dollar and
// must come out exact to 1e-9 USD, so sums are compensated (Neumaier's variant of
// Kahan summation): the order of the records then barely matters.
/** Compensated sum; 0 for an empty list. */
function sum(values) {
    let total = 0;
    let compensation = 0;
    for (const v of values) {
        const t = total + v;
        if (Math.abs(total) >= Math.abs(v))
            compensation += total - t + v;
        else
            compensation += v - t + total;
        total = t;
    }
    return total + compensation;
}
/** Sum of a projection, e.g. sumBy(records, (r) => r.costUsd). */
function sumBy(items, value) {
    const values = [];
    for (const item of items)
        values.push(value(item));
    return sum(values);
}
/** Arithmetic mean, or undefined for an empty list (callers decide what "no data" means). */
function mean(values) {
    if (values.length === 0)
        return undefined;
    return sum(values) / values.length;
}


/***/ }),

/***/ 9291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SIDES)
/* harmony export */ });
// The data model shared by every stage of the pipeline:
// config → EvalCase[] → CallRecord[] → GradedCase[] → Comparison → Report.
// Everything here is plain, serialisable data so that records can be cached,
// sharded and merged later without a live run.
const SIDES = ['baseline', 'candidate'];


/***/ })

};
