export const id = 69;
export const ids = [69];
export const modules = {

/***/ 5974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ callKey),
/* harmony export */   dj: () => (/* binding */ canonicalJson)
/* harmony export */ });
/* unused harmony exports CALL_KEY_VERSION, apiKindOf, endpointKey, requestBody */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
// The call key: what makes two calls the same call. It covers where the call goes (the
// endpoint's host and path, never its credentials or query), which API it speaks and whether
// it streams, the
// whole request body as sent (model, messages, params) and the repeat index, so a changed
// prompt, parameter or model is a different call and repeat 2 never stands in for repeat 1.

/** Bumped when the key's recipe changes: old entries then simply stop matching. */
const CALL_KEY_VERSION = 1;
/** The API a model's calls go through; Chat Completions unless the model says otherwise. */
function apiKindOf(model) {
    const api = model.api;
    return typeof api === 'string' && api !== '' ? api : 'chat';
}
/** host[:port]/path of a base URL: where calls go, without what could carry a secret. */
function endpointKey(baseUrl) {
    try {
        const url = new URL(baseUrl);
        return `${url.host}${url.pathname}`.replace(/\/+$/, '');
    }
    catch {
        return baseUrl;
    }
}
/** The request body the caller sends for this request (the caller builds it the same way). */
function requestBody(model, messages, params) {
    return { model: model.model, messages, ...model.params, ...params };
}
function callKey(model, request) {
    const material = {
        v: CALL_KEY_VERSION,
        endpoint: endpointKey(model.baseUrl),
        api: apiKindOf(model),
        // A streamed call measures what a whole one does not (time to first token); only set
        // when true, so the keys of calls that never streamed stay what they were.
        ...(model.stream === true ? { stream: true } : {}),
        body: requestBody(model, request.messages, request.params),
        repeat: request.repeat,
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(material)).digest('hex');
}
/** JSON with keys sorted by code point, so a key never depends on the order params were written in. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}


/***/ }),

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

/***/ 6069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate),
  runMerge: () => (/* binding */ runMerge),
  runRegrade: () => (/* binding */ runRegrade)
});

// UNUSED EXPORTS: resolveApiKeys, secretValues

// EXTERNAL MODULE: ./build/run/transport.js + 1 modules
var transport = __webpack_require__(1004);
// EXTERNAL MODULE: ./build/run/index.js + 21 modules
var run = __webpack_require__(4719);
// EXTERNAL MODULE: ./build/compare/sequential.js
var compare_sequential = __webpack_require__(653);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
// EXTERNAL MODULE: ./build/run/proxy.js
var run_proxy = __webpack_require__(4682);
// EXTERNAL MODULE: ./build/stats/rng.js
var rng = __webpack_require__(8105);
;// CONCATENATED MODULE: ./build/lookout.js
// The gate's sequential looks. While the run sends calls, the lookout watches the cases in
// the order they are sent; when the first n at a planned point (compare/sequential.ts) are
// all answered, it grades them, compares them at that look's levels, and, if the verdict is
// decided (fail, or pass on every check), tells the run to stop sending. Grades are kept, so
// no case is graded (or judged) twice.

/**
 * The graders and the comparison, loaded when the first look needs them: a run starts its
 * calls without waiting for code that runs only once answers are in.
 */
const analysis = async () => {
    const [{ gradeCases }, { compare, DEFAULT_STATISTICS }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(980), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9243)), __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 4191))]);
    return { gradeCases, compare, DEFAULT_STATISTICS };
};
function createLookout(opts) {
    const cases = opts.evalSet.cases;
    const perCase = 2 * opts.config.run.repeats;
    const plan = opts.enabled ? (0,compare_sequential/* lookPoints */.fT)(cases.length) : [];
    const drain = new AbortController();
    const graded = new Map();
    const byCase = new Map();
    const position = new Map(opts.order.map((caseIndex, p) => [cases[caseIndex].id, p]));
    const answered = new Array(cases.length).fill(false);
    const looks = [];
    let decidedAt;
    let prefix = 0;
    let nextLook = 0;
    let running = Promise.resolve();
    let busy = false;
    const lookCases = (n) => {
        const chosen = new Set(opts.order.slice(0, n));
        return cases.filter((_, i) => chosen.has(i));
    };
    const look = async (n) => {
        const subset = lookCases(n);
        const records = subset.flatMap((c) => byCase.get(c.id) ?? []);
        await gradeNew(subset, records);
        if (opts.signal?.aborted)
            return;
        const { compare, DEFAULT_STATISTICS } = await analysis();
        const comparison = compare({
            config: opts.config,
            graded: subset.map((c) => graded.get(c.id)),
            records,
            judgeRecords: opts.judgeRecords,
            seed: opts.evalSet.contentHash,
            statistics: (0,compare_sequential/* lookLevels */.lU)(DEFAULT_STATISTICS, plan.length, false),
        });
        const result = { cases: n, verdict: comparison.verdict };
        looks.push(result);
        if (comparison.verdict === 'fail' || comparison.verdict === 'pass') {
            decidedAt = result;
            drain.abort();
        }
    };
    const gradeNew = async (subset, records) => {
        const fresh = subset.filter((c) => !graded.has(c.id));
        if (fresh.length === 0)
            return;
        const ids = new Set(fresh.map((c) => c.id));
        const { gradeCases } = await analysis();
        const result = await gradeCases({
            cases: fresh,
            records: records.filter((r) => ids.has(r.caseId)),
            judge: opts.judge,
            concurrency: opts.config.run.concurrency,
            judgeLimit: opts.judgeLimit,
            signal: opts.signal,
        });
        for (const g of result)
            graded.set(g.case.id, g);
    };
    const maybeLook = () => {
        if (busy || decidedAt || nextLook >= plan.length || prefix < plan[nextLook])
            return;
        const n = plan[nextLook++];
        busy = true;
        running = look(n).finally(() => {
            busy = false;
            maybeLook();
        });
    };
    return {
        drain: drain.signal,
        graded,
        record(record) {
            if (plan.length === 0 || record.side === 'judge')
                return;
            const list = byCase.get(record.caseId);
            if (list)
                list.push(record);
            else
                byCase.set(record.caseId, [record]);
            if ((list?.length ?? 1) < perCase)
                return;
            const p = position.get(record.caseId);
            if (p === undefined)
                return;
            answered[p] = true;
            while (prefix < answered.length && answered[prefix])
                prefix++;
            maybeLook();
        },
        async settled() {
            // A look may schedule the next one as it ends; wait until none is running.
            for (;;) {
                const current = running;
                await current;
                if (current === running && !busy)
                    return;
            }
        },
        summary: () => ({ plan, looks: [...looks], ...(decidedAt ? { decidedAt } : {}) }),
        lookCases,
    };
}

// EXTERNAL MODULE: ./build/cache/key.js
var cache_key = __webpack_require__(5974);
// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/cache/entry.js
// One cache entry on disk: the answer of one call and when it was measured. An entry is
// read back from a directory anyone with write access to the runner's cache could have
// filled, so decoding checks every field and its bounds; anything else is "corrupt" (a miss
// with a warning). It holds no cost (recomputed from usage at today's price), no key and no
// header: only what the endpoint answered.

const CACHE_ENTRY_SCHEMA = 'llm-gate/cache-entry@1';
/**
 * Largest entry file read: an output of GRADE_INPUT_CHARS characters, each escaped as
 * \uXXXX in the worst case, plus the other fields.
 */
const MAX_ENTRY_BYTES = limits/* GRADE_INPUT_CHARS */.bL * 6 + 16 * 1024;
/** Only answers are kept: an error (an outage, a timeout) is a fact about that moment, not about the call. */
function isCacheable(record) {
    return record.error === undefined && record.output !== null && record.latencyMs !== null && record.cachedAt === undefined;
}
function entryOf(key, record, measuredAt) {
    return {
        schema: CACHE_ENTRY_SCHEMA,
        key,
        measuredAt,
        model: record.model,
        output: record.output ?? '',
        ...(record.outputChars === undefined ? {} : { outputChars: record.outputChars }),
        latencyMs: record.latencyMs ?? 0,
        ...(record.ttftMs === undefined ? {} : { ttftMs: record.ttftMs }),
        usage: { prompt: record.usage.prompt, cached: record.usage.cached, completion: record.usage.completion, reasoning: record.usage.reasoning },
        ...(record.usageMissing ? { usageMissing: true } : {}),
        ...(record.finishReason === undefined ? {} : { finishReason: record.finishReason }),
        attempts: record.attempts,
    };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Checks a parsed entry field by field; `key` is the key it was looked up under. */
function decodeEntry(value, key) {
    const bad = (why) => ({ ok: false, why });
    if (!isObject(value))
        return bad('not a JSON object');
    if (value.schema !== CACHE_ENTRY_SCHEMA)
        return bad(`schema is not ${CACHE_ENTRY_SCHEMA}`);
    if (value.key !== key)
        return bad('its key does not match its file name');
    const measuredAt = value.measuredAt;
    if (typeof measuredAt !== 'string' || measuredAt.length > 40 || !Number.isFinite(Date.parse(measuredAt)))
        return bad('measuredAt is not a date');
    if (typeof value.model !== 'string' || value.model.length > 1000)
        return bad('model is not a string');
    const output = value.output;
    if (typeof output !== 'string' || output.length > limits/* GRADE_INPUT_CHARS */.bL)
        return bad('output is not a string of at most the graded length');
    if (value.outputChars !== undefined && !(isCount(value.outputChars) && value.outputChars > output.length))
        return bad('outputChars is wrong');
    const latencyMs = value.latencyMs;
    if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0)
        return bad('latencyMs is not a duration');
    const ttftMs = value.ttftMs;
    if (ttftMs !== undefined && !(typeof ttftMs === 'number' && Number.isFinite(ttftMs) && ttftMs >= 0 && ttftMs <= latencyMs))
        return bad('ttftMs is not a duration within latencyMs');
    const usage = value.usage;
    if (!isObject(usage) || !isCount(usage.prompt) || !isCount(usage.cached) || !isCount(usage.completion) || !isCount(usage.reasoning)) {
        return bad('usage is not four token counts');
    }
    if (usage.cached > usage.prompt)
        return bad('usage has more cached than prompt tokens');
    if (value.usageMissing !== undefined && value.usageMissing !== true)
        return bad('usageMissing is not true');
    if (value.finishReason !== undefined && (typeof value.finishReason !== 'string' || value.finishReason.length > 100))
        return bad('finishReason is not a short string');
    if (!isCount(value.attempts) || value.attempts < 1)
        return bad('attempts is not a count');
    return {
        ok: true,
        entry: {
            schema: CACHE_ENTRY_SCHEMA,
            key,
            measuredAt,
            model: value.model,
            output,
            ...(value.outputChars === undefined ? {} : { outputChars: value.outputChars }),
            latencyMs,
            ...(ttftMs === undefined ? {} : { ttftMs: ttftMs }),
            usage: { prompt: usage.prompt, cached: usage.cached, completion: usage.completion, reasoning: usage.reasoning },
            ...(value.usageMissing ? { usageMissing: true } : {}),
            ...(value.finishReason === undefined ? {} : { finishReason: value.finishReason }),
            attempts: value.attempts,
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/cache/store.js
// The cache directory: one file per call key, under a two-character fan-out directory so no
// directory grows past a few thousand files. Reads are bounded (MAX_ENTRY_BYTES) and never
// throw: a missing file is a miss, an unreadable, oversized or malformed one a miss with a
// warning. Writes go to a temporary file in the same directory and are renamed into place,
// so a run killed mid-write leaves a stray temporary file at worst, never a torn entry.




const KEY = /^[0-9a-f]{64}$/;
function entryPath(dir, key) {
    return (0,external_node_path_.join)(dir, key.slice(0, 2), `${key}.json`);
}
function createFileStore(dir) {
    const made = new Set();
    return {
        dir,
        async get(key) {
            if (!KEY.test(key))
                throw new RangeError(`cache key must be 64 hex digits, got ${JSON.stringify(key)}`);
            const file = entryPath(dir, key);
            let text;
            try {
                const read = await readBounded(file, MAX_ENTRY_BYTES);
                if (read === undefined)
                    return { status: 'miss' };
                if (read === 'too-large')
                    return { status: 'corrupt', file, why: `larger than ${MAX_ENTRY_BYTES} bytes` };
                text = read;
            }
            catch (err) {
                return { status: 'corrupt', file, why: `cannot be read (${err.code ?? err.message})` };
            }
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                return { status: 'corrupt', file, why: 'is not JSON' };
            }
            const decoded = decodeEntry(value, key);
            return decoded.ok ? { status: 'hit', entry: decoded.entry } : { status: 'corrupt', file, why: decoded.why };
        },
        async put(entry) {
            const sub = (0,external_node_path_.join)(dir, entry.key.slice(0, 2));
            const tmp = (0,external_node_path_.join)(sub, `.tmp-${entry.key.slice(0, 16)}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
            try {
                if (!made.has(sub)) {
                    await (0,promises_.mkdir)(sub, { recursive: true });
                    made.add(sub);
                }
                await (0,promises_.writeFile)(tmp, JSON.stringify(entry), { flag: 'wx' });
                await (0,promises_.rename)(tmp, entryPath(dir, entry.key));
                return true;
            }
            catch {
                await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
                return false;
            }
        },
    };
}
/** The file's text, undefined when it does not exist, 'too-large' past max bytes (never reading more than max + 1). */
async function readBounded(file, max) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return undefined;
        throw err;
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
        if (stat.size > max)
            return 'too-large';
        const buffer = Buffer.alloc(Math.min(stat.size, max) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > max)
            return 'too-large';
        return buffer.toString('utf8', 0, length);
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./build/cache/caller.js
// A CallFn around a model's CallFn: answer from the cache when allowed and fresh enough,
// else make the call and keep its answer. A reused record is the measured one (its output,
// usage and latency), with cachedAt saying when it was measured; its cost is recomputed
// from the usage at today's price. Reused calls never reach the inner caller, so they take
// nothing from the run's budget, retry budget or concurrency.



function recordFromEntry(entry, request, role, model) {
    const record = {
        caseId: request.caseId,
        side: role,
        repeat: request.repeat,
        model: model.model,
        output: entry.output,
        latencyMs: entry.latencyMs,
        usage: { ...entry.usage },
        costUsd: entry.usageMissing ? 0 : (0,run/* callCost */.wD)(entry.usage, model.price),
        attempts: entry.attempts,
        cachedAt: entry.measuredAt,
    };
    if (entry.outputChars !== undefined)
        record.outputChars = entry.outputChars;
    if (entry.ttftMs !== undefined)
        record.ttftMs = entry.ttftMs;
    if (entry.finishReason !== undefined)
        record.finishReason = entry.finishReason;
    if (entry.usageMissing)
        record.usageMissing = true;
    return record;
}
function createCachedCaller(opts) {
    const { role, model, store, stats } = opts;
    const counted = opts.countAs ?? role;
    return async function cached(request, signal) {
        const key = (0,cache_key/* callKey */.C_)(model, request);
        if (opts.read(request)) {
            const found = await store.get(key);
            if (found.status === 'corrupt')
                stats.corrupt(found.file, found.why);
            if (found.status === 'hit') {
                const age = opts.now() - Date.parse(found.entry.measuredAt);
                if (age <= opts.maxAgeMs) {
                    const record = recordFromEntry(found.entry, request, role, model);
                    stats.reused(counted, found.entry.measuredAt, record.costUsd);
                    return record;
                }
                stats.expired(counted);
            }
        }
        if (!opts.inner) {
            stats.missing(counted, request.caseId);
            if (opts.onMissing)
                return opts.onMissing(request);
            throw new Error(`cache: no entry for case ${request.caseId} (${role}) and no caller to make the call`);
        }
        const record = await opts.inner(request, signal);
        stats.made(counted);
        if (opts.write && isCacheable(record)) {
            const entry = entryOf(key, record, new Date(opts.now()).toISOString());
            const text = entry.output;
            if (!opts.secrets.some((s) => s.length >= 6 && text.includes(s))) {
                if (await store.put(entry))
                    stats.written();
            }
        }
        return record;
    };
}

// EXTERNAL MODULE: ./build/cache/settings.js
var settings = __webpack_require__(5736);
;// CONCATENATED MODULE: ./build/cache/stats.js
// What the cache did in one run, as counts: the report turns them into words.
/** Corrupt files named in the report; the count covers all of them. */
const CORRUPT_NAMED = 5;
const emptySide = () => ({ reused: 0, made: 0, expired: 0, savedUsd: 0 });
function createCacheStats() {
    const sides = { baseline: emptySide(), candidate: emptySide(), judge: emptySide(), alternatives: emptySide() };
    const missing = { baseline: new Set(), candidate: new Set(), judge: new Set(), alternatives: new Set() };
    const corruptFiles = [];
    let corrupt = 0;
    let written = 0;
    return {
        reused(role, measuredAt, costUsd) {
            const s = sides[role];
            s.reused++;
            s.savedUsd += costUsd;
            const t = Date.parse(measuredAt);
            if (s.oldest === undefined || t < Date.parse(s.oldest))
                s.oldest = measuredAt;
            if (s.newest === undefined || t > Date.parse(s.newest))
                s.newest = measuredAt;
        },
        made: (role) => void sides[role].made++,
        expired: (role) => void sides[role].expired++,
        written: () => void written++,
        corrupt(file, why) {
            corrupt++;
            if (corruptFiles.length < CORRUPT_NAMED)
                corruptFiles.push({ file, why });
        },
        missing: (role, caseId) => void missing[role].add(caseId),
        summary: () => ({
            sides: { baseline: { ...sides.baseline }, candidate: { ...sides.candidate }, judge: { ...sides.judge }, alternatives: { ...sides.alternatives } },
            written,
            corrupt,
            corruptFiles: [...corruptFiles],
            missing: { baseline: [...missing.baseline], candidate: [...missing.candidate], judge: [...missing.judge], alternatives: [...missing.alternatives] },
        }),
    };
}

;// CONCATENATED MODULE: ./build/cache/run-cache.js




function createRunCache(opts) {
    const { settings, replay } = opts;
    const store = opts.store ?? createFileStore(settings.dir);
    const stats = createCacheStats();
    const readAll = replay || settings.reuse === 'all';
    // Outputs of reused baseline calls, by case and repeat: the judge calls that grade them may be reused too.
    const reusedOutputs = new Map();
    const slot = (caseId, repeat) => `${caseId}\u0000${repeat}`;
    const gradesReused = (request) => {
        const outputs = reusedOutputs.get(slot(request.caseId, request.repeat));
        return outputs !== undefined && outputs.some((o) => o !== '' && request.messages.some((m) => m.content.includes(o)));
    };
    const missingRecord = (role, model) => (request) => ({
        caseId: request.caseId,
        side: role,
        repeat: request.repeat,
        model: model.model,
        output: null,
        latencyMs: null,
        usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
        costUsd: 0,
        attempts: 0,
        error: { kind: 'cancelled', message: 'not in the cache (replay)' },
    });
    return {
        settings,
        replay,
        wrap(role, model, inner, countAs) {
            const read = readAll || role === 'baseline' ? () => true : role === 'judge' ? gradesReused : () => false;
            const call = createCachedCaller({
                role,
                ...(countAs ? { countAs } : {}),
                model,
                store,
                ...(replay ? {} : inner ? { inner } : {}),
                read,
                write: !replay && settings.mode === 'read-write',
                // A replay is asked to use what is there, however old; the report says how old.
                maxAgeMs: replay ? Number.POSITIVE_INFINITY : settings.maxAgeMs,
                now: opts.now,
                stats,
                secrets: opts.secrets,
                onMissing: missingRecord(role, model),
            });
            if (role !== 'baseline' || readAll)
                return call;
            return async (request, signal) => {
                const record = await call(request, signal);
                if (record.cachedAt !== undefined && record.output) {
                    const key = slot(record.caseId, record.repeat);
                    const list = reusedOutputs.get(key);
                    if (list)
                        list.push(record.output);
                    else
                        reusedOutputs.set(key, [record.output]);
                }
                return record;
            };
        },
        summary: () => stats.summary(),
    };
}
/** The settings a replay uses when run.cache is off: the default directory under the config's. */
function replaySettings(rootDir, resolveDir) {
    return { dir: resolveDir(rootDir, settings/* CACHE_DEFAULTS */.G.dir), mode: 'read', reuse: 'all', maxAgeMs: Number.POSITIVE_INFINITY };
}

;// CONCATENATED MODULE: ./build/cache/index.js
// The call cache: answers kept by call key on disk, reused by later runs (and by replays).








;// CONCATENATED MODULE: ./build/cache/warm.js
// Which endpoints to warm up before timing starts. A role whose calls will come from the
// cache sends nothing, so warming it would be a request the cache was meant to save (and a
// server counting requests would see it). One probe decides: if the cache holds the role's
// first call, the role is taken as cached; if not (a cold cache), it is warmed as before.



async function endpointsToWarm(config, evalSet, cache) {
    const { baseline, candidate } = config.models;
    // No case (an empty shard) means no call, so nothing to warm either.
    const first = evalSet.cases[0];
    if (!first)
        return [];
    if (!cache)
        return [baseline, candidate];
    const store = createFileStore(cache.settings.dir);
    const cached = async (side) => (await store.get((0,cache_key/* callKey */.C_)(config.models[side], { messages: (0,types/* messagesFor */.kP)(first, side), repeat: 0 }))).status === 'hit';
    const warm = [];
    if (!(await cached('baseline')))
        warm.push(baseline);
    if (cache.settings.reuse !== 'all' || !(await cached('candidate')))
        warm.push(candidate);
    return warm;
}

;// CONCATENATED MODULE: ./build/cache/replay.js
// A replay's missing entries, as the one error that names them.

/** Case ids named per model; the count covers the rest. */
const NAMED = 10;
function missingEntriesError(summary, config) {
    const roles = ['baseline', 'candidate', 'alternatives', 'judge'];
    const parts = [];
    let total = 0;
    for (const role of roles) {
        const ids = summary.missing[role];
        if (ids.length === 0)
            continue;
        total += ids.length;
        const model = role === 'judge' ? config.judge?.model : role === 'alternatives' ? (config.alternatives ?? []).map((m) => m.model).join(', ') : config.models[role].model;
        const named = ids.slice(0, NAMED).join(', ');
        const more = ids.length > NAMED ? ` and ${ids.length - NAMED} more` : '';
        parts.push(`${role} ${model ?? '(none)'}: ${ids.length} case${ids.length === 1 ? '' : 's'} (${named}${more})`);
    }
    if (total === 0)
        return undefined;
    return new errors/* LlmGateError */.Z(`--replay: the cache has no entry for calls of ${parts.join('; ')}`, {
        code: 'usage',
        field: 'run.cache',
        hint: 'run once without --replay (with run.cache on) to make and keep those calls, or point run.cache.dir at the cache that has them',
    });
}

// EXTERNAL MODULE: ./build/shard/assign.js
var shard_assign = __webpack_require__(990);
;// CONCATENATED MODULE: ./build/gate.js













/**
 * What runs once answers are in: the graders, the comparison and the report. Loaded when the
 * first answer arrives, so a run's start waits only for what sending needs (the SDK, the run).
 */
async function gate_analysis() {
    const [grade, compare, report] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(980), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9243)), __webpack_require__.e(/* import() */ 191).then(__webpack_require__.bind(__webpack_require__, 4191)), Promise.all(/* import() */[__webpack_require__.e(191), __webpack_require__.e(291), __webpack_require__.e(893), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 1903))]);
    return {
        gradeCases: grade.gradeCases,
        compare: compare.compare,
        DEFAULT_STATISTICS: compare.DEFAULT_STATISTICS,
        monthlyCost: compare.monthlyCost,
        rankModels: compare.rankModels,
        routingAdvice: compare.routingAdvice,
        buildReport: report.buildReport,
        buildReportParts: report.buildReportParts,
        withLists: report.withLists,
        reportCache: report.reportCache,
        reportRecord: report.reportRecord,
    };
}
/** The config stage, for the commands that load it here (regrade, merge) rather than in the shell's thread. */
async function configStage() {
    return Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(243), __webpack_require__.e(980), __webpack_require__.e(906), __webpack_require__.e(879)]).then(__webpack_require__.bind(__webpack_require__, 3906));
}
/** Runs the gate end to end. Never throws for user-fixable problems: they come back as `error`. */
async function runGate(options) {
    return outcomeOf(() => gate(options));
}
async function outcomeOf(work) {
    try {
        const done = await work();
        return 'status' in done ? done : { status: 'done', ...done };
    }
    catch (err) {
        if (err instanceof errors/* LlmGateError */.Z)
            return { status: 'error', error: err };
        throw err;
    }
}
async function gate(options) {
    const { cwd, env, signal } = options;
    const startedAt = new Date();
    const clock = options.clock ?? performance;
    const t0 = clock.now();
    // A preloaded run was in its load phase in the thread that loaded it.
    if (!options.loaded)
        options.onPhase?.('load');
    const loaded = options.loaded ?? (await (await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(243), __webpack_require__.e(980), __webpack_require__.e(906), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 1146))).loadGate(options));
    const { config, evalSet: fullSet } = loaded;
    if (loaded.nothingToGate !== undefined)
        return { status: 'skipped', reason: loaded.nothingToGate, config };
    // A shard runs its slice of the cases; the content hash stays the whole set's, so every
    // shard draws the same bootstrap and the merge can check the partials belong together.
    const evalSet = options.shard ? { ...fullSet, cases: (0,shard_assign/* shardCases */.Q)(fullSet.cases, options.shard) } : fullSet;
    // Only the count of the whole set is needed from here: a shard lets the other cases go.
    const fullCases = fullSet.cases.length;
    const replay = options.replay === true;
    // A replay sends nothing, so it needs no key.
    const keys = replay ? {} : resolveApiKeys(config, env, options.defaultApiKey);
    const estimate = (0,run/* estimateRunCost */.$N)(evalSet.cases, config);
    // Header and query values from ${VAR} are secrets like the keys: the shells redact them all.
    const secrets = [...new Set([...Object.values(keys).filter((k) => typeof k === 'string' && k !== ''), ...secretValues(config)])];
    const cacheSettings = config.run.cache ?? (replay ? replaySettings(config.rootDir, external_node_path_.resolve) : undefined);
    const cache = cacheSettings
        ? createRunCache({ settings: cacheSettings, replay, secrets, now: options.now ?? Date.now })
        : undefined;
    options.onLoaded?.({ config, cases: evalSet.cases.length, apiKeys: secrets, estimate, warnings: evalSet.warnings ?? [] });
    let proxy;
    try {
        proxy = (0,run_proxy/* proxyEnvFrom */.IA)(env);
        (0,transport/* createHttpFetch */.HW)({ proxy });
    }
    catch (err) {
        throw new errors/* LlmGateError */.Z(err.message, { code: 'config', hint: 'set HTTPS_PROXY to http://host:port, or unset it' });
    }
    // One control for the whole run, judge included: the retry budget (so a degraded API
    // cannot start a retry storm) and the money ledger for run.budget. The models share its
    // adaptive concurrency; the judge gets its own below.
    const control = (0,run/* createRunControl */.dd)({ settings: config.run, clock });
    const callerFor = (role, model, adaptive = control.adaptive, apiKey = keys[role], countAs) => {
        const inner = replay ? undefined : (0,run/* createCaller */.uF)({ role, model, apiKey: apiKey ?? '', settings: config.run, clock, signal, control: { ...control, adaptive }, proxy });
        return cache ? cache.wrap(role, model, inner, countAs) : inner;
    };
    const callers = { baseline: callerFor('baseline', config.models.baseline), candidate: callerFor('candidate', config.models.candidate) };
    // An alternative is a candidate of its own: called, cached and retried as the candidate is,
    // its cache hits counted apart from the candidate's.
    const alternativeCallers = (config.alternatives ?? []).map((model, i) => callerFor('candidate', model, control.adaptive, keys[(0,types/* alternativeSlot */.yo)(i)], 'alternatives'));
    options.onPhase?.('run');
    const { baseline, candidate } = config.models;
    const cold = replay ? [] : await endpointsToWarm(config, evalSet, cache);
    if (cold.length > 0) {
        const alternatives = config.alternatives ?? [];
        await (0,run/* warmUp */.lM)([...cold, ...(evalSet.cases.length > 0 ? alternatives : [])], {
            concurrency: config.run.concurrency,
            apiKeyFor: (model) => (model === baseline ? keys.baseline : model === candidate ? keys.candidate : keys[(0,types/* alternativeSlot */.yo)(alternatives.indexOf(model))]),
            signal,
            proxy,
        });
    }
    const judgeRecords = [];
    // The judge is another model, with its own rate limit: its own AIMD, sharing the run's
    // retry budget and money ledger. Sequential looks grade (and judge) while the run goes on.
    const judgeAdaptive = (0,run/* createAdaptiveConcurrency */.c_)({ max: config.run.concurrency, clock });
    const judgeCaller = config.judge ? callerFor('judge', config.judge, judgeAdaptive) : undefined;
    const judge = judgeCaller
        ? async (request, callSignal) => {
            const record = await judgeCaller(request, callSignal);
            judgeRecords.push(record);
            return record;
        }
        : undefined;
    // Cases go in a seeded, tag-stratified order only when the gate will look at a prefix of
    // them; otherwise in file order, as they always did.
    // A shard never stops early: its looks would see one slice, and the merge needs every case.
    const sequentialOn = !options.shard && config.run.sequential !== false && (0,compare_sequential/* lookPoints */.fT)(evalSet.cases.length).length > 0;
    const order = sequentialOn ? (0,run/* dispatchOrder */.vl)(evalSet.cases, (0,rng/* seedFromHash */.QJ)(evalSet.contentHash)) : evalSet.cases.map((_, i) => i);
    const lookout = createLookout({
        config,
        evalSet,
        order,
        judge,
        judgeRecords,
        judgeLimit: () => judgeAdaptive.limit,
        signal,
        enabled: sequentialOn,
    });
    judgeAdaptive.start();
    let records;
    let graded;
    let afterDecision = [];
    let alternativeRecords = [];
    const keyOf = recordKeys(config, evalSet);
    const knownKeys = new Map();
    let alternativeGraded = [];
    // Loads once the first answer is in, while the other calls are out: before that, its
    // compiling would delay the first requests. Awaited once answers are in.
    let loading;
    const startAnalysis = () => {
        if (!loading) {
            loading = gate_analysis();
            // Awaited later; a failed import is reported there, not as an unhandled rejection now.
            loading.catch(() => { });
        }
        return loading;
    };
    try {
        records = await (0,run/* runCases */.vm)({
            cases: evalSet.cases,
            callers,
            ...(alternativeCallers.length > 0 ? { alternatives: alternativeCallers } : {}),
            repeats: config.run.repeats,
            concurrency: config.run.concurrency,
            signal,
            control,
            order,
            drain: lookout.drain,
            // Sequential looks decide the candidate's verdict: the alternatives' calls are not theirs.
            onRecord: (record) => {
                startAnalysis();
                if (record.alternative !== undefined)
                    return;
                lookout.record(record);
                // Keyed while the calls run, when the worker is mostly waiting, not after the last.
                const key = keyOf(record);
                if (key !== undefined)
                    knownKeys.set(record, key);
            },
            onProgress: options.onProgress,
        });
        alternativeRecords = records.filter((r) => r.alternative !== undefined);
        records = records.filter((r) => r.alternative === undefined);
        await lookout.settled();
        options.onPhase?.('grade');
        // After a sequential stop the report judges exactly the cases the deciding look judged,
        // so its verdict is that look's and the same inputs give the same report; calls that
        // were in flight, or sent while the look was graded, are paid for and counted apart
        // (sequential.afterDecision). Without a stop, every case is judged.
        const decided = lookout.summary().decidedAt;
        const judged = decided ? lookout.lookCases(decided.cases) : evalSet.cases;
        const ids = new Set(judged.map((c) => c.id));
        if (decided) {
            afterDecision = records.filter((r) => !ids.has(r.caseId));
            records = records.filter((r) => ids.has(r.caseId));
        }
        const { gradeCases } = await startAnalysis();
        const fresh = judged.filter((c) => !lookout.graded.has(c.id));
        const freshIds = new Set(fresh.map((c) => c.id));
        const newlyGraded = await gradeCases({
            cases: fresh,
            records: records.filter((r) => freshIds.has(r.caseId)),
            judge,
            concurrency: config.run.concurrency,
            judgeLimit: () => judgeAdaptive.limit,
            signal,
        });
        const byId = new Map([...lookout.graded, ...newlyGraded.map((g) => [g.case.id, g])]);
        graded = judged.map((c) => byId.get(c.id));
        // Each alternative is graded on the cases the candidate's verdict was decided on, and
        // paired with the same baseline grades.
        alternativeRecords = alternativeRecords.filter((r) => ids.has(r.caseId));
        alternativeGraded = [];
        for (const [i] of (config.alternatives ?? []).entries()) {
            const own = await gradeCases({
                cases: judged,
                records: alternativeRecords.filter((r) => r.alternative === i),
                judge,
                concurrency: config.run.concurrency,
                judgeLimit: () => judgeAdaptive.limit,
                signal,
            });
            alternativeGraded.push(own.map((g, k) => ({ case: g.case, baseline: graded[k].baseline, candidate: g.candidate })));
        }
    }
    finally {
        judgeAdaptive.end();
    }
    judgeRecords.sort(byCaseThenRepeat(evalSet.cases.map((c) => c.id)));
    const cacheSummary = cache?.summary();
    const missing = cache?.replay && cacheSummary ? missingEntriesError(cacheSummary, config) : undefined;
    if (missing)
        throw missing;
    options.onPhase?.('compare');
    const a = await startAnalysis();
    const { compare, DEFAULT_STATISTICS, buildReportParts, reportCache } = a;
    const runSummary = control.summary();
    const sequential = lookout.summary();
    const incomplete = signal?.aborted === true || runSummary.stoppedForBudget || records.some((r) => r.error?.kind === 'cancelled');
    // A run stopped at a look is reported at that look's levels; one that went to the end, at
    // the final look's (the whole level when no interim look was planned).
    const levels = (0,compare_sequential/* lookLevels */.lU)(DEFAULT_STATISTICS, sequential.plan.length, sequential.decidedAt === undefined);
    const comparison = compare({ config, graded, records, judgeRecords, incomplete, seed: evalSet.contentHash, statistics: levels });
    const alternatives = (config.alternatives ?? []).map((model, i) => ({
        model,
        comparison: compare({
            config: { ...config, models: { baseline: config.models.baseline, candidate: model } },
            graded: alternativeGraded[i] ?? [],
            records: [...records.filter((r) => r.side === 'baseline'), ...alternativeRecords.filter((r) => r.alternative === i)],
            judgeRecords: [],
            incomplete,
            seed: evalSet.contentHash,
            statistics: levels,
        }),
        graded: alternativeGraded[i] ?? [],
    }));
    options.onPhase?.('report');
    const parts = buildReportParts({
        config,
        evalSet,
        comparison,
        graded,
        ...migrationAdvice(a, { config, graded, comparison, alternatives, seed: evalSet.contentHash }),
        ...(alternativeRecords.length > 0 ? { alternativesSpent: { calls: alternativeRecords.length, costUsd: alternativeRecords.reduce((sum, r) => sum + r.costUsd, 0) } } : {}),
        run: {
            startedAt: startedAt.toISOString(),
            durationMs: Math.round(clock.now() - t0),
            simulated: options.simulated === true,
            control: runSummary,
            estimate,
            sequential: sequentialReport(sequential, {
                cases: evalSet.cases.length,
                plannedCalls: 2 * config.run.repeats * evalSet.cases.length,
                records,
                afterDecision,
                elapsedMs: clock.now() - t0,
            }),
            ...(cache && cacheSummary ? { cache: reportCache(cache.settings, cacheSummary, { replay, cwd, now: (options.now ?? Date.now)() }) } : {}),
        },
        records: keyedRecords(a.reportRecord, config, evalSet, records, judgeRecords, knownKeys),
        ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count, cases: fullCases } } : {}),
    });
    return built(a, parts, config, options.reportLists);
}
/** The report whole, or with its lists apart when the caller writes them itself. */
function built(a, parts, config, apart = false) {
    return apart ? { ...parts, config } : { report: a.withLists(parts.report, parts.lists), config };
}
/**
 * Beyond the verdict: every model ranked (with alternatives), the routing of traffic slices
 * to models the paired results support, and with traffic: what it all costs per month.
 */
function migrationAdvice(a, input) {
    const { config, graded, comparison, alternatives } = input;
    const ranking = alternatives.length > 0 ? a.rankModels(comparison, alternatives) : undefined;
    const routed = a.routingAdvice({
        cases: graded.map((g) => g.case),
        models: [
            { model: config.models.candidate.model, sides: graded.map((g) => g.candidate) },
            { model: config.models.baseline.model, sides: graded.map((g) => g.baseline) },
            ...alternatives.map((a) => ({ model: a.model.model, sides: a.graded.map((g) => g.candidate) })),
        ],
        qualityTolerance: typeof config.thresholds.quality === 'number' ? config.thresholds.quality : 0,
        seed: (0,rng/* seedFromHash */.QJ)(input.seed),
    });
    // Advice needs a slice with enough cases to decide; without one there is nothing to say.
    const routing = routed && routed.slices.some((s) => s.cases >= routed.minCases) ? routed : undefined;
    const monthly = a.monthlyCost(config, comparison, routing);
    return { ...(ranking ? { ranking } : {}), ...(routing ? { routing } : {}), ...(monthly ? { monthly } : {}) };
}
/**
 * The run's records for the report: the models' with the call key each was made for, then
 * the judge's; each made when the report's writer reaches it.
 */
function keyedRecords(reportRecord, config, evalSet, records, judgeRecords, known) {
    const keyOf = recordKeys(config, evalSet);
    return {
        length: records.length + judgeRecords.length,
        *items() {
            // The first record of each case and side is the one whose output the case shows.
            const shown = new Set();
            for (const r of records) {
                const slot = `${r.caseId}\u0000${r.side}`;
                const first = !shown.has(slot);
                shown.add(slot);
                yield reportRecord(r, known?.get(r) ?? keyOf(r), first);
            }
            for (const r of judgeRecords)
                yield reportRecord(r);
        },
    };
}
/** The call key a model's record was made for (undefined for the judge's, or a case not in the set). */
function recordKeys(config, evalSet) {
    const byId = new Map(evalSet.cases.map((c) => [c.id, c]));
    return (r) => {
        const c = byId.get(r.caseId);
        if (!c || r.side === 'judge')
            return undefined;
        return (0,cache_key/* callKey */.C_)(config.models[r.side], { messages: (0,types/* messagesFor */.kP)(c, r.side), repeat: r.repeat });
    };
}
/** Every model's key must be present before the first call: a missing key is a setup error, not an outage. */
function resolveApiKeys(config, env, defaultApiKey) {
    const roles = [
        ['baseline', config.models.baseline],
        ['candidate', config.models.candidate],
        ...(config.alternatives ?? []).map((m, i) => [(0,types/* alternativeSlot */.yo)(i), m]),
        ['judge', config.judge],
    ];
    const keys = {};
    // The shared key (the Action's api-key input) belongs to one host: sent to a second, it
    // would hand one vendor's key to another server without a word.
    let sharedHost;
    for (const [role, model] of roles) {
        if (!model)
            continue;
        // Keyless: nothing to look up, and the shared key is not sent either.
        if (model.apiKeyEnv === types/* NO_API_KEY */.RM) {
            keys[role] = '';
            continue;
        }
        if (!env[model.apiKeyEnv] && defaultApiKey) {
            const origin = originOf(model.baseUrl);
            if (sharedHost && sharedHost.origin !== origin) {
                throw new errors/* LlmGateError */.Z(`the api-key input would be sent to ${sharedHost.origin} (the ${sharedHost.role}) and to ${origin} (the ${role}); a key is sent only to the host it belongs to`, {
                    code: 'config',
                    field: `${(0,types/* modelPath */.LH)(role)}.apiKeyEnv`,
                    hint: `set ${(0,types/* modelPath */.LH)(role)}.apiKeyEnv to a variable holding the key for ${origin}`,
                });
            }
            sharedHost ??= { role, origin };
        }
        const key = env[model.apiKeyEnv] || defaultApiKey;
        if (!key) {
            throw new errors/* LlmGateError */.Z(`${model.apiKeyEnv} is not set; the ${role === 'baseline' || role === 'candidate' || role === 'judge' ? role : (0,types/* modelPath */.LH)(role)} model ${model.model} (${model.baseUrl}) needs it`, {
                code: 'missing-key',
                field: `${(0,types/* modelPath */.LH)(role)}.apiKeyEnv`,
                hint: `export ${model.apiKeyEnv}, or set apiKeyEnv to the variable that holds the key`,
            });
        }
        keys[role] = key;
    }
    return keys;
}
/** The values of every model's headers and query that came from ${VAR}. */
function secretValues(config) {
    const out = [];
    for (const model of [config.models.baseline, config.models.candidate, ...(config.alternatives ?? []), config.judge]) {
        if (!model?.secretFields)
            continue;
        for (const name of model.secretFields.headers ?? [])
            if (model.headers?.[name])
                out.push(model.headers[name]);
        for (const name of model.secretFields.query ?? [])
            if (model.query?.[name])
                out.push(model.query[name]);
    }
    return out;
}
/** scheme://host:port, the unit a key belongs to. */
function originOf(baseUrl) {
    try {
        return new URL(baseUrl).origin;
    }
    catch {
        return baseUrl;
    }
}
function byCaseThenRepeat(order) {
    const index = new Map(order.map((id, i) => [id, i]));
    return (a, b) => (index.get(a.caseId) ?? 0) - (index.get(b.caseId) ?? 0) || a.repeat - b.repeat;
}
/** What the report says about sequential stopping: where it looked, where it decided, what that saved. */
function sequentialReport(s, run) {
    const made = run.records.length + run.afterDecision.length;
    const saved = Math.max(0, run.plannedCalls - made);
    const spent = [...run.records, ...run.afterDecision].reduce((sum, r) => sum + r.costUsd, 0);
    const extraUsd = run.afterDecision.reduce((sum, r) => sum + r.costUsd, 0);
    return {
        enabled: s.plan.length > 0,
        looks: s.plan,
        looked: s.looks.map((l) => ({ cases: l.cases, verdict: l.verdict })),
        ...(s.decidedAt
            ? {
                decidedAfter: { look: s.decidedAt.cases, cases: s.decidedAt.cases, of: run.cases },
                afterDecision: { calls: run.afterDecision.length, usd: extraUsd },
                saved: { calls: saved, usd: made === 0 ? 0 : (spent / made) * saved, ms: made === 0 ? 0 : Math.round((run.elapsedMs / made) * saved) },
            }
            : {}),
    };
}
/**
 * `regrade`: the grades, comparison and verdict again from a report's stored outputs, with
 * the config as it is now. Only judge calls are made (llm-judge graders), so a grader or
 * threshold change costs nothing to re-evaluate. Outputs made for another request (the
 * prompt, model or params changed since) are refused: regrading them would gate a call
 * nobody makes.
 */
async function runRegrade(options) {
    return outcomeOf(() => regrade(options));
}
/** `merge`: one report on every case from the shards' partial reports. */
async function runMerge(options) {
    return outcomeOf(() => merge(options));
}
async function regrade(options) {
    const { cwd, env, signal } = options;
    const clock = options.clock ?? performance;
    const t0 = clock.now();
    const startedAt = new Date((options.now ?? Date.now)());
    const [{ loadConfig, loadEvalSet }, a, { readReportFile }, { regradePlan }] = await Promise.all([configStage(), gate_analysis(), Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(775)]).then(__webpack_require__.bind(__webpack_require__, 2775)), Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(971)]).then(__webpack_require__.bind(__webpack_require__, 1971))]);
    const { gradeCases, compare, DEFAULT_STATISTICS, buildReport } = a;
    const config = await loadConfig(options.configPath, { cwd, env, ...(options.baseline ? { baseline: options.baseline } : {}) });
    const full = await loadEvalSet(config, { cwd, env });
    const stored = await readReportFile((0,external_node_path_.resolve)(cwd, options.reportPath), options.reportPath);
    const plan = regradePlan(stored, full, config, options.reportPath);
    const needsJudge = plan.cases.some((c) => c.expect.some((e) => e.type === 'llm-judge'));
    const judgeRecords = [];
    let judge;
    if (needsJudge && config.judge) {
        const judgeModel = config.judge;
        const keyless = judgeModel.apiKeyEnv === types/* NO_API_KEY */.RM;
        const apiKey = keyless ? '' : env[judgeModel.apiKeyEnv] || options.defaultApiKey;
        if (!keyless && !apiKey) {
            throw new errors/* LlmGateError */.Z(`${judgeModel.apiKeyEnv} is not set; the judge model ${judgeModel.model} (${judgeModel.baseUrl}) needs it`, {
                code: 'missing-key',
                field: 'judge.apiKeyEnv',
                hint: `export ${judgeModel.apiKeyEnv}; regrade calls only the judge`,
            });
        }
        const control = (0,run/* createRunControl */.dd)({ settings: config.run, clock });
        const inner = (0,run/* createCaller */.uF)({ role: 'judge', model: judgeModel, apiKey: apiKey ?? '', settings: config.run, clock, signal, control, proxy: (0,run_proxy/* proxyEnvFrom */.IA)(env) });
        const cache = config.run.cache ? createRunCache({ settings: config.run.cache, replay: false, secrets: [apiKey ?? '', ...secretValues(config)].filter((k) => k !== ''), now: options.now ?? Date.now }) : undefined;
        const call = cache ? cache.wrap('judge', judgeModel, inner) : inner;
        judge = async (request, callSignal) => {
            const record = await call(request, callSignal);
            judgeRecords.push(record);
            return record;
        };
    }
    const graded = await gradeCases({ cases: plan.cases, records: plan.records, judge, concurrency: config.run.concurrency, signal });
    judgeRecords.sort(byCaseThenRepeat(plan.cases.map((c) => c.id)));
    const sequential = config.run.sequential !== false ? (0,compare_sequential/* lookPoints */.fT)(plan.total).length : 0;
    const comparison = compare({
        config,
        graded,
        records: plan.records,
        judgeRecords,
        incomplete: plan.incomplete,
        seed: full.contentHash,
        statistics: (0,compare_sequential/* lookLevels */.lU)(DEFAULT_STATISTICS, sequential, !plan.stoppedEarly),
    });
    const evalSet = { ...full, cases: plan.cases };
    const made = judgeRecords.filter((r) => r.cachedAt === undefined).length;
    const report = buildReport({
        config,
        evalSet,
        comparison,
        graded,
        run: {
            startedAt: startedAt.toISOString(),
            durationMs: Math.round(clock.now() - t0),
            notes: [`Regraded from ${options.reportPath} (outputs measured ${stored.run?.startedAt ?? 'at an unknown time'}); ${made} judge call${made === 1 ? '' : 's'} made, no model call.`],
        },
        records: keyedRecords(a.reportRecord, config, evalSet, plan.records, judgeRecords),
        ...(stored.shard ? { shard: stored.shard } : {}),
    });
    return { report, config };
}
async function merge(options) {
    const { cwd, env } = options;
    const clock = options.clock ?? performance;
    const t0 = clock.now();
    const [{ loadConfig, loadEvalSet }, a, { readReportFile }, { createMerge, createSpool }] = await Promise.all([
        configStage(),
        gate_analysis(),
        Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(775)]).then(__webpack_require__.bind(__webpack_require__, 2775)),
        Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(291), __webpack_require__.e(241)]).then(__webpack_require__.bind(__webpack_require__, 8834)),
    ]);
    const config = await loadConfig(options.configPath, { cwd, env, ...(options.baseline ? { baseline: options.baseline } : {}) });
    const evalSet = await loadEvalSet(config, { cwd, env });
    // Each case's and record's report item waits on disk until the merged report is written:
    // released here when the report is made whole, else by whoever writes the lists.
    const spool = createSpool();
    try {
        // One partial at a time: each is read, checked and reduced to its graded cases and
        // records before the next is read, so the merge holds data, not ten parsed reports.
        const merging = createMerge(evalSet, { spool, keyOf: recordKeys(config, evalSet) });
        const scratch = {};
        for (const file of options.partials)
            merging.add({ file, report: await readReportFile((0,external_node_path_.resolve)(cwd, file), file, undefined, scratch) });
        // Read buffers are outside the heap: the comparison and the report need the room.
        delete scratch.buffer;
        const done = mergedReport(a, config, evalSet, merging.finish(), options.reportLists === true, () => clock.now() - t0);
        if (options.reportLists)
            return { ...done, release: spool.release };
        spool.release();
        return done;
    }
    catch (err) {
        spool.release();
        throw err;
    }
}
function mergedReport(a, config, evalSet, merged, apart, elapsedMs) {
    const { graded } = merged;
    // The levels a single run of every case uses when it goes to the end.
    const sequential = config.run.sequential !== false ? (0,compare_sequential/* lookPoints */.fT)(evalSet.cases.length).length : 0;
    const comparison = a.compare({
        config,
        graded,
        records: merged.records,
        judgeRecords: merged.judgeRecords,
        incomplete: merged.incomplete,
        seed: evalSet.contentHash,
        statistics: (0,compare_sequential/* lookLevels */.lU)(a.DEFAULT_STATISTICS, sequential, true),
    });
    const parts = a.buildReportParts({
        config,
        evalSet,
        comparison,
        graded,
        run: {
            ...(merged.startedAt === null ? {} : { startedAt: merged.startedAt }),
            durationMs: merged.durationMs ?? Math.round(elapsedMs()),
            notes: [`Merged from ${merged.count} shards: the statistics are computed on all ${evalSet.cases.length} cases; each shard had its own budget and retry budget.`],
        },
        // Made as the partials were read (createMerge with a spool); the graded cases and records hold no outputs.
        cases: merged.items.cases,
        records: merged.items.records,
        merged: { shards: merged.count, cases: evalSet.cases.length },
    });
    return built(a, parts, config, apart);
}


/***/ }),

/***/ 990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ shardOf),
/* harmony export */   Q: () => (/* binding */ shardCases)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5217);
// Which shard a case belongs to. Hash-based and stable: a case's shard depends only on its
// id and the shard count (rendezvous hashing: the shard whose hash with the id is highest),
// so adding, removing or editing other cases never moves it, and every shard computes the
// same split without talking to the others. Stratified by tag: within each tag stratum
// (the case's sorted tags), the hash is taken of the id salted with the stratum, so each
// stratum splits on its own, about evenly.

/** The 1-based shard of one case among `count`: one SHA-256 of the case, then a 32-bit mix per shard. */
function shardOf(c, count) {
    const stratum = [...c.tags].sort().join('\u0000');
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${stratum}\u0001${c.id}`).digest();
    const a = digest.readUInt32BE(0);
    const b = digest.readUInt32BE(4);
    let best = 1;
    let bestScore = -1;
    for (let shard = 1; shard <= count; shard++) {
        const score = mix(a ^ Math.imul(shard, 0x9e3779b9), b);
        if (score > bestScore) {
            bestScore = score;
            best = shard;
        }
    }
    return best;
}
/** murmur3's finaliser over two words: a well-spread 32-bit score per (case, shard). */
function mix(x, y) {
    let h = (x ^ Math.imul(y, 0x85ebca6b)) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The cases of one shard, in eval-set order. */
function shardCases(cases, spec) {
    return cases.filter((c) => shardOf(c, spec.count) === spec.index);
}


/***/ })

};
