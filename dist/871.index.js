export const id = 871;
export const ids = [871];
export const modules = {

/***/ 2093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ LOCAL_PRICES),
/* harmony export */   Is: () => (/* binding */ priceAgeDays),
/* harmony export */   LZ: () => (/* binding */ builtinPrice),
/* harmony export */   QY: () => (/* binding */ loadPriceTable),
/* harmony export */   dZ: () => (/* binding */ PRICE_MAX_AGE_DAYS),
/* harmony export */   dq: () => (/* binding */ PRICE_TABLE),
/* harmony export */   zP: () => (/* binding */ PRICES_CHECKED)
/* harmony export */ });
/** The bundled table: keep in step with package.json (a test checks it). */
const PRICE_TABLE = { name: 'genai-prices', version: '0.1.8', published: '2026-09-23' };
/** A price is old past this many days: the report warns, since vendors cut prices often. */
const PRICE_MAX_AGE_DAYS = 90;
/** When llm-gate's own rows were last checked against the vendors' pages. */
const PRICES_CHECKED = '2026-11';
let calcPrice;
/**
 * Loads the bundled table: 2 MB of data, ~35 ms to parse, so a config whose models all have
 * a price (the demo, most CI configs) never pays for it. builtinPrice knows only llm-gate's
 * own rows until this has resolved.
 */
async function loadPriceTable() {
    calcPrice ??= (await __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 2294))).calcPrice;
}
/** Model ids longer than this are not looked up (the table's match rules run per id). */
const MAX_MODEL_ID_CHARS = 200;
function price(input, cachedInput, output) {
    return { input, cachedInput, output };
}
/**
 * Rows the bundled table does not have, checked by hand (PRICES_CHECKED). Exact ids only.
 * Mistral's dated ids (its "-latest" aliases move to new models with new prices); DeepSeek's
 * deepseek-flash, the current name of V4 Flash, at the peak rate (api-docs.deepseek.com,
 * copies of 2026-10/11).
 */
const LOCAL_PRICES = Object.freeze({
    'mistral-small-2503': price(0.1, 0.1, 0.3),
    'ministral-3b-2410': price(0.04, 0.04, 0.04),
    'deepseek-flash': price(0.3, 0.006, 1.2),
});
function baseOf(rate) {
    if (typeof rate === 'number')
        return rate;
    return rate && typeof rate.base === 'number' ? rate.base : undefined;
}
/** The rate for a prompt of more than `above` tokens. */
function rateAbove(rate, above) {
    if (typeof rate === 'number' || rate === undefined)
        return rate;
    let value = rate.base;
    for (const tier of rate.tiers)
        if (above >= tier.start)
            value = tier.price;
    return value;
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * One set of rates from an entry's list of prices: the unconstrained first, replaced by
 * the latest start_date in force on `today`; each time-of-day window then raises a rate
 * to its own when higher.
 */
function ratesOn(model, today) {
    if (!Array.isArray(model.prices))
        return model.prices;
    const day = isoDay(today);
    let dated;
    let datedFrom = '';
    const windows = [];
    for (const entry of model.prices) {
        const c = entry.constraint;
        if (c === undefined) {
            if (dated === undefined)
                dated = entry.prices;
        }
        else if (c.type === 'start_date') {
            if (c.start_date <= day && c.start_date >= datedFrom) {
                dated = entry.prices;
                datedFrom = c.start_date;
            }
        }
        else {
            windows.push(entry.prices);
        }
    }
    const rates = { ...(dated ?? model.prices[0]?.prices ?? {}) };
    for (const window of windows) {
        for (const key of ['input_mtok', 'cache_read_mtok', 'output_mtok']) {
            const a = baseOf(rates[key]);
            const b = baseOf(window[key]);
            if (b !== undefined && (a === undefined || b > a))
                rates[key] = window[key];
        }
    }
    return rates;
}
/** The Price of a set of rates: base rates and, where any rate is tiered, one tier per start. */
function toPrice(rates) {
    const input = rates.input_mtok;
    const output = rates.output_mtok;
    const cached = rates.cache_read_mtok ?? input;
    const base = { input: baseOf(input), cachedInput: baseOf(cached), output: baseOf(output) };
    if (base.input === undefined || base.output === undefined || base.cachedInput === undefined)
        return undefined;
    const p = { input: base.input, cachedInput: base.cachedInput, output: base.output };
    const starts = new Set();
    for (const rate of [input, cached, output])
        if (typeof rate === 'object' && rate)
            for (const t of rate.tiers)
                starts.add(t.start);
    const tiers = [...starts]
        .sort((a, b) => a - b)
        .map((start) => ({ aboveInputTokens: start, input: rateAbove(input, start), cachedInput: rateAbove(cached, start), output: rateAbove(output, start) }));
    if (tiers.length > 0)
        p.tiers = tiers;
    return p;
}
/**
 * The built-in price of a model id, or undefined. `baseUrl` picks the provider where the
 * table knows the endpoint (OpenRouter, Azure, a vendor's API); for any other (a gateway, a
 * local server) the id alone decides. `today` resolves dated price changes.
 */
function builtinPrice(model, opts = {}) {
    if (Object.hasOwn(LOCAL_PRICES, model)) {
        const p = LOCAL_PRICES[model];
        return { price: { input: p.input, cachedInput: p.cachedInput, output: p.output }, source: { kind: 'builtin', checked: PRICES_CHECKED, table: 'llm-gate' } };
    }
    if (model.length === 0 || model.length > MAX_MODEL_ID_CHARS || calcPrice === undefined)
        return undefined;
    const today = opts.today ?? new Date();
    let found = null;
    try {
        if (opts.baseUrl !== undefined && !isLocal(opts.baseUrl))
            found = calcPrice({ input_tokens: 0 }, model, { providerApiUrl: opts.baseUrl, timestamp: today });
        found ??= calcPrice({ input_tokens: 0 }, model, { timestamp: today });
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const p = toPrice(ratesOn(found.model, today));
    if (!p)
        return undefined;
    const source = { kind: 'builtin', checked: PRICE_TABLE.published, table: `${PRICE_TABLE.name} ${PRICE_TABLE.version}` };
    if (found.model.id !== model)
        source.entry = `${found.provider.id}/${found.model.id}`;
    return { price: p, source };
}
/** Loopback and private hosts name no provider: the model id decides. */
function isLocal(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host.endsWith('.local') || host.endsWith('.internal');
    }
    catch {
        return true;
    }
}
/** Whole days from a price's date (YYYY-MM-DD, or YYYY-MM meaning its first day) to `today`. */
function priceAgeDays(checked, today) {
    const day = /^\d{4}-\d{2}$/.test(checked) ? `${checked}-01` : checked;
    const t = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isFinite(t))
        return undefined;
    return Math.floor((today.getTime() - t) / 86_400_000);
}


/***/ }),

/***/ 2772:
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

/***/ 3871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_CHARS: () => (/* reexport */ DEFAULT_MAX_CHARS),
  REPORT_SCHEMA: () => (/* reexport */ report_types/* REPORT_SCHEMA */.D),
  buildReport: () => (/* reexport */ buildReport),
  cacheNotes: () => (/* reexport */ cacheNotes),
  callRecordOf: () => (/* reexport */ records/* callRecordOf */.jR),
  fmtAge: () => (/* reexport */ fmtAge),
  headlineOf: () => (/* reexport */ headlineOf),
  renderMarkdown: () => (/* reexport */ renderMarkdown),
  reportCache: () => (/* reexport */ records/* reportCache */.NH),
  reportRecord: () => (/* reexport */ records/* reportRecord */.aL)
});

// EXTERNAL MODULE: ./build/stats/summary.js
var summary = __webpack_require__(6364);
// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/config/prices.js
var prices = __webpack_require__(2093);
// EXTERNAL MODULE: ./build/report/format.js
var format = __webpack_require__(2772);
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
    ttftP95: 'percent',
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
// Power and plans, in words. The figures come from compare (decide.ts, stats/power.ts):
//   MDE = max(t + z_{1−α_f}·se, z_{1−α₀}·se) + z_{0.8}·se
// the smallest true regression a fail catches 80% of the time, and a sample-size plan
// (z_α + z_β)²σ²/δ² for each inconclusive check, given as "more than 10× this set" beyond that.
const POWER_WORDS = {
    quality: 'quality',
    qualityPerDollar: 'quality per $',
    p95Latency: 'p95 latency',
    ttftP95: 'TTFT p95',
    errorRate: 'error rate',
};
/** What a regression of this size is called: "14-point drop", "+45% rise", "+6.8-point rise". */
function regressionWords(metric, value) {
    const size = Math.abs(value);
    switch (metric) {
        case 'quality':
            return `${(0,format/* fmtNumber */.FQ)(size, size < 10 ? 1 : 0).replace(/\.0$/, '')}-point drop in quality`;
        case 'qualityPerDollar':
            return `${(0,format/* fmtPct */.pT)(size)} drop in quality per dollar`;
        case 'p95Latency':
            return `${(0,format/* fmtPct */.pT)(size)} rise in p95 latency`;
        case 'ttftP95':
            return `${(0,format/* fmtPct */.pT)(size)} rise in time to first token (p95)`;
        case 'errorRate':
            return `${(0,format/* fmtNumber */.FQ)(100 * size, 1).replace(/\.0$/, '')}-point rise in the error rate`;
    }
}
/** An MDE that could not be planned (no spread to go on) is shown as "—". */
const planned = (mde) => Math.abs(mde) < 1e6;
/** A check whose MDE is at least twice its threshold: this set can only catch much larger regressions. */
function isUnderpowered(check) {
    return check.unmeasured === undefined && planned(check.mde) && Math.abs(check.mde) >= 2 * Math.abs(check.threshold);
}
/**
 * "**These 60 cases would catch a 14-point drop in quality, not a 2-point one**; …", or ''
 * when every check can see a regression near its threshold.
 */
function underpoweredLine(r) {
    const weak = r.checks.filter(isUnderpowered);
    if (weak.length === 0)
        return '';
    const parts = weak.map((k) => {
        const limit = regressionWords(k.metric, k.threshold).replace(/ (drop|rise) in .*/, ' one');
        return `a ${regressionWords(k.metric, k.mde)}, not a ${limit}`;
    });
    return `**These ${(0,format/* fmtCount */.bg)(r.statistics.cases)} cases would catch ${parts.join('; ')}** (80% of the time). More cases, or repeats for latency, narrow that.`;
}
/** "quality −7.6 pts · p95 latency +48%" (— when no plan could be made). */
function mdeList(checks) {
    return checks.map((k) => `${POWER_WORDS[k.metric]} ${planned(k.mde) ? fmtChange(k.metric, k.mde) : '—'}`).join(' · ');
}
/** The footnote of an inconclusive check: what would decide it. */
function decideNote(check, r) {
    const words = POWER_WORDS[check.metric];
    if (check.unmeasured !== undefined)
        return `${words}: not compared, ${check.unmeasured}.`;
    const minimum = r.statistics.minimumCases;
    const tooFew = minimum !== undefined && r.pairedCases < minimum ? `too few cases (no check is decided below ${minimum}); ` : '';
    if (check.casesToDecideAtLeast !== undefined) {
        return `${words}: ${tooFew}deciding it would take more than 10× this set (over ${(0,format/* fmtCount */.bg)(check.casesToDecideAtLeast)} cases), if the change held.`;
    }
    if (check.casesToDecide === undefined)
        return `${words}: ${tooFew}the change sits on the limit; more cases alone may not decide it.`;
    return `${words}: ${tooFew}need about ${(0,format/* fmtCount */.bg)(check.casesToDecide)} more cases to decide it (80% power, if the change held).`;
}
/** The rule, in one sentence, with the levels the report records. */
function ruleSentence(s) {
    // A level is never rounded up to 100%, and a small chance is shown with the digits it needs.
    const pct = (x) => `${(0,format/* fmtLevel */.eX)(x)}%`;
    if (s.method === 'paired case bootstrap') {
        return `A check fails when its change is past the limit and the regression holds at ${pct(s.failConfidence)} confidence.`;
    }
    const levels = s.failAlpha
        ? ` (${Object.entries(s.failAlpha).map(([m, a]) => `${POWER_WORDS[m]} ${pct(1 - a)}`).join(', ')})`
        : '';
    const past = s.failThresholdConfidence === undefined ? 'its interval lies wholly past the limit' : `it is past the limit at ${pct(s.failThresholdConfidence)} confidence`;
    return (`A check fails when ${past} and the candidate is worse at all${levels}; ` +
        `it passes when the interval lies wholly inside the limit; an unchanged model fails the gate at most ${pct(1 - s.failConfidence)} of the time.`);
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
            if (group.code === 'response-too-large')
                return `${n} answered with more than the response cap: ${quoted(group.message)}`;
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
    ttftP95: 'TTFT p95',
    errorRate: 'error rate',
};
const REGRESSION_WORDS = {
    quality: 'drop',
    qualityPerDollar: 'drop',
    p95Latency: 'rise',
    ttftP95: 'rise',
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

// EXTERNAL MODULE: ./build/report/safe-markdown.js
var safe_markdown = __webpack_require__(5542);
;// CONCATENATED MODULE: ./build/report/migration.js


const CHECK_WORDS = {
    quality: 'quality',
    qualityPerDollar: 'quality per $',
    p95Latency: 'p95',
    ttftP95: 'TTFT p95',
    errorRate: 'error rate',
};
const ROLE_WORDS = { baseline: 'baseline', candidate: 'candidate', alternative: 'alternative' };
/** The ranking table: the first row is the cheapest model that holds every threshold. */
function rankingSection(r) {
    const ranking = r.ranking;
    if (!ranking || ranking.length === 0)
        return '';
    const first = ranking[0];
    const lead = first.holds
        ? `**${(0,safe_markdown/* codeSpan */.SS)(first.model)}** (${ROLE_WORDS[first.role]}) is the cheapest model that holds every threshold.`
        : 'No model holds every threshold against the baseline.';
    const rows = ranking.map((e) => {
        const holds = e.role === 'baseline' ? '— (reference)' : e.holds ? '✅ holds' : e.notHeld.map((n) => `${n.status === 'fail' ? '❌' : '❔'} ${CHECK_WORDS[n.metric]}`).join(', ');
        return `| ${(0,safe_markdown/* tableCell */.xR)(e.model)} | ${ROLE_WORDS[e.role]} | ${(0,format/* fmtNumber */.FQ)(e.quality, 1)} | ${(0,format/* fmtUsd */.Ss)(e.costUsd)} | ${e.qualityPerDollar === null ? 'n/a' : (0,format/* fmtNumber */.FQ)(e.qualityPerDollar, 0)} | ${e.p95LatencyMs === null ? 'n/a' : (0,format/* fmtMs */.mq)(e.p95LatencyMs)} | ${holds} |`;
    });
    return [
        '#### Ranking',
        '',
        lead + ' Each model is compared paired against the baseline with the same checks; the verdict follows the candidate alone.',
        '',
        '| model | role | quality | cost | quality per $ | p95 | thresholds |',
        '|:--|:--|--:|--:|--:|--:|:--|',
        ...rows,
    ].join('\n');
}
function interval([lo, hi], fmt) {
    return Number.isFinite(lo) && Number.isFinite(hi) ? `${fmt(lo)} to ${fmt(hi)}` : 'n/a';
}
/** "route `extraction` → gpt-4o, `codegen` → gpt-5.5: quality 88.7 (−0.3 pts), cost −41% vs all-candidate". */
function routingSentence(routing, candidate) {
    const moved = routing.slices.filter((s) => s.model !== candidate && !routing.undecided.includes(s.slice));
    if (moved.length === 0)
        return `keep every ${routing.by === 'tag' ? 'tag' : 'eval file'} on the candidate ${(0,safe_markdown/* codeSpan */.SS)(candidate)}: no routing does better on quality per dollar within the quality threshold`;
    const byModel = new Map();
    for (const s of routing.slices) {
        if (routing.undecided.includes(s.slice))
            continue;
        byModel.set(s.model, [...(byModel.get(s.model) ?? []), (0,safe_markdown/* codeSpan */.SS)(s.slice)]);
    }
    const parts = [...byModel].map(([model, slices]) => `${slices.join(', ')} → ${(0,safe_markdown/* codeSpan */.SS)(model)}`);
    return `route ${parts.join('; ')}: quality ${(0,format/* fmtNumber */.FQ)(routing.quality, 1)} (${(0,format/* fmtPoints */.JB)(routing.qualityChange)}), cost ${(0,format/* fmtPct */.pT)(routing.costChange, { sign: true })} vs all-candidate`;
}
function routingSection(r) {
    const routing = r.routing;
    if (!routing)
        return '';
    const { intervals } = routing;
    const level = `${(0,format/* fmtNumber */.FQ)(intervals.confidence * 100, 0)}%`;
    const lines = [
        `#### Routing advice (by ${routing.by === 'tag' ? 'tag' : 'eval file'})`,
        '',
        `${routingSentence(routing, r.models.candidate.model)}.`,
        '',
        `Chosen on the same cases it is scored on, so the figures above run optimistic; the ${level} intervals come from a bootstrap of the whole choice (${(0,format/* fmtCount */.bg)(intervals.resamples)} resamples, each choosing again and scored on the cases it left out): quality change ${interval(intervals.qualityChange, (x) => (0,format/* fmtPoints */.JB)(x))}, cost change ${interval(intervals.costChange, (x) => (0,format/* fmtPct */.pT)(x, { sign: true }))}.`,
    ];
    if (routing.undecided.length > 0) {
        lines.push('', `Left on the candidate, fewer than ${routing.minCases} cases to decide: ${routing.undecided.map((s) => (0,safe_markdown/* codeSpan */.SS)(s)).join(', ')}.`);
    }
    return lines.join('\n');
}
/** "+$8,400/month at 2M calls (95%: +$7,900 to +$8,900)", for the headline. */
function monthlyPhrase(m, confidence, routingConfidence) {
    const money = (x) => `${x > 0 ? '+' : ''}${(0,format/* fmtUsd */.Ss)(x)}`;
    const change = `${money(m.costChangeUsd)}/month at ${(0,format/* fmtCount */.bg)(m.callsPerMonth)} calls (${(0,format/* fmtLevel */.eX)(confidence)}%: ${interval(m.costChangeInterval, money)})`;
    if (m.routingSavingUsd === undefined || m.routingSavingInterval === undefined || !(m.routingSavingUsd > 0))
        return change;
    const level = routingConfidence === undefined ? '' : `${(0,format/* fmtLevel */.eX)(routingConfidence)}%: `;
    return `${change}; the routing advice saves ${(0,format/* fmtUsd */.Ss)(m.routingSavingUsd)}/month against all-candidate (${level}${interval(m.routingSavingInterval, format/* fmtUsd */.Ss)})`;
}

;// CONCATENATED MODULE: ./build/report/warnings.js
const plural = (n, one, many) => (n === 1 ? one : many);
function warningWords(w) {
    switch (w.code) {
        case 'too-few-cases':
            return `Only ${w.pairedCases} cases were answered by both models: below ${w.minimum} no check passes or fails.`;
        case 'few-cases':
            return `Only ${w.pairedCases} cases were answered by both models: with fewer than ${w.fewCases} cases only large changes can be decided.`;
        case 'graded-on-prefix':
            return `${w.outputs} output${plural(w.outputs, ' was', 's were')} longer than the graders read and ${plural(w.outputs, 'was', 'were')} graded on ${plural(w.outputs, 'its', 'their')} first part only (see gradedOnPrefix in the JSON report).`;
        case 'unpaired':
            return `${w.unpaired} of ${w.cases} cases were not answered by both models (infra errors, cancelled, or an output no grader could decide) and are left out of quality and quality per dollar.`;
        case 'ungraded':
            return `${w.side} ${w.model}: no grader could decide on ${w.outputs} output${w.outputs === 1 ? '' : 's'} (see each case's grades); ${w.outputs === 1 ? 'that case is' : 'those cases are'} left out of the comparison.`;
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

// EXTERNAL MODULE: ./build/report/types.js
var report_types = __webpack_require__(3110);
;// CONCATENATED MODULE: ./build/report/cache-words.js
// What the call cache did, in words for the report's notes: the counts come from the run.

/** 90 s, 12 min, 5 h, 3 d: an entry's age, to the unit that reads best. */
function fmtAge(ms) {
    const s = ms / 1000;
    if (s < 120)
        return `${Math.round(s)} s`;
    if (s < 7200)
        return `${Math.round(s / 60)} min`;
    if (s < 172_800)
        return `${Math.round(s / 3600)} h`;
    return `${Math.round(s / 86_400)} d`;
}
function ages(s) {
    if (s.oldestAgeMs === null || s.newestAgeMs === null)
        return '';
    const oldest = fmtAge(s.oldestAgeMs);
    const newest = fmtAge(s.newestAgeMs);
    return oldest === newest ? `, measured ${oldest} ago` : `, measured ${newest} to ${oldest} ago`;
}
function cache_words_sideWords(name, s) {
    return `${s.reused} of ${s.reused + s.made} ${name} calls${ages(s)}`;
}
function cacheNotes(cache) {
    const notes = [];
    const reused = cache.baseline.reused + cache.candidate.reused + cache.judge.reused;
    const saved = cache.baseline.savedUsd + cache.candidate.savedUsd + cache.judge.savedUsd;
    const sides = [cache_words_sideWords('baseline', cache.baseline), cache_words_sideWords('candidate', cache.candidate)];
    if (cache.judge.reused + cache.judge.made > 0)
        sides.push(cache_words_sideWords('judge', cache.judge));
    const lead = cache.replay ? 'Replayed from the call cache, nothing sent' : `Call cache (reuse: ${cache.reuse})`;
    notes.push(`${lead}: reused ${sides.join('; ')}${reused > 0 ? `; ${(0,format/* fmtUsd */.Ss)(saved)} not spent again` : ''}.`);
    if (cache.corrupt > 0) {
        const first = cache.corruptFiles[0];
        notes.push(`${cache.corrupt} cache ${cache.corrupt === 1 ? 'entry' : 'entries'} could not be used and ${cache.corrupt === 1 ? 'was' : 'were'} treated as missing${first ? ` (${first.file}: ${first.why})` : ''}.`);
    }
    return notes;
}
/** The p95 check's caveat: a reused baseline latency was measured at another time, under other load. */
function p95CacheNote(fromCache) {
    const when = fromCache.oldestAgeMs === null ? '' : `, up to ${fmtAge(fromCache.oldestAgeMs)} ago`;
    return `p95 latency: ${fromCache.reused} of the baseline's ${fromCache.calls} latencies are from the call cache (measured earlier${when}); the candidate's were measured in this run.`;
}

;// CONCATENATED MODULE: ./build/report/build.js
// buildReport(): the comparison plus the per-case detail, as the JSON report.
// Every object is written field by field so the key order is fixed, and every list
// has a defined order (cases in eval-set order, tags sorted, regressions worst first).










function reportSource(s) {
    if (s.kind === 'config')
        return { kind: 'config' };
    return { kind: 'builtin', checked: s.checked, ...(s.table === undefined ? {} : { table: s.table }), ...(s.entry === undefined ? {} : { entry: s.entry }) };
}
/** Which prompt a model used: the parts of its template, each by file and content hash. */
function reportPrompt(config, side) {
    const template = (0,types/* promptFor */.k)(config, side);
    if (template?.system === undefined && template?.user === undefined)
        return undefined;
    const model = config.models[side];
    const own = model.prompt !== undefined;
    const part = (key) => {
        const text = template[key];
        if (text === undefined)
            return undefined;
        // A part the model set itself was read from its own file; one it inherited, from the shared one.
        const file = own && (model.from || model.prompt?.[key] !== undefined) ? model.promptFiles?.[key] : config.promptFiles?.[key];
        return { ...(file === undefined ? {} : { file }), sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex') };
    };
    const system = part('system');
    const user = part('user');
    return { ...(system ? { system } : {}), ...(user ? { user } : {}), own };
}
function reportModel(m, { price, priceSource, api, stream }, reused) {
    return {
        model: m.model,
        ...(reused === undefined ? {} : { reused }),
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
        ...(m.ttftMs ? { ttftMs: { p50: m.ttftMs.p50, p95: m.ttftMs.p95, p99: m.ttftMs.p99, calls: m.ttftMs.calls } } : {}),
        tokens: {
            input: m.tokens.input,
            cachedInput: m.tokens.cachedInput,
            output: m.tokens.output,
            reasoning: m.tokens.reasoning,
        },
        usageMissing: m.usageMissing,
        cutAtTokenLimit: m.cutAtTokenLimit,
        price: {
            input: price.input,
            cachedInput: price.cachedInput,
            output: price.output,
            ...(price.tiers ? { tiers: price.tiers.map((t) => ({ aboveInputTokens: t.aboveInputTokens, input: t.input, cachedInput: t.cachedInput, output: t.output })) } : {}),
        },
        priceSource: reportSource(priceSource),
        api: api ?? 'chat',
        stream: stream === true,
    };
}
/** Each regression with its case's token drift: a tokenizer or prompt change often explains it. */
function withDrift(cmp) {
    const byCase = new Map(cmp.tokens.byCase.map((d) => [d.id, d]));
    return cmp.regressions.map((g) => {
        const d = byCase.get(g.id);
        return d ? { ...g, tokens: { inputChange: d.inputChange, outputChange: d.outputChange } } : g;
    });
}
/** The report keeps the summary: the per-case figures of every case would double its size. */
function withoutCases({ byCase: _byCase, ...rest }) {
    return rest;
}
function withPrompt(model, config, side) {
    const prompt = reportPrompt(config, side);
    const from = config.models[side].from;
    return { ...model, ...(prompt ? { prompt } : {}), ...(from ? { from: { ref: from.ref, commit: from.commit } } : {}) };
}
function reportCheck(c, cache, baselineCalls) {
    const fromCache = c.metric === 'p95Latency' && cache && cache.baseline.reused > 0
        ? { baselineFromCache: { reused: cache.baseline.reused, calls: baselineCalls, oldestAgeMs: cache.baseline.oldestAgeMs } }
        : {};
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
        ...(c.casesToDecideAtLeast === undefined ? {} : { casesToDecideAtLeast: c.casesToDecideAtLeast }),
        ...(c.unmeasured === undefined ? {} : { unmeasured: c.unmeasured }),
        ...fromCache,
    };
}
function reportStatistics(s) {
    return {
        method: s.method,
        seed: s.seed,
        resamples: s.resamples,
        confidence: s.confidence,
        failConfidence: s.failConfidence,
        ...(s.failAlpha === undefined ? {} : { failAlpha: { ...s.failAlpha } }),
        ...(s.thresholdConfidence === undefined ? {} : { thresholdConfidence: s.thresholdConfidence }),
        ...(s.failThresholdConfidence === undefined ? {} : { failThresholdConfidence: s.failThresholdConfidence }),
        ...(s.minimumCases === undefined ? {} : { minimumCases: s.minimumCases }),
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
/**
 * A built-in price older than PRICE_MAX_AGE_DAYS on the day of the run: vendors cut prices
 * often, and a stale one moves quality per dollar. Without a run date (fixtures) none is said.
 */
function priceWarnings(config, startedAt) {
    if (startedAt === undefined)
        return [];
    const today = new Date(startedAt);
    const out = [];
    const roles = [['baseline', config.models.baseline], ['candidate', config.models.candidate], ['judge', config.judge]];
    for (const [role, model] of roles) {
        if (!model || model.priceSource.kind !== 'builtin')
            continue;
        const age = (0,prices/* priceAgeDays */.Is)(model.priceSource.checked, today);
        if (age === undefined || age <= prices/* PRICE_MAX_AGE_DAYS */.dZ)
            continue;
        const table = model.priceSource.table ?? 'built-in table';
        out.push(`The ${role} price of ${model.model} (${table}, ${model.priceSource.checked}) is ${age} days old: check it against the vendor's page, or set price: under the model (or prices: ${model.model}) to pin it.`);
    }
    return out;
}
function buildReport(opts) {
    const { config, evalSet, comparison: cmp } = opts;
    const cache = opts.run?.cache;
    const baseline = withPrompt(reportModel(cmp.models.baseline, config.models.baseline, cache?.baseline.reused), config, 'baseline');
    const candidate = withPrompt(reportModel(cmp.models.candidate, config.models.candidate, cache?.candidate.reused), config, 'candidate');
    const judge = cmp.judge ?? null;
    const checks = cmp.checks.map((c) => reportCheck(c, cache, baseline.calls));
    const p95 = checks.find((c) => c.baselineFromCache !== undefined);
    const cacheWords = cache ? [...cacheNotes(cache), ...(p95?.baselineFromCache ? [p95CacheNote(p95.baselineFromCache)] : [])] : [];
    return {
        schema: report_types/* REPORT_SCHEMA */.D,
        verdict: cmp.verdict,
        headline: opts.monthly ? `${headlineOf(cmp)}; ${monthlyPhrase(opts.monthly, cmp.statistics.confidence, opts.routing?.intervals.confidence)}` : headlineOf(cmp),
        reason: cmp.reason,
        models: { baseline, candidate },
        checks,
        statistics: reportStatistics(cmp.statistics),
        tags: cmp.tags,
        labels: {
            ...(cmp.labels.baseline ? { baseline: cmp.labels.baseline } : {}),
            ...(cmp.labels.candidate ? { candidate: cmp.labels.candidate } : {}),
        },
        regressions: withDrift(cmp),
        judge,
        pairedCases: cmp.pairedCases,
        repeats: config.run.repeats,
        thresholds: {
            qualityPerDollar: config.thresholds.qualityPerDollar,
            p95Latency: config.thresholds.p95Latency,
            quality: config.thresholds.quality,
            errorRate: config.thresholds.errorRate,
            ...(config.thresholds.ttftP95 === undefined ? {} : { ttftP95: config.thresholds.ttftP95 }),
        },
        evalSet: { files: [...evalSet.files], cases: evalSet.cases.length, contentHash: evalSet.contentHash },
        // What the run spent: calls finished after a sequential decision are paid for too.
        totals: {
            costUsd: (0,summary/* sumBy */.xu)([baseline.costUsd, candidate.costUsd, judge?.costUsd ?? 0, opts.run?.sequential?.afterDecision?.usd ?? 0, opts.alternativesSpent?.costUsd ?? 0], (x) => x),
            calls: baseline.calls + candidate.calls + (judge?.calls ?? 0) + (opts.run?.sequential?.afterDecision?.calls ?? 0) + (opts.alternativesSpent?.calls ?? 0),
        },
        cases: opts.graded.map(reportCase),
        warnings: [...cmp.warnings.map(warningWords), ...priceWarnings(config, opts.run?.startedAt)],
        ...(opts.records ? { records: opts.records } : {}),
        ...(opts.shard ? { shard: { index: opts.shard.index, count: opts.shard.count, cases: opts.shard.cases } } : {}),
        ...(opts.merged ? { merged: { shards: opts.merged.shards, cases: opts.merged.cases } } : {}),
        ...(opts.ranking ? { ranking: opts.ranking } : {}),
        ...(opts.routing ? { routing: opts.routing } : {}),
        ...(opts.monthly ? { monthly: opts.monthly } : {}),
        tokens: withoutCases(cmp.tokens),
        timeouts: { ...cmp.timeouts, timeoutMs: config.run.timeoutMs, retries: config.run.retries },
        run: {
            startedAt: opts.run?.startedAt ?? null,
            durationMs: opts.run?.durationMs ?? null,
            simulated: opts.run?.simulated ?? false,
            notes: [...(opts.run?.notes ?? []), ...cacheWords],
            ...(opts.run?.estimate ? { estimate: { expectedUsd: opts.run.estimate.expectedUsd, worstCaseUsd: opts.run.estimate.worstCaseUsd } } : {}),
            ...(opts.run?.control ? { control: opts.run.control } : {}),
            ...(opts.run?.sequential ? { sequential: opts.run.sequential } : {}),
            ...(cache ? { cache } : {}),
        },
    };
}

// EXTERNAL MODULE: ./build/compare/index.js + 24 modules
var compare = __webpack_require__(4191);
;// CONCATENATED MODULE: ./build/report/drift-words.js
// The words for token drift (compare/drift.ts) and timeouts in production
// (compare/timeouts.ts): compare measures, this says it. Tags and case ids are the eval
// set's text and go through safe-markdown.ts.



/**
 * Whether the section has anything to say: a prompt or output token count that moved by
 * 1% or more overall or on a tag. Below that a table of zeros is noise in a PR comment.
 */
function notableDrift(drift) {
    const moved = (change) => Math.abs(change ?? 0) >= 0.01;
    return moved(drift.input?.change) || moved(drift.output?.change) || drift.tags.some((t) => moved(t.input?.change));
}
/** Most tag rows the section shows; the JSON report has them all. */
const MAX_DRIFT_TAGS = 10;
const signedPct = (x) => (0,format/* fmtPct */.pT)(x, { sign: true });
const changeText = (change) => (change === null ? 'n/a' : signedPct(change));
const drift_words_plural = (n, one, many) => `${(0,format/* fmtCount */.bg)(n)} ${n === 1 ? one : many}`;
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** What the prompt-token change means for input cost, and whose it is: the tokenizer's, or the prompt's too. */
function inputSentence(drift, input) {
    if (input.change === null)
        return 'A model reported 0 prompt tokens, so the prompt-token change is not measured.';
    const pct = (0,format/* fmtPct */.pT)(Math.abs(input.change));
    if (drift.promptsDiffer > 0) {
        const which = drift.promptsDiffer === drift.cases ? 'Every case sends' : `${(0,format/* fmtCount */.bg)(drift.promptsDiffer)} of ${(0,format/* fmtCount */.bg)(drift.cases)} cases send`;
        return `${which} each model a prompt of its own, so the prompt-token change (${signedPct(input.change)}) is the prompt's as well as the tokenizer's.`;
    }
    if (pct === '0%')
        return 'The same prompts count the same number of tokens on both models.';
    const more = input.change > 0 ? 'more' : 'fewer';
    return `The same prompts count ${pct} ${more} tokens: ${signedPct(input.change)} input cost from the tokenizer alone, before any difference in price.`;
}
function tagRows(drift) {
    const measured = drift.tags.flatMap((t) => (t.input !== null && t.input.change !== null ? [{ tag: t.tag, cases: t.cases, input: t.input, change: t.input.change }] : []));
    if (measured.length === 0)
        return [];
    measured.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
    const shown = measured.slice(0, MAX_DRIFT_TAGS);
    const lines = [
        '',
        row(['tag', 'cases', 'prompt tokens per call', 'change']),
        '|:--|--:|--:|--:|',
        ...shown.map((t) => row([(0,safe_markdown/* tableCell */.xR)(t.tag), (0,format/* fmtCount */.bg)(t.cases), `${(0,format/* fmtCount */.bg)(t.input.baseline)} → ${(0,format/* fmtCount */.bg)(t.input.candidate)}`, signedPct(t.change)])),
    ];
    if (measured.length > shown.length)
        lines.push('', `_…and ${drift_words_plural(measured.length - shown.length, 'more tag', 'more tags')} in the JSON report._`);
    return lines;
}
function largestLine(drift) {
    if (drift.largest.length === 0)
        return [];
    const items = drift.largest.map((c) => `${(0,safe_markdown/* codeSpan */.SS)(c.id)} ${(0,format/* fmtCount */.bg)(c.output.baseline)} → ${(0,format/* fmtCount */.bg)(c.output.candidate)} (${changeText(c.outputChange)})`);
    return ['', `Largest output-token drift: ${items.join(', ')}.`];
}
/**
 * The "Token drift" section: prompt tokens per call and output tokens per case on both
 * models, the tags whose prompt tokens moved most, and the cases whose output moved most.
 * [] when there is nothing to say: no case answered by both with usage, or no change
 * measurable (a side reported 0 tokens).
 */
function driftLines(drift) {
    const { input, output } = drift;
    if (drift.cases === 0 || input === null || output === null)
        return [];
    if (input.change === null && output.change === null)
        return [];
    const outputChange = output.change === null ? 'n/a' : `${(0,format/* fmtSigned */._Q)(output.difference, 0)} (${signedPct(output.change)})`;
    const calls = `calls: ${(0,format/* fmtCount */.bg)(drift.calls.baseline)} baseline, ${(0,format/* fmtCount */.bg)(drift.calls.candidate)} candidate`;
    return [
        '#### Token drift',
        '',
        row(['tokens', 'baseline', 'candidate', 'change']),
        '|:--|--:|--:|--:|',
        row(['prompt per call', (0,format/* fmtCount */.bg)(input.baseline), (0,format/* fmtCount */.bg)(input.candidate), changeText(input.change)]),
        row(['output per case', (0,format/* fmtCount */.bg)(output.baseline), (0,format/* fmtCount */.bg)(output.candidate), outputChange]),
        '',
        `_Over the ${drift_words_plural(drift.cases, 'case', 'cases')} both models answered with token usage (${calls}). ${inputSentence(drift, input)}_`,
        ...tagRows(drift),
        ...largestLine(drift),
    ];
}
/** A regression row's drift: "in +12% · out +240%"; '' when the case has no drift to show. */
function regressionDriftCell(entry) {
    if (!entry || (entry.inputChange === null && entry.outputChange === null))
        return '';
    return `in ${changeText(entry.inputChange)} · out ${changeText(entry.outputChange)}`;
}
/** Attempts per call with enough decimals to show the extra calls: "1.04", or "1.002" below 10 per 1,000. */
function attemptsText(attempts, extraPer1k) {
    return (0,format/* fmtNumber */.FQ)(attempts, extraPer1k < 10 ? 3 : 2);
}
/** "+43", or "+2.4" below 10 (never "+4.0"). */
function extraText(extraPer1k) {
    return (0,format/* fmtSigned */._Q)(extraPer1k, extraPer1k < 10 ? 1 : 0).replace(/\.0$/, '');
}
/**
 * One line, only when the candidate's share of calls slower than the production timeout
 * rises beyond noise: the share on both models and the retry load it brings.
 */
function timeoutLines(t, timeoutMs, retries) {
    const c = t.models.candidate;
    const b = t.models.baseline;
    if (!t.rises || c.share === null || c.attemptsPerCall === null || c.extraCallsPer1k === null)
        return [];
    const baseline = `baseline ${b.share === null ? 'n/a' : (0,format/* fmtPct */.pT)(b.share)}`;
    const load = retries === 0
        ? 'with no retries, each of them is a failed call'
        : `with ${drift_words_plural(retries, 'retry', 'retries')} that is ${attemptsText(c.attemptsPerCall, c.extraCallsPer1k)} attempts per call (${extraText(c.extraCallsPer1k)} calls per 1,000)`;
    return [`**Timeouts in production:** ${(0,format/* fmtPct */.pT)(c.share)} of the candidate's calls are slower than the ${fmtTimeout(timeoutMs)} timeout (${baseline}); ${load}.`];
}

;// CONCATENATED MODULE: ./build/report/sections.js
// The blocks of the markdown report. Each takes the report (and its share of the size
// policy) and returns markdown; all untrusted text goes through safe-markdown.ts.





const STATUS_EMOJI = { pass: '✅', fail: '❌', inconclusive: '❔' };
/** A code span inside a table: the span's pipes must be escaped too (GFM splits cells first). */
function cellCode(text) {
    return (0,safe_markdown/* codeSpan */.SS)(text).replace(/\|/g, '\\|');
}
function sections_row(cells) {
    return `| ${cells.join(' | ')} |`;
}
const sections_signedPct = (x) => (0,format/* fmtPct */.pT)(x, { sign: true });
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
        return sections_row([
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
            : sections_signedPct((0,compare.relativeChange)(b.costUsd, c.costUsd));
    const infoRow = (label, base, cand, change = '') => sections_row([label, base, cand, change, '', '']);
    const tokens = (m) => `${(0,format/* fmtCount */.bg)(m.tokens.input)} · ${(0,format/* fmtCount */.bg)(m.tokens.cachedInput)} · ${(0,format/* fmtCount */.bg)(m.tokens.output)}`;
    return [
        sections_row(['metric', `baseline ${cellCode(b.model)}`, `candidate ${cellCode(c.model)}`, 'change', 'limit', '']),
        '|:--|--:|--:|--:|--:|:-:|',
        checkRow('quality', 'quality', (0,format/* fmtNumber */.FQ)(b.quality, 1), (0,format/* fmtNumber */.FQ)(c.quality, 1), c.quality - b.quality, (x) => (0,format/* fmtPoints */.JB)(x)),
        checkRow('quality per $', 'qualityPerDollar', qpd(b), qpd(c), (0,compare.relativeChange)(b.qualityPerDollar, c.qualityPerDollar), sections_signedPct),
        checkRow('p95 latency', 'p95Latency', (0,format/* fmtMs */.mq)(b.latencyMs.p95), (0,format/* fmtMs */.mq)(c.latencyMs.p95), (0,compare.relativeChange)(b.latencyMs.p95, c.latencyMs.p95), sections_signedPct),
        checkRow('error rate', 'errorRate', (0,format/* fmtPct */.pT)(b.errorRate), (0,format/* fmtPct */.pT)(c.errorRate), c.errorRate - b.errorRate, format/* fmtPp */.yW),
        infoRow('cost', usd(b, b.costUsd), usd(c, c.costUsd), cost),
        infoRow('cost per 1k cases', usd(b, b.costPer1kCases), usd(c, c.costPer1kCases), unpriced ? 'n/a' : sections_signedPct((0,compare.relativeChange)(b.costPer1kCases, c.costPer1kCases))),
        infoRow('p50 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p50), (0,format/* fmtMs */.mq)(c.latencyMs.p50), sections_signedPct((0,compare.relativeChange)(b.latencyMs.p50, c.latencyMs.p50))),
        infoRow('p99 latency', (0,format/* fmtMs */.mq)(b.latencyMs.p99), (0,format/* fmtMs */.mq)(c.latencyMs.p99), sections_signedPct((0,compare.relativeChange)(b.latencyMs.p99, c.latencyMs.p99))),
        ...ttftRows(b, c, infoRow, r.checks.some((k) => k.metric === 'ttftP95') ? (base, cand, change) => checkRow('TTFT p95', 'ttftP95', base, cand, change, sections_signedPct) : undefined),
        ...apiRow(b, c, infoRow),
        ...promptRows(b, c, infoRow),
        infoRow('calls (errors, timeouts)', `${(0,format/* fmtCount */.bg)(b.calls)} (${b.errors}, ${b.timeouts})`, `${(0,format/* fmtCount */.bg)(c.calls)} (${c.errors}, ${c.timeouts})`),
        infoRow('tokens in · cached · out', tokens(b), tokens(c)),
        // Prices the config wrote need no source; a built-in one says which table and how old.
        // Read defensively: reports written before these fields existed are rendered too.
        ...(b.priceSource?.kind !== 'builtin' && c.priceSource?.kind !== 'builtin' ? [] : [infoRow('price source', priceSourceWords(b), priceSourceWords(c))]),
    ].join('\n');
}
/** Time to first token, when either model streamed; "n/a" for one that did not. With the ttftP95 check on, its p95 row shows change, limit and status. */
function ttftRows(b, c, infoRow, checkRow) {
    if (!b.ttftMs && !c.ttftMs)
        return [];
    const cell = (m, q) => (m.ttftMs ? (0,format/* fmtMs */.mq)(m.ttftMs[q]) : 'n/a');
    const change = (q) => (b.ttftMs && c.ttftMs ? sections_signedPct((0,compare.relativeChange)(b.ttftMs[q], c.ttftMs[q])) : '');
    const p95 = checkRow
        ? checkRow(cell(b, 'p95'), cell(c, 'p95'), (0,compare.relativeChange)(b.ttftMs?.p95 ?? 0, c.ttftMs?.p95 ?? 0))
        : infoRow('TTFT p95', cell(b, 'p95'), cell(c, 'p95'), change('p95'));
    return [p95, infoRow('TTFT p50', cell(b, 'p50'), cell(c, 'p50'), change('p50'))];
}
/** The API each model was called through, shown once either is not plain Chat Completions. */
function apiRow(b, c, infoRow) {
    const words = (m) => `${m.api === 'responses' ? 'Responses' : 'Chat Completions'}${m.stream ? ', streamed' : ''}`;
    if ((b.api ?? 'chat') === 'chat' && (c.api ?? 'chat') === 'chat' && !b.stream && !c.stream)
        return [];
    return [infoRow('API', words(b), words(c))];
}
/** Which prompt each model used, once either has one of its own or the baseline came from the base commit. */
function promptRows(b, c, infoRow) {
    const rows = [];
    if (b.from)
        rows.push(infoRow('config from', `base ${(0,safe_markdown/* codeSpan */.SS)(b.from.commit.slice(0, 12))}`, 'this commit'));
    if (!b.prompt?.own && !c.prompt?.own && !b.from)
        return rows;
    const part = (name, p) => (p ? `${name} ${p.file === undefined ? 'inline' : (0,safe_markdown/* codeSpan */.SS)(p.file)} (${p.sha256.slice(0, 8)})` : '');
    const words = (m) => [part('system', m.prompt?.system), part('user', m.prompt?.user)].filter((w) => w !== '').join(' · ') || 'none';
    rows.push(infoRow('prompt', words(b), words(c)));
    return rows;
}
/** "config", or "genai-prices 0.1.8, 2026-09-23" (and the entry a dated id was priced as). */
function priceSourceWords(m) {
    const s = m.priceSource;
    if (s?.kind !== 'builtin')
        return 'config';
    const entry = s.entry === undefined ? '' : ` as ${(0,safe_markdown/* inlineText */.ln)(s.entry)}`;
    return `${(0,safe_markdown/* inlineText */.ln)(s.table ?? 'built-in')}, ${s.checked}${entry}`;
}
/**
 * Under the table: first, in bold, any check this set is too small for; then how the
 * intervals were made and the rule, the smallest regression each check can catch at this
 * many cases (80% power), and a footnote per inconclusive check saying what would decide it.
 * Caveats as data, printed as footnotes (benchstat). The words live in intervals.ts.
 */
function statisticsNotes(r) {
    const s = r.statistics;
    if (!s || r.checks.length === 0)
        return '';
    const how = s.method === 'paired case bootstrap'
        ? `${s.method} over ${(0,format/* fmtCount */.bg)(s.cases)} cases, ${(0,format/* fmtCount */.bg)(s.resamples)} resamples, seed ${s.seed}`
        : `${s.method} over ${(0,format/* fmtCount */.bg)(s.cases)} cases (score, jackknife, quantile and Newcombe intervals; seed ${s.seed})`;
    const weak = underpoweredLine(r);
    const lines = [
        ...(weak === '' ? [] : [weak, '']),
        `_${(0,format/* fmtLevel */.eX)(s.confidence)}% intervals: ${how}. \`~\` not significant (the interval contains 0). ${ruleSentence(s)}_`,
        '',
        `_Smallest regressions these ${(0,format/* fmtCount */.bg)(s.cases)} cases would catch ${(0,format/* fmtNumber */.FQ)(100 * s.power, 0)}% of the time: ${mdeList(r.checks)}._`,
    ];
    for (const { check, mark } of undecided(r))
        lines.push('', `${mark} ${decideNote(check, r)}`);
    return lines.join('\n');
}
/** "118 paired cases of 120 · 1 repeat · judge `gpt-4o-mini`: 240 calls, $0.012 · total $0.0539 · eval set `3f2a9c1b04de`" */
function summaryLine(r) {
    const parts = [
        `${(0,format/* fmtCount */.bg)(r.pairedCases)} paired cases of ${(0,format/* fmtCount */.bg)(r.evalSet.cases)}`,
        `${r.repeats} repeat${r.repeats === 1 ? '' : 's'}`,
    ];
    if (r.judge)
        parts.push(`judge ${(0,safe_markdown/* codeSpan */.SS)(r.judge.model)}: ${(0,format/* fmtCount */.bg)(r.judge.calls)} calls, ${(0,format/* fmtUsd */.Ss)(r.judge.costUsd)}`);
    parts.push(`total ${(0,format/* fmtUsd */.Ss)(r.totals.costUsd)} for ${(0,format/* fmtCount */.bg)(r.totals.calls)} calls`);
    if (r.run.durationMs !== null)
        parts.push(`ran in ${(0,format/* fmtMs */.mq)(r.run.durationMs)}`);
    parts.push(`eval set ${(0,safe_markdown/* codeSpan */.SS)(r.evalSet.contentHash.slice(0, 12))}`);
    return [parts.join(' · '), sequentialLine(r), runControlLine(r)].filter(Boolean).join('\n\n');
}
/** "Decided after 84 of 400 cases": a sequential stop, and what it saved. */
function sequentialLine(r) {
    const s = r.run.sequential;
    if (!s?.decidedAfter || !s.saved)
        return '';
    const { decidedAfter: d, saved } = s;
    const after = s.afterDecision && s.afterDecision.calls > 0 ? `; ${(0,format/* fmtCount */.bg)(s.afterDecision.calls)} calls already under way finished after the decision (${(0,format/* fmtUsd */.Ss)(s.afterDecision.usd)}, in the total, not judged)` : '';
    return `_Decided after ${(0,format/* fmtCount */.bg)(d.cases)} of ${(0,format/* fmtCount */.bg)(d.of)} cases: ${(0,format/* fmtCount */.bg)(saved.calls)} calls not sent, about ${(0,format/* fmtUsd */.Ss)(saved.usd)} and ${(0,format/* fmtMs */.mq)(saved.ms)} saved${after} (run.sequential)._`;
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
        sections_row(['tag', 'cases', 'quality', 'Δ quality', 'Δ cost', 'Δ quality per $', 'Δ p95']),
        '|:--|--:|--:|--:|--:|--:|--:|',
    ];
    for (const t of r.tags) {
        const cases = t.pairedCases === t.cases ? `${t.cases}` : `${t.pairedCases} of ${t.cases}`;
        lines.push(sections_row([
            (0,safe_markdown/* tableCell */.xR)(t.tag),
            cases,
            `${(0,format/* fmtNumber */.FQ)(t.baseline.quality, 1)} → ${(0,format/* fmtNumber */.FQ)(t.candidate.quality, 1)}`,
            (0,format/* fmtPoints */.JB)(t.change.quality),
            sections_signedPct(t.change.costUsd),
            sections_signedPct(t.change.qualityPerDollar),
            sections_signedPct(t.change.p95LatencyMs),
        ]));
    }
    return lines.join('\n');
}
function labelTable(side, model, t) {
    const lines = [
        `**${side}** ${(0,safe_markdown/* codeSpan */.SS)(model)}: ${t.correct} of ${t.total} correct`,
        '',
        sections_row(['expected ↓ · actual →', ...t.labels.map(safe_markdown/* tableCell */.xR), 'other']),
        `|:--|${t.labels.map(() => '--:|').join('')}--:|`,
    ];
    t.labels.forEach((label, i) => {
        const counts = (t.matrix[i] ?? []).map((n, j) => (j === i && n > 0 ? `**${n}**` : `${n}`));
        lines.push(sections_row([(0,safe_markdown/* tableCell */.xR)(label), ...counts]));
    });
    const other = Object.entries(t.other);
    if (other.length > 0) {
        const shown = other.slice(0, 8).map(([label, n]) => `${(0,safe_markdown/* inlineText */.ln)(label)} (${n})`);
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
    return `${side} · ${(0,safe_markdown/* htmlText */.js)(model)} · ${score}${latency}`;
}
function sideBody(s, limits) {
    const parts = [];
    if (s.error)
        parts.push(`⚠️ ${(0,safe_markdown/* inlineText */.ln)(s.error.kind)}: ${(0,safe_markdown/* inlineText */.ln)((0,safe_markdown/* truncateText */.EJ)(s.error.message, { maxChars: 200, maxLines: 1 }).text)}`);
    if (s.output === null) {
        parts.push('_no output_');
    }
    else {
        const cut = (0,safe_markdown/* truncateText */.EJ)(s.output, limits);
        parts.push((0,safe_markdown/* codeBlock */.DV)(cut.text));
        if (cut.truncated)
            parts.push(`_showing ${(0,format/* fmtCount */.bg)(Array.from(cut.text).length)} of ${(0,format/* fmtNumber */.FQ)(cut.totalChars)} characters_`);
    }
    return parts.join('\n\n');
}
/** Below 1% either way a token count has not moved: saying so on every row is noise. */
function sections_notableDrift(t) {
    return Math.abs(t.inputChange ?? 0) >= 0.01 || Math.abs(t.outputChange ?? 0) >= 0.01;
}
function regressionBlock(r, c, limits) {
    const b = c.baseline;
    const k = c.candidate;
    const scores = `${(0,format/* fmtScore */.M8)(b.score ?? 0)} → ${(0,format/* fmtScore */.M8)(k.score ?? 0)} (${c.change === null ? 'n/a' : (0,format/* fmtSigned */._Q)(c.change, 2)})`;
    // The tokens beside the regression: a tokenizer or prompt change often explains it.
    const tokens = r.regressions.find((g) => g.id === c.id)?.tokens;
    const drift = tokens && sections_notableDrift(tokens) ? regressionDriftCell({ inputChange: tokens.inputChange, outputChange: tokens.outputChange }) : '';
    return [
        '<details>',
        `<summary><code>${(0,safe_markdown/* htmlText */.js)(c.id)}</code> · ${(0,safe_markdown/* htmlText */.js)(`${c.file}:${c.line}`)} · score ${scores}${drift === '' ? '' : ` · tokens ${(0,safe_markdown/* htmlText */.js)(drift)}`}</summary>`,
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
    const lines = notes.slice(0, max).map((n) => `- ${(0,safe_markdown/* inlineText */.ln)(n)}`);
    if (notes.length > max)
        lines.push(`- …and ${notes.length - max} more in the JSON report`);
    return ['**Notes**', '', ...lines].join('\n');
}

;// CONCATENATED MODULE: ./build/report/chart.js
// chartMarkdown(): the report's charts as mermaid blocks, which GitHub draws in PR comments
// and job summaries: every model's quality against its cost, and the change in quality per
// tag. Model ids and tags come from the user's config and are untrusted: each label is cut
// down to letters, digits and a little punctuation and quoted, so it cannot end its string,
// start a statement (`click`, `classDef`), open a directive (`%%{init}%%`), carry HTML or
// close the fence.


/** Bounds on what the charts show: the rest stays in the tables and the JSON report. */
const CHART_LIMITS = {
    /** Points in the quality-against-cost chart, routing advice included. */
    points: 20,
    /** Bars in the per-tag chart: the tags with the largest changes. */
    tags: 20,
    modelLabelChars: 40,
    tagLabelChars: 24,
    /** Model ids quoted in the sentences under a chart. */
    noteChars: 60,
};
// Room beyond the farthest point, so no point or its label (drawn under it) sits on the frame,
// and beyond the longest bar.
const POINT_MARGIN = 1.3;
const BAR_MARGIN = 1.1;
// Smallest half-ranges: cost ×/÷ 1.1 and ±1 quality point, so near-equal models do not
// spread across the whole chart.
const MIN_LOG_COST_SPAN = Math.log(1.1);
const MIN_QUALITY_SPAN = 1;
// Letters, digits, space and . _ / + @ - mean nothing to mermaid inside a quoted string.
const UNSAFE_RUN = /[^\p{L}\p{N} ._/+@-]+/gu;
/** Cut to `max` code points, ending in "…" when cut. */
function shorten(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** An untrusted name as the text of a quoted mermaid label: safe characters only, one line, bounded. */
function chartLabel(text, maxChars) {
    // Bound the input first, so a huge id costs no more than a short one.
    const safe = text
        .slice(0, 4 * maxChars)
        .replace(/\s+/g, ' ')
        .replace(UNSAFE_RUN, '_')
        .replace(/ +/g, ' ')
        .trim();
    return shorten(safe === '' ? '?' : safe, maxChars);
}
/** Labels made distinct: a later duplicate gets " (2)", " (3)"…; the parentheses cannot come from a name. */
function distinct(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return n === 1 ? label : `${label} (${n})`;
    });
}
function mermaidBlock(lines) {
    return ['```mermaid', ...lines, '```'].join('\n');
}
/** A coordinate in [0, 1] as quadrantChart's lexer reads it: "1" or "0.ddd". */
function coordinate(value) {
    const text = Math.min(1, Math.max(0, value)).toFixed(3);
    return text === '1.000' ? '1' : text;
}
function placeable(cost, known) {
    return known && Number.isFinite(cost) && cost > 0 ? cost : null;
}
/** Every model of the run, in the ranking's order (baseline and candidate without one), then the routing advice. */
function modelPoints(r) {
    const { baseline, candidate } = r.models;
    const fromModel = (m, role) => ({
        model: m.model,
        role,
        quality: m.quality,
        // A model that answered without usage has an unknown cost. Read defensively: older reports lack the field.
        costUsd: placeable(m.costUsd, (m.usageMissing ?? 0) === 0),
    });
    const points = r.ranking && r.ranking.length > 0
        ? r.ranking.map((e) => ({ model: e.model, role: e.role, quality: e.quality, costUsd: placeable(e.costUsd, e.qualityPerDollar !== null) }))
        : [fromModel(baseline, 'baseline'), fromModel(candidate, 'candidate')];
    if (!points.some((p) => p.role === 'baseline'))
        points.unshift(fromModel(baseline, 'baseline'));
    if (!points.some((p) => p.role === 'candidate'))
        points.push(fromModel(candidate, 'candidate'));
    const cand = points.find((p) => p.role === 'candidate');
    if (r.routing && cand) {
        const cost = cand.costUsd === null ? null : placeable(cand.costUsd * (1 + r.routing.costChange), true);
        points.push({ model: `routing advice (by ${r.routing.by})`, role: 'routing', quality: r.routing.quality, costUsd: cost });
    }
    return points.filter((p) => Number.isFinite(p.quality));
}
function pointLabel(p) {
    if (p.role === 'routing')
        return p.model;
    const name = chartLabel(p.model, CHART_LIMITS.modelLabelChars);
    return p.role === 'alternative' ? name : `${name} (${p.role})`;
}
function quoteList(models) {
    return models.map((m) => (0,safe_markdown/* codeSpan */.SS)(shorten(m, CHART_LIMITS.noteChars))).join(', ');
}
/**
 * Quality against cost, centred on the baseline: the quadrant lines cross at its point, so
 * the top-left quadrant holds what is better and cheaper. Cost is on a log scale (a model
 * ten times cheaper is as far left as one ten times dearer is right), quality in points
 * against the baseline. Empty when the baseline or every other model has no known cost.
 */
function costChart(r) {
    const all = modelPoints(r);
    const base = all.find((p) => p.role === 'baseline');
    if (!base || base.costUsd === null)
        return '';
    const others = all.filter((p) => p !== base);
    const placed = others.filter((p) => p.costUsd !== null);
    if (placed.length === 0)
        return '';
    // Keep the candidate and the routing advice, then the others in ranking order.
    const fixed = placed.filter((p) => p.role !== 'alternative');
    const room = Math.max(0, CHART_LIMITS.points - 1 - fixed.length);
    const keep = new Set([...fixed, ...placed.filter((p) => p.role === 'alternative').slice(0, room)]);
    const kept = placed.filter((p) => keep.has(p));
    const shown = [base, ...kept];
    const baseCost = base.costUsd;
    const logCost = (p) => Math.log(p.costUsd / baseCost);
    const costSpan = Math.max(MIN_LOG_COST_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(logCost(p)))));
    // Rounded up to the decimal the axis prints, so the printed range is the drawn one.
    const qualitySpan = Math.ceil(10 * Math.max(MIN_QUALITY_SPAN, POINT_MARGIN * Math.max(...shown.map((p) => Math.abs(p.quality - base.quality))))) / 10;
    const labels = distinct(shown.map(pointLabel));
    const lines = [
        'quadrantChart',
        `  x-axis "cheaper ${(0,format/* fmtUsd */.Ss)(baseCost * Math.exp(-costSpan))}" --> "pricier ${(0,format/* fmtUsd */.Ss)(baseCost * Math.exp(costSpan))}"`,
        `  y-axis "worse ${(0,format/* fmtSigned */._Q)(-qualitySpan, 1)} pts" --> "better ${(0,format/* fmtSigned */._Q)(qualitySpan, 1)} pts"`,
        '  quadrant-1 "better, pricier"',
        '  quadrant-2 "better, cheaper"',
        '  quadrant-3 "worse, cheaper"',
        '  quadrant-4 "worse, pricier"',
        ...shown.map((p, i) => {
            const x = 0.5 + logCost(p) / (2 * costSpan);
            const y = 0.5 + (p.quality - base.quality) / (2 * qualitySpan);
            return `  "${labels[i]}": [${coordinate(x)}, ${coordinate(y)}]`;
        }),
    ];
    const notes = [
        `The baseline ${quoteList([base.model])} is at the centre (${(0,format/* fmtUsd */.Ss)(baseCost)}, quality ${(0,format/* fmtNumber */.FQ)(base.quality, 1)}); cost on a log scale, quality in points against the baseline.`,
    ];
    const unplaced = others.filter((p) => p.costUsd === null).map((p) => p.model);
    if (unplaced.length > 0)
        notes.push(`Not placed, cost unknown or zero: ${quoteList(unplaced)}.`);
    const cut = placed.length - kept.length;
    if (cut > 0)
        notes.push(`${cut} more model${cut === 1 ? '' : 's'} of the ranking not shown.`);
    return ['#### Quality against cost', '', mermaidBlock(lines), '', `_${notes.join(' ')}_`].join('\n');
}
// Gains blue, losses orange: apart for colour-blind readers too, and legible on GitHub's
// light and dark themes alike. The value axis has no tick labels (nor ticks): mermaid pads
// the axis by half the widest label and starts every bar at the frame, so a zero would show
// as a stub. Each tag's label gives its value instead. Set in the block's front matter, which no name can
// reach: labels are quoted and on one line.
const BAR_COLOURS = ['royalblue', '#bc4c00'];
const BAR_CONFIG = [
    '---',
    'config:',
    '  xyChart:',
    '    yAxis:',
    '      showLabel: false',
    '      showTick: false',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${BAR_COLOURS.join(', ')}"`,
    '---',
];
/**
 * The change in quality per tag as horizontal bars. Mermaid draws every bar from the axis
 * minimum, so a bar below zero would look like a gain: the bars are the size of the change
 * instead, gains and losses as two series in two colours, and each tag's label carries the
 * sign. Empty with fewer than two tags that have paired cases.
 */
function tagChart(r) {
    const rows = r.tags.filter((t) => t.pairedCases > 0 && Number.isFinite(t.change.quality));
    if (rows.length < 2)
        return '';
    // The largest changes (ties by report order), shown in report order, like the table.
    const picked = rows
        .map((t, i) => ({ t, i }))
        .sort((a, b) => Math.abs(b.t.change.quality) - Math.abs(a.t.change.quality) || a.i - b.i)
        .slice(0, CHART_LIMITS.tags)
        .sort((a, b) => a.i - b.i)
        .map(({ t }) => t);
    const names = distinct(picked.map((t) => chartLabel(t.tag, CHART_LIMITS.tagLabelChars)));
    const changes = picked.map((t) => Number(t.change.quality.toFixed(1)));
    const largest = Math.max(...changes.map(Math.abs));
    const span = Math.max(MIN_QUALITY_SPAN, Math.ceil(10 * BAR_MARGIN * largest) / 10);
    const bars = (keep) => `[${changes.map((x) => (keep(x) ? Math.abs(x) : 0).toFixed(1)).join(', ')}]`;
    const lines = [
        ...BAR_CONFIG,
        'xychart-beta horizontal',
        `  x-axis [${names.map((n, i) => `"${n} ${(0,format/* fmtSigned */._Q)(changes[i], 1)}"`).join(', ')}]`,
        `  y-axis "size of the quality change, points" 0 --> ${span.toFixed(1)}`,
        `  bar ${bars((x) => x > 0)}`,
        `  bar ${bars((x) => x < 0)}`,
    ];
    const of = picked.length < rows.length ? ` ${picked.length} of ${rows.length} tags: those with the largest changes.` : '';
    const note = `_Candidate − baseline, in quality points: blue a gain, orange a loss, the sign in each label.${of}_`;
    return ['#### Quality change by tag', '', mermaidBlock(lines), '', note].join('\n');
}
/**
 * The report's charts, each a heading, a ```mermaid block and a line of notes, separated by a
 * blank line: quality against cost (when the baseline and at least one other model or the
 * routing advice have a known, non-zero cost) and the quality change per tag (with two or
 * more tags that have paired cases). '' when neither applies. The same report gives the same text.
 */
function chartMarkdown(report) {
    return [costChart(report), tagChart(report)].filter((block) => block !== '').join('\n\n');
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
    const b = (0,safe_markdown/* codeSpan */.SS)(r.models.baseline.model);
    const c = (0,safe_markdown/* codeSpan */.SS)(r.models.candidate.model);
    const lines = [`### llm-gate: ${b} → ${c}`, '', `${VERDICT_EMOJI[r.verdict]} **${r.verdict}** — ${(0,safe_markdown/* inlineText */.ln)(r.headline)}`];
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
    if (r.timeouts)
        blocks.push(timeoutLines(r.timeouts, r.timeouts.timeoutMs, r.timeouts.retries).join('\n'));
    blocks.push(rankingSection(r), routingSection(r));
    if (level.tags)
        blocks.push(chartMarkdown(r));
    if (level.tags)
        blocks.push(tagTable(r));
    if (level.tags && r.tokens && notableDrift(r.tokens))
        blocks.push(driftLines(r.tokens).join('\n'));
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

// EXTERNAL MODULE: ./build/report/records.js
var records = __webpack_require__(5089);
;// CONCATENATED MODULE: ./build/report/index.js








/***/ }),

/***/ 5089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ reportCache),
/* harmony export */   aL: () => (/* binding */ reportRecord),
/* harmony export */   jR: () => (/* binding */ callRecordOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
// The report's call records and cache section: plain copies of what the run measured, in
// a fixed key order, so `regrade` and `merge` can rebuild the comparison from the file.


function copyError(e) {
    return {
        kind: e.kind,
        message: e.message,
        ...(e.status === undefined ? {} : { status: e.status }),
        ...(e.param === undefined ? {} : { param: e.param }),
        ...(e.code === undefined ? {} : { code: e.code }),
    };
}
/**
 * A call record as the report keeps it. Its output is cut to REPORT_OUTPUT_CHARS like the
 * cases' (outputChars then holds the full length); `inCase` leaves it out for the record
 * whose output the case already shows (the first repeat), so a report holds each output once.
 */
function reportRecord(r, key, inCase = false) {
    const cut = r.output !== null && r.output.length > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_OUTPUT_CHARS */ .dR;
    const outputChars = cut ? Math.max(r.outputChars ?? 0, r.output.length) : r.outputChars;
    return {
        caseId: r.caseId,
        side: r.side,
        repeat: r.repeat,
        model: r.model,
        ...(key === undefined ? {} : { key }),
        ...(inCase && r.output !== null ? { outputInCase: true } : { output: cut ? r.output.slice(0, _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_OUTPUT_CHARS */ .dR) : r.output }),
        ...(outputChars === undefined ? {} : { outputChars }),
        latencyMs: r.latencyMs,
        ...(r.ttftMs === undefined ? {} : { ttftMs: r.ttftMs }),
        usage: { prompt: r.usage.prompt, cached: r.usage.cached, completion: r.usage.completion, reasoning: r.usage.reasoning },
        costUsd: r.costUsd,
        attempts: r.attempts,
        ...(r.error === undefined ? {} : { error: copyError(r.error) }),
        ...(r.finishReason === undefined ? {} : { finishReason: r.finishReason }),
        ...(r.usageMissing ? { usageMissing: true } : {}),
        ...(r.cachedAt === undefined ? {} : { cachedAt: r.cachedAt }),
    };
}
/** A report record back as a call record (the key stays with the report); `caseOutput` is the case's output for outputInCase. */
function callRecordOf(r, caseOutput = null) {
    const { key: _key, outputInCase, output, ...rest } = r;
    return { ...rest, output: outputInCase ? caseOutput : (output ?? null), usage: { ...r.usage }, ...(r.error ? { error: { ...r.error } } : {}) };
}
function side(s, now) {
    const age = (iso) => (iso === undefined ? null : Math.max(0, Math.round(now - Date.parse(iso))));
    return {
        reused: s.reused,
        made: s.made,
        expired: s.expired,
        oldestAgeMs: age(s.oldest),
        newestAgeMs: age(s.newest),
        oldestMeasuredAt: s.oldest ?? null,
        savedUsd: s.savedUsd,
    };
}
function reportCache(settings, summary, opts) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(opts.cwd, settings.dir).split('\\').join('/') || '.';
    return {
        dir,
        mode: settings.mode,
        reuse: settings.reuse,
        maxAgeMs: Number.isFinite(settings.maxAgeMs) && !opts.replay ? settings.maxAgeMs : null,
        replay: opts.replay,
        baseline: side(summary.sides.baseline, opts.now),
        candidate: side(summary.sides.candidate, opts.now),
        judge: side(summary.sides.judge, opts.now),
        written: summary.written,
        corrupt: summary.corrupt,
        corruptFiles: summary.corruptFiles.map((f) => ({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(opts.cwd, f.file).split('\\').join('/'), why: f.why })),
    };
}


/***/ }),

/***/ 5542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony exports ZWJ, neutralise */
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


/***/ }),

/***/ 3110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ REPORT_SCHEMA)
/* harmony export */ });
// The JSON report, "llm-gate/report@1". Its field names are a public interface
// (users parse it in CI), so they only ever grow. Keys are written in the order of
// these declarations, so the same inputs give byte-identical files.
const REPORT_SCHEMA = 'llm-gate/report@1';


/***/ })

};
