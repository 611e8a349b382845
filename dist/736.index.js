export const id = 736;
export const ids = [736];
export const modules = {

/***/ 653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T1: () => (/* binding */ MIN_LOOK_CASES),
/* harmony export */   fT: () => (/* binding */ lookPoints),
/* harmony export */   lT: () => (/* binding */ INTERIM_SHARE),
/* harmony export */   lU: () => (/* binding */ lookLevels),
/* harmony export */   o8: () => (/* binding */ LOOK_FRACTIONS)
/* harmony export */ });
/* unused harmony export INTERIM_TAIL_CALLS */
/** Fraction of each level that the interim looks spend, together. */
const INTERIM_SHARE = 0.05;
/** Looks at these fractions of the set, before the final one. */
const LOOK_FRACTIONS = [0.2, 0.4, 0.6, 0.8];
/** An interim look needs at least this many cases: below it intervals are too rough to stop on. */
const MIN_LOOK_CASES = 30;
/**
 * An interim look compares p95s only with this many answered calls above the p95 on each
 * side (200 calls), not the final look's MIN_TAIL_CALLS: the tail's standard error rests on
 * those few calls, and at 60 to 160 calls its interval ran narrow often enough that looking
 * four times pushed a change at the threshold past 5% fails. Below it the look leaves the
 * latency checks undecided and the run goes on.
 */
const INTERIM_TAIL_CALLS = 10;
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
    const failAlpha = typeof base.failAlpha === 'number'
        ? base.failAlpha * share
        : Object.fromEntries(Object.entries(base.failAlpha).map(([metric, alpha]) => [metric, alpha * share]));
    return {
        failAlpha,
        confidence: 1 - 2 * passAlpha * share,
        ...(base.failThresholdAlpha === undefined ? {} : { failThresholdAlpha: base.failThresholdAlpha * share }),
        ...(interimLooks > 0 && !final ? { latencyTail: INTERIM_TAIL_CALLS } : {}),
    };
}


/***/ }),

/***/ 7598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Um: () => (/* binding */ GITHUB_COMMENT_CHARS),
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
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
/**
 * Largest report file `regrade` and `merge` read. A partial report of 10,000 cases is
 * about 10–20 MB; this bounds what a corrupt or hostile artifact can make the merge hold.
 */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;


/***/ }),

/***/ 4941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ fmtTimeout),
/* harmony export */   rP: () => (/* binding */ errorHeadline),
/* harmony export */   vR: () => (/* binding */ timedOutWords)
/* harmony export */ });
/* unused harmony exports failureWords, rejectedParam, rejectionHint */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2772);
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
    const n = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(group.count);
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
    return `the ${side} ${model.model}${at} answered ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(outage.answered)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(outage.calls)} calls${how}`;
}
/** The headline of an `error` verdict that names a cause. */
function errorHeadline(reason, models) {
    switch (reason.kind) {
        case 'rejected': {
            const m = models[reason.side];
            const param = rejectedParam(reason.error);
            const at = reason.endpoint ? ` at ${reason.endpoint}` : '';
            return (`could not judge: the ${reason.side} ${m.model}${at} rejects the request (not a model regression): ` +
                `HTTP ${reason.error.status ?? '4xx'} on ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(reason.error.count)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(reason.calls)} calls: ${quoted(reason.error.message)}` +
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
            return (`could not judge: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(reason.rate)} of ${reason.side} ${m.model}'s calls${at} failed on infrastructure errors ` +
                `(rate limits, 5xx, connections) after retries, above the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(reason.limit)} limit${cause}`);
        }
        case 'costUnmeasured': {
            const parts = reason.sides.map(({ side, missing, answered }) => `the endpoint of the ${side} ${models[side].model} returned no usage for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(missing)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(answered)} answered calls`);
            return `could not judge: cost cannot be judged: ${parts.join('; ')}, so quality per dollar is unmeasured (a cost of $0 would pass any model)`;
        }
    }
}
/** "the candidate gpt-5.5 timed out on 97% of calls at your 2 s timeout (or its endpoint is down)" */
function timedOutWords(model, timedOut) {
    return `the candidate ${model.model} timed out on ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(timedOut.share)} of calls at your ${fmtTimeout(timedOut.timeoutMs)} timeout (or its endpoint is down)`;
}


/***/ }),

/***/ 6325:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ fmtWithInterval),
/* harmony export */   Or: () => (/* binding */ ruleSentence),
/* harmony export */   bW: () => (/* binding */ mdeList),
/* harmony export */   hM: () => (/* binding */ decideNote),
/* harmony export */   oR: () => (/* binding */ isSignificant),
/* harmony export */   pK: () => (/* binding */ underpoweredLine)
/* harmony export */ });
/* unused harmony exports fmtChange, fmtBounds, checkChange, isUnderpowered */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2772);
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
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPoints */ .JB)(value);
        case 'percent':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(value, { sign: true });
        case 'pp':
            return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPp */ .yW)(value);
    }
}
function fmtBound(unit, value) {
    if (unit === 'percent')
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(value, { sign: true });
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtSigned */ ._Q)(unit === 'pp' ? value * 100 : value, 1);
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
            return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtNumber */ .FQ)(size, size < 10 ? 1 : 0).replace(/\.0$/, '')}-point drop in quality`;
        case 'qualityPerDollar':
            return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(size)} drop in quality per dollar`;
        case 'p95Latency':
            return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(size)} rise in p95 latency`;
        case 'ttftP95':
            return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtPct */ .pT)(size)} rise in time to first token (p95)`;
        case 'errorRate':
            return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtNumber */ .FQ)(100 * size, 1).replace(/\.0$/, '')}-point rise in the error rate`;
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
    return `**These ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(r.statistics.cases)} cases would catch ${parts.join('; ')}** (80% of the time). More cases, or repeats for latency, narrow that.`;
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
        return `${words}: ${tooFew}deciding it would take more than 10× this set (over ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(check.casesToDecideAtLeast)} cases), if the change held.`;
    }
    if (check.casesToDecide === undefined)
        return `${words}: ${tooFew}the change sits on the limit; more cases alone may not decide it.`;
    return `${words}: ${tooFew}need about ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtCount */ .bg)(check.casesToDecide)} more cases to decide it (80% power, if the change held).`;
}
/** The rule, in one sentence, with the levels the report records. */
function ruleSentence(s) {
    // A level is never rounded up to 100%, and a small chance is shown with the digits it needs.
    const pct = (x) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtLevel */ .eX)(x)}%`;
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


/***/ }),

/***/ 1991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lT: () => (/* binding */ monthlyPhrase),
/* harmony export */   oR: () => (/* binding */ rankingSection),
/* harmony export */   uU: () => (/* binding */ routingSection)
/* harmony export */ });
/* unused harmony export routingSentence */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2772);
/* harmony import */ var _safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5542);


const CHECK_WORDS = {
    quality: 'quality',
    qualityPerDollar: 'quality per $',
    p95Latency: 'p95',
    ttftP95: 'TTFT p95',
    errorRate: 'error rate',
};
/** Slices the routing sentence names; the JSON report has every one. */
const MAX_NAMED_SLICES = 12;
const ROLE_WORDS = { baseline: 'baseline', candidate: 'candidate', alternative: 'alternative' };
/** The ranking table: the first row is the cheapest model that holds every threshold. */
function rankingSection(r) {
    const ranking = r.ranking;
    if (!ranking || ranking.length === 0)
        return '';
    const first = ranking[0];
    const lead = first.holds
        ? `**${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(first.model)}** (${ROLE_WORDS[first.role]}) is the cheapest model that holds every threshold.`
        : 'No model holds every threshold against the baseline.';
    const rows = ranking.map((e) => {
        const holds = e.role === 'baseline' ? '— (reference)' : e.holds ? '✅ holds' : e.notHeld.map((n) => `${n.status === 'fail' ? '❌' : '❔'} ${CHECK_WORDS[n.metric]}`).join(', ');
        return `| ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .tableCell */ .xR)(e.model)} | ${ROLE_WORDS[e.role]} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtNumber */ .FQ)(e.quality, 1)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtUsd */ .Ss)(e.costUsd)} | ${e.qualityPerDollar === null ? 'n/a' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtNumber */ .FQ)(e.qualityPerDollar, 0)} | ${e.p95LatencyMs === null ? 'n/a' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtMs */ .mq)(e.p95LatencyMs)} | ${holds} |`;
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
        return `keep every ${routing.by === 'tag' ? 'tag' : 'eval file'} on the candidate ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(candidate)}: no routing does better on quality per dollar within the quality threshold`;
    // Named up to a dozen slices; an eval set with hundreds of tags lists the rest in the JSON.
    const undecided = new Set(routing.undecided);
    const decided = routing.slices.filter((s) => !undecided.has(s.slice));
    const byModel = new Map();
    for (const s of decided.slice(0, MAX_NAMED_SLICES))
        byModel.set(s.model, [...(byModel.get(s.model) ?? []), (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s.slice)]);
    const parts = [...byModel].map(([model, slices]) => `${slices.join(', ')} → ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(model)}`);
    const more = decided.length > MAX_NAMED_SLICES ? ` (and ${decided.length - MAX_NAMED_SLICES} more slices: the JSON report has them all)` : '';
    return `route ${parts.join('; ')}${more}: quality ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtNumber */ .FQ)(routing.quality, 1)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPoints */ .JB)(routing.qualityChange)}), cost ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPct */ .pT)(routing.costChange, { sign: true })} vs all-candidate`;
}
function routingSection(r) {
    const routing = r.routing;
    if (!routing)
        return '';
    const { intervals } = routing;
    const level = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtNumber */ .FQ)(intervals.confidence * 100, 0)}%`;
    const lines = [
        `#### Routing advice (by ${routing.by === 'tag' ? 'tag' : 'eval file'})`,
        '',
        `${routingSentence(routing, r.models.candidate.model)}.`,
        '',
        `Chosen on the same cases it is scored on, so the figures above run optimistic; the ${level} intervals come from a bootstrap of the whole choice (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtCount */ .bg)(intervals.resamples)} resamples, each choosing again and scored on the cases it left out): quality change ${interval(intervals.qualityChange, (x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPoints */ .JB)(x))}, cost change ${interval(intervals.costChange, (x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtPct */ .pT)(x, { sign: true }))}.`,
    ];
    if (routing.undecided.length > 0) {
        const named = routing.undecided.slice(0, MAX_NAMED_SLICES).map((s) => (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(s)).join(', ');
        const rest = routing.undecided.length > MAX_NAMED_SLICES ? ` and ${routing.undecided.length - MAX_NAMED_SLICES} more` : '';
        lines.push('', `Left on the candidate, fewer than ${routing.minCases} cases to decide: ${named}${rest}.`);
    }
    return lines.join('\n');
}
/** "+$8,400/month at 2M calls (95%: +$7,900 to +$8,900)", for the headline. */
function monthlyPhrase(m, confidence, routingConfidence) {
    const money = (x) => `${x > 0 ? '+' : ''}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtUsd */ .Ss)(x)}`;
    const change = `${money(m.costChangeUsd)}/month at ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtCount */ .bg)(m.callsPerMonth)} calls (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtLevel */ .eX)(confidence)}%: ${interval(m.costChangeInterval, money)})`;
    if (m.routingSavingUsd === undefined || m.routingSavingInterval === undefined || !(m.routingSavingUsd > 0))
        return change;
    const level = routingConfidence === undefined ? '' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtLevel */ .eX)(routingConfidence)}%: `;
    return `${change}; the routing advice saves ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtUsd */ .Ss)(m.routingSavingUsd)}/month against all-candidate (${level}${interval(m.routingSavingInterval, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .fmtUsd */ .Ss)})`;
}


/***/ }),

/***/ 8105:
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

/***/ 4853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ SIDES),
/* harmony export */   CG: () => (/* binding */ alternativeIndex),
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   RM: () => (/* binding */ NO_API_KEY),
/* harmony export */   k: () => (/* binding */ promptFor),
/* harmony export */   kP: () => (/* binding */ messagesFor),
/* harmony export */   yo: () => (/* binding */ alternativeSlot)
/* harmony export */ });
/* unused harmony export modelOf */
// The data model shared by every stage of the pipeline:
// config → EvalCase[] → CallRecord[] → GradedCase[] → Comparison → Report.
// Everything here is plain, serialisable data so that records can be cached,
// sharded and merged later without a live run.
const SIDES = ['baseline', 'candidate'];
function alternativeSlot(index) {
    return `alternatives.${index}`;
}
/** models.alternatives' index of a slot; undefined for the baseline, the candidate and the judge. */
function alternativeIndex(slot) {
    return slot.startsWith('alternatives.') ? Number(slot.slice('alternatives.'.length)) : undefined;
}
/** Where a model is written in the config: "models.baseline", "models.alternatives[1]", "judge". */
function modelPath(slot) {
    const index = alternativeIndex(slot);
    if (index !== undefined)
        return `models.alternatives[${index}]`;
    return slot === 'judge' ? 'judge' : `models.${slot}`;
}
/** The model config of a slot. */
function modelOf(config, slot) {
    if (slot === 'baseline' || slot === 'candidate')
        return config.models[slot];
    const model = config.alternatives?.[alternativeIndex(slot)];
    if (!model)
        throw new RangeError(`no model in slot ${slot}`);
    return model;
}
/** The messages a model sends for a case: its own prompt's rendering, else the shared one. */
function messagesFor(evalCase, slot) {
    return evalCase.sideMessages?.[slot] ?? evalCase.messages;
}
/**
 * The prompt template a model renders its cases with: its own prompt key by key over the
 * shared one; a baseline read from the base commit takes that commit's prompt whole.
 */
function promptFor(config, slot) {
    const model = modelOf(config, slot);
    if (!model.prompt)
        return config.prompt;
    if (model.from)
        return model.prompt;
    const merged = { ...config.prompt };
    if (model.prompt.system !== undefined)
        merged.system = model.prompt.system;
    if (model.prompt.user !== undefined)
        merged.user = model.prompt.user;
    return merged;
}
/** apiKeyEnv value that sends no Authorization header (keyless local servers, or a key in a header of its own). */
const NO_API_KEY = 'none';


/***/ })

};
