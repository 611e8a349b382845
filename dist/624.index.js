export const id = 624;
export const ids = [624];
export const modules = {

/***/ 9243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GRADES: () => (/* reexport */ llm_judge/* DEFAULT_GRADES */.lx),
  GRADER_NAMES: () => (/* reexport */ registry/* GRADER_NAMES */.Js),
  GradingCancelledError: () => (/* reexport */ GradingCancelledError),
  JUDGE_ERROR_PREFIX: () => (/* reexport */ llm_judge/* JUDGE_ERROR_PREFIX */.iL),
  JudgeUnavailableError: () => (/* reexport */ llm_judge/* JudgeUnavailableError */.QH),
  REGEX_DEADLINE_MS: () => (/* reexport */ regex_runner/* REGEX_DEADLINE_MS */.eX),
  checkJsonSchema: () => (/* reexport */ json_schema/* checkJsonSchema */.WR),
  createRegexRunner: () => (/* reexport */ regex_runner/* createRegexRunner */.oW),
  extractJson: () => (/* reexport */ extract_json/* extractJson */.e),
  gradeCases: () => (/* reexport */ gradeCases),
  gradeOutput: () => (/* reexport */ gradeOutput),
  graders: () => (/* reexport */ registry/* graders */.FN),
  gradesBestFirst: () => (/* reexport */ llm_judge/* gradesBestFirst */.V3),
  isGraderName: () => (/* reexport */ registry/* isGraderName */.rV),
  judgeRequest: () => (/* reexport */ llm_judge/* judgeRequest */.L7),
  normaliseLabel: () => (/* reexport */ label/* normaliseLabel */.r),
  readVerdict: () => (/* reexport */ llm_judge/* readVerdict */.wk),
  resolveExpectation: () => (/* reexport */ resolveExpectation),
  weightedMean: () => (/* reexport */ weightedMean)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/stats/summary.js
var summary = __webpack_require__(6364);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(4853);
;// CONCATENATED MODULE: ./build/grade/cancelled.js
// Thrown by a grader whose work was cut short by the run's abort signal (SIGINT, SIGTERM,
// the budget): nobody graded the output, so gradeCases leaves it unjudged as cancelled.
class GradingCancelledError extends Error {
    constructor(message = 'grading stopped before this output was graded (the run was aborted)') {
        super(message);
        this.name = 'GradingCancelledError';
    }
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/grade/graders/llm-judge.js
var llm_judge = __webpack_require__(3210);
// EXTERNAL MODULE: ./build/grade/registry.js + 5 modules
var registry = __webpack_require__(2980);
;// CONCATENATED MODULE: ./build/grade/grade-output.js




// Options are parsed once per expectation object: defaults filled, then checked by validate().
const resolvedCache = new WeakMap();
/**
 * The grader and its parsed options for one expectation. The config loader has already
 * checked them with the same schema, so a failure here points at the case anyway.
 */
function resolveExpectation(expectation, ctx, index = 0) {
    const cached = resolvedCache.get(expectation);
    if (cached)
        return cached;
    const { file, line } = ctx.evalCase.source;
    const where = (field) => ({ file, line, field: `expect[${index}]${field ? `.${field}` : ''}` });
    if (!(0,registry/* isGraderName */.rV)(expectation.type)) {
        throw new errors/* LlmGateError */.Z(`unknown grader "${expectation.type}"`, { ...where('type'), hint: `one of ${Object.keys(registry/* graders */.FN).join(', ')}` });
    }
    const definition = registry/* graders */.FN[expectation.type];
    const { type: _type, weight: _weight, ...raw } = expectation;
    const parsed = definition.options.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* LlmGateError */.Z(issue?.message ?? 'invalid options', where(issue?.path.join('.') ?? ''));
    }
    const options = parsed.data;
    const problem = definition.validate?.(options);
    if (problem)
        throw new errors/* LlmGateError */.Z(problem.message, where(problem.field));
    const resolved = { definition, options };
    resolvedCache.set(expectation, resolved);
    return resolved;
}
/** Clamps into [0, 1]; a NaN from a buggy grader becomes 0 rather than poisoning the mean. */
function clampScore(score) {
    if (!Number.isFinite(score))
        return 0;
    return Math.min(1, Math.max(0, score));
}
/**
 * Weighted mean of grader scores. With no expectations, or weights that sum to 0
 * (informational graders only), nothing is required of the output: 1.
 */
function weightedMean(grades) {
    let total = 0;
    let weighted = 0;
    for (const g of grades) {
        total += g.weight;
        weighted += g.weight * g.score;
    }
    return total > 0 ? weighted / total : 1;
}
function isPromise(value) {
    return typeof value?.then === 'function';
}
/**
 * One grader on one output. Whatever it throws for this output alone (a JSON Schema that
 * recurses without end, a bug) is contained here: that grade is unjudged and the run goes
 * on. Errors about the run itself pass through: config errors, an unavailable judge, an abort.
 */
function gradeOne(definition, type, output, options, ctx) {
    const contain = (err) => {
        if (err instanceof errors/* LlmGateError */.Z || err instanceof llm_judge/* JudgeUnavailableError */.QH || err instanceof GradingCancelledError)
            throw err;
        if (ctx.signal?.aborted)
            throw new GradingCancelledError();
        const message = err instanceof Error ? err.message : String(err);
        return { score: 0, unjudged: true, reason: `the ${type} grader failed on this output: ${message}; the grade is left unjudged` };
    };
    try {
        const pending = definition.grade(output, options, ctx);
        return isPromise(pending) ? pending.catch(contain) : pending;
    }
    catch (err) {
        return contain(err);
    }
}
/**
 * Runs every expectation of a case on one output, in order; judge calls one after another.
 * The score is the weighted mean of the grades that were judged; null when every grade
 * that carries weight was unjudged (nobody could decide, so the output is not judged).
 */
async function gradeOutput(output, expect, ctx) {
    const grades = [];
    for (const [index, expectation] of expect.entries()) {
        const { definition, options } = resolveExpectation(expectation, ctx, index);
        // A synchronous grader's result is used as is: awaiting it would hand the rest of the
        // case to a microtask, out of reach of the pacing in gradeCases.
        const pending = gradeOne(definition, expectation.type, output, options, ctx);
        const outcome = isPromise(pending) ? await pending : pending;
        grades.push({ type: expectation.type, weight: expectation.weight, ...outcome, score: clampScore(outcome.score) });
    }
    const weighted = grades.filter((g) => g.weight > 0);
    // A copy of exactly its length: the pushed array keeps room for 16 more, and a run keeps every case's grades.
    const kept = grades.slice();
    if (weighted.length > 0 && weighted.every((g) => g.unjudged))
        return { score: null, grades: kept };
    return { score: weightedMean(grades.filter((g) => !g.unjudged)), grades: kept };
}

// EXTERNAL MODULE: ./build/concurrency.js
var build_concurrency = __webpack_require__(3943);
;// CONCATENATED MODULE: ./build/grade/limit.js

function cancelledRecord(request) {
    return {
        caseId: request.caseId,
        side: 'judge',
        repeat: request.repeat,
        model: '',
        output: null,
        latencyMs: null,
        usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
        costUsd: 0,
        attempts: 0,
        error: { kind: 'cancelled', message: 'aborted before the judge call was made' },
    };
}
/**
 * Wraps a CallFn so at most `concurrency` calls are in flight, or fewer while `limit()`
 * says so (the judge's adaptive concurrency: a 429 halves it); the rest wait in FIFO
 * order. A call still queued when `signal` aborts is never made: it comes back as a
 * cancelled record, like a call the caller itself cancelled, and costs nothing.
 */
function limitCalls(call, concurrency, signal, limit) {
    const slots = (0,build_concurrency/* createLimiter */.z)(() => Math.min(concurrency, limit?.() ?? concurrency));
    return async (request, callSignal) => {
        // Nothing here calls wakeAll(), so every acquire ends holding a slot.
        await slots.acquire();
        try {
            if (signal?.aborted || callSignal?.aborted)
                return cancelledRecord(request);
            return await call(request, callSignal ?? signal);
        }
        finally {
            slots.release();
        }
    };
}

;// CONCATENATED MODULE: ./build/grade/grade-cases.js








const ZERO_KINDS = new Set(['timeout', 'request']);
// Grading is synchronous for most graders, and thousands of cases of 256 KiB outputs add up:
// the thread yields to the event loop after this many outputs or this long, whichever comes
// first, so signal handlers and the abort message from the CLI get to run.
const YIELD_EVERY_OUTPUTS = 32;
const YIELD_EVERY_MS = 20;
/**
 * Grading that was cut off by the signal (SIGINT, SIGTERM, the budget) still finishes
 * what fits in this long: ordinary outputs grade in well under a millisecond each, so a
 * stopped run reports what it answered, and a hostile one still ends within about this
 * plus one regex deadline (CI runners kill a job a few seconds after SIGTERM).
 */
const ABORT_GRACE_MS = 2000;
/** Records of one case and side, by repeat; the first record wins if a repeat appears twice. */
function indexRecords(records) {
    const index = new Map();
    for (const record of records) {
        if (record.side === 'judge')
            continue;
        let bySide = index.get(record.caseId);
        if (!bySide)
            index.set(record.caseId, (bySide = new Map()));
        const list = bySide.get(record.side) ?? [];
        if (!list.some((r) => r.repeat === record.repeat))
            list.push(record);
        bySide.set(record.side, list);
    }
    for (const bySide of index.values())
        for (const list of bySide.values())
            list.sort((a, b) => a.repeat - b.repeat);
    return index;
}
/** The stats module's compensated mean; no values is no score (null), not 0. */
function meanOrNull(values) {
    return (0,summary/* mean */.i2)(values) ?? null;
}
const NO_RECORD = { kind: 'cancelled', message: 'no call was recorded for this case' };
const STOPPED = { kind: 'cancelled', message: new GradingCancelledError().message };
/** The output graders see, and its full length when that is more than they see. */
function gradedText(record) {
    const output = record.output ?? '';
    const full = Math.max(record.outputChars ?? output.length, output.length);
    const text = output.length > limits/* GRADE_INPUT_CHARS */.bL ? output.slice(0, limits/* GRADE_INPUT_CHARS */.bL) : output;
    return full > text.length ? { text, cappedFrom: full } : { text };
}
function summarise(records, outcomes) {
    const repeatScores = [];
    let grades;
    for (const outcome of outcomes) {
        if (outcome.kind === 'graded') {
            repeatScores.push(outcome.score);
            grades ??= outcome.grades;
        }
        else if (outcome.kind === 'zero')
            repeatScores.push(0);
    }
    // With nothing graded, the unjudged grades still say why.
    for (const outcome of outcomes)
        if (outcome.kind === 'not-judged')
            grades ??= outcome.grades;
    const latencies = records.flatMap((r) => (r.latencyMs === null ? [] : [r.latencyMs]));
    // Costs are tiny fractions of a dollar that must add up exactly: a compensated sum.
    const costUsd = (0,summary/* sumBy */.xu)(records, (r) => r.costUsd);
    const first = records[0];
    const side = {
        score: meanOrNull(repeatScores),
        // Exactly its length (a pushed array keeps room for 16 more): a run keeps every side's.
        repeatScores: repeatScores.slice(),
        grades: grades ?? [],
        output: first?.output ?? null,
        latencyMs: meanOrNull(latencies),
        costUsd,
    };
    // A null score always comes with an error, so the report can say why nothing was judged.
    let error = first ? first.error : NO_RECORD;
    const unjudged = outcomes.find((o) => o.kind === 'not-judged' && o.error);
    if (!error && side.score === null && unjudged?.kind === 'not-judged')
        error = unjudged.error;
    if (error)
        side.error = error;
    const cappedFrom = first && !first.error ? gradedText(first).cappedFrom : undefined;
    if (cappedFrom !== undefined)
        side.cappedFrom = cappedFrom;
    return side;
}
/** "regex /^(a+)+$/ did not finish …": why no grader could decide, from the unjudged grades. */
function ungradedError(grades) {
    const reasons = grades.filter((g) => g.unjudged && g.weight > 0).map((g) => g.reason ?? `the ${g.type} grader could not decide`);
    return { kind: 'infra', code: 'ungraded', message: `no grader could decide on this output: ${reasons.join('; ')}` };
}
/**
 * Grades every case on both sides. Per repeat: infra, cancelled and fatal errors are not
 * judged; timeouts and request errors score 0; answers go through the case's graders,
 * which see at most GRADE_INPUT_CHARS of each. A side's score is the mean over judged
 * repeats, null when none was. Output is in case order whatever order the judge calls
 * finish in. An abort stops grading: what was not graded comes back unjudged (cancelled).
 */
async function gradeCases(opts) {
    const concurrency = opts.concurrency ?? 8;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`gradeCases: concurrency must be a positive integer, got ${concurrency}`);
    }
    // One failed grader stops queued judge calls: the run is failing, don't keep paying.
    const stop = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, stop.signal]) : stop.signal;
    const judge = opts.judge ? limitCalls(opts.judge, concurrency, signal, opts.judgeLimit) : undefined;
    const index = indexRecords(opts.records);
    const grace = opts.abortGraceMs ?? ABORT_GRACE_MS;
    let abortedAt;
    const stopped = () => {
        if (!opts.signal?.aborted)
            return false;
        abortedAt ??= performance.now();
        return performance.now() - abortedAt >= grace;
    };
    const gradeRepeat = async (evalCase, record) => {
        if (record.error)
            return ZERO_KINDS.has(record.error.kind) ? { kind: 'zero' } : { kind: 'not-judged' };
        if (stopped())
            return { kind: 'not-judged', error: STOPPED };
        const ctx = { evalCase, judge, repeat: record.repeat, signal, ...(opts.regex ? { regex: opts.regex } : {}) };
        try {
            const { score, grades } = await gradeOutput(gradedText(record).text, evalCase.expect, ctx);
            if (score === null)
                return { kind: 'not-judged', error: ungradedError(grades), grades };
            return { kind: 'graded', score, grades };
        }
        catch (err) {
            if (err instanceof llm_judge/* JudgeUnavailableError */.QH) {
                const e = err.error;
                return { kind: 'not-judged', error: { ...e, message: `the judge could not grade this output: ${e.message}` } };
            }
            if (err instanceof GradingCancelledError)
                return { kind: 'not-judged', error: STOPPED };
            throw err;
        }
    };
    // Outputs start grading one after another from this loop, so the synchronous graders of
    // each run here, between the yields; judge calls go on concurrently. Yielding per output
    // bounds the time between two looks at the signal by one output's graders.
    let sinceYield = 0;
    let lastYield = performance.now();
    let failure;
    const pace = async () => {
        if (sinceYield >= YIELD_EVERY_OUTPUTS || performance.now() - lastYield >= YIELD_EVERY_MS) {
            await (0,promises_.setImmediate)();
            sinceYield = 0;
            lastYield = performance.now();
        }
        sinceYield++;
    };
    const track = (promise) => {
        // Awaited by Promise.all below; until then a rejection must not count as unhandled.
        promise.catch((error) => void (failure ??= { error }));
        return promise;
    };
    // Each case lands in its slot as it is graded; only the cases still waiting (on a judge)
    // keep a promise, so a large set's settled promises are garbage at once, not all held to the end.
    const graded = new Array(opts.cases.length);
    const waiting = new Set();
    try {
        for (const [at, evalCase] of opts.cases.entries()) {
            const sides = {};
            for (const side of types/* SIDES */.BV) {
                const records = index.get(evalCase.id)?.get(side) ?? [];
                const outcomes = [];
                for (const record of records) {
                    if (!failure)
                        await pace();
                    outcomes.push(track(gradeRepeat(evalCase, record)));
                }
                sides[side] = Promise.all(outcomes).then((o) => summarise(records, o));
            }
            const done = track(Promise.all([sides.baseline, sides.candidate]).then(([baseline, candidate]) => {
                graded[at] = { case: evalCase, baseline, candidate };
            }));
            waiting.add(done);
            void done.then(() => waiting.delete(done), () => { });
            // A config error (a case needs a judge and there is none) fails the run: stop starting cases.
            if (failure)
                break;
        }
        await Promise.all(waiting);
        if (failure)
            throw failure.error;
        return graded;
    }
    catch (err) {
        stop.abort(err);
        throw err;
    }
}

// EXTERNAL MODULE: ./build/grade/extract-json.js
var extract_json = __webpack_require__(6568);
// EXTERNAL MODULE: ./build/grade/json-schema.js
var json_schema = __webpack_require__(5290);
// EXTERNAL MODULE: ./build/grade/regex-runner.js
var regex_runner = __webpack_require__(266);
// EXTERNAL MODULE: ./build/grade/graders/label.js + 1 modules
var label = __webpack_require__(7463);
;// CONCATENATED MODULE: ./build/grade/index.js
// Grading: CallRecord[] → GradedCase[]. One file per grader under graders/, one registry.











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
