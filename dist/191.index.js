export const id = 191;
export const ids = [191];
export const modules = {

/***/ 4191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_ORDER: () => (/* reexport */ CHECK_ORDER),
  DEFAULT_INFRA_LIMIT: () => (/* reexport */ DEFAULT_INFRA_LIMIT),
  DEFAULT_STATISTICS: () => (/* binding */ DEFAULT_STATISTICS),
  FAIL_ALPHA: () => (/* reexport */ FAIL_ALPHA),
  FAIL_THRESHOLD_ALPHA: () => (/* reexport */ FAIL_THRESHOLD_ALPHA),
  FEW_CASES: () => (/* binding */ FEW_CASES),
  INTERIM_SHARE: () => (/* reexport */ sequential/* INTERIM_SHARE */.lT),
  INTERVAL_METRICS: () => (/* reexport */ INTERVAL_METRICS),
  LOOK_FRACTIONS: () => (/* reexport */ sequential/* LOOK_FRACTIONS */.o8),
  MIN_CASES: () => (/* reexport */ MIN_CASES),
  MIN_LOOK_CASES: () => (/* reexport */ sequential/* MIN_LOOK_CASES */.T1),
  MIN_SLICE_CASES: () => (/* reexport */ MIN_SLICE_CASES),
  MOST_CALLS: () => (/* reexport */ MOST_CALLS),
  PLAN_LIMIT: () => (/* reexport */ PLAN_LIMIT),
  ROUTING_RESAMPLES: () => (/* reexport */ ROUTING_RESAMPLES),
  UNTAGGED: () => (/* reexport */ UNTAGGED),
  WORSE_IS_HIGHER: () => (/* reexport */ WORSE_IS_HIGHER),
  betterEnd: () => (/* reexport */ betterEnd),
  buildChecks: () => (/* reexport */ buildChecks),
  caseData: () => (/* reexport */ caseData),
  changeTests: () => (/* reexport */ changeTests),
  checkPoints: () => (/* reexport */ checkPoints),
  checkPower: () => (/* reexport */ checkPower),
  compare: () => (/* binding */ compare),
  decideCheck: () => (/* reexport */ decideCheck),
  decideVerdict: () => (/* reexport */ decideVerdict),
  endpointOf: () => (/* binding */ endpointOf),
  isPastThreshold: () => (/* reexport */ isPastThreshold),
  latencyShare: () => (/* reexport */ latencyShare),
  lookLevels: () => (/* reexport */ sequential/* lookLevels */.lU),
  lookPoints: () => (/* reexport */ sequential/* lookPoints */.fT),
  monthlyCost: () => (/* reexport */ monthlyCost),
  qualityPerDollarOf: () => (/* reexport */ qualityPerDollarOf),
  rankModels: () => (/* reexport */ rankModels),
  relativeChange: () => (/* reexport */ relativeChange),
  routingAdvice: () => (/* reexport */ routingAdvice),
  sideHealth: () => (/* reexport */ sideHealth),
  spreadsOf: () => (/* reexport */ spreadsOf),
  timeoutExposure: () => (/* reexport */ timeoutExposure),
  tokenDrift: () => (/* reexport */ tokenDrift),
  towardWorse: () => (/* reexport */ towardWorse),
  worseAtAll: () => (/* reexport */ worseAtAll),
  worseEnd: () => (/* reexport */ worseEnd)
});

// EXTERNAL MODULE: ./build/stats/summary.js
var summary = __webpack_require__(6364);
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

;// CONCATENATED MODULE: ./build/stats/student.js
// Student's t quantile, for the small-sample tests. Fisher's Cornish–Fisher expansion in
// 1/df around the normal quantile: checked against the exact quantile (numeric integration of
// the density) at df 5, 9 and 20 and one-sided levels 2.5% and 0.15%, it is within 0.25%
// (5.364 for 5.376 at df 5, 0.15%), far finer than the decisions need.

/** t such that P(T_df ≤ t) = p. df = ∞ (or ≥ 1e6) gives the normal quantile. */
function studentQuantile(p, df) {
    const z = normalQuantile(p);
    if (!(df < 1e6))
        return z;
    if (!(df >= 1))
        throw new RangeError(`studentQuantile: df must be ≥ 1, got ${df}`);
    const z2 = z * z;
    const g1 = (z2 * z + z) / 4;
    const g2 = ((5 * z2 + 16) * z2 * z + 3 * z) / 96;
    const g3 = (((3 * z2 + 19) * z2 + 17) * z2 * z - 15 * z) / 384;
    const g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 * z - 945 * z) / 92160;
    return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

;// CONCATENATED MODULE: ./build/stats/quantile-ratio.js
// The ratio of two p95s (candidate / baseline) over paired cases, each p95 taken over every
// answered call of its side (type 7), on the log scale, with a standard error that keeps
// both the pairing and the clustering of calls within a case.
//
// A sample quantile is asymptotically linear: q̂ − q ≈ (1/N)·Σⱼ (p − 1{xⱼ ≤ q}) / f(q), so
//   log q̂_c − log q̂_b ≈ const + Σᵢ Dᵢ,
//   Dᵢ = (s_c/(q̂_c N_c))·Σ_{calls j of case i, candidate}(p − 1{xⱼ ≤ q̂_c}) − (same for the baseline)
// and the variance of the log ratio is the spread of the per-case Dᵢ (the linearisation
// variance estimator of survey statistics, Woodruff's method). s/q̂ = d log Q / dp is a
// difference quotient of the log sample quantile function over a Hall–Sheather bandwidth,
// (log Q(p + h) − log Q(p − h)) / 2h, so no density model is assumed. Repeats enter as they should:
// a case whose calls vary a lot contributes indicators that cancel, so more calls per case
// shrink the variance, and a case slow for both models moves both sides together.
// The percentile bootstrap of a type-7 quantile rests on a handful of order statistics and is
// lumpy and biased; this needs no resampling at all. Below MIN_TAIL_CALLS answered calls
// beyond the p95 on either side there is no tail to speak of and the standard error is ∞.



/** Answered calls above the p95 a side needs before its p95 is compared: 3, i.e. 60 calls (at 20 calls an unchanged model failed the p95 check 3% of the time, at 50 0.2%). */
const MIN_TAIL_CALLS = 3;
function sparsity(sorted, p) {
    const n = sorted.length;
    const zp = normalQuantile(p);
    const phi = Math.exp(-0.5 * zp * zp) / Math.sqrt(2 * Math.PI);
    const h = n ** (-1 / 3) * normalQuantile(0.975) ** (2 / 3) * ((1.5 * phi * phi) / (2 * zp * zp + 1)) ** (1 / 3);
    const lo = Math.max(0, p - h);
    const hi = Math.min(1, p + h);
    // On the log scale: the log of a latency quantile function bends less than the quantile
    // function itself, so the difference quotient is less biased by the tail's curvature.
    return (Math.log(quantileSorted(sorted, hi)) - Math.log(quantileSorted(sorted, lo))) / (hi - lo);
}
/** Per case, the answered-call latencies of each side (either list may be empty). */
function quantileRatio(cases, p, minTail = MIN_TAIL_CALLS) {
    const pooled = {
        baseline: cases.flatMap((c) => c.baseline).sort((a, b) => a - b),
        candidate: cases.flatMap((c) => c.candidate).sort((a, b) => a - b),
    };
    const n = cases.filter((c) => c.baseline.length + c.candidate.length > 0).length;
    if (pooled.baseline.length === 0 || pooled.candidate.length === 0) {
        return { log: 0, se: Number.POSITIVE_INFINITY, n, df: 1, quantiles: { baseline: 0, candidate: 0 } };
    }
    const qb = quantileSorted(pooled.baseline, p);
    const qc = quantileSorted(pooled.candidate, p);
    const log = Math.log(qc) - Math.log(qb);
    const tooFew = Math.min(pooled.baseline.length, pooled.candidate.length) * (1 - p) < minTail;
    if (!(qb > 0 && qc > 0) || tooFew || n < 2)
        return { log, se: Number.POSITIVE_INFINITY, n, df: 1, quantiles: { baseline: qb, candidate: qc } };
    const scale = {
        baseline: sparsity(pooled.baseline, p) / pooled.baseline.length,
        candidate: sparsity(pooled.candidate, p) / pooled.candidate.length,
    };
    let sum = 0;
    let sumSq = 0;
    let tail = 0;
    for (const c of cases) {
        if (c.baseline.length + c.candidate.length === 0)
            continue;
        if (c.baseline.some((x) => x > qb) || c.candidate.some((x) => x > qc))
            tail++;
        let ib = 0;
        for (const x of c.baseline)
            ib += p - (x <= qb ? 1 : 0);
        let ic = 0;
        for (const x of c.candidate)
            ic += p - (x <= qc ? 1 : 0);
        const d = scale.candidate * ic - scale.baseline * ib;
        sum += d;
        sumSq += d * d;
    }
    const variance = (n / (n - 1)) * Math.max(0, sumSq - (sum * sum) / n);
    return { log, se: Math.sqrt(variance), n, df: Math.max(MIN_DF, Math.min(n - 1, tail - 1)), quantiles: { baseline: qb, candidate: qc } };
}
/** The t quantile's expansion is trusted from here (it errs wide below, see student.ts). */
const MIN_DF = 5;
/** One-sided bound of the log ratio at confidence 1 − alpha (t with df degrees of freedom). */
function quantileRatioBound(e, alpha, side) {
    if (!Number.isFinite(e.se))
        return side === 'lower' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    const q = studentQuantile(1 - alpha, e.df);
    return side === 'lower' ? e.log - q * e.se : e.log + q * e.se;
}

;// CONCATENATED MODULE: ./build/stats/power.js
// Power and sample size for a check, in the check's own units. Everything here works on
// magnitudes in the worse direction (a quality drop, a latency rise) so one formula serves
// every metric. A check fails when its regression r clears the threshold t at level α_f AND
// is a regression at all at level α₀ (see decide.ts): the estimate must clear
//   max(t + z_{1−α_f}·se, z_{1−α₀}·se)
// and, for power 1 − β, the true regression must sit z_{1−β}·se beyond that:
//   MDE = max(t + z_{1−α_f}·se, z_{1−α₀}·se) + z_{1−β}·se
// For quality (α_f = 3%, α₀ = 0.6%) at 80% power: max(t + 1.88·se, 2.51·se) + 0.84·se, that
// is 3.35·se once the standard error is more than 1.6 × the threshold. A pass needs the
// regression inside t at α_t (2.5%).
// Sample sizes come from the same plan with se = σ/√n (σ the per-case spread at this n):
// the smallest n at which the check would be decided with power 1 − β were the estimate the
// truth, the usual (z_α + z_β)² σ² / δ² of a sample-size table.

/** The power the report plans for: an 80% chance to catch a real regression. */
const PLANNING_POWER = 0.8;
/** The smallest true regression the fail rule catches with the given power, at standard error se. */
function minimumDetectableEffect(opts) {
    const zt = normalQuantile(1 - (opts.failThresholdAlpha ?? opts.thresholdAlpha));
    const z0 = normalQuantile(1 - opts.zeroAlpha);
    const zb = normalQuantile(opts.power ?? PLANNING_POWER);
    return Math.max(opts.threshold + zt * opts.se, z0 * opts.se) + zb * opts.se;
}
/**
 * Total cases at which a check would be decided with the planned power if the true
 * regression were `regression` (positive when worse) and the per-case spread stayed
 * sigma = se·√n: a pass when it is inside the threshold, a fail when past it. null when no
 * number of cases decides it (exactly at the threshold) or there is no spread to go on.
 */
function casesToDecide(opts) {
    const { regression: r, threshold: t, sigma } = opts;
    if (!(sigma > 0) || !Number.isFinite(sigma))
        return null;
    const zt = normalQuantile(1 - opts.thresholdAlpha);
    const zf = normalQuantile(1 - (opts.failThresholdAlpha ?? opts.thresholdAlpha));
    const z0 = normalQuantile(1 - opts.zeroAlpha);
    const zb = normalQuantile(opts.power ?? PLANNING_POWER);
    let n;
    if (r < t)
        n = ((zt + zb) * sigma / (t - r)) ** 2;
    else if (r > t && r > 0)
        n = Math.max(((zf + zb) * sigma / (r - t)) ** 2, ((z0 + zb) * sigma / r) ** 2);
    else
        return null;
    return Number.isFinite(n) ? Math.ceil(n) : null;
}

// EXTERNAL MODULE: ./build/stats/rng.js
var stats_rng = __webpack_require__(8105);
;// CONCATENATED MODULE: ./build/stats/paired-mean.js
// Bounds for the mean of paired differences d_i ∈ [lo, hi] (a quality change: candidate −
// baseline case score, in [−1, 1]), valid on discrete scores and at small n.
//
// A Wald interval (mean ± z·s/√n) collapses when the data show no spread: 50 cases with no
// disagreement give [0, 0], and four disagreements against the candidate look "certain".
// The score test asks instead, for a hypothesised mean μ₀: how far is the sample mean from
// μ₀ in units of the spread the data would have IF the mean were μ₀? That spread comes from
// the most likely distribution with mean μ₀: the observed values re-weighted, plus mass at
// the range's end when μ₀ lies outside what was observed (maximum likelihood under the
// constraint, on the observed values and the two bounds of the range):
//   p_k = w_k / (1 + λ(v_k − μ₀))   (w_k the observed share of value v_k)
//   Z(μ₀) = (d̄ − μ₀) / √(V(μ₀)/n),   V(μ₀) = Σ p_k (v_k − μ₀)²
// For 0/1 scores (d ∈ {−1, 0, 1}) this is exactly Tango's (1998) score test for a difference
// of paired proportions, whose coverage holds at small n; for graded and continuous scores it
// is the same test on their observed values. A bound is the μ₀ where Z crosses the quantile,
// found by bisection (Z falls as μ₀ rises). Student's t with n − 1 df replaces the normal
// quantile, a small-sample allowance that costs nothing at large n.

function pairedMeanSample(d, range = [-1, 1]) {
    const counts = new Map();
    let total = 0;
    for (const raw of d) {
        // Round away float dust so that 0.1 + 0.2 − 0.3 and 0 are one value.
        const v = Math.round(Math.min(range[1], Math.max(range[0], raw)) * 1e9) / 1e9;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        total += v;
    }
    const values = Float64Array.from([...counts.keys()].sort((a, b) => a - b));
    const n = d.length;
    return {
        n,
        mean: n === 0 ? 0 : total / n,
        values,
        shares: Float64Array.from(values, (v) => counts.get(v) / Math.max(1, n)),
        lo: range[0],
        hi: range[1],
    };
}
/** V(μ₀): the variance of the most likely distribution with mean μ₀ (see above). */
function constrainedVariance(s, mu0) {
    if (s.n === 0)
        return 0;
    if (mu0 <= s.lo || mu0 >= s.hi)
        return 0;
    const gap = s.mean - mu0;
    if (gap === 0) {
        let v = 0;
        for (let k = 0; k < s.values.length; k++)
            v += s.shares[k] * (s.values[k] - mu0) ** 2;
        return v;
    }
    // λ has the sign of d̄ − μ₀; the range's end on the other side bounds it: 1 + λ(end − μ₀) ≥ 0.
    const end = gap > 0 ? s.lo : s.hi;
    const limit = -1 / (end - mu0);
    const g = (lambda) => {
        let sum = 0;
        for (let k = 0; k < s.values.length; k++) {
            const a = s.values[k] - mu0;
            sum += (s.shares[k] * a) / (1 + lambda * a);
        }
        return sum;
    };
    let lambda;
    // g falls from d̄ − μ₀ at λ = 0 toward the limit; if it is still on the same side there,
    // the observed values alone cannot have mean μ₀ and the range's end takes the rest.
    const atLimit = g(limit);
    if (Math.sign(atLimit) === Math.sign(gap) && Number.isFinite(atLimit)) {
        lambda = limit;
    }
    else {
        let a = 0;
        let b = limit;
        for (let i = 0; i < 100; i++) {
            const m = (a + b) / 2;
            if (Math.sign(g(m)) === Math.sign(gap))
                a = m;
            else
                b = m;
            if (Math.abs(b - a) <= 1e-12 * Math.abs(limit))
                break;
        }
        lambda = (a + b) / 2;
    }
    let mass = 0;
    let v = 0;
    for (let k = 0; k < s.values.length; k++) {
        const a = s.values[k] - mu0;
        const p = s.shares[k] / (1 + lambda * a);
        mass += p;
        v += p * a * a;
    }
    v += Math.max(0, 1 - mass) * (end - mu0) ** 2;
    return v;
}
/** Z(μ₀); ±∞ when μ₀ is at or past the range's end. */
function scoreStatistic(s, mu0) {
    const gap = s.mean - mu0;
    if (gap === 0)
        return 0;
    const v = constrainedVariance(s, mu0);
    if (!(v > 0))
        return gap > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    return gap / Math.sqrt(v / s.n);
}
/**
 * One-sided bound at confidence 1 − alpha: 'lower' is the smallest μ₀ not rejected in favour
 * of a larger mean, 'upper' the largest. With no data the range itself.
 */
function pairedMeanBound(s, alpha, side) {
    if (s.n < 2)
        return side === 'lower' ? s.lo : s.hi;
    const q = studentQuantile(1 - alpha, s.n - 1);
    // lower: Z(μ₀) > q for μ₀ below the bound; upper: Z(μ₀) < −q above it.
    let a = side === 'lower' ? s.lo : s.mean;
    let b = side === 'lower' ? s.mean : s.hi;
    for (let i = 0; i < 60; i++) {
        const m = (a + b) / 2;
        const z = scoreStatistic(s, m);
        const outside = side === 'lower' ? z > q : z < -q;
        if (side === 'lower') {
            if (outside)
                a = m;
            else
                b = m;
        }
        else if (outside)
            b = m;
        else
            a = m;
        if (b - a < 1e-10)
            break;
    }
    return side === 'lower' ? a : b;
}
/** √(V(μ₀)/n): the standard error of d̄ were the true mean μ₀ (for planning). */
function pairedMeanSe(s, mu0 = s.mean) {
    if (s.n === 0)
        return 0;
    return Math.sqrt(constrainedVariance(s, mu0) / s.n);
}

;// CONCATENATED MODULE: ./build/stats/sign-flip.js
// The paired permutation (sign-flip) test: is the candidate worse at all? When the two models
// are the same, a case's baseline and candidate results are exchangeable, so every d_i is as
// likely to be −d_i, and the 2ⁿ sign flips of the observed differences are equally likely.
// The p-value is the share of flips whose sum is worse than the observed one, plus half the
// share that ties it (Lancaster's mid-p): for 0/1 scores the mid-p sign test on the
// discordant pairs (4 of 4 against the candidate give 1/32, 5 of 5 give 1/64). The exact
// test counts every tie in full and so, on a lattice of sums, holds well below its nominal
// level; the mid-p's level is on average the nominal one, and it gained the quality check a
// point of power at 200 cases. A studentised mean gives the same test, since Σd² does not
// change under sign flips.
// By convolution when the |d_i| lie on a grid k/L (0/1, halves, means of a few repeats);
// otherwise a seeded Monte Carlo over flips, (1 + hits)/(1 + draws), where ties have
// probability zero and the mid-p is the plain one.

const MAX_GRID = 240;
const MAX_WORK = 4e7;
function gridOf(abs) {
    for (let L = 1; L <= MAX_GRID; L++) {
        const steps = new Int32Array(abs.length);
        let ok = true;
        let total = 0;
        for (let i = 0; i < abs.length; i++) {
            const x = abs[i] * L;
            const k = Math.round(x);
            if (Math.abs(x - k) > 1e-6) {
                ok = false;
                break;
            }
            steps[i] = k;
            total += k;
        }
        if (ok)
            return abs.length * (2 * total + 1) <= MAX_WORK ? { unit: 1 / L, steps } : null;
    }
    return null;
}
/**
 * One-sided mid-p-value for "the differences lean negative": P(Σ ε_i|d_i| < Σ d_i) + ½·P(= Σ d_i) over fair signs.
 * (Flip the sign of d for the other direction.) 1 when there is no difference at all.
 */
function signFlipPValue(d, opts) {
    const abs = d.map((x) => Math.abs(x)).filter((x) => x > 1e-12);
    if (abs.length === 0)
        return 1;
    // Every |d| the same (0/1 scores, one repeat): the sum is a scaled binomial, exact in O(n)
    // however many cases, where the convolution below would give up for the Monte Carlo.
    const first = abs[0];
    if (abs.every((x) => Math.abs(x - first) <= 1e-9 * first)) {
        let up = 0;
        for (const x of d)
            if (x > 1e-12)
                up++;
        return binomialMidP(abs.length, up);
    }
    const grid = gridOf(abs);
    if (grid) {
        let observed = 0;
        for (const x of d)
            if (Math.abs(x) > 1e-12)
                observed += Math.round(x / grid.unit);
        return exactLowerTail(grid.steps, observed);
    }
    let observed = 0;
    for (const x of d)
        observed += x;
    const source = (0,stats_rng/* xoshiro128ss */._k)(opts.seed);
    let hits = 0;
    const tolerance = 1e-9 * abs.length;
    const values = Float64Array.from(abs);
    for (let b = 0; b < opts.draws; b++) {
        // One 32-bit draw gives 32 fair signs.
        let s = 0;
        let bits = 0;
        for (let i = 0; i < values.length; i++) {
            if ((i & 31) === 0)
                bits = source();
            s += bits & 1 ? values[i] : -values[i];
            bits >>>= 1;
        }
        if (s <= observed + tolerance)
            hits++;
    }
    return (1 + hits) / (1 + opts.draws);
}
/** P(Σ ε_i k_i < observed) + ½·P(Σ ε_i k_i = observed) for fair signs ε, by convolution over the integer sums. */
function exactLowerTail(steps, observed) {
    let total = 0;
    for (const k of steps)
        total += k;
    // dist[s + total] = P(partial sum = s)
    let dist = new Float64Array(2 * total + 1);
    let next = new Float64Array(2 * total + 1);
    dist[total] = 1;
    let reach = 0;
    for (const k of steps) {
        next.fill(0, total - reach - k, total + reach + k + 1);
        for (let s = total - reach; s <= total + reach; s++) {
            const p = dist[s];
            if (p === 0)
                continue;
            next[s - k] = next[s - k] + 0.5 * p;
            next[s + k] = next[s + k] + 0.5 * p;
        }
        reach += k;
        [dist, next] = [next, dist];
    }
    let p = 0;
    for (let s = -total; s < Math.min(total + 1, observed); s++)
        p += dist[s + total];
    if (observed >= -total && observed <= total)
        p += 0.5 * dist[observed + total];
    return Math.min(1, p);
}
/** P(B < k) + ½·P(B = k) for B ~ Binomial(n, ½): the mid-p of k positive signs of n, summed in log space. */
function binomialMidP(n, k) {
    // log C(n, j) − n·log 2, term by term from j = 0.
    const log2n = n * Math.LN2;
    let logTerm = -log2n;
    let below = 0;
    // Terms grow and shrink smoothly: scale by the largest one met so far to stay in range.
    let scale = logTerm;
    for (let j = 0; j < k; j++) {
        if (logTerm > scale) {
            below *= Math.exp(scale - logTerm);
            scale = logTerm;
        }
        below += Math.exp(logTerm - scale);
        logTerm += Math.log((n - j) / (j + 1));
    }
    // logTerm is now log P(B = k).
    const at = Math.exp(logTerm);
    return Math.min(1, below * Math.exp(scale) + at / 2);
}

;// CONCATENATED MODULE: ./build/stats/ratio.js
// A ratio of two ratios of sums over paired cases, (Σa/Σb) / (Σc/Σd) — quality per dollar of
// the candidate against the baseline, or (with b = d = 1) the cost ratio — on the log scale,
// by the delete-one-case jackknife: pseudo-values P_i = n·L − (n − 1)·L₋ᵢ of the log ratio L.
// Their mean removes the O(1/n) bias a ratio estimator has at small n and their spread is the
// standard error, with the pairing and every repeat of a case kept (a case is left out whole).
// Bounds use Student's t with n − 1 df. O(n) from the totals.

/** Per case the four additive parts: candidate numerator, candidate denominator, baseline numerator, baseline denominator. */
function logRatioOfRatios(rows) {
    const n = rows.length;
    const t = [0, 0, 0, 0];
    for (const r of rows)
        for (let j = 0; j < 4; j++)
            t[j] += r[j];
    const logOf = (a, b, c, d) => Math.log(a) - Math.log(b) - Math.log(c) + Math.log(d);
    const L = logOf(t[0], t[1], t[2], t[3]);
    if (!Number.isFinite(L) || n < 2)
        return { log: L, corrected: L, se: Number.POSITIVE_INFINITY, n };
    let sum = 0;
    let sumSq = 0;
    for (const r of rows) {
        const li = logOf(t[0] - r[0], t[1] - r[1], t[2] - r[2], t[3] - r[3]);
        if (!Number.isFinite(li))
            return { log: L, corrected: L, se: Number.POSITIVE_INFINITY, n };
        const p = n * L - (n - 1) * li;
        sum += p;
        sumSq += p * p;
    }
    const mean = sum / n;
    const variance = Math.max(0, (sumSq - n * mean * mean) / (n - 1));
    return { log: L, corrected: mean, se: Math.sqrt(variance / n), n };
}
/** One-sided bound of the log ratio at confidence 1 − alpha. */
function logRatioBound(e, alpha, side) {
    if (!Number.isFinite(e.se) || e.n < 2)
        return side === 'lower' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    const q = studentQuantile(1 - alpha, e.n - 1);
    return side === 'lower' ? e.corrected - q * e.se : e.corrected + q * e.se;
}
/**
 * The same ratio on the plain scale, for when a side's numerator is 0 (a candidate that
 * scored nothing has quality per dollar −100%, whose log is −∞): the jackknife of R itself.
 */
function ratioOfRatios(rows) {
    const n = rows.length;
    const t = [0, 0, 0, 0];
    for (const r of rows)
        for (let j = 0; j < 4; j++)
            t[j] += r[j];
    const ratioOf = (a, b, c, d) => (a / b) / (c / d);
    const R = ratioOf(t[0], t[1], t[2], t[3]);
    if (!Number.isFinite(R) || n < 2)
        return { ratio: R, se: Number.POSITIVE_INFINITY, n };
    let sum = 0;
    let sumSq = 0;
    for (const r of rows) {
        const ri = ratioOf(t[0] - r[0], t[1] - r[1], t[2] - r[2], t[3] - r[3]);
        if (!Number.isFinite(ri))
            return { ratio: R, se: Number.POSITIVE_INFINITY, n };
        const p = n * R - (n - 1) * ri;
        sum += p;
        sumSq += p * p;
    }
    const mean = sum / n;
    return { ratio: R, se: Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)) / n), n };
}

;// CONCATENATED MODULE: ./build/stats/proportions.js
// A difference of two error rates, each errors / calls over clusters of calls (a case's
// repeats), by Newcombe's hybrid score interval: Wilson bounds for each rate, combined as
//   lower = Δ̂ − √((p̂₁ − l₁)² + (u₀ − p̂₀)²),   upper = Δ̂ + √((u₁ − p̂₁)² + (p̂₀ − l₀)²)
// (1 = candidate, 0 = baseline). Wilson bounds never collapse on zero counts: 0 errors in 60
// calls still leave an upper bound of z²/(60 + z²), 6.0% at 95%, so "no errors seen" cannot
// pass a 2-point limit on 60 calls. Calls of one case are not independent, so each rate uses
// an effective number of calls, calls / design effect, with the design effect (≥ 1) from the
// spread of per-case error counts (a ratio estimator's variance against the binomial one).
// The pairing is ignored, which errs on the wide side when the two models fail on the same
// cases.

function rateSummary(c) {
    let e = 0;
    let m = 0;
    for (let i = 0; i < c.calls.length; i++) {
        e += c.errors[i];
        m += c.calls[i];
    }
    if (m === 0)
        return { rate: 0, effectiveCalls: 0, calls: 0 };
    const p = e / m;
    const clusters = c.calls.filter((x) => x > 0).length;
    let deff = 1;
    if (p > 0 && p < 1 && clusters > 1) {
        let ss = 0;
        for (let i = 0; i < c.calls.length; i++)
            ss += (c.errors[i] - p * c.calls[i]) ** 2;
        const clusterVar = (clusters / (clusters - 1)) * (ss / (m * m));
        deff = Math.max(1, clusterVar / ((p * (1 - p)) / m));
    }
    return { rate: p, effectiveCalls: m / deff, calls: m };
}
/** Wilson score bounds at z for x/n (n may be fractional); [0, 1] for n = 0. */
function wilson(p, n, z) {
    if (!(n > 0))
        return [0, 1];
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
/** One-sided Newcombe bound of candidate − baseline at confidence 1 − alpha. */
function rateDifferenceBound(baseline, candidate, alpha, side) {
    const z = normalQuantile(1 - alpha);
    const [l0, u0] = wilson(baseline.rate, baseline.effectiveCalls, z);
    const [l1, u1] = wilson(candidate.rate, candidate.effectiveCalls, z);
    const d = candidate.rate - baseline.rate;
    if (side === 'lower')
        return d - Math.sqrt((candidate.rate - l1) ** 2 + (u0 - baseline.rate) ** 2);
    return d + Math.sqrt((u1 - candidate.rate) ** 2 + (baseline.rate - l0) ** 2);
}
/** Binomial standard error of the difference (planning), each rate at least `floorRate`. */
function rateDifferenceSe(baseline, candidate) {
    const v = (r) => (r.effectiveCalls > 0 ? (r.rate * (1 - r.rate)) / r.effectiveCalls : 0);
    return Math.sqrt(v(baseline) + v(candidate));
}

// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
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
// - ttft p50/p95/p99 (streamed calls only): type-7 quantiles of dispatch → first content
//   delta over the answered calls that streamed, on the latency clock.
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
/** A call's time to first token, when it was answered and streamed. */
function answerTtft(r) {
    return r.error === undefined && typeof r.ttftMs === 'number' ? r.ttftMs : null;
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
/**
 * Time to first token over the answered calls that streamed (type-7 p50/p95/p99), and how
 * many calls that is; undefined when none streamed, so a model that does not stream shows no
 * figure rather than zeros.
 */
function ttftOf(records) {
    const values = records.flatMap((r) => {
        const ttft = answerTtft(r);
        return ttft === null ? [] : [ttft];
    });
    if (values.length === 0)
        return undefined;
    const [p50, p95, p99] = quantiles(values, [0.5, 0.95, 0.99]);
    return { p50, p95, p99, calls: values.length };
}
function modelMetrics(opts) {
    const { records, paired } = opts;
    const calls = records.length;
    const count = (kind) => records.filter((r) => r.error?.kind === kind).length;
    const timeouts = count('timeout');
    const requestErrors = count('request');
    const costUsd = (0,summary/* sumBy */.xu)(records, (r) => r.costUsd);
    const casesCalled = new Set(records.map((r) => r.caseId)).size;
    const ttft = ttftOf(records);
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
        ...(ttft ? { ttftMs: ttft } : {}),
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
// The evidence behind every gated change: a test per metric, from the paired cases, valid at
// its own level on the data it has (discrete scores and small n included). No resampling, so
// no Monte Carlo error: the same data give the same verdict whatever the seed (the seed only
// drives the sign-flip test of continuous scores, whose p-value is exact in expectation).
//   quality           100 × mean(cand − base case score)         score test on the paired
//                     differences (Tango's for 0/1 scores); "worse at all": exact sign-flip test
//   qualityPerDollar  qpd(cand) / qpd(base) − 1                   jackknife over cases, log scale, t
//   cost              Σ cand cost / Σ base cost − 1 (all records) jackknife over cases, log scale, t
//   p95Latency        type-7 p95 over answered calls, cand / base − 1   linearisation (Woodruff)
//                     standard error over cases, log scale, t
//   ttftP95           the same over the time to first token of answered streamed calls
//   errorRate         (timeouts + request errors) / calls, cand − base  Newcombe hybrid score
//                     interval with a design effect for calls clustered in cases
// A case is the unit everywhere: its baseline and candidate results and all its repeats stay
// together, so the pairing and the correlation between repeats are kept.



const INTERVAL_METRICS = ['quality', 'qualityPerDollar', 'cost', 'p95Latency', 'ttftP95', 'errorRate'];
const isModelError = (r) => r.error?.kind === 'timeout' || r.error?.kind === 'request';
/** The latencies of a case with none on either side (most cases' times to first token): one shared, never written. */
const NO_TIMES = Object.freeze({ baseline: Object.freeze([]), candidate: Object.freeze([]) });
function caseData(opts) {
    const repeats = Math.max(1, opts.repeats);
    const both = opts.graded.filter((g) => g.baseline.score !== null && g.candidate.score !== null);
    const score = (side) => both.map((g) => g[side].score);
    const paired = {
        d: both.map((g) => g.candidate.score - g.baseline.score),
        score: { baseline: score('baseline'), candidate: score('candidate') },
        costPerRepeat: { baseline: both.map((g) => g.baseline.costUsd / repeats), candidate: both.map((g) => g.candidate.costUsd / repeats) },
    };
    const order = new Map();
    opts.graded.forEach((g) => order.set(g.case.id, order.size));
    const extra = [...new Set([...opts.records.baseline, ...opts.records.candidate].map((r) => r.caseId))].filter((id) => !order.has(id)).sort();
    for (const id of extra)
        order.set(id, order.size);
    const n = order.size;
    const column = () => ({ baseline: new Array(n).fill(0), candidate: new Array(n).fill(0) });
    const calls = column();
    const errors = column();
    const cost = column();
    // Each case's lists are made at their final length (counted first): a list grown by push
    // keeps room for 16 numbers.
    const answered = column();
    const streamed = column();
    for (const side of types/* SIDES */.BV) {
        for (const r of opts.records[side]) {
            const at = order.get(r.caseId);
            if (answerLatency(r) !== null)
                answered[side][at]++;
            if (answerTtft(r) !== null)
                streamed[side][at]++;
        }
    }
    const lists = (counts, i) => counts.baseline[i] === 0 && counts.candidate[i] === 0 ? NO_TIMES : { baseline: new Array(counts.baseline[i]), candidate: new Array(counts.candidate[i]) };
    const latencies = Array.from({ length: n }, (_, i) => lists(answered, i));
    const ttfts = Array.from({ length: n }, (_, i) => lists(streamed, i));
    const filled = { latencies: column(), ttfts: column() };
    for (const side of types/* SIDES */.BV) {
        for (const r of opts.records[side]) {
            const at = order.get(r.caseId);
            calls[side][at]++;
            cost[side][at] += r.costUsd;
            if (isModelError(r))
                errors[side][at]++;
            const latency = answerLatency(r);
            if (latency !== null)
                latencies[at][side][filled.latencies[side][at]++] = latency;
            const ttft = answerTtft(r);
            if (ttft !== null)
                ttfts[at][side][filled.ttfts[side][at]++] = ttft;
        }
    }
    // Cases without a record on either side are left out.
    const kept = [];
    for (let i = 0; i < n; i++)
        if (calls.baseline[i] + calls.candidate[i] > 0)
            kept.push(i);
    const pick = (xs) => (kept.length === n ? xs : kept.map((i) => xs[i]));
    const pickSides = (c) => ({ baseline: pick(c.baseline), candidate: pick(c.candidate) });
    return {
        paired,
        all: { cases: kept.length, calls: pickSides(calls), errors: pickSides(errors), cost: pickSides(cost), latencies: pick(latencies), ttfts: pick(ttfts) },
    };
}
const flip = (side) => (side === 'lower' ? 'upper' : 'lower');
function qualityTest(data, settings) {
    const d = data.paired.d;
    const sample = pairedMeanSample(d);
    return {
        change: 100 * sample.mean,
        bound: (alpha, side) => 100 * pairedMeanBound(sample, alpha, side),
        pWorse: (worse) => signFlipPValue(worse === 'lower' ? d : d.map((x) => -x), { seed: settings.seed, draws: settings.resamples }),
        planningSe: (at) => 100 * pairedMeanSe(sample, at / 100),
        cases: sample.n,
    };
}
function logRatioTest(e, rows) {
    if (e.log === Number.NEGATIVE_INFINITY) {
        const r = ratioOfRatios(rows);
        const q = (alpha) => (r.n < 2 ? Number.POSITIVE_INFINITY : studentQuantile(1 - alpha, r.n - 1));
        return {
            change: r.ratio - 1,
            bound: (alpha, side) => Math.max(-1, r.ratio - 1 + (side === 'lower' ? -1 : 1) * q(alpha) * r.se),
            pWorse: () => Number.NaN,
            planningSe: () => r.se,
            cases: r.n,
        };
    }
    return {
        change: Number.isFinite(e.log) ? Math.expm1(e.log) : 0,
        bound: (alpha, side) => Math.expm1(logRatioBound(e, alpha, side)),
        pWorse: () => Number.NaN,
        planningSe: (at) => e.se * (1 + at),
        cases: e.n,
    };
}
function p95Test(perCase, minTail) {
    const e = quantileRatio(perCase, 0.95, minTail);
    return {
        change: Math.expm1(e.log),
        bound: (alpha, side) => Math.expm1(quantileRatioBound(e, alpha, side)),
        pWorse: () => Number.NaN,
        planningSe: (at) => e.se * (1 + at),
        cases: e.n,
    };
}
function errorRateTest(data) {
    const summary = (side) => rateSummary({ errors: data.all.errors[side], calls: data.all.calls[side] });
    const b = summary('baseline');
    const c = summary('candidate');
    return {
        change: c.rate - b.rate,
        bound: (alpha, side) => rateDifferenceBound(b, c, alpha, side),
        pWorse: () => Number.NaN,
        // At least the binomial SE of a candidate at `at` above the baseline: a run with no errors
        // would otherwise claim to see any rise.
        planningSe: (at) => Math.max(rateDifferenceSe(b, c), rateDifferenceSe(b, { ...c, rate: Math.min(1, Math.max(0, b.rate + at)) })),
        cases: data.all.cases,
    };
}
/** The test of every change. */
function changeTests(data, settings) {
    const { score, costPerRepeat } = data.paired;
    const qpdRows = data.paired.d.map((_, i) => [score.candidate[i], costPerRepeat.candidate[i], score.baseline[i], costPerRepeat.baseline[i]]);
    const { cost } = data.all;
    const costRows = cost.baseline.map((_, i) => [cost.candidate[i], 1, cost.baseline[i], 1]);
    return {
        quality: qualityTest(data, settings),
        qualityPerDollar: logRatioTest(logRatioOfRatios(qpdRows), qpdRows),
        cost: logRatioTest(logRatioOfRatios(costRows), costRows),
        p95Latency: p95Test(data.all.latencies, settings.latencyTail),
        ttftP95: p95Test(data.all.ttfts, settings.latencyTail),
        errorRate: errorRateTest(data),
    };
}
/** A test's p-value for "worse at all" when it has no exact one: the level at which its bound reaches 0. */
function worseAtAll(test, worse, alpha) {
    const p = test.pWorse(worse);
    if (!Number.isNaN(p))
        return p <= alpha;
    const b = test.bound(alpha, flip(worse));
    return worse === 'upper' ? b > 1e-12 : b < -1e-12;
}
/** A bound the JSON report can hold: no data on a side leaves it unbounded, shown as −100% or +9,900%. */
const finite = (x, at) => (Number.isFinite(x) ? x : x > at ? Math.max(99, at) : Math.min(-1, at));
/** Intervals and standard errors of every change, at the reported confidence. */
function spreadsOf(tests, confidence) {
    const tail = (1 - confidence) / 2;
    const spreads = {};
    for (const m of INTERVAL_METRICS) {
        const test = tests[m];
        const lo = finite(test.bound(tail, 'lower'), test.change);
        const hi = finite(test.bound(tail, 'upper'), test.change);
        spreads[m] = { interval: [lo, hi], se: test.planningSe(test.change), test };
    }
    return spreads;
}

;// CONCATENATED MODULE: ./build/compare/decide.js
// A check's three outcomes, from its change test and threshold (pure data in, a status out).
// Write r for the regression (the change toward worse: −change for quality and quality per
// dollar, +change for p95 latency and the error rate) and t > 0 for the threshold.
//   fail          r > t at one-sided level failThresholdAlpha (the bound toward better lies past
//                 the threshold, not merely past 0) AND r > 0 at level zeroAlpha (a regression
//                 at all, by the metric's own test: mid-p sign flips for quality).
//                 P(fail) ≤ failThresholdAlpha when the true change sits exactly at the
//                 threshold, and ≤ zeroAlpha when the candidate is no worse (for the gate's four
//                 checks, ≤ the sum of their levels by Bonferroni: 1% with FAIL_ALPHA).
//   pass          r < t at one-sided level thresholdAlpha (non-inferiority: the bound toward
//                 worse lies inside the threshold). P(pass) ≤ thresholdAlpha at the threshold.
//   inconclusive  anything else; and always below MIN_CASES paired cases.
// The levels are parameters, so that a sequential look can ask "is every check decided on
// the data so far?" with its own spent alpha at each look.
// A bound exactly at the threshold is not past it (within 1e-9), so float noise cannot
// decide a run.


const EPSILON = 1e-9;
/** Below this many paired cases no check passes or fails: the report says "too few cases". */
const MIN_CASES = 10;
/** Plans go no further than this multiple of the eval set: beyond it the report says so. */
const PLAN_LIMIT = 10;
/** Whether a larger change is worse (latency, errors) or a smaller one (quality). */
const WORSE_IS_HIGHER = {
    quality: false,
    qualityPerDollar: false,
    p95Latency: true,
    ttftP95: true,
    errorRate: true,
};
/**
 * The "worse at all" levels, a weighted Bonferroni split of 1% for the gate: a model no worse
 * than the baseline fails any of the checks at most 1% of the time. Quality, the check that
 * matters most and needs the most power per case, gets 0.6%; quality per dollar 0.2%, p95
 * latency 0.12%, the error rate 0.08%. Latency's 0.12% is one share: when time to first token
 * is gated too, its 0.04% comes out of p95 latency's (latencyShare).
 */
const FAIL_ALPHA = { quality: 0.006, qualityPerDollar: 0.002, p95Latency: 0.0012, ttftP95: 0.0004, errorRate: 0.0008 };
/**
 * The levels of the checks this run gates: with ttftP95 on, p95 latency keeps its level less
 * TTFT's, so the two latency checks together spend what p95 latency alone would.
 */
function latencyShare(alpha, ttftGated) {
    if (!ttftGated)
        return { ...alpha };
    const ttft = Math.min(alpha.ttftP95, alpha.p95Latency / 2);
    return { ...alpha, p95Latency: alpha.p95Latency - ttft, ttftP95: ttft };
}
/**
 * The fail test's level against the threshold: 3%, where the pass test has 2.5%. A green
 * check lets a model merge unread, so a pass needs the stricter bound; a red one is read
 * and argued with, and a fail also needs the "worse at all" test at FAIL_ALPHA, which keeps
 * an unchanged model's fail rate at 1% whatever this level. At 2.5% the fail rule caught a
 * 10-point drop on 200 0/1 cases only 89% of the time. At 4% a change exactly at the
 * threshold failed up to 5.7% of runs in places (a mid-p test and an approximate p95
 * interval run a little hot); 3% keeps every such row under 5% (BENCHMARKS.md).
 */
const FAIL_THRESHOLD_ALPHA = 0.03;
function isPastThreshold(metric, change, threshold) {
    return WORSE_IS_HIGHER[metric] ? change > threshold + EPSILON : change < threshold - EPSILON;
}
/** A value's distance from zero toward worse: positive when it is a regression. */
function towardWorse(metric, value) {
    return WORSE_IS_HIGHER[metric] ? value : -value;
}
/** The interval end on the worse side (upper for latency/errors, lower for quality). */
function worseEnd(metric, interval) {
    return WORSE_IS_HIGHER[metric] ? interval[1] : interval[0];
}
/** The interval end on the better side. */
function betterEnd(metric, interval) {
    return WORSE_IS_HIGHER[metric] ? interval[0] : interval[1];
}
const worseSide = (metric) => (WORSE_IS_HIGHER[metric] ? 'upper' : 'lower');
const betterSide = (metric) => (WORSE_IS_HIGHER[metric] ? 'lower' : 'upper');
function decideCheck(e, levels) {
    if (e.pairedCases < MIN_CASES)
        return 'inconclusive';
    const better = e.test.bound(levels.failThresholdAlpha, betterSide(e.metric));
    if (isPastThreshold(e.metric, better, e.threshold) && worseAtAll(e.test, worseSide(e.metric), levels.zeroAlpha[e.metric]))
        return 'fail';
    const worse = e.test.bound(levels.thresholdAlpha, worseSide(e.metric));
    if (!isPastThreshold(e.metric, worse, e.threshold) && Number.isFinite(worse))
        return 'pass';
    return 'inconclusive';
}
/** The planning standard error: the larger of the one at the estimate and the one at the threshold. */
function planningSe(e) {
    const se = Math.max(e.test.planningSe(e.test.change), e.test.planningSe(e.threshold));
    return Number.isFinite(se) ? se : Number.POSITIVE_INFINITY;
}
function checkPower(e, status, levels) {
    const sign = WORSE_IS_HIGHER[e.metric] ? 1 : -1;
    const t = Math.abs(e.threshold);
    const se = planningSe(e);
    const plan = { thresholdAlpha: levels.thresholdAlpha, failThresholdAlpha: levels.failThresholdAlpha, zeroAlpha: levels.zeroAlpha[e.metric], power: PLANNING_POWER };
    const mde = Number.isFinite(se) ? sign * minimumDetectableEffect({ threshold: t, se, ...plan }) : sign * Number.MAX_SAFE_INTEGER;
    if (status !== 'inconclusive')
        return { mde };
    const cases = Math.max(1, e.test.cases);
    const needed = Number.isFinite(se)
        ? casesToDecide({ regression: towardWorse(e.metric, e.test.change), threshold: t, sigma: se * Math.sqrt(cases), ...plan })
        : null;
    const total = Math.max(needed ?? 0, MIN_CASES, cases + 1);
    if (needed === null && e.pairedCases >= MIN_CASES)
        return { mde };
    if (total > PLAN_LIMIT * cases)
        return { mde, casesToDecideAtLeast: PLAN_LIMIT * cases };
    return { mde, casesToDecide: total - Math.min(cases, e.pairedCases) };
}

;// CONCATENATED MODULE: ./build/compare/checks.js
// One check per enabled threshold. config.thresholds are stored positive (the
// regression tolerated); the sign is added here so that every check reads the same:
// `change` and `threshold` in the same units, threshold on the worse side of zero.
//   quality           change = cand − base (points)    threshold = −t   worse = lower
//   qualityPerDollar  change = cand/base − 1           threshold = −t   worse = lower
//   p95Latency        change = cand/base − 1           threshold = +t   worse = higher
//   ttftP95           change = cand/base − 1           threshold = +t   worse = higher
//   errorRate         change = cand − base (fraction)  threshold = +t   worse = higher
// A change exactly at the threshold is not past it (within 1e-9, so float noise cannot
// fail a run). Relative changes follow relativeChange() (change.ts): never NaN, never ∞.
// The status comes from the change's test (decide.ts), and each check carries its power
// figures, so a reader knows what this many cases could have seen.



/** The order checks appear in, in the report and the table. */
const CHECK_ORDER = ['quality', 'qualityPerDollar', 'p95Latency', 'ttftP95', 'errorRate'];
function checkPoints(opts) {
    const { thresholds: t, models } = opts;
    const b = models.baseline;
    const c = models.candidate;
    const points = [];
    for (const metric of CHECK_ORDER) {
        const tolerated = t[metric];
        if (tolerated === false || tolerated === undefined)
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
            case 'ttftP95': {
                const base = b.ttftMs?.p95 ?? 0;
                const cand = c.ttftMs?.p95 ?? 0;
                point(base, cand, relativeChange(base, cand));
                break;
            }
            case 'errorRate':
                point(b.errorRate, c.errorRate, c.errorRate - b.errorRate);
                break;
        }
    }
    return points;
}
function buildChecks(opts) {
    return opts.points.map((p) => {
        const spread = opts.spreads[p.metric];
        const evidence = { metric: p.metric, threshold: p.threshold, test: spread.test, pairedCases: opts.pairedCases };
        const unmeasured = opts.unmeasured?.[p.metric];
        const status = unmeasured !== undefined ? 'inconclusive' : decideCheck(evidence, opts.levels);
        const power = checkPower(evidence, status, opts.levels);
        const plan = unmeasured !== undefined ? {} : power.casesToDecide !== undefined ? { casesToDecide: power.casesToDecide } : power.casesToDecideAtLeast !== undefined ? { casesToDecideAtLeast: power.casesToDecideAtLeast } : {};
        return {
            metric: p.metric,
            baseline: p.baseline,
            candidate: p.candidate,
            change: p.change,
            threshold: p.threshold,
            status,
            interval: [spread.interval[0], spread.interval[1]],
            mde: power.mde,
            ...plan,
            ...(unmeasured === undefined ? {} : { unmeasured }),
        };
    });
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
    const sides = types/* SIDES */.BV.filter((s) => input.health[s].usageMissing > 0).map((side) => ({
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

;// CONCATENATED MODULE: ./build/compare/ranking.js
function entry(role, comparison, side) {
    const m = comparison.models[side];
    // The baseline is the reference every check is measured against: it holds by definition.
    const notHeld = role === 'baseline'
        ? []
        : comparison.checks.filter((c) => c.status !== 'pass').map((c) => ({ metric: c.metric, status: c.status }));
    return {
        model: m.model,
        role,
        quality: m.quality,
        costUsd: m.costUsd,
        qualityPerDollar: m.usageMissing > 0 || !(m.costUsd > 0) ? null : m.qualityPerDollar,
        p95LatencyMs: m.calls - m.errors > 0 ? m.latencyMs.p95 : null,
        holds: notHeld.length === 0,
        notHeld,
    };
}
/** Holding models first, cheapest first; then the rest, cheapest first; ties by quality, then id. */
function rankModels(main, alternatives) {
    const entries = [entry('baseline', main, 'baseline'), entry('candidate', main, 'candidate'), ...alternatives.map((a) => entry('alternative', a.comparison, 'candidate'))];
    return entries.sort((a, b) => Number(b.holds) - Number(a.holds) || a.costUsd - b.costUsd || b.quality - a.quality || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}

;// CONCATENATED MODULE: ./build/compare/routing.js
// Routing advice from the paired per-case results, with no extra call: which model should
// serve which slice of the traffic (a tag, or an eval file) so that quality per dollar is
// best while quality stays within the quality threshold of sending everything to the
// candidate. The choice is made on the same cases it is scored on, so its point estimate is
// optimistic; the intervals come from a bootstrap of the whole procedure: each resample
// chooses again, and its choice is scored on the cases that resample left out.

/** A slice with fewer paired cases stays on the candidate: too few to tell models apart. */
const MIN_SLICE_CASES = 10;
const ROUTING_RESAMPLES = 200;
const ROUTING_CONFIDENCE = 0.95;
/** Above this many assignments the search goes slice by slice instead of trying them all. */
const EXHAUSTIVE_LIMIT = 4096;
/** Where cases without a tag go when routing by tag. */
const UNTAGGED = '(untagged)';
function table(input) {
    const cases = [];
    input.cases.forEach((_, i) => {
        if (input.models.every((m) => m.sides[i]?.score !== null && m.sides[i] !== undefined))
            cases.push(i);
    });
    return {
        cases,
        score: input.models.map((m) => cases.map((i) => m.sides[i].score)),
        cost: input.models.map((m) => cases.map((i) => m.sides[i].costUsd)),
    };
}
function slicesBy(by, input, t) {
    const names = [];
    const index = new Map();
    const of = t.cases.map((i) => {
        const c = input.cases[i];
        const name = by === 'tag' ? (c.tags[0] ?? UNTAGGED) : c.source.file;
        let k = index.get(name);
        if (k === undefined) {
            k = names.length;
            index.set(name, k);
            names.push(name);
        }
        return k;
    });
    return { names, of };
}
/** Per slice and model: Σ score, Σ cost, and the case count, over the cases drawn (`weights[j]` times case j). */
function sums(t, slices, weights) {
    const k = slices.names.length;
    const m = t.score.length;
    const cases = t.cases.length;
    // Flat accumulators (slice × model) in the hot loop; nested arrays only for the result.
    const q = new Float64Array(k * m);
    const c = new Float64Array(k * m);
    const n = new Float64Array(k);
    const of = slices.of;
    let total = 0;
    for (let j = 0; j < cases; j++) {
        const w = weights[j];
        if (w === 0)
            continue;
        const s = of[j];
        n[s] += w;
        total += w;
        const base = s * m;
        for (let model = 0; model < m; model++) {
            q[base + model] += w * t.score[model][j];
            c[base + model] += w * t.cost[model][j];
        }
    }
    const rows = (flat) => Array.from({ length: k }, (_, s) => Array.from(flat.subarray(s * m, s * m + m)));
    return { q: rows(q), c: rows(c), n: Array.from(n), total };
}
function evaluate(assignment, s) {
    let q = 0;
    let c = 0;
    assignment.forEach((model, slice) => {
        q += s.q[slice][model];
        c += s.c[slice][model];
    });
    return { quality: s.total > 0 ? (100 * q) / s.total : 0, cost: c };
}
/** Quality per dollar, with a free routing above any priced one and ties broken toward quality. */
function better(a, b) {
    const ra = a.cost > 0 ? a.quality / a.cost : Number.POSITIVE_INFINITY;
    const rb = b.cost > 0 ? b.quality / b.cost : Number.POSITIVE_INFINITY;
    if (ra !== rb)
        return ra > rb;
    return a.quality > b.quality;
}
/** The best assignment of models to the decided slices; undecided slices stay on the candidate (model 0). */
function choose(s, decided, models, tolerance) {
    const k = decided.length;
    const start = new Array(k).fill(0);
    const floor = evaluate(start, s).quality - tolerance;
    const open = decided.map((d, i) => (d && s.n[i] > 0 ? i : -1)).filter((i) => i >= 0);
    let best = { assignment: start, ...evaluate(start, s) };
    const consider = (assignment) => {
        const e = evaluate(assignment, s);
        if (e.quality + 1e-9 >= floor && better(e, best))
            best = { assignment: [...assignment], ...e };
    };
    if (models ** open.length <= EXHAUSTIVE_LIMIT) {
        const current = [...start];
        const walk = (at) => {
            if (at === open.length)
                return consider(current);
            for (let model = 0; model < models; model++) {
                current[open[at]] = model;
                walk(at + 1);
            }
            current[open[at]] = 0;
        };
        walk(0);
        return best;
    }
    // Too many to try: improve one slice at a time until no single change helps. A trial
    // changes one slice, so its totals follow from the current ones in O(1): an eval set with
    // thousands of tags costs passes × slices × models, never that times the slices again.
    const assignment = [...best.assignment];
    let q = 0;
    let c = 0;
    assignment.forEach((model, slice) => {
        q += s.q[slice][model];
        c += s.c[slice][model];
    });
    const quality = (sum) => (s.total > 0 ? (100 * sum) / s.total : 0);
    for (let pass = 0; pass < 20; pass++) {
        let changed = false;
        for (const slice of open) {
            const from = assignment[slice];
            let pick = from;
            let pickTotals = { quality: quality(q), cost: c };
            for (let model = 0; model < models; model++) {
                if (model === from)
                    continue;
                const trial = { quality: quality(q - s.q[slice][from] + s.q[slice][model]), cost: c - s.c[slice][from] + s.c[slice][model] };
                if (trial.quality + 1e-9 >= floor && better(trial, pickTotals)) {
                    pick = model;
                    pickTotals = trial;
                }
            }
            if (pick !== from) {
                q += s.q[slice][pick] - s.q[slice][from];
                c += s.c[slice][pick] - s.c[slice][from];
                assignment[slice] = pick;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    const found = { quality: quality(q), cost: c };
    return found.quality + 1e-9 >= floor && better(found, best) ? { assignment, ...found } : best;
}
function percentile(values, p) {
    return values.length === 0 ? Number.NaN : quantile(values, p);
}
function adviseBy(by, input, t) {
    const slices = slicesBy(by, input, t);
    if (slices.names.length === 0)
        return undefined;
    const all = new Array(t.cases.length).fill(1);
    const full = sums(t, slices, all);
    const decided = full.n.map((n) => n >= MIN_SLICE_CASES);
    // One slice to route is one model for everything: the ranking says that, not a routing.
    if (decided.filter(Boolean).length < 2)
        return undefined;
    const models = input.models.length;
    const chosen = choose(full, decided, models, input.qualityTolerance);
    const candidate = evaluate(new Array(slices.names.length).fill(0), full);
    // The whole procedure again on each resample, scored on the cases it left out.
    const rng = (0,stats_rng/* xoshiro128ss */._k)(input.seed ^ (by === 'tag' ? 0x5eed7a9 : 0x5eedf11));
    // Each resample sums every case for every model twice: on a very large set with many
    // models, fewer resamples (never under 50) keep the whole bootstrap near 10⁸ steps.
    const resamples = input.resamples ?? Math.max(50, Math.min(ROUTING_RESAMPLES, Math.floor(1e8 / (2 * t.cases.length * models))));
    const qualityChanges = [];
    const costChanges = [];
    const weights = new Uint32Array(t.cases.length);
    const outOfBag = new Uint32Array(t.cases.length);
    for (let b = 0; b < resamples; b++) {
        weights.fill(0);
        for (let j = 0; j < t.cases.length; j++)
            weights[(0,stats_rng/* nextIndex */.Yp)(rng, t.cases.length)]++;
        for (let j = 0; j < t.cases.length; j++)
            outOfBag[j] = weights[j] === 0 ? 1 : 0;
        const drawn = sums(t, slices, weights);
        const choice = choose(drawn, drawn.n.map((n) => n >= MIN_SLICE_CASES), models, input.qualityTolerance);
        const left = sums(t, slices, outOfBag);
        if (left.total === 0)
            continue;
        const routed = evaluate(choice.assignment, left);
        const base = evaluate(new Array(slices.names.length).fill(0), left);
        qualityChanges.push(routed.quality - base.quality);
        if (base.cost > 0)
            costChanges.push(routed.cost / base.cost - 1);
    }
    const alpha = (1 - ROUTING_CONFIDENCE) / 2;
    const sliceRows = slices.names.map((name, i) => ({ slice: name, cases: full.n[i], model: input.models[chosen.assignment[i]].model }));
    const order = [...sliceRows.keys()].sort((a, b) => (slices.names[a] < slices.names[b] ? -1 : slices.names[a] > slices.names[b] ? 1 : 0));
    return {
        by,
        assignments: Object.fromEntries(order.map((i) => [sliceRows[i].slice, sliceRows[i].model])),
        slices: order.map((i) => sliceRows[i]),
        quality: chosen.quality,
        qualityChange: chosen.quality - candidate.quality,
        costChange: candidate.cost > 0 ? chosen.cost / candidate.cost - 1 : 0,
        intervals: {
            qualityChange: [percentile(qualityChanges, alpha), percentile(qualityChanges, 1 - alpha)],
            costChange: [percentile(costChanges, alpha), percentile(costChanges, 1 - alpha)],
            confidence: ROUTING_CONFIDENCE,
            resamples: qualityChanges.length,
        },
        undecided: order.filter((i) => !decided[i]).map((i) => slices.names[i]),
        minCases: MIN_SLICE_CASES,
        objective: chosen.cost > 0 ? chosen.quality / chosen.cost : Number.POSITIVE_INFINITY,
    };
}
/**
 * The better of routing by tag (a case goes with its first tag) and by eval file, by
 * quality per dollar on these cases; undefined when no case was judged for every model, or
 * neither way has two slices with enough cases to route apart.
 */
function routingAdvice(input) {
    const t = table(input);
    if (t.cases.length === 0 || input.models.length < 2)
        return undefined;
    const options = ['tag', 'file'].map((by) => adviseBy(by, input, t)).filter((a) => a !== undefined);
    // A routing that moves no slice says nothing; by tag wins ties, as tags name the traffic.
    if (options.length === 0)
        return undefined;
    const moving = options.filter((o) => o.slices.some((s) => s.model !== input.models[0].model));
    const pool = moving.length > 0 ? moving : options;
    const best = pool.reduce((a, b) => (b.objective > a.objective ? b : a));
    const { objective: _objective, ...advice } = best;
    return advice;
}

;// CONCATENATED MODULE: ./build/compare/monthly.js
function monthlyCost(config, comparison, routing) {
    const traffic = config.traffic;
    if (!traffic)
        return undefined;
    const { baseline, candidate } = comparison.models;
    const perCall = (costUsd, calls) => (calls > 0 ? costUsd / calls : 0);
    const basePerCall = perCall(baseline.costUsd, baseline.calls);
    const candPerCall = perCall(candidate.costUsd, candidate.calls);
    const tagged = Object.entries(traffic.byTag ?? {});
    const taggedCalls = tagged.reduce((sum, [, n]) => sum + n, 0);
    const callsPerMonth = Math.max(traffic.callsPerMonth ?? 0, taggedCalls);
    // Each tag at its own rates (the run's records of its cases); a tag the run has no call
    // for, and any traffic beyond the tags, at the whole set's rates.
    let baseMonthly = 0;
    let changeMonthly = 0;
    const rows = new Map(comparison.tags.map((t) => [t.tag, t]));
    for (const [tag, calls] of tagged) {
        const row = rows.get(tag);
        const callsOfTag = row ? row.cases * config.run.repeats : 0;
        const b = row && callsOfTag > 0 ? row.baseline.costUsd / callsOfTag : basePerCall;
        const c = row && callsOfTag > 0 ? row.candidate.costUsd / callsOfTag : candPerCall;
        baseMonthly += calls * b;
        changeMonthly += calls * (c - b);
    }
    const rest = callsPerMonth - taggedCalls;
    baseMonthly += rest * basePerCall;
    changeMonthly += rest * (candPerCall - basePerCall);
    const [lo, hi] = comparison.statistics.cost.interval;
    const candidateMonthly = baseMonthly + changeMonthly;
    return {
        callsPerMonth,
        costChangeUsd: changeMonthly,
        costChangeInterval: [baseMonthly * lo, baseMonthly * hi],
        ...(routing
            ? {
                routingSavingUsd: -candidateMonthly * routing.costChange,
                routingSavingInterval: [-candidateMonthly * routing.intervals.costChange[1], -candidateMonthly * routing.intervals.costChange[0]],
            }
            : {}),
    };
}

;// CONCATENATED MODULE: ./build/compare/drift.js
// Token drift: how many tokens the candidate counts for the same prompts, and how many it
// writes, against the baseline. A new tokenizer counts the same text differently, so a +12%
// change in prompt tokens at the same prompts is +12% input cost from the tokenizer alone,
// before any difference in price. Definitions:
// - A call counts when it was answered with usable usage: no error, not usageMissing.
// - The common cases are the cases of the eval set with at least one such call on each side.
//   Every figure is taken over them, so both sides are measured on the same prompts.
// - A case's prompt (or output) tokens on one side: the mean of usage.prompt (or
//   usage.completion, reasoning included as billed) over its counted calls (its repeats).
// - Per model and per tag: the mean over the common cases of those per-case means. Each
//   case weighs the same on both sides: a mean over calls would let the repeats one side
//   lost shift the mix of prompts, and read as drift.
// - change = candidate / baseline − 1; null when either side is 0, which is what an
//   endpoint that does not count tokens reports (a change against it means nothing).
// Records of a case id that is not in `cases` are left out: their tags and prompts are
// unknown.


/** How many cases `largest` lists. */
const LARGEST_DRIFTS = 5;
/** candidate / baseline − 1, or null when either is 0 (or not a finite positive count). */
function tokenChange(baseline, candidate) {
    if (!(baseline > 0 && candidate > 0 && Number.isFinite(baseline) && Number.isFinite(candidate)))
        return null;
    return candidate / baseline - 1;
}
function counted(r) {
    return r.error === undefined && r.usageMissing !== true && Number.isFinite(r.usage.prompt) && Number.isFinite(r.usage.completion);
}
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function runningSums(n) {
    return { total: new Float64Array(n), compensation: new Float64Array(n) };
}
function addTo(s, i, v) {
    const total = s.total[i];
    s.compensation[i] += (0,summary/* lostAdding */.My)(total, v);
    s.total[i] = total + v;
}
function meanAt(s, i, count) {
    return (s.total[i] + s.compensation[i]) / count;
}
function sideSums(records, index) {
    const n = index.size;
    const out = { count: new Uint32Array(n), prompt: runningSums(n), completion: runningSums(n) };
    for (const r of records) {
        const i = index.get(r.caseId);
        if (i === undefined || !counted(r))
            continue;
        out.count[i]++;
        addTo(out.prompt, i, r.usage.prompt);
        addTo(out.completion, i, r.usage.completion);
    }
    return out;
}
function means(values) {
    const baseline = (0,summary/* mean */.i2)(values.map((v) => v.baseline));
    const candidate = (0,summary/* mean */.i2)(values.map((v) => v.candidate));
    if (baseline === undefined || candidate === undefined)
        return null;
    return { baseline, candidate, change: tokenChange(baseline, candidate) };
}
function sameMessages(c) {
    const b = (0,types/* messagesFor */.kP)(c, 'baseline');
    const k = (0,types/* messagesFor */.kP)(c, 'candidate');
    return b.length === k.length && b.every((m, i) => m.role === k[i]?.role && m.content === k[i]?.content);
}
function largestOf(cases) {
    return cases
        .filter((c) => c.outputChange !== null && c.outputChange !== 0)
        .sort((a, b) => Math.abs(b.outputChange) - Math.abs(a.outputChange) || byText(a.id, b.id))
        .slice(0, LARGEST_DRIFTS);
}
function tokenDrift(input) {
    const distinct = [];
    const index = new Map();
    for (const c of input.cases) {
        if (index.has(c.id))
            continue;
        index.set(c.id, distinct.length);
        distinct.push(c);
    }
    const sums = { baseline: sideSums(input.records.baseline, index), candidate: sideSums(input.records.candidate, index) };
    const byCase = [];
    // byCase[j] is the drift of driftCases[j].
    const driftCases = [];
    const counts = { baseline: 0, candidate: 0 };
    const sorted = distinct.map((_, i) => i).sort((a, b) => byText(distinct[a].id, distinct[b].id));
    for (const i of sorted) {
        const nb = sums.baseline.count[i];
        const nk = sums.candidate.count[i];
        if (nb === 0 || nk === 0)
            continue;
        counts.baseline += nb;
        counts.candidate += nk;
        const inputMeans = { baseline: meanAt(sums.baseline.prompt, i, nb), candidate: meanAt(sums.candidate.prompt, i, nk) };
        const outputMeans = { baseline: meanAt(sums.baseline.completion, i, nb), candidate: meanAt(sums.candidate.completion, i, nk) };
        const drift = {
            id: distinct[i].id,
            input: inputMeans,
            output: outputMeans,
            inputChange: tokenChange(inputMeans.baseline, inputMeans.candidate),
            outputChange: tokenChange(outputMeans.baseline, outputMeans.candidate),
        };
        byCase.push(drift);
        driftCases.push(distinct[i]);
    }
    const inputMeans = means(byCase.map((c) => c.input));
    const outputMeans = means(byCase.map((c) => c.output));
    const tagNames = [...new Set(distinct.flatMap((c) => c.tags))].sort(byText);
    const tags = tagNames.map((tag) => {
        const rows = byCase.filter((_, j) => driftCases[j].tags.includes(tag));
        return { tag, cases: rows.length, input: means(rows.map((c) => c.input)) };
    });
    return {
        cases: byCase.length,
        promptsDiffer: driftCases.filter((c) => !sameMessages(c)).length,
        calls: counts,
        input: inputMeans,
        output: outputMeans && { ...outputMeans, difference: outputMeans.candidate - outputMeans.baseline },
        tags,
        byCase,
        largest: largestOf(byCase),
    };
}

;// CONCATENATED MODULE: ./build/stats/fisher.js
// Fisher's exact test of two proportions, one-sided: is x₁/n₁ higher than x₀/n₀? Given
// the K = x₁ + x₀ events of both samples, under "same rate" the events of sample 1 follow
// the hypergeometric law of n₁ draws from N = n₁ + n₀, so
//   p = P(X ≥ x₁),   P(X = x) = C(K, x) · C(N − K, n₁ − x) / C(N, n₁).
// It is exact at any size: no normal approximation, which flatters a handful of rare events
// (a score test calls 3 of 20 against 0 of 20 significant at 5%; this test does not).
// The terms are built from the mode outwards by the ratio of neighbours, each at most 1
// relative to the mode, so nothing overflows; far tails underflow to 0, which they are
// within double precision. Linear in min(K, n₁), no factorials.
/** One-sided Fisher exact p-value that the rate of sample 1 (x1 of n1) exceeds sample 0's (x0 of n0). */
function fisherExactGreater(x1, n1, x0, n0) {
    for (const [name, v] of [['x1', x1], ['n1', n1], ['x0', x0], ['n0', n0]]) {
        if (!Number.isInteger(v) || v < 0)
            throw new RangeError(`fisherExactGreater: ${name} must be a non-negative integer, got ${v}`);
    }
    if (x1 > n1 || x0 > n0)
        throw new RangeError(`fisherExactGreater: events exceed trials (${x1} of ${n1}, ${x0} of ${n0})`);
    const k = x1 + x0;
    if (x1 === 0 || n0 === 0 || k === n1 + n0)
        return 1;
    const lo = Math.max(0, k - n0);
    const hi = Math.min(k, n1);
    // Ratio P(x + 1) / P(x).
    const up = (x) => ((k - x) * (n1 - x)) / ((x + 1) * (n0 - k + x + 1));
    const mode = Math.min(hi, Math.max(lo, Math.floor(((k + 1) * (n1 + 1)) / (n1 + n0 + 2))));
    let total = 1;
    let tail = mode >= x1 ? 1 : 0;
    let w = 1;
    for (let x = mode; x < hi; x++) {
        w *= up(x);
        if (w === 0)
            break;
        total += w;
        if (x + 1 >= x1)
            tail += w;
    }
    w = 1;
    for (let x = mode; x > lo; x--) {
        w /= up(x - 1);
        if (w === 0)
            break;
        total += w;
        if (x - 1 >= x1)
            tail += w;
    }
    return Math.min(1, tail / total);
}

;// CONCATENATED MODULE: ./build/compare/timeouts.js
// Timeouts in production: how often each model's calls would not finish within the
// production timeout, and the retry load that would follow. Definitions:
// - A call is slow when it was answered after more than timeoutMs (dispatch → parsed
//   answer of its last attempt), or when it timed out (CallError kind 'timeout': past
//   run.timeout, with no answer).
// - share = slow / calls, over the calls that were answered or timed out. Cancelled calls
//   (user, signal, budget) and infra, request and fatal errors are left out: none of them
//   ran to an answer or to the timeout, so they say nothing about how long an answer takes,
//   and counting them as fast would dilute the share with an outage or a rejected request.
// - With `retries`, a slow attempt is tried again. If each attempt is slow independently
//   with probability s, a call makes 1 + s + s² + … + s^retries attempts on average;
//   extra calls per 1,000 = 1000 × (that − 1).
// - rises: the candidate's share is above the baseline's at one-sided level RISE_ALPHA by
//   Fisher's exact test (stats/fisher.ts). Exact, because slow calls are rare and a few of
//   them decide; a normal approximation would call small-count differences real. Calls are
//   taken as independent: the repeats of one case share a prompt and tend to be slow
//   together, so with repeats the test leans toward calling a rise.


/** One-sided level of the test behind `rises`. */
const RISE_ALPHA = 0.05;
/** 1 + s + s² + … + s^retries. */
function expectedAttempts(share, retries) {
    let total = 1;
    let term = 1;
    for (let i = 0; i < retries; i++) {
        term *= share;
        total += term;
    }
    return total;
}
function isSlow(r, timeoutMs) {
    if (r.error?.kind === 'timeout')
        return true;
    if (r.error !== undefined || r.latencyMs === null || !Number.isFinite(r.latencyMs))
        return null;
    return r.latencyMs > timeoutMs;
}
function sideExposure(records, timeoutMs, retries) {
    let calls = 0;
    let slow = 0;
    for (const r of records) {
        const s = isSlow(r, timeoutMs);
        if (s === null)
            continue;
        calls++;
        if (s)
            slow++;
    }
    if (calls === 0)
        return { calls, slow, share: null, attemptsPerCall: null, extraCallsPer1k: null };
    const share = slow / calls;
    const attemptsPerCall = expectedAttempts(share, retries);
    return { calls, slow, share, attemptsPerCall, extraCallsPer1k: 1000 * (attemptsPerCall - 1) };
}
function timeoutExposure(input) {
    const { timeoutMs, retries } = input;
    if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
        throw new RangeError(`timeoutExposure: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    if (!(Number.isInteger(retries) && retries >= 0))
        throw new RangeError(`timeoutExposure: retries must be a non-negative integer, got ${retries}`);
    const models = Object.fromEntries(types/* SIDES */.BV.map((side) => [side, sideExposure(input.records[side], timeoutMs, retries)]));
    const b = models.baseline;
    const c = models.candidate;
    const pValue = fisherExactGreater(c.slow, c.calls, b.slow, b.calls);
    const higher = c.share !== null && b.share !== null && c.share > b.share;
    return { models, pValue, alpha: RISE_ALPHA, rises: c.slow > 0 && higher && pValue <= RISE_ALPHA };
}

// EXTERNAL MODULE: ./build/compare/sequential.js
var sequential = __webpack_require__(653);
;// CONCATENATED MODULE: ./build/compare/index.js
// compare(): graded cases and call records in, metrics, checks and a verdict out.
// Pure: it works from serialised records as well as from a live run, so shard
// reports can later be merged and re-compared.

























/**
 * The statistical settings. Intervals are two-sided at `confidence` (95%): their ends are the
 * one-sided 97.5% bounds the pass test reads against each threshold. A fail needs the change
 * past the threshold at one-sided 1 − failThresholdAlpha (97%) and the candidate worse at
 * all at one-sided failAlpha (FAIL_ALPHA: 0.6% for quality, 0.2% quality per dollar, 0.12%
 * p95 latency, 0.08% error rate), so an unchanged model fails any of the gate's four checks at
 * most 1% of the time (Bonferroni); the simulated rates are in BENCHMARKS.md
 * (bench/stats-validation.ts). `resamples` is the number of Monte Carlo sign flips for
 * continuous scores.
 */
const DEFAULT_STATISTICS = { resamples: 20_000, confidence: 0.95, failAlpha: FAIL_ALPHA, failThresholdAlpha: FAIL_THRESHOLD_ALPHA };
/** Below this many cases the tests hold but can decide little; the report says so. */
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
    if (opts.pairedCases > 0 && opts.pairedCases < MIN_CASES)
        warnings.push({ code: 'too-few-cases', pairedCases: opts.pairedCases, minimum: MIN_CASES });
    else if (opts.pairedCases > 0 && opts.pairedCases < FEW_CASES)
        warnings.push({ code: 'few-cases', pairedCases: opts.pairedCases, fewCases: FEW_CASES });
    const capped = opts.graded.reduce((n, g) => n + (g.baseline.cappedFrom === undefined ? 0 : 1) + (g.candidate.cappedFrom === undefined ? 0 : 1), 0);
    if (capped > 0)
        warnings.push({ code: 'graded-on-prefix', outputs: capped });
    const unpaired = opts.cases - opts.pairedCases;
    if (unpaired > 0)
        warnings.push({ code: 'unpaired', unpaired, cases: opts.cases });
    for (const side of types/* SIDES */.BV) {
        // Outputs no grader could decide (a regex past its deadline, graders that threw): left
        // out, and said, since a model whose answers defeat the graders must not vanish quietly.
        const ungraded = opts.graded.filter((g) => g[side].error?.code === 'ungraded').length;
        if (ungraded > 0)
            warnings.push({ code: 'ungraded', side, model: opts.models[side].model, calls: opts.models[side].calls, outputs: ungraded });
    }
    for (const side of types/* SIDES */.BV) {
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
    const data = caseData({ graded, records, repeats });
    const points = checkPoints({ thresholds: config.thresholds, models, qualityPerDollar });
    const costChange = relativeChange(models.baseline.costUsd, models.candidate.costUsd);
    const spreads = spreadsOf(changeTests(data, settings), settings.confidence);
    const gated = (m) => config.thresholds[m] !== false && config.thresholds[m] !== undefined;
    const failAlpha = latencyShare(settings.failAlpha, gated('ttftP95'));
    const levels = { thresholdAlpha: (1 - settings.confidence) / 2, failThresholdAlpha: settings.failThresholdAlpha, zeroAlpha: failAlpha };
    const unanswered = types/* SIDES */.BV.filter((side) => records[side].every((r) => answerLatency(r) === null));
    const unpriced = types/* SIDES */.BV.filter((side) => models[side].usageMissing > 0);
    const unmeasured = {};
    if (unanswered.length > 0)
        unmeasured.p95Latency = `the ${unanswered.join(' and the ')} answered no call`;
    else {
        const fewest = Math.min(...types/* SIDES */.BV.map((side) => records[side].filter((r) => answerLatency(r) !== null).length));
        if (fewest * 0.05 < MIN_TAIL_CALLS)
            unmeasured.p95Latency = `a p95 needs at least ${MIN_TAIL_CALLS / 0.05} answered calls per model, and one model has ${fewest}`;
        else if (fewest * 0.05 < settings.latencyTail)
            unmeasured.p95Latency = interimTail(settings.latencyTail, fewest, 'answered calls');
    }
    if (gated('ttftP95')) {
        const streamed = (side) => records[side].filter((r) => answerTtft(r) !== null).length;
        const silent = types/* SIDES */.BV.filter((side) => streamed(side) === 0);
        const fewest = Math.min(...types/* SIDES */.BV.map(streamed));
        if (silent.length > 0)
            unmeasured.ttftP95 = `the ${silent.join(' and the ')} streamed no answered call, so it has no time to first token`;
        else if (fewest * 0.05 < MIN_TAIL_CALLS)
            unmeasured.ttftP95 = `a TTFT p95 needs at least ${MIN_TAIL_CALLS / 0.05} streamed answers per model, and one model has ${fewest}`;
        else if (fewest * 0.05 < settings.latencyTail)
            unmeasured.ttftP95 = interimTail(settings.latencyTail, fewest, 'streamed answers');
    }
    if (unpriced.length > 0) {
        unmeasured.qualityPerDollar = unpriced
            .map((side) => `the ${side}'s endpoint returned no usage for ${models[side].usageMissing} of ${models[side].calls - models[side].errors} answered calls`)
            .join(', and ');
    }
    const checks = buildChecks({ points, spreads, pairedCases: paired.length, levels, unmeasured });
    const statistics = {
        method: 'paired case tests',
        seed: settings.seed,
        resamples: settings.resamples,
        confidence: settings.confidence,
        failConfidence: 1 - CHECK_ORDER.reduce((sum, m) => sum + (gated(m) ? failAlpha[m] : 0), 0),
        failAlpha: Object.fromEntries(CHECK_ORDER.filter(gated).map((m) => [m, failAlpha[m]])),
        thresholdConfidence: 1 - levels.thresholdAlpha,
        failThresholdConfidence: 1 - levels.failThresholdAlpha,
        minimumCases: MIN_CASES,
        power: PLANNING_POWER,
        cases: data.all.cases,
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
        labels: labelTables(graded, types/* SIDES */.BV),
        regressions: regressionsOf(paired),
        ...(judge ? { judge } : {}),
        pairedCases: paired.length,
        cases: graded.length,
        warnings: warningsOf({ config, graded, cases: graded.length, pairedCases: paired.length, models, qualityPerDollar, records }),
        tokens: tokenDrift({ cases: graded.map((g) => g.case), records }),
        timeouts: timeoutExposure({ records, timeoutMs: config.run.timeoutMs, retries: config.run.retries }),
    };
}
/** A look that stopped the run early compares p95s only on a longer tail than the final look's. */
function interimTail(tail, fewest, what) {
    return `the run was decided at an early look, which compares a p95 only from ${tail / 0.05} ${what} per model, and one model had ${fewest}`;
}
function statisticsSettings(opts) {
    const s = { ...DEFAULT_STATISTICS, ...opts.statistics };
    if (!Number.isInteger(s.resamples) || s.resamples < 1)
        throw new RangeError(`compare: resamples must be a positive integer, got ${s.resamples}`);
    if (!(s.confidence > 0 && s.confidence < 1))
        throw new RangeError(`compare: confidence must be in (0, 1), got ${s.confidence}`);
    const failAlpha = typeof s.failAlpha === 'number'
        ? { quality: s.failAlpha, qualityPerDollar: s.failAlpha, p95Latency: s.failAlpha, ttftP95: s.failAlpha, errorRate: s.failAlpha }
        : { ...FAIL_ALPHA, ...s.failAlpha };
    for (const [metric, alpha] of Object.entries(failAlpha)) {
        if (!(alpha > 0 && alpha < 0.5))
            throw new RangeError(`compare: failAlpha of ${metric} must be in (0, 0.5), got ${alpha}`);
    }
    if (!(s.failThresholdAlpha > 0 && s.failThresholdAlpha < 0.5))
        throw new RangeError(`compare: failThresholdAlpha must be in (0, 0.5), got ${s.failThresholdAlpha}`);
    const latencyTail = opts.statistics?.latencyTail ?? MIN_TAIL_CALLS;
    if (!(latencyTail >= 1))
        throw new RangeError(`compare: latencyTail must be at least 1, got ${latencyTail}`);
    const seed = typeof opts.seed === 'number' ? opts.seed >>> 0 : (0,stats_rng/* seedFromHash */.QJ)(opts.seed ?? '');
    return { seed, resamples: s.resamples, confidence: s.confidence, failAlpha, failThresholdAlpha: s.failThresholdAlpha, latencyTail };
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

/***/ 6364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ lostAdding),
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
        compensation += lostAdding(total, v);
        total += v;
    }
    return total + compensation;
}
/** What `total + v` loses to rounding (Neumaier): a compensated sum adds it to its compensation. */
function lostAdding(total, v) {
    const t = total + v;
    return Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
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


/***/ })

};
