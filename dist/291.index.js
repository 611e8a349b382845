export const id = 291;
export const ids = [291,590];
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

/***/ 959:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  Tx: () => (/* binding */ buildReportParts),
  H_: () => (/* binding */ reportCase)
});

// UNUSED EXPORTS: REPORT_OUTPUT_CHARS

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
// EXTERNAL MODULE: ./build/report/headline.js
var headline = __webpack_require__(2251);
// EXTERNAL MODULE: ./build/report/migration.js
var migration = __webpack_require__(1991);
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
// EXTERNAL MODULE: ./build/report/cache-words.js
var cache_words = __webpack_require__(3945);
// EXTERNAL MODULE: ./build/report/lists.js
var report_lists = __webpack_require__(7590);
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
/** A graded case as the report lists it: all it reads is the case and its two graded sides. */
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
    const { report, lists } = buildReportParts(opts);
    return (0,report_lists.withLists)(report, lists);
}
/**
 * The report with `cases` (and `records`) left empty, and the lists that fill them, made
 * item by item as they are written (writeJsonFile): a large run's report is never held whole.
 */
function buildReportParts(opts) {
    const { config, evalSet, comparison: cmp } = opts;
    const records = opts.records === undefined ? undefined : Array.isArray(opts.records) ? (0,report_lists.mappedList)(opts.records, (r) => r) : opts.records;
    const lists = { cases: opts.cases ?? (0,report_lists.mappedList)(opts.graded, reportCase), ...(records ? { records } : {}) };
    return { report: reportWithoutLists(opts, cmp, config, evalSet, records !== undefined), lists };
}
function reportWithoutLists(opts, cmp, config, evalSet, withRecords) {
    const cache = opts.run?.cache;
    const baseline = withPrompt(reportModel(cmp.models.baseline, config.models.baseline, cache?.baseline.reused), config, 'baseline');
    const candidate = withPrompt(reportModel(cmp.models.candidate, config.models.candidate, cache?.candidate.reused), config, 'candidate');
    const judge = cmp.judge ?? null;
    const checks = cmp.checks.map((c) => reportCheck(c, cache, baseline.calls));
    const p95 = checks.find((c) => c.baselineFromCache !== undefined);
    const cacheWords = cache ? [...(0,cache_words/* cacheNotes */.Ao)(cache), ...(p95?.baselineFromCache ? [(0,cache_words/* p95CacheNote */.P9)(p95.baselineFromCache)] : [])] : [];
    return {
        schema: report_types/* REPORT_SCHEMA */.D,
        verdict: cmp.verdict,
        headline: opts.monthly ? `${(0,headline/* headlineOf */.gD)(cmp)}; ${(0,migration/* monthlyPhrase */.lT)(opts.monthly, cmp.statistics.confidence, opts.routing?.intervals.confidence)}` : (0,headline/* headlineOf */.gD)(cmp),
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
        cases: [],
        warnings: [...cmp.warnings.map(warningWords), ...priceWarnings(config, opts.run?.startedAt)],
        ...(withRecords ? { records: [] } : {}),
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


/***/ }),

/***/ 3945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ cacheNotes),
/* harmony export */   P9: () => (/* binding */ p95CacheNote),
/* harmony export */   rK: () => (/* binding */ fmtAge)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2772);
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
function sideWords(name, s) {
    return `${s.reused} of ${s.reused + s.made} ${name} calls${ages(s)}`;
}
function cacheNotes(cache) {
    const notes = [];
    const counted = [cache.baseline, cache.candidate, cache.judge, ...(cache.alternatives ? [cache.alternatives] : [])];
    const reused = counted.reduce((n, s) => n + s.reused, 0);
    const saved = counted.reduce((n, s) => n + s.savedUsd, 0);
    const sides = [sideWords('baseline', cache.baseline), sideWords('candidate', cache.candidate)];
    if (cache.alternatives)
        sides.push(sideWords('alternatives\'', cache.alternatives));
    if (cache.judge.reused + cache.judge.made > 0)
        sides.push(sideWords('judge', cache.judge));
    const lead = cache.replay ? 'Replayed from the call cache, nothing sent' : `Call cache (reuse: ${cache.reuse})`;
    notes.push(`${lead}: reused ${sides.join('; ')}${reused > 0 ? `; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtUsd */ .Ss)(saved)} not spent again` : ''}.`);
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

/***/ 2251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ headlineOf)
/* harmony export */ });
/* unused harmony exports checkPhrase, undecidedPhrase, costPhrase, qualityPhrase */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2772);
/* harmony import */ var _intervals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6325);
/* harmony import */ var _error_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4941);
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
    return check.metric === 'quality' ? `the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtNumber */ .FQ)(limit, limit % 1 === 0 ? 0 : 1)}-point limit` : `the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPct */ .pT)(limit)} limit`;
}
/** "quality −1.8 pts [−4.9, +1.3]"; error rate also shows both rates. */
function changeWords(check) {
    const words = METRIC_WORDS[check.metric];
    const change = (0,_intervals_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtWithInterval */ .$z)(check.metric, check.change, check.interval);
    if (check.metric === 'errorRate')
        return `${words} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPct */ .pT)(check.baseline)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPct */ .pT)(check.candidate)} (${change})`;
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
    return `; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtCount */ .bg)(most)} more case${most === 1 ? '' : 's'} would decide ${checks.length === 1 ? 'it' : 'them'}`;
}
/** "costs 2.4× more", "costs 38% more", "costs about the same", "costs 40% less". */
function costPhrase(baseline, candidate) {
    const b = baseline.costPer1kCases;
    const c = candidate.costPer1kCases;
    if (b === 0)
        return c === 0 ? 'costs nothing either' : 'costs money where the baseline cost nothing';
    const ratio = c / b;
    if (ratio >= 1.995)
        return `costs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtRatio */ .lj)(ratio)} more`;
    if (ratio >= 1.005)
        return `costs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPct */ .pT)(ratio - 1)} more`;
    if (ratio > 0.995)
        return 'costs about the same';
    return `costs ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPct */ .pT)(1 - ratio)} less`;
}
/** "for +1.2 quality", "for the same quality" */
function qualityPhrase(baseline, candidate) {
    const change = candidate.quality - baseline.quality;
    if (Math.abs(change) < 0.05)
        return 'for the same quality';
    return `for ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtPoints */ .JB)(change).replace(/ pts$/, '')} quality`;
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
            return (0,_error_words_js__WEBPACK_IMPORTED_MODULE_1__/* .errorHeadline */ .rP)(reason, models);
        case 'noPairs':
            return 'could not judge: no case was answered by both models';
        case 'checks': {
            const failed = comparison.checks.filter((k) => k.status === 'fail');
            if (failed.length > 0) {
                const partial = reason.partial
                    ? ` (the run stopped early; the ${reason.partial.pairedCases} of ${reason.partial.cases} cases that finished already show it)`
                    : '';
                const timedOut = reason.timedOut ? `${(0,_error_words_js__WEBPACK_IMPORTED_MODULE_1__/* .timedOutWords */ .vR)(c, reason.timedOut)}: ` : '';
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

/***/ 7590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstOf: () => (/* binding */ firstOf),
/* harmony export */   mappedList: () => (/* binding */ mappedList),
/* harmony export */   withLists: () => (/* binding */ withLists)
/* harmony export */ });
/** A list over an array, item i made by `make` (from the array's item i). */
function mappedList(source, make) {
    return {
        length: source.length,
        *items() {
            for (let i = 0; i < source.length; i++)
                yield make(source[i], i);
        },
    };
}
/** The first item of a list, without making the others. */
function firstOf(list) {
    for (const item of list.items())
        return item;
    return undefined;
}
/** The report with its lists made whole: what JSON.parse of the written report gives. */
function withLists(report, lists) {
    // Spreading over the placeholders keeps each key where it was, so the key order is the same.
    return { ...report, cases: [...lists.cases.items()], ...(lists.records ? { records: [...lists.records.items()] } : {}) };
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
    // Made as one literal (finishReason in it, undefined when absent), then the rarer optional
    // fields: a merge holds 200,000 of these, and a field added after an object is made lives
    // in a second object beside it.
    const record = {
        caseId: r.caseId,
        side: r.side,
        repeat: r.repeat,
        model: r.model,
        output: r.outputInCase ? caseOutput : (r.output ?? null),
        latencyMs: r.latencyMs,
        usage: { prompt: r.usage.prompt, cached: r.usage.cached, completion: r.usage.completion, reasoning: r.usage.reasoning },
        costUsd: r.costUsd,
        attempts: r.attempts,
        finishReason: r.finishReason,
    };
    if (r.outputChars !== undefined)
        record.outputChars = r.outputChars;
    if (r.ttftMs !== undefined)
        record.ttftMs = r.ttftMs;
    if (r.error !== undefined)
        record.error = copyError(r.error);
    if (r.usageMissing)
        record.usageMissing = true;
    if (r.cachedAt !== undefined)
        record.cachedAt = r.cachedAt;
    return record;
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
const alternativesCounted = (s) => s.reused + s.made + s.expired > 0;
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
        ...(alternativesCounted(summary.sides.alternatives) ? { alternatives: side(summary.sides.alternatives, opts.now) } : {}),
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
