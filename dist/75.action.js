export const id = 75;
export const ids = [75,775];
export const modules = {

/***/ 92775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readReportFile: () => (/* binding */ readReportFile),
/* harmony export */   storedError: () => (/* binding */ storedError),
/* harmony export */   storedGrades: () => (/* binding */ storedGrades),
/* harmony export */   storedRecord: () => (/* binding */ storedRecord),
/* harmony export */   storedReportSchema: () => (/* binding */ storedReportSchema)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19473);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47598);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23110);
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
/** A report file as data, or one LlmGateError (code usage, exit 2) that names the file and what is wrong. */
async function readReportFile(path, shownAs, maxBytes = _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_REPORT_BYTES */ .WA) {
    let text;
    try {
        text = await readBounded(path, maxBytes);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`cannot read the report ${shownAs}: ${err.code ?? err.message}`, { code: 'usage', file: shownAs, cause: err });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${shownAs} is not JSON (${err.message})`, { code: 'usage', file: shownAs, hint: 'pass the JSON report written by llm-gate run --json' });
    }
    const parsed = storedReportSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${shownAs} is not an llm-gate report this version can read: ${field || '(top level)'}: ${issue.message}`, {
            code: 'usage',
            file: shownAs,
            ...(field ? { field } : {}),
            hint: 'pass a JSON report (llm-gate/report@1) written by llm-gate run --json',
        });
    }
    return parsed.data;
}
async function readBounded(path, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
        if (stat.size > maxBytes) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .LlmGateError */ .Z(`${path} is ${stat.size} bytes, more than the ${maxBytes} a report may have`, { code: 'usage', file: path });
        }
        const buffer = Buffer.alloc(stat.size + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
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
    return grades.map((g) => ({
        type: g.type,
        weight: g.weight,
        score: g.score,
        ...(g.reason === undefined ? {} : { reason: g.reason }),
        ...(g.label === undefined ? {} : { label: { expected: g.label.expected, actual: g.label.actual } }),
    }));
}
function storedRecord(r) {
    return r;
}


/***/ }),

/***/ 34304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M$: () => (/* binding */ recordsOf),
/* harmony export */   SY: () => (/* binding */ gradedSides)
/* harmony export */ });
/* unused harmony export gradedFromReport */
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55089);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92775);


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

/***/ 84075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createMerge: () => (/* reexport */ createMerge),
  mergePartials: () => (/* reexport */ mergePartials),
  parseShard: () => (/* reexport */ spec/* parseShard */.u),
  shardCases: () => (/* reexport */ shard_assign/* shardCases */.Q),
  shardOf: () => (/* reexport */ shard_assign/* shardOf */.I)
});

// EXTERNAL MODULE: ./build/shard/assign.js
var shard_assign = __webpack_require__(80990);
// EXTERNAL MODULE: ./build/shard/spec.js
var spec = __webpack_require__(43332);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/report/rebuild.js
var rebuild = __webpack_require__(34304);
;// CONCATENATED MODULE: ./build/shard/merge.js
// Partial reports → the inputs of one comparison on every case. Each partial must come
// from the same eval set (content hash) as the others and the merge's own, every shard
// 1..n exactly once, and every case in the shard that shardOf gives it: a missing or
// duplicated shard, or a case in the wrong place, is an error naming it, never a merged
// report on fewer cases. Records are put in the order a single run holds them (case order,
// then repeat, baseline before candidate; the judge's by case and repeat), so compare()
// sees the same inputs as a single run of the same records and gives the same numbers.



const usage = (hint) => ({ code: 'usage', hint });
/**
 * A merge that takes the partials one at a time: a partial is read, checked, reduced to its
 * graded cases and records, and dropped before the next is read, so a merge of ten
 * 10,000-case partials holds the data of 100,000 cases, not ten parsed reports beside it.
 */
function createMerge(evalSet) {
    const caseIndex = new Map(evalSet.cases.map((c, i) => [c.id, i]));
    const byIndex = new Map();
    // By the case's index in the set: every case is here once the shards are all in.
    const graded = new Array(evalSet.cases.length);
    const intern = createInterner();
    const records = [];
    const keys = new Map();
    const judgeRecords = [];
    let first;
    let incomplete = false;
    let startedAt = null;
    let durationMs = null;
    const add = (p) => {
        checkHeader(p, evalSet);
        const { index, count } = p.report.shard;
        first ??= { file: p.file, count };
        if (count !== first.count) {
            throw new errors/* LlmGateError */.Z(`${p.file} is shard ${index} of ${count}, but ${first.file} is of ${first.count}`, usage('merge the partials of one matrix run'));
        }
        const seen = byIndex.get(index);
        if (seen !== undefined)
            throw new errors/* LlmGateError */.Z(`shard ${index} of ${count} is given twice (${seen} and ${p.file})`, usage('pass each shard\'s partial report once'));
        byIndex.set(index, p.file);
        const here = new Set();
        for (const c of p.report.cases) {
            const at = caseIndex.get(c.id);
            const where = at === undefined ? undefined : (0,shard_assign/* shardOf */.I)(evalSet.cases[at], count);
            if (where !== index) {
                throw new errors/* LlmGateError */.Z(where === undefined ? `${p.file} holds case "${c.id}", which is not in the eval set` : `${p.file} (shard ${index}) holds case "${c.id}", which belongs to shard ${where}`, { ...usage('merge the partials of one matrix run, with the config they ran with'), file: p.file });
            }
            if (graded[at] !== undefined)
                throw new errors/* LlmGateError */.Z(`case "${c.id}" appears twice in ${p.file}`, { ...usage('rerun the shard'), file: p.file });
            graded[at] = internSides((0,rebuild/* gradedSides */.SY)(c), intern);
            here.add(c.id);
        }
        const storedRecords = p.report.records ?? [];
        for (const [i, r] of (0,rebuild/* recordsOf */.M$)(p.report).entries()) {
            if (!here.has(r.caseId))
                continue;
            internRecord(r, evalSet.cases[caseIndex.get(r.caseId)].id, intern);
            if (r.side === 'judge')
                judgeRecords.push(r);
            else {
                records.push(r);
                const key = storedRecords[i]?.key;
                if (typeof key === 'string')
                    keys.set(r, key);
            }
            if (r.error?.kind === 'cancelled')
                incomplete = true;
        }
        if (p.report.run?.control?.stoppedForBudget)
            incomplete = true;
        const started = p.report.run?.startedAt ?? null;
        if (started !== null && (startedAt === null || started < startedAt))
            startedAt = started;
        const took = p.report.run?.durationMs ?? null;
        if (took !== null)
            durationMs = Math.max(durationMs ?? 0, took);
    };
    const finish = () => {
        if (!first)
            throw new errors/* LlmGateError */.Z('no partial reports to merge', usage('llm-gate merge shard-1.json shard-2.json ...'));
        const { count } = first;
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
        if (missing.length > 0) {
            const named = missing.map((i) => `shard ${i} of ${count}`).join(', ');
            throw new errors/* LlmGateError */.Z(`${named} ${missing.length === 1 ? 'is' : 'are'} missing`, usage('every shard of the matrix must finish and upload its partial report before the merge'));
        }
        const absent = evalSet.cases.filter((_, i) => graded[i] === undefined);
        if (absent.length > 0) {
            const c = absent[0];
            const shard = (0,shard_assign/* shardOf */.I)(c, count);
            throw new errors/* LlmGateError */.Z(`case "${c.id}" (shard ${shard} of ${count}) is missing from ${byIndex.get(shard)}${absent.length > 1 ? `, and ${absent.length - 1} more cases` : ''}`, {
                ...usage('the shard stopped early or was run with another config; rerun it'),
                file: byIndex.get(shard),
            });
        }
        const order = (r) => caseIndex.get(r.caseId);
        records.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat || (a.side === b.side ? 0 : a.side === 'baseline' ? -1 : 1));
        judgeRecords.sort((a, b) => order(a) - order(b) || a.repeat - b.repeat);
        const cases = evalSet.cases.map((c, i) => ({ case: c, ...graded[i] }));
        graded.fill(undefined);
        return { count, graded: cases, records, keys, judgeRecords, incomplete, startedAt, durationMs };
    };
    return { add, finish };
}
/**
 * One copy of each short text the partials repeat in every case and record (model names,
 * finish reasons, grader names and reasons): JSON.parse makes a new string for each, and a
 * merge of 100,000 cases would otherwise hold about 50 MB of copies. Bounded in count and
 * length, so a partial of all-different texts costs a map of at most MAX_INTERNED entries.
 */
const MAX_INTERNED = 65_536;
const MAX_INTERNED_CHARS = 256;
function createInterner() {
    const known = new Map();
    return (text) => {
        if (text === undefined || text.length > MAX_INTERNED_CHARS)
            return text;
        const seen = known.get(text);
        if (seen !== undefined)
            return seen;
        if (known.size < MAX_INTERNED)
            known.set(text, text);
        return text;
    };
}
const SIDE_NAMES = { baseline: 'baseline', candidate: 'candidate', judge: 'judge' };
/** The record's texts as shared copies; `caseId` is the eval set's own id string. Mutates the record, which is the merge's own. */
function internRecord(r, caseId, intern) {
    r.caseId = caseId;
    r.side = SIDE_NAMES[r.side];
    r.model = intern(r.model);
    if (r.finishReason !== undefined)
        r.finishReason = intern(r.finishReason);
    if (r.cachedAt !== undefined)
        r.cachedAt = intern(r.cachedAt);
    if (r.error)
        r.error.message = intern(r.error.message);
}
function internSides(sides, intern) {
    for (const side of [sides.baseline, sides.candidate]) {
        for (const g of side.grades) {
            g.type = intern(g.type);
            if (g.reason !== undefined)
                g.reason = intern(g.reason);
            if (g.label)
                g.label = { expected: intern(g.label.expected), actual: intern(g.label.actual) };
        }
        if (side.error)
            side.error.message = intern(side.error.message);
    }
    return sides;
}
/** What makes a file a partial report of this eval set at all. */
function checkHeader(p, evalSet) {
    if (!p.report.shard)
        throw new errors/* LlmGateError */.Z(`${p.file} is not a partial report`, { ...usage('merge the reports of llm-gate run --shard i/n'), file: p.file });
    if (!p.report.records)
        throw new errors/* LlmGateError */.Z(`${p.file} has no call records`, { ...usage('partials of this version of llm-gate carry them; rerun the shard'), file: p.file });
    if (p.report.evalSet.contentHash !== evalSet.contentHash) {
        throw new errors/* LlmGateError */.Z(`${p.file} was made from another config or eval set (content hash ${p.report.evalSet.contentHash.slice(0, 12)}, here ${evalSet.contentHash.slice(0, 12)})`, {
            ...usage('merge with the config and eval files of the commit the shards ran on'),
            file: p.file,
        });
    }
}
/** The partials in memory at once (tests, diagnostics): every header is checked before any case. */
function mergePartials(partials, evalSet) {
    for (const p of partials)
        checkHeader(p, evalSet);
    const merge = createMerge(evalSet);
    for (const p of partials)
        merge.add(p);
    return merge.finish();
}

;// CONCATENATED MODULE: ./build/shard/index.js
// Shards: a deterministic slice of the cases per Actions matrix job, and the merge of the
// partial reports back into one report computed on every case.





/***/ })

};
