export const id = 971;
export const ids = [971,775];
export const modules = {

/***/ 2775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readReportFile: () => (/* binding */ readReportFile),
/* harmony export */   storedError: () => (/* binding */ storedError),
/* harmony export */   storedGrades: () => (/* binding */ storedGrades),
/* harmony export */   storedRecord: () => (/* binding */ storedRecord),
/* harmony export */   storedReportSchema: () => (/* binding */ storedReportSchema)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7598);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3110);
// Reading a report back (for regrade and merge). A report file is outside input: a partial
// report arrives as a workflow artifact anyone with write access to the run could replace.
// So it is read within MAX_REPORT_BYTES, parsed once, and checked against the fields the
// comparison is rebuilt from; anything else is one error naming the file and the field.





const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
const id = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(1000);
const usage = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ prompt: count, cached: count, completion: count, reasoning: count });
const callError = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['timeout', 'request', 'infra', 'fatal', 'cancelled']),
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(10_000),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().optional(),
    param: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(1000).optional(),
    code: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200).optional(),
});
const grade = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200),
    weight: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
    reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(100_000).optional(),
    label: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ expected: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), actual: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
});
const side = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    score: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1).nullable(),
    output: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    outputChars: count.nullable(),
    gradedOnPrefix: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
    latencyMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().nullable(),
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    error: callError.nullable(),
    repeatScores: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1)).max(10_000),
    grades: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(grade).max(1000),
});
const record = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    caseId: id,
    side: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['baseline', 'candidate', 'judge']),
    repeat: count,
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(1000),
    key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/).optional(),
    output: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(_limits_js__WEBPACK_IMPORTED_MODULE_3__/* .GRADE_INPUT_CHARS */ .bL).nullable().optional(),
    outputInCase: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
    outputChars: count.optional(),
    latencyMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().nullable(),
    ttftMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative().optional(),
    usage,
    costUsd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
    attempts: count,
    error: callError.optional(),
    finishReason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200).optional(),
    usageMissing: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(true).optional(),
    cachedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(40).optional(),
});
const storedReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_types_js__WEBPACK_IMPORTED_MODULE_4__/* .REPORT_SCHEMA */ .D),
    verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    evalSet: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), cases: count, contentHash: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().max(200) }),
    repeats: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    cases: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ id, baseline: side, candidate: side })),
    records: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(record).optional(),
    shard: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), cases: count }).optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional(),
        durationMs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable().optional(),
        control: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ stoppedForBudget: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }).partial().optional(),
        sequential: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ decidedAfter: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().optional() }).partial().optional(),
    })
        .partial()
        .optional(),
});
const headerSchema = storedReportSchema.omit({ cases: true, records: true });
const caseSchema = storedReportSchema.shape.cases.element;
/** A report file as data, or one LlmGateError (code usage, exit 2) that names the file and what is wrong. */
async function readReportFile(path, shownAs, maxBytes = _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA, scratch) {
    let value;
    try {
        const text = await readBounded(path, maxBytes, scratch);
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${shownAs} is not JSON (${err.message})`, { code: 'usage', file: shownAs, hint: 'pass the JSON report written by llm-gate run --json' });
        }
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`cannot read the report ${shownAs}: ${err.code ?? err.message}`, { code: 'usage', file: shownAs, cause: err });
    }
    return checkedReport(value, shownAs);
}
/**
 * The parsed report checked against the schema a part at a time: the header, then each case
 * and record, each replaced in place by its checked copy. Checked whole, zod would copy the
 * whole report beside the parsed one; here one case's copy is made while the rest wait.
 */
function checkedReport(value, shownAs) {
    const fail = (path, message) => {
        const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${shownAs} is not an llm-gate report this version can read: ${field || '(top level)'}: ${message}`, {
            code: 'usage',
            file: shownAs,
            ...(field ? { field } : {}),
            hint: 'pass a JSON report (llm-gate/report@1) written by llm-gate run --json',
        });
    };
    const check = (schema, input, at) => {
        const parsed = schema.safeParse(input);
        if (parsed.success)
            return parsed.data;
        const issue = parsed.error.issues[0];
        return fail([...at, ...issue.path], issue.message);
    };
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return check(storedReportSchema, value, []);
    const { cases, records, ...rest } = value;
    const header = check(headerSchema, rest, []);
    if (!Array.isArray(cases))
        return check(storedReportSchema, { ...rest, cases, records }, []);
    for (let i = 0; i < cases.length; i++)
        cases[i] = check(caseSchema, cases[i], ['cases', i]);
    if (records !== undefined) {
        if (!Array.isArray(records))
            return check(storedReportSchema, { ...rest, cases: [], records }, []);
        for (let i = 0; i < records.length; i++)
            records[i] = check(record, records[i], ['records', i]);
    }
    return { ...header, cases: cases, ...(records === undefined ? {} : { records: records }) };
}
async function readBounded(path, maxBytes, scratch) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
        if (stat.size > maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${path} is ${stat.size} bytes, more than the ${maxBytes} a report may have`, { code: 'usage', file: path });
        }
        // One byte more than the file, to tell a file that grew while it was read.
        const wanted = stat.size + 1;
        const buffer = scratch?.buffer && scratch.buffer.length >= wanted ? scratch.buffer : Buffer.allocUnsafe(wanted);
        if (scratch)
            scratch.buffer = buffer;
        let length = 0;
        while (length < wanted) {
            const { bytesRead } = await handle.read(buffer, length, wanted - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${path} grew past the ${maxBytes} bytes a report may have while it was read`, { code: 'usage', file: path });
        return buffer.toString('utf8', 0, length);
    }
    finally {
        await handle.close();
    }
}
/** A stored side's error as a call error (the report keeps only the set fields). */
function storedError(e) {
    if (!e)
        return undefined;
    return {
        kind: e.kind,
        message: e.message,
        ...(e.status === undefined ? {} : { status: e.status }),
        ...(e.param === undefined ? {} : { param: e.param }),
        ...(e.code === undefined ? {} : { code: e.code }),
    };
}
function storedGrades(grades) {
    return grades.map((g) => {
        // One literal with reason in it (undefined when absent): a field added later, as a
        // spread adds it, lives in a second object, and a merge holds a grade per case and side.
        const grade = { type: g.type, weight: g.weight, score: g.score, reason: g.reason };
        if (g.label !== undefined)
            grade.label = { expected: g.label.expected, actual: g.label.actual };
        return grade;
    });
}
function storedRecord(r) {
    return r;
}


/***/ }),

/***/ 4304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   SY: () => (/* binding */ gradedSides)
/* harmony export */ });
/* unused harmony export gradedFromReport */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5089);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2775);


function recordsOf(report) {
    const cases = new Map(report.cases.map((c) => [c.id, c]));
    return (report.records ?? []).map((r) => {
        const c = cases.get(r.caseId);
        const output = r.outputInCase && c && r.side !== 'judge' ? c[r.side].output : null;
        return (0,_records_js__WEBPACK_IMPORTED_MODULE_0__/* .callRecordOf */ .jR)((0,_read_js__WEBPACK_IMPORTED_MODULE_1__.storedRecord)(r), output);
    });
}
/**
 * The graded side as gradeCases made it, as far as the comparison and the report read it:
 * scores, grades, latency, cost and error as stored; the output as the report shows it
 * (the report cuts it to the same length again); graded on a prefix exactly when it was.
 */
function gradedSide(stored) {
    const side = {
        score: stored.score,
        repeatScores: [...stored.repeatScores],
        grades: (0,_read_js__WEBPACK_IMPORTED_MODULE_1__.storedGrades)(stored.grades),
        output: stored.output,
        latencyMs: stored.latencyMs,
        costUsd: stored.costUsd,
    };
    if (stored.gradedOnPrefix && stored.outputChars !== null)
        side.cappedFrom = stored.outputChars;
    const error = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__.storedError)(stored.error);
    if (error)
        side.error = error;
    return side;
}
/** Both graded sides of a stored case. */
function gradedSides(stored) {
    return { baseline: gradedSide(stored.baseline), candidate: gradedSide(stored.candidate) };
}
/** Graded cases for `cases` (eval-set order) from the report's stored ones, by id. */
function gradedFromReport(cases, stored) {
    return cases.map((c) => {
        const s = stored.get(c.id);
        if (!s)
            throw new RangeError(`gradedFromReport: no stored case ${c.id}`);
        return { case: c, ...gradedSides(s) };
    });
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

/***/ 1971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   regradePlan: () => (/* binding */ regradePlan)
/* harmony export */ });
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5974);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9473);
/* harmony import */ var _shard_assign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(990);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4853);
/* harmony import */ var _rebuild_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4304);
// What `regrade` grades: the report's cases that the eval set still has, with the records
// the report kept. Refused, with the cases named: a report without records, cases the
// eval set has and the report lacks (unless the run stopped early at a look), a repeat
// count that no longer matches, and outputs whose call key differs from the call the config
// would make now (the prompt, model or params changed: those outputs answer another request).





const NAMED = 10;
const list = (ids) => `${ids.slice(0, NAMED).join(', ')}${ids.length > NAMED ? ` and ${ids.length - NAMED} more` : ''}`;
function regradePlan(stored, full, config, file) {
    if (!stored.records) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${file} has no call records to regrade`, { code: 'usage', file, hint: 'regrade a JSON report written by this version of llm-gate run --json' });
    }
    if (stored.repeats !== config.run.repeats) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${file} ran ${stored.repeats} repeat(s) per case; the config now asks for ${config.run.repeats}`, {
            code: 'usage',
            file,
            field: 'run.repeats',
            hint: 'repeats change what is called: run the gate again',
        });
    }
    const universe = stored.shard ? (0,_shard_assign_js__WEBPACK_IMPORTED_MODULE_2__/* .shardCases */ .Q)(full.cases, stored.shard) : full.cases;
    const inReport = new Set(stored.cases.map((c) => c.id));
    const stoppedEarly = stored.run?.sequential?.decidedAfter !== undefined;
    const absent = universe.filter((c) => !inReport.has(c.id)).map((c) => c.id);
    if (absent.length > 0 && !stoppedEarly) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${file} has no outputs for ${absent.length} case${absent.length === 1 ? '' : 's'} of the eval set: ${list(absent)}`, {
            code: 'usage',
            file,
            hint: 'cases added since the run need calls: run the gate again',
        });
    }
    const cases = universe.filter((c) => inReport.has(c.id));
    const byId = new Map(cases.map((c) => [c.id, c]));
    const records = (0,_rebuild_js__WEBPACK_IMPORTED_MODULE_3__/* .recordsOf */ .M$)(stored).filter((r) => r.side !== 'judge' && byId.has(r.caseId));
    const keys = new Map((stored.records ?? []).filter((r) => r.side !== 'judge').map((r) => [`${r.caseId}\u0000${r.side}\u0000${r.repeat}`, r.key]));
    const stale = [];
    for (const r of records) {
        if (r.side === 'judge')
            continue;
        const key = keys.get(`${r.caseId}\u0000${r.side}\u0000${r.repeat}`);
        if (key === undefined)
            continue;
        if (key !== (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_0__/* .callKey */ .C_)(config.models[r.side], { messages: (0,_types_js__WEBPACK_IMPORTED_MODULE_4__/* .messagesFor */ .kP)(byId.get(r.caseId), r.side), repeat: r.repeat }))
            stale.push(`${r.caseId} (${r.side})`);
    }
    if (stale.length > 0) {
        const unique = [...new Set(stale)];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`the outputs in ${file} of ${unique.length} call${unique.length === 1 ? '' : 's'} were made for another request than the config makes now: ${list(unique)}`, {
            code: 'usage',
            file,
            hint: 'the prompt, a model or its params changed since the run: regrade re-evaluates graders and thresholds only; run the gate again',
        });
    }
    const incomplete = records.some((r) => r.error?.kind === 'cancelled') || stored.run?.control?.stoppedForBudget === true;
    return { cases, records, total: universe.length, stoppedEarly, incomplete };
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
