export const id = 874;
export const ids = [874];
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
