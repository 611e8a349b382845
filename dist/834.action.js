export const id = 834;
export const ids = [834,775];
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

/***/ 18834:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createMerge: () => (/* reexport */ createMerge),
  createSpool: () => (/* reexport */ createSpool),
  mergePartials: () => (/* reexport */ mergePartials),
  parseShard: () => (/* reexport */ spec/* parseShard */.u),
  shardCases: () => (/* reexport */ shard_assign/* shardCases */.Q),
  shardOf: () => (/* reexport */ shard_assign/* shardOf */.I)
});

// EXTERNAL MODULE: ./build/shard/assign.js
var shard_assign = __webpack_require__(80990);
// EXTERNAL MODULE: ./build/shard/spec.js
var spec = __webpack_require__(43332);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
;// CONCATENATED MODULE: ./build/shard/spool.js
// Texts kept on disk instead of in the heap: a merge of 100,000 cases holds each case's and
// each record's report item (its outputs and call key included) from the moment its partial
// is read until the merged report is written, and that is most of what the merge would hold.
// One temporary file, appended to and read back by offset. On POSIX the file is unlinked as
// soon as it is open, so nothing is left behind whatever ends the process; elsewhere it is
// removed on release.




/** Written to the file in pieces of about this many bytes. */
const WRITE_BYTES = 1 << 20;
function createSpool(dir = (0,external_node_os_.tmpdir)()) {
    let folder;
    let fd;
    try {
        folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dir, 'llm-gate-merge-'));
        const path = (0,external_node_path_.join)(folder, 'items');
        fd = (0,external_node_fs_.openSync)(path, 'w+', 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(path);
            (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
            folder = undefined;
        }
        catch {
            // Windows cannot unlink an open file: release removes it.
        }
    }
    catch (err) {
        throw spoolError(dir, err);
    }
    let offsets = new Float64Array(1024);
    let lengths = new Uint32Array(1024);
    let count = 0;
    let end = 0;
    let pending = Buffer.allocUnsafe(WRITE_BYTES);
    let pendingBytes = 0;
    let pendingAt = 0;
    let readBuffer = Buffer.allocUnsafe(64 * 1024);
    let open = true;
    const flush = () => {
        let done = 0;
        while (done < pendingBytes)
            done += (0,external_node_fs_.writeSync)(fd, pending, done, pendingBytes - done, pendingAt + done);
        pendingAt += pendingBytes;
        pendingBytes = 0;
    };
    const put = (text) => {
        if (!open)
            throw new Error('spool: put after release');
        const bytes = Buffer.byteLength(text, 'utf8');
        if (pendingBytes + bytes > pending.length) {
            try {
                flush();
            }
            catch (err) {
                throw spoolError(dir, err);
            }
            if (bytes > pending.length)
                pending = Buffer.allocUnsafe(bytes);
        }
        pending.write(text, pendingBytes, 'utf8');
        pendingBytes += bytes;
        if (count === offsets.length) {
            const grownOffsets = new Float64Array(count * 2);
            grownOffsets.set(offsets);
            offsets = grownOffsets;
            const grownLengths = new Uint32Array(count * 2);
            grownLengths.set(lengths);
            lengths = grownLengths;
        }
        offsets[count] = end;
        lengths[count] = bytes;
        end += bytes;
        return count++;
    };
    const get = (id) => {
        if (!open)
            throw new Error('spool: get after release');
        if (!(id >= 0 && id < count))
            throw new RangeError(`spool: no text ${id}`);
        const at = offsets[id];
        const bytes = lengths[id];
        if (at >= pendingAt)
            return pending.toString('utf8', at - pendingAt, at - pendingAt + bytes);
        if (readBuffer.length < bytes)
            readBuffer = Buffer.allocUnsafe(bytes);
        let done = 0;
        while (done < bytes) {
            const n = (0,external_node_fs_.readSync)(fd, readBuffer, done, bytes - done, at + done);
            if (n === 0)
                throw new Error('spool: the file ended early');
            done += n;
        }
        return readBuffer.toString('utf8', 0, bytes);
    };
    const release = () => {
        if (!open)
            return;
        open = false;
        (0,external_node_fs_.closeSync)(fd);
        if (folder !== undefined)
            (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        pending = Buffer.alloc(0);
        readBuffer = Buffer.alloc(0);
    };
    return { put, get, release };
}
function spoolError(dir, err) {
    const code = err.code ?? err.message;
    return new errors/* LlmGateError */.Z(`cannot keep the merge's working file in ${dir}: ${code}`, {
        code: 'usage',
        hint: 'the merge keeps each case on disk while it works; point TMPDIR (RUNNER_TEMP on Actions) at a writable directory with room for the partial reports',
        cause: err,
    });
}

// EXTERNAL MODULE: ./build/report/build.js + 1 modules
var build = __webpack_require__(959);
// EXTERNAL MODULE: ./build/report/item-text.js
var item_text = __webpack_require__(66178);
// EXTERNAL MODULE: ./build/report/records.js
var report_records = __webpack_require__(55089);
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
 * With a spool, each case's and record's report item is made as its partial is read and
 * kept there, and only what the comparison reads stays in memory.
 */
function createMerge(evalSet, options = {}) {
    const { spool } = options;
    // Spool ids, by case index, and by record (in the order records and judgeRecords take them).
    const caseItems = spool ? new Array(evalSet.cases.length) : undefined;
    const recordItems = [];
    const judgeItems = [];
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
            const sides = internSides((0,rebuild/* gradedSides */.SY)(c), intern);
            if (spool && caseItems) {
                caseItems[at] = spool.put((0,item_text/* itemText */.r)((0,build/* reportCase */.H_)({ case: evalSet.cases[at], ...sides })));
                sides.baseline.output = null;
                sides.candidate.output = null;
            }
            graded[at] = sides;
            here.add(c.id);
        }
        const storedRecords = p.report.records ?? [];
        const partialRecords = (0,rebuild/* recordsOf */.M$)(p.report);
        const firsts = spool ? firstOfEachSide(partialRecords, here) : undefined;
        for (const [i, r] of partialRecords.entries()) {
            if (!here.has(r.caseId))
                continue;
            internRecord(r, evalSet.cases[caseIndex.get(r.caseId)].id, intern);
            const stored = storedRecords[i]?.key;
            const key = typeof stored === 'string' ? stored : undefined;
            if (r.side === 'judge') {
                judgeRecords.push(r);
                if (spool)
                    judgeItems.push(spool.put((0,item_text/* itemText */.r)((0,report_records/* reportRecord */.aL)(r))));
            }
            else {
                records.push(r);
                if (spool)
                    recordItems.push(spool.put((0,item_text/* itemText */.r)((0,report_records/* reportRecord */.aL)(r, key ?? options.keyOf?.(r), firsts.has(i)))));
                else if (key !== undefined)
                    keys.set(r, key);
            }
            if (spool)
                r.output = null;
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
        // Sorted by index, so each record's spooled item moves with it; ties keep the partials' order.
        const byRecord = sortedOrder(records, (a, b) => order(a) - order(b) || a.repeat - b.repeat || (a.side === b.side ? 0 : a.side === 'baseline' ? -1 : 1));
        const byJudge = sortedOrder(judgeRecords, (a, b) => order(a) - order(b) || a.repeat - b.repeat);
        const cases = evalSet.cases.map((c, i) => ({ case: c, ...graded[i] }));
        graded.fill(undefined);
        const merged = {
            count,
            graded: cases,
            records: byRecord.map((i) => records[i]),
            keys,
            judgeRecords: byJudge.map((i) => judgeRecords[i]),
            incomplete,
            startedAt,
            durationMs,
        };
        if (spool && caseItems) {
            const itemIds = [...byRecord.map((i) => recordItems[i]), ...byJudge.map((i) => judgeItems[i])];
            merged.items = {
                cases: spooledList(spool, caseItems),
                records: spooledList(spool, itemIds),
            };
        }
        return merged;
    };
    return { add, finish };
}
/**
 * One copy of each short text the partials repeat in every case and record (model names,
 * finish reasons, grader names and reasons), and of each small value they repeat (a case's
 * grades, its repeat scores, a record's token usage): JSON.parse makes a new one for each,
 * and a merge of 100,000 cases would otherwise hold about 80 MB of copies. Bounded in count
 * and size, so a partial of all-different values costs a map of at most MAX_INTERNED entries.
 * Nothing changes these values once the merge has them.
 */
const MAX_INTERNED = 65_536;
const MAX_INTERNED_CHARS = 256;
function createInterner() {
    const texts = new Map();
    const values = new Map();
    const signedZero = (_, v) => (Object.is(v, -0) ? '-0' : v);
    return {
        text(text) {
            if (text === undefined || text.length > MAX_INTERNED_CHARS)
                return text;
            const seen = texts.get(text);
            if (seen !== undefined)
                return seen;
            if (texts.size < MAX_INTERNED)
                texts.set(text, text);
            return text;
        },
        value(kind, value) {
            const key = `${kind}:${JSON.stringify(value, signedZero)}`;
            if (key.length > MAX_INTERNED_CHARS)
                return value;
            const seen = values.get(key);
            if (seen !== undefined)
                return seen;
            if (values.size < MAX_INTERNED)
                values.set(key, value);
            return value;
        },
    };
}
const SIDE_NAMES = { baseline: 'baseline', candidate: 'candidate', judge: 'judge' };
/** The record's texts and usage as shared copies; `caseId` is the eval set's own id string. Mutates the record, which is the merge's own. */
function internRecord(r, caseId, intern) {
    r.caseId = caseId;
    r.side = SIDE_NAMES[r.side];
    r.model = intern.text(r.model);
    if (r.finishReason !== undefined)
        r.finishReason = intern.text(r.finishReason);
    if (r.cachedAt !== undefined)
        r.cachedAt = intern.text(r.cachedAt);
    if (r.error)
        r.error.message = intern.text(r.error.message);
    r.usage = intern.value('usage', r.usage);
}
function internSides(sides, intern) {
    for (const side of [sides.baseline, sides.candidate]) {
        for (const g of side.grades) {
            g.type = intern.text(g.type);
            if (g.reason !== undefined)
                g.reason = intern.text(g.reason);
            if (g.label)
                g.label = { expected: intern.text(g.label.expected), actual: intern.text(g.label.actual) };
        }
        side.grades = intern.value('grades', side.grades);
        side.repeatScores = intern.value('scores', side.repeatScores);
        if (side.error)
            side.error.message = intern.text(side.error.message);
    }
    return sides;
}
/** The indices of `items` in sorted order (a stable sort: ties keep their order). */
function sortedOrder(items, compare) {
    return items.map((_, i) => i).sort((x, y) => compare(items[x], items[y]) || x - y);
}
/**
 * The record of each case and side that a merged report shows in the case (reportRecord's
 * inCase): the first in the merged order, which is the lowest repeat, ties in the partial's
 * order. Every record of a case is in the case's one partial, so this is known as it is read.
 */
function firstOfEachSide(records, cases) {
    const best = new Map();
    records.forEach((r, i) => {
        if (r.side === 'judge' || !cases.has(r.caseId))
            return;
        const slot = `${r.caseId}\u0000${r.side}`;
        const seen = best.get(slot);
        if (seen === undefined || r.repeat < records[seen].repeat)
            best.set(slot, i);
    });
    return new Set(best.values());
}
/** Report items kept in the spool as their text, read back one at a time as the writer reaches them. */
function spooledList(spool, ids) {
    return {
        length: ids.length,
        *items() {
            for (const id of ids)
                yield JSON.parse(spool.get(id));
        },
        *texts() {
            for (const id of ids)
                yield spool.get(id);
        },
    };
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
