export const id = 980;
export const ids = [980];
export const modules = {

/***/ 2377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineGrader)
/* harmony export */ });
/**
 * Ties a grader's option type to its zod schema, so each grader file declares its
 * options once and `grade`/`validate` receive the parsed (defaults filled) shape.
 * Keeps whether `grade` is sync, so direct callers (tests, the simulator) need no await.
 */
function defineGrader(def) {
    return def;
}


/***/ }),

/***/ 6568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ extractJson)
/* harmony export */ });
/* unused harmony export findFences */
// Finds the JSON value in a model's output. Models wrap JSON in code fences and prose
// ("Here is the result: ```json {...} ``` Hope this helps"), so we try, in order:
// the whole output, each fenced block (json-tagged first), then the first balanced
// {...} or [...] that parses.
//
// The output is the model's, so the work is linear in its length: a hostile answer
// (200,000 "{", a wall of backticks) costs what a short one costs per character. Where
// each bracket's span ends is found by scans that record, on the way, the end of every
// bracket they pass, so most brackets are never scanned from; the characters scanned and
// parsed are each capped at a small multiple of the output's length. Within those caps the
// answer is the one a scan from every bracket would give.
/** At most this many fence bodies and spans are handed to JSON.parse per output. */
const MAX_CANDIDATES = 256;
/** What they parse adds up to at most this many times the output's length (plus a little). */
const PARSE_BUDGET_FACTOR = 4;
/** What the bracket scans read adds up to at most this many times the output's length (plus a little). */
const SCAN_BUDGET_FACTOR = 8;
const BUDGET_SLACK = 4096;
/** Takes one candidate of `chars` characters from the budget; false once it is spent. */
function spend(budget, chars) {
    budget.candidates--;
    budget.chars -= chars;
    return budget.candidates >= 0 && budget.chars >= 0;
}
function tryParse(text, meter) {
    if (meter)
        meter.steps += text.length;
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (err) {
        return { ok: false, message: err.message };
    }
}
/**
 * Code fences: ``` then an info string to the end of the line (its first word is the
 * language), then the body up to the next ```. The same matches as the regex
 * /```[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)```/g, found with indexOf so that a wall of
 * backticks without a newline costs one scan instead of one per backtick.
 */
function findFences(text, meter) {
    const fences = [];
    let from = 0;
    for (;;) {
        const open = text.indexOf('```', from);
        if (open === -1)
            break;
        const newline = text.indexOf('\n', open + 3);
        // No newline after this fence: none after any later one either.
        if (newline === -1)
            break;
        const close = text.indexOf('```', newline + 1);
        // No closing fence after the newline: a later opening could only lie on this line.
        if (close === -1)
            break;
        if (meter)
            meter.steps += close + 3 - from;
        const lang = /^[ \t]*([\w+-]*)/.exec(text.slice(open + 3, newline))?.[1] ?? '';
        fences.push({ lang: lang.toLowerCase(), body: text.slice(newline + 1, close) });
        from = close + 3;
    }
    return fences;
}
const UNKNOWN = 0;
const UNBALANCED = -1;
/**
 * Scans from the bracket at `start` to where it closes, skipping strings, and records in
 * `ends` (index past the closing bracket, or UNBALANCED) the outcome for `start` and for
 * every bracket it passes outside a string: a scan from such a bracket would see exactly
 * the same characters in the same state. Brackets inside a string of this scan stay
 * UNKNOWN: from their own start, that string may be prose. False once the budget is spent.
 */
function scanFrom(text, start, ends, stack, budget, meter) {
    let depth = 0;
    let inString = false;
    let i = start;
    for (; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === 0x5c)
                i++; // backslash: skip the escaped character
            else if (ch === 0x22)
                inString = false;
        }
        else if (ch === 0x22)
            inString = true;
        else if (ch === 0x7b || ch === 0x5b)
            stack[depth++] = i;
        else if (ch === 0x7d || ch === 0x5d) {
            const open = stack[--depth];
            // A closing bracket of the wrong kind: every bracket still open here is unbalanced.
            if ((text.charCodeAt(open) === 0x7b) !== (ch === 0x7d)) {
                ends[open] = UNBALANCED;
                break;
            }
            ends[open] = i + 1;
            if (depth === 0)
                break;
        }
    }
    for (let d = 0; d < depth; d++)
        ends[stack[d]] = UNBALANCED;
    const scanned = Math.min(i + 1, text.length) - start;
    if (meter)
        meter.steps += scanned;
    budget.scanned -= scanned;
    return budget.scanned >= 0;
}
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
/** Could a JSON object or array start here? Rules out `{x`, `[note`, `{{` before paying for a parse. */
function plausibleStart(text, start) {
    let i = start + 1;
    while (i < text.length && WS.has(text.charCodeAt(i)))
        i++;
    const next = text[i];
    if (text.charCodeAt(start) === 0x7b)
        return next === '"' || next === '}';
    return next !== undefined && /[-0-9"[{tfn\]]/.test(next);
}
/** The first bracket, left to right, whose balanced span parses. */
function firstEmbedded(text, budget, meter) {
    if (text.length === 0)
        return undefined;
    const ends = new Int32Array(text.length);
    const stack = new Int32Array(text.length);
    for (let start = 0; start < text.length; start++) {
        const ch = text.charCodeAt(start);
        if (ch !== 0x7b && ch !== 0x5b)
            continue;
        if (meter)
            meter.steps++;
        if (ends[start] === UNKNOWN && !scanFrom(text, start, ends, stack, budget, meter))
            return undefined;
        const end = ends[start];
        if (end === UNBALANCED || !plausibleStart(text, start))
            continue;
        if (!spend(budget, end - start))
            return undefined;
        const parsed = tryParse(text.slice(start, end), meter);
        if (parsed.ok)
            return parsed;
    }
    return undefined;
}
function extractJson(output, meter) {
    const trimmed = output.trim();
    if (trimmed === '')
        return { ok: false, reason: 'output is empty' };
    const whole = tryParse(trimmed, meter);
    if (whole.ok)
        return { ok: true, value: whole.value, from: 'whole' };
    const budget = {
        candidates: MAX_CANDIDATES,
        chars: PARSE_BUDGET_FACTOR * trimmed.length + BUDGET_SLACK,
        scanned: SCAN_BUDGET_FACTOR * trimmed.length + BUDGET_SLACK,
    };
    const fences = findFences(trimmed, meter);
    fences.sort((a, b) => Number(b.lang === 'json') - Number(a.lang === 'json')); // stable: json-tagged first
    for (const fence of fences) {
        const body = fence.body.trim();
        if (body === '')
            continue;
        if (!spend(budget, body.length))
            break;
        const parsed = tryParse(body, meter);
        if (parsed.ok)
            return { ok: true, value: parsed.value, from: 'fence' };
        const inner = firstEmbedded(fence.body, budget, meter);
        if (inner)
            return { ok: true, value: inner.value, from: 'fence' };
    }
    const embedded = firstEmbedded(trimmed, budget, meter);
    if (embedded)
        return { ok: true, value: embedded.value, from: 'embedded' };
    return { ok: false, reason: `output is not JSON (${whole.message})` };
}


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ label),
  r: () => (/* reexport */ normaliseLabel)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./build/grade/define.js
var grade_define = __webpack_require__(2377);
// EXTERNAL MODULE: ./build/grade/extract-json.js
var extract_json = __webpack_require__(6568);
;// CONCATENATED MODULE: ./build/grade/normalise-label.js
// The label grader's normaliser, written as scans over one string instead of regexes.
// The regexes it replaces (/^(["'`*_]+)([\s\S]*?)(["'`*_]+)$/ and friends) backtrack in
// polynomial time: 5,000 quote marks and an "x" took over a minute. Here each step moves a
// start or an end index forward over characters it consumes, and the checks that consume
// nothing are remembered for the start they were made at, so the whole loop is linear in
// the output's length however its wrappers are nested.

// What String.prototype.trim and \s treat as white space (the same set in JavaScript).
const SPACE = new Set([
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const QUOTE = new Set([...'"\'`“”‘’*_'].map((c) => c.charCodeAt(0)));
const PUNCT = new Set([...'.!?,;:'].map((c) => c.charCodeAt(0)));
const PREFIXES = ['label', 'category', 'class', 'route'];
const isSpace = (c) => SPACE.has(c);
const isWord = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** ASCII case-insensitive match of a lower-case word at `at` (what /i does for ASCII letters). */
function wordAt(text, at, end, word) {
    if (at + word.length > end)
        return false;
    for (let j = 0; j < word.length; j++) {
        let c = text.charCodeAt(at + j);
        if (c >= 0x41 && c <= 0x5a)
            c += 0x20;
        if (c !== word.charCodeAt(j))
            return false;
    }
    return true;
}
/** `^```[\w-]*\s*([\s\S]*?)\s*```$` on a trimmed text: the fenced body, trimmed, or undefined. */
function unfence(text, meter) {
    if (text.length < 6 || !text.startsWith('```') || !text.endsWith('```'))
        return undefined;
    let s = 3;
    const e = text.length - 3;
    while (s < e && (isWord(text.charCodeAt(s)) || text.charCodeAt(s) === 0x2d))
        s++;
    if (meter)
        meter.steps += s;
    return text.slice(s, e).trim();
}
function fromJson(text, meter) {
    if (!text.includes('{'))
        return undefined;
    const parsed = (0,extract_json/* extractJson */.e)(text, meter);
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return undefined;
    for (const [k, v] of Object.entries(parsed.value)) {
        if (k.toLowerCase() === 'label' && (typeof v === 'string' || typeof v === 'number'))
            return String(v);
    }
    return undefined;
}
/**
 * `  "Billing."`, "`billing`", "Label: billing", '{"label": "billing"}' and "billing" all
 * normalise to "billing": trim, unwrap fences, JSON and a `label:` prefix, strip wrapping
 * quotes/backticks/emphasis and trailing punctuation, lowercase, collapse spaces.
 */
function normaliseLabel(raw, meter) {
    let text = raw.trim();
    text = unfence(text, meter) ?? text;
    text = fromJson(text, meter) ?? text;
    // Until nothing changes: trim, drop trailing punctuation, trim, take what follows a
    // `label:` prefix, unwrap one layer of matching quote runs.
    let s = 0;
    let e = text.length;
    let steps = 0;
    let prefixFailedAt = -1;
    let quoteRunFrom = -1;
    let quoteRunEnd = -1;
    for (;;) {
        const s0 = s;
        const e0 = e;
        steps++;
        while (s < e && isSpace(text.charCodeAt(s)))
            s++, steps++;
        while (e > s && isSpace(text.charCodeAt(e - 1)))
            e--, steps++;
        while (e > s && PUNCT.has(text.charCodeAt(e - 1)))
            e--, steps++;
        while (e > s && isSpace(text.charCodeAt(e - 1)))
            e--, steps++;
        // /^(?:label|category|class|route)\s*[:=]\s*([\s\S]+)$/i — failing at a start fails
        // there for any shorter end too, so a failed start is not checked again.
        if (s !== prefixFailedAt) {
            let matched = false;
            for (const word of PREFIXES) {
                if (!wordAt(text, s, e, word))
                    continue;
                let p = s + word.length;
                while (p < e && isSpace(text.charCodeAt(p)))
                    p++, steps++;
                const sep = text.charCodeAt(p);
                if (p >= e || (sep !== 0x3a && sep !== 0x3d))
                    continue;
                p++;
                if (p >= e)
                    continue; // [\s\S]+ needs a character
                let q = p;
                while (q < e && isSpace(text.charCodeAt(q)))
                    q++, steps++;
                s = q < e ? q : e - 1; // all white space: the regex leaves one character for the group
                matched = true;
                break;
            }
            if (!matched)
                prefixFailedAt = s;
        }
        // /^(Q+)([\s\S]*?)(Q+)$/: the whole leading run, the whole trailing run, the middle kept;
        // a text of quote marks only keeps nothing (the first run takes all but the last mark).
        if (s !== quoteRunFrom) {
            quoteRunFrom = s;
            quoteRunEnd = s;
            while (quoteRunEnd < text.length && QUOTE.has(text.charCodeAt(quoteRunEnd)))
                quoteRunEnd++, steps++;
        }
        const lead = Math.min(quoteRunEnd, e) - s;
        if (lead > 0) {
            if (s + lead === e) {
                if (e - s >= 2)
                    s = e;
            }
            else {
                let t = e;
                while (t > s + lead && QUOTE.has(text.charCodeAt(t - 1)))
                    t--, steps++;
                if (t < e) {
                    s += lead;
                    e = t;
                }
            }
        }
        if (s === s0 && e === e0)
            break;
    }
    if (meter)
        meter.steps += steps;
    return text.slice(s, e).toLowerCase().replace(/\s+/g, ' ');
}

// EXTERNAL MODULE: ./build/grade/text.js
var grade_text = __webpack_require__(6989);
;// CONCATENATED MODULE: ./build/grade/graders/label.js





// Long enough for any real label, short enough that a rambling answer can't blow up a
// confusion table.
const MAX_LABEL = 60;
const label = (0,grade_define/* defineGrader */.h)({
    description: 'The normalised output equals the expected label (routing, classification); reports gather a confusion table per label.',
    options: schemas/* object */.Ikc({
        value: schemas/* string */.YjP().min(1).describe('The expected label, compared after the same normalisation as the output.'),
    }),
    grade(output, { value }) {
        const expected = normaliseLabel(value);
        const full = normaliseLabel(output);
        const actual = full.length > MAX_LABEL ? `${full.slice(0, MAX_LABEL - 1)}…` : full;
        if (full === expected)
            return { score: 1, label: { expected, actual } };
        return { score: 0, reason: `expected label ${(0,grade_text/* preview */.V)(expected)}, got ${(0,grade_text/* preview */.V)(actual)}`, label: { expected, actual } };
    },
});


/***/ }),

/***/ 3210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* reexport safe */ _judge_request_js__WEBPACK_IMPORTED_MODULE_2__.L7),
/* harmony export */   QH: () => (/* binding */ JudgeUnavailableError),
/* harmony export */   V3: () => (/* reexport safe */ _judge_request_js__WEBPACK_IMPORTED_MODULE_2__.V3),
/* harmony export */   iL: () => (/* binding */ JUDGE_ERROR_PREFIX),
/* harmony export */   lx: () => (/* reexport safe */ _judge_request_js__WEBPACK_IMPORTED_MODULE_2__.lx),
/* harmony export */   ni: () => (/* binding */ llmJudge),
/* harmony export */   wk: () => (/* binding */ readVerdict)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2311);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _define_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2377);
/* harmony import */ var _extract_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6568);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6989);
/* harmony import */ var _judge_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5311);







/** Marks a score that comes from a failed judge call, not from the judge's opinion. */
const JUDGE_ERROR_PREFIX = 'judge error:';
/**
 * Thrown when the judge call itself failed (cancelled, outage, timeout, bad key): nobody
 * judged the output, and that is not the graded model's fault, so gradeCases leaves the
 * repeat unjudged instead of scoring it 0 — scoring it 0 could fake a regression.
 */
class JudgeUnavailableError extends Error {
    caseId;
    error;
    constructor(caseId, error) {
        super(`judge call for case "${caseId}" failed (${error.kind}): ${error.message}`);
        this.caseId = caseId;
        this.error = error;
        this.name = 'JudgeUnavailableError';
    }
}
/** Reads the judge's record: a grade from the map, or a score of 0 marked as a judge error. */
function readVerdict(record, grades) {
    if (record.error)
        return { score: 0, reason: `${JUDGE_ERROR_PREFIX} ${record.error.kind}: ${record.error.message}` };
    if (record.output === null || record.output.trim() === '') {
        return { score: 0, reason: `${JUDGE_ERROR_PREFIX} empty response` };
    }
    const parsed = (0,_extract_json_js__WEBPACK_IMPORTED_MODULE_1__/* .extractJson */ .e)(record.output);
    const value = parsed.ok ? parsed.value : undefined;
    const grade = typeof value === 'object' && value !== null ? value.grade : undefined;
    if (typeof grade !== 'string' || !Object.hasOwn(grades, grade)) {
        return { score: 0, reason: `${JUDGE_ERROR_PREFIX} invalid grade in ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .preview */ .V)(record.output)}` };
    }
    const why = value.reason;
    return { score: grades[grade] ?? 0, reason: typeof why === 'string' && why.trim() ? `${grade}: ${why.trim()}` : grade };
}
const llmJudge = (0,_define_js__WEBPACK_IMPORTED_MODULE_4__/* .defineGrader */ .h)({
    description: 'The judge model grades the output against a rubric through a forced tool call whose enum lists the grades, each mapped to a score.',
    options: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        rubric: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1).describe('What a good output does; the judge reads it with the input, the output and `ideal`.'),
        grades: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().min(0).max(1))
            .default(() => ({ ..._judge_request_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_GRADES */ .lx }))
            .describe('Grade names and their scores in [0, 1]. Default: {"pass":1,"partial":0.5,"fail":0}.'),
    }),
    validate({ grades }) {
        if (Object.keys(grades).length < 2)
            return { field: 'grades', message: 'give at least two grades' };
        return undefined;
    },
    async grade(output, { rubric, grades }, ctx) {
        if (!ctx.judge) {
            const { file, line } = ctx.evalCase.source;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmGateError */ .Z(`llm-judge on case "${ctx.evalCase.id}" needs a judge model`, {
                file,
                line,
                field: 'expect',
                hint: 'add `judge: { model: ... }` to llm-gate.yml',
            });
        }
        const request = (0,_judge_request_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeRequest */ .L7)({ evalCase: ctx.evalCase, repeat: ctx.repeat, output, rubric, grades });
        const record = await ctx.judge(request, ctx.signal);
        if (record.error)
            throw new JudgeUnavailableError(ctx.evalCase.id, record.error);
        return readVerdict(record, grades);
    },
});


/***/ }),

/***/ 5290:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   WR: () => (/* binding */ checkJsonSchema),
/* harmony export */   rg: () => (/* binding */ describeErrors)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2463);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
// Compiles user JSON Schemas with ajv (a real validator, never a hand-written one).
// Draft 2020-12 by default (what z.toJSONSchema and most tools emit); a schema that
// declares draft-07 or draft-06 in `$schema` gets ajv's draft-07 engine.


// strictSchema stays on so a misspelt keyword ("requird") is a config error, not a silent no-op.
const OPTIONS = { allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false };
let ajv2020;
let ajv07;
const cache = new Map();
function engineFor(schema) {
    const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
    if (/draft-0[67]/.test(declared))
        return (ajv07 ??= new ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv(OPTIONS));
    return (ajv2020 ??= new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020(OPTIONS));
}
/** Compiles (once per distinct schema) or throws with ajv's reason. */
function compileSchema(schema) {
    const key = JSON.stringify(schema);
    let fn = cache.get(key);
    if (!fn) {
        fn = engineFor(schema).compile(schema);
        cache.set(key, fn);
    }
    return fn;
}
/** `/items/0/price must be number` — ajv's errors, the first few, one clause each. */
function describeErrors(errors, max = 3) {
    const list = errors ?? [];
    const parts = list.slice(0, max).map((e) => {
        const where = e.instancePath === '' ? '(root)' : e.instancePath;
        const extra = e.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : '';
        return `${where} ${e.message ?? e.keyword}${extra}`;
    });
    const more = list.length > max ? ` (+${list.length - max} more)` : '';
    return parts.join('; ') + more;
}
// Keywords whose subschemas apply to the same value as the schema that holds them. A cycle
// through these (and $ref) never reaches a smaller value, so validation recurses until the
// stack overflows, whatever the value: ajv evaluates every branch of anyOf with allErrors,
// so even an alternative does not end it. Keywords that descend (properties, items, ...)
// move to a part of the value, which is finite, and end every cycle through them.
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_LIST = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_MAP = ['dependentSchemas', 'dependencies'];
const REFS = ['$ref', '$dynamicRef', '$recursiveRef'];
const isNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every object below `root` with its JSON pointer, and the anchors they declare. */
function index(root) {
    const pointers = new Map();
    const anchors = new Map();
    const todo = [[root, '#']];
    while (todo.length > 0) {
        const [value, at] = todo.pop();
        if (Array.isArray(value)) {
            value.forEach((v, i) => todo.push([v, `${at}/${i}`]));
            continue;
        }
        if (!isNode(value) || pointers.has(value))
            continue;
        pointers.set(value, at);
        for (const key of ['$anchor', '$dynamicAnchor'])
            if (typeof value[key] === 'string')
                anchors.set(value[key], value);
        // draft-07 names a plain-name anchor with `$id: "#name"`.
        if (typeof value.$id === 'string' && value.$id.startsWith('#'))
            anchors.set(value.$id.slice(1), value);
        // Values under const, enum or default are walked too: no keyword applies them to the
        // value, so no cycle can pass through them.
        for (const [key, child] of Object.entries(value)) {
            todo.push([child, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
        }
    }
    return { pointers, anchors };
}
/** The schema a local reference names, or undefined (a remote one, or one that names nothing). */
function resolve(root, ref, anchors) {
    const base = typeof root.$id === 'string' ? root.$id.replace(/#.*$/, '') : undefined;
    let fragment;
    if (ref.startsWith('#'))
        fragment = ref.slice(1);
    else if (base && ref.startsWith(`${base}#`))
        fragment = ref.slice(base.length + 1);
    else if (base && ref === base)
        fragment = '';
    else
        return undefined;
    let decoded;
    try {
        decoded = decodeURIComponent(fragment);
    }
    catch {
        return undefined;
    }
    if (decoded !== '' && !decoded.startsWith('/'))
        return anchors.get(decoded);
    let node = root;
    for (const raw of decoded.split('/').slice(1)) {
        const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        node = Array.isArray(node) ? node[Number(part)] : isNode(node) ? node[part] : undefined;
    }
    return isNode(node) ? node : undefined;
}
/** Schemas that apply to the same value as `node`, with the keyword that applies each. */
function inPlace(root, node, anchors) {
    const next = [];
    for (const key of IN_PLACE_ONE)
        if (isNode(node[key]))
            next.push([node[key], key]);
    for (const key of IN_PLACE_LIST) {
        const list = node[key];
        if (Array.isArray(list))
            list.forEach((s, i) => isNode(s) && next.push([s, `${key}/${i}`]));
    }
    for (const key of IN_PLACE_MAP) {
        const map = node[key];
        if (isNode(map))
            for (const [name, s] of Object.entries(map))
                if (isNode(s))
                    next.push([s, `${key}/${name}`]);
    }
    for (const key of REFS) {
        const ref = node[key];
        const target = typeof ref === 'string' ? resolve(root, ref, anchors) : undefined;
        if (target)
            next.push([target, `${key} ${JSON.stringify(ref)}`]);
    }
    return next;
}
/** A chain of schemas that leads back to its start without descending into the value, as text; undefined when there is none. */
function selfReference(root) {
    const { pointers, anchors } = index(root);
    const state = new Map();
    for (const start of pointers.keys()) {
        if (state.has(start))
            continue;
        // Iterative depth-first search: a deep schema must not overflow our own stack.
        const path = [{ node: start, via: '', next: inPlace(root, start, anchors) }];
        state.set(start, 'open');
        while (path.length > 0) {
            const top = path[path.length - 1];
            const step = top.next.pop();
            if (!step) {
                state.set(top.node, 'done');
                path.pop();
                continue;
            }
            const [child, via] = step;
            const seen = state.get(child);
            if (seen === 'open') {
                const from = path.findIndex((p) => p.node === child);
                const chain = [...path.slice(from + 1).map((p) => `${pointers.get(p.node)} (${p.via})`), `${pointers.get(child)} (${via})`];
                return `${pointers.get(child)} → ${chain.join(' → ')}`;
            }
            if (seen === 'done')
                continue;
            state.set(child, 'open');
            path.push({ node: child, via, next: inPlace(root, child, anchors) });
        }
    }
    return undefined;
}
/**
 * Why a user's JSON Schema cannot be used, or undefined when it can: it must compile, and
 * no reference may lead back to where it started without descending into the value
 * (`{"$ref": "#"}`, `{"allOf": [{"$ref": "#"}]}`, a $defs cycle a → b → a), since checking
 * any value against that recurses until the stack overflows. For the config loader, so a
 * bad schema is an error at load time with the schema's line, not an unjudged grade later.
 */
function checkJsonSchema(schema) {
    let cycle;
    try {
        cycle = selfReference(schema);
    }
    catch (err) {
        return `the schema could not be read: ${err.message}`;
    }
    if (cycle) {
        return `the schema refers back to itself without descending into the value: ${cycle}; checking any value would recurse without end (put the reference under properties or items)`;
    }
    try {
        compileSchema(schema);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eX: () => (/* binding */ REGEX_DEADLINE_MS),
/* harmony export */   oW: () => (/* binding */ createRegexRunner),
/* harmony export */   rV: () => (/* binding */ sharedRegexRunner)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
// Runs user regexes under a deadline. JavaScript's engine backtracks: /^(a+)+$/ against
// "aaaa…a!" takes exponential time, and a match cannot be interrupted from the thread that
// runs it. So each match runs in a worker thread while the grading thread waits for it on
// a shared flag (Atomics.wait) for at most the deadline; a worker still matching then is
// terminated, and a fresh one serves the next match. Graders stay synchronous (the
// simulator and tests call them directly), and the wait blocks grading for at most the
// deadline; gradeCases yields to the event loop between outputs, so signals still get in.
// A linear-time engine (RE2) would change what patterns mean (no backreferences, no
// lookaround), so users keep JavaScript's semantics and get a deadline instead.

/** How long one match may run before its grade is left unjudged. */
const REGEX_DEADLINE_MS = 1000;
/** How long a new worker may take to start (a loaded CI machine is slow; this is not the match's time). */
const STARTUP_MS = 10_000;
// Plain CommonJS, evaluated as the worker's source: the bundle needs no separate file.
// state[0] holds the id of the last job answered, state[1] is 1 once the worker listens.
// The last compiled pattern is kept, since a case's pattern meets every output in a row.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { state, port } = workerData;
let key;
let re;
port.on('message', (job) => {
  let reply;
  try {
    const k = JSON.stringify([job.pattern, job.flags]);
    if (k !== key) { re = new RegExp(job.pattern, job.flags); key = k; }
    re.lastIndex = 0;
    reply = { id: job.id, matched: re.test(job.input) };
  } catch (err) {
    reply = { id: job.id, error: String((err && err.message) || err) };
  }
  port.postMessage(reply);
  Atomics.store(state, 0, job.id);
  Atomics.notify(state, 0);
});
Atomics.store(state, 1, 1);
Atomics.notify(state, 1);
`;
// A worker needs little: the pattern, one output (GRADE_INPUT_CHARS at most) and the
// engine's backtracking stack. A runaway allocation ends the match, not the gate.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };
/** Waits until state[at] !== from, or `ms` have passed; true when it changed. */
function waitChange(state, at, from, ms) {
    const until = performance.now() + ms;
    for (;;) {
        if (Atomics.load(state, at) !== from)
            return true;
        const left = until - performance.now();
        if (left <= 0)
            return false;
        Atomics.wait(state, at, from, left);
    }
}
function createRegexRunner(options = {}) {
    const deadlineMs = options.deadlineMs ?? REGEX_DEADLINE_MS;
    let thread;
    let lastId = 0;
    const stop = () => {
        const t = thread;
        thread = undefined;
        if (!t)
            return;
        t.port.close();
        // Terminating interrupts a running match; nothing needs to wait for it.
        void t.worker.terminate();
    };
    const start = () => {
        const state = new Int32Array(new SharedArrayBuffer(8));
        const { port1, port2 } = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.MessageChannel();
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { state, port: port2 },
            transferList: [port2],
            resourceLimits: WORKER_LIMITS,
        });
        // An idle worker must not keep the process alive, nor its failure crash it.
        worker.unref();
        worker.on('error', () => undefined);
        const t = { worker, port: port1, state };
        thread = t;
        lastId = 0;
        if (!waitChange(state, 1, 0, STARTUP_MS)) {
            stop();
            return `the regex worker did not start within ${STARTUP_MS / 1000} s`;
        }
        return t;
    };
    return {
        test(pattern, flags, input) {
            const t = thread ?? start();
            if (typeof t === 'string')
                return { kind: 'error', message: t };
            const id = ++lastId;
            t.port.postMessage({ id, pattern, flags, input });
            if (!waitChange(t.state, 0, id - 1, deadlineMs)) {
                stop();
                return { kind: 'timeout', deadlineMs };
            }
            const reply = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.receiveMessageOnPort)(t.port)?.message;
            if (!reply || reply.id !== id) {
                stop();
                return { kind: 'error', message: 'the regex worker gave no answer' };
            }
            return reply.error === undefined ? { kind: 'match', matched: reply.matched === true } : { kind: 'error', message: reply.error };
        },
        close: stop,
    };
}
let shared;
/** The runner the regex grader uses unless its context brings one. */
function sharedRegexRunner() {
    return (shared ??= createRegexRunner());
}


/***/ }),

/***/ 2980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Js: () => (/* binding */ GRADER_NAMES),
  FN: () => (/* binding */ graders),
  rV: () => (/* binding */ isGraderName)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
// EXTERNAL MODULE: ./build/grade/define.js
var grade_define = __webpack_require__(2377);
// EXTERNAL MODULE: ./build/grade/text.js
var grade_text = __webpack_require__(6989);
;// CONCATENATED MODULE: ./build/grade/graders/equals.js



const equals = (0,grade_define/* defineGrader */.h)({
    description: 'The output equals the expected text exactly (after optional trimming and case folding).',
    options: schemas/* object */.Ikc({
        value: schemas/* string */.YjP().describe('The expected output.'),
        trim: schemas/* boolean */.zMY().default(true).describe('Ignore leading and trailing whitespace on both sides. Default: true.'),
        ignoreCase: schemas/* boolean */.zMY().default(false).describe('Compare case-insensitively. Default: false.'),
    }),
    grade(output, { value, trim, ignoreCase }) {
        const norm = (s) => {
            const t = trim ? s.trim() : s;
            return ignoreCase ? t.toLowerCase() : t;
        };
        if (norm(output) === norm(value))
            return { score: 1 };
        return { score: 0, reason: `expected ${(0,grade_text/* preview */.V)(value)}, got ${(0,grade_text/* preview */.V)(output)}` };
    },
});

;// CONCATENATED MODULE: ./build/grade/graders/contains.js



const valueSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)])
    .describe('One substring or a list of substrings to look for.');
const ignoreCaseSchema = schemas/* boolean */.zMY().default(false).describe('Match case-insensitively. Default: false.');
function found(output, values, ignoreCase) {
    const list = typeof values === 'string' ? [values] : values;
    const haystack = ignoreCase ? output.toLowerCase() : output;
    const hits = [];
    const misses = [];
    for (const v of list)
        (haystack.includes(ignoreCase ? v.toLowerCase() : v) ? hits : misses).push(v);
    return { hits, misses };
}
const list = (values) => values.map((v) => (0,grade_text/* preview */.V)(v, 40)).join(', ');
// Binary on purpose: a gate reads "contains all of these" as a requirement, and partial
// credit for it belongs to json-fields, where fields are independent facts.
const contains = (0,grade_define/* defineGrader */.h)({
    description: 'The output contains the given substring(s): all of them, or any one of them.',
    options: schemas/* object */.Ikc({
        value: valueSchema,
        match: schemas/* enum */.k5n(['any', 'all'])
            .default('all')
            .describe('"all": every value must appear; "any": at least one. Default: "all".'),
        ignoreCase: ignoreCaseSchema,
    }),
    grade(output, { value, match, ignoreCase }) {
        const { hits, misses } = found(output, value, ignoreCase);
        const ok = match === 'all' ? misses.length === 0 : hits.length > 0;
        if (ok)
            return { score: 1 };
        return { score: 0, reason: match === 'all' ? `missing ${list(misses)}` : `none of ${list(misses)} found` };
    },
});
// not-contains(match) is exactly the negation of contains(match); its default is "any",
// so by default the output fails as soon as one forbidden value appears.
const notContains = (0,grade_define/* defineGrader */.h)({
    description: 'The output does not contain the given substring(s).',
    options: schemas/* object */.Ikc({
        value: valueSchema,
        match: schemas/* enum */.k5n(['any', 'all'])
            .default('any')
            .describe('"any": fail if any value appears; "all": fail only if every value appears. Default: "any".'),
        ignoreCase: ignoreCaseSchema,
    }),
    grade(output, { value, match, ignoreCase }) {
        const { hits, misses } = found(output, value, ignoreCase);
        const bad = match === 'any' ? hits.length > 0 : misses.length === 0;
        if (!bad)
            return { score: 1 };
        return { score: 0, reason: `contains forbidden ${list(hits)}` };
    },
});

// EXTERNAL MODULE: ./build/grade/regex-runner.js
var regex_runner = __webpack_require__(266);
;// CONCATENATED MODULE: ./build/grade/graders/regex.js




function compileError(pattern, flags) {
    try {
        new RegExp('', flags);
    }
    catch (err) {
        return { field: 'flags', message: `invalid regex flags ${(0,grade_text/* preview */.V)(flags)}: ${err.message}` };
    }
    try {
        new RegExp(pattern, flags);
    }
    catch (err) {
        return { field: 'pattern', message: `invalid regex: ${err.message}` };
    }
    return undefined;
}
/** "/^(a+)+$/" for reasons; a pattern is the user's, but a long one would swamp the line. */
function shown(pattern, flags) {
    const body = pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern;
    return `/${body}/${flags ?? ''}`;
}
function seconds(ms) {
    return ms >= 1000 ? `${Number((ms / 1000).toFixed(3))} s` : `${ms} ms`;
}
const regex = (0,grade_define/* defineGrader */.h)({
    description: 'The output matches a JavaScript regular expression (anywhere, unless anchored).',
    options: schemas/* object */.Ikc({
        pattern: schemas/* string */.YjP().describe('JavaScript regular expression source, e.g. "^def \\\\w+\\\\(".'),
        flags: schemas/* string */.YjP().optional().describe('RegExp flags such as "i", "m", "s". Default: none.'),
    }),
    validate({ pattern, flags }) {
        return compileError(pattern, flags);
    },
    // The match runs in a worker under a deadline (regex-runner.ts): a pattern that
    // backtracks without end on this output leaves the grade unjudged instead of hanging
    // the run. That is the pattern's fault, not the model's, so it does not score 0.
    grade(output, { pattern, flags }, ctx) {
        const verdict = (ctx.regex ?? (0,regex_runner/* sharedRegexRunner */.rV)()).test(pattern, flags, output);
        switch (verdict.kind) {
            case 'match':
                return verdict.matched ? { score: 1 } : { score: 0, reason: `no match for ${shown(pattern, flags)}` };
            case 'timeout':
                return {
                    score: 0,
                    unjudged: true,
                    reason: `regex ${shown(pattern, flags)} did not finish within ${seconds(verdict.deadlineMs)} on this output (catastrophic backtracking); the grade is left unjudged`,
                };
            case 'error':
                return { score: 0, unjudged: true, reason: `regex ${shown(pattern, flags)} failed on this output: ${verdict.message}; the grade is left unjudged` };
        }
    },
});

// EXTERNAL MODULE: ./build/grade/extract-json.js
var extract_json = __webpack_require__(6568);
// EXTERNAL MODULE: ./build/grade/json-schema.js
var json_schema = __webpack_require__(5290);
;// CONCATENATED MODULE: ./build/grade/graders/json.js




const json = (0,grade_define/* defineGrader */.h)({
    description: 'The output is JSON (code fences and surrounding prose tolerated), optionally valid against a JSON Schema (checked with ajv).',
    options: schemas/* object */.Ikc({
        schema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
            .optional()
            .describe('JSON Schema (draft 2020-12, or draft-07 when `$schema` says so) the value must satisfy. Default: none, any JSON passes.'),
    }),
    validate({ schema }) {
        if (!schema)
            return undefined;
        const problem = (0,json_schema/* checkJsonSchema */.WR)(schema);
        return problem === undefined ? undefined : { field: 'schema', message: `invalid JSON Schema: ${problem}` };
    },
    grade(output, { schema }) {
        const parsed = (0,extract_json/* extractJson */.e)(output);
        if (!parsed.ok)
            return { score: 0, reason: parsed.reason };
        if (!schema)
            return { score: 1 };
        const check = (0,json_schema/* compileSchema */.Fc)(schema);
        if (check(parsed.value))
            return { score: 1 };
        return { score: 0, reason: `schema: ${(0,json_schema/* describeErrors */.rg)(check.errors)}` };
    },
});

;// CONCATENATED MODULE: ./build/grade/graders/json-fields.js




const MISSING = Symbol('missing');
/** An exact key wins over a dotted path, so keys that contain dots stay reachable. */
function lookup(root, path) {
    if (isRecord(root) && Object.hasOwn(root, path))
        return root[path];
    let node = root;
    for (const part of path.split('.')) {
        if (Array.isArray(node) && /^\d+$/.test(part) && Number(part) < node.length)
            node = node[Number(part)];
        else if (isRecord(node) && Object.hasOwn(node, part))
            node = node[part];
        else
            return MISSING;
    }
    return node;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Deep equality; strings are compared trimmed (and case-folded when asked), at any depth. */
function fieldEquals(expected, actual, ignoreCase) {
    if (typeof expected === 'string' && typeof actual === 'string') {
        const a = expected.trim();
        const b = actual.trim();
        return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
    }
    if (Array.isArray(expected)) {
        return (Array.isArray(actual) &&
            actual.length === expected.length &&
            expected.every((e, i) => fieldEquals(e, actual[i], ignoreCase)));
    }
    if (isRecord(expected)) {
        if (!isRecord(actual))
            return false;
        const keys = Object.keys(expected);
        if (keys.length !== Object.keys(actual).length)
            return false;
        return keys.every((k) => Object.hasOwn(actual, k) && fieldEquals(expected[k], actual[k], ignoreCase));
    }
    return Object.is(expected, actual) || expected === actual;
}
const jsonFields = (0,grade_define/* defineGrader */.h)({
    description: 'The output is JSON whose fields equal the expected values; partial credit is the fraction of fields that match.',
    options: schemas/* object */.Ikc({
        fields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
            .describe('Expected values by field; a dotted path ("customer.address.city", "items.0.sku") reaches nested fields.'),
        ignoreCase: schemas/* boolean */.zMY().default(false).describe('Compare strings case-insensitively. Default: false.'),
    }),
    validate({ fields }) {
        if (Object.keys(fields).length === 0)
            return { field: 'fields', message: 'list at least one expected field' };
        return undefined;
    },
    grade(output, { fields, ignoreCase }) {
        const parsed = (0,extract_json/* extractJson */.e)(output);
        if (!parsed.ok)
            return { score: 0, reason: parsed.reason };
        const wrong = [];
        const entries = Object.entries(fields);
        for (const [path, expected] of entries) {
            const actual = lookup(parsed.value, path);
            if (actual === MISSING)
                wrong.push(`${path} missing`);
            else if (!fieldEquals(expected, actual, ignoreCase))
                wrong.push(`${path} (expected ${(0,grade_text/* preview */.V)(expected, 40)}, got ${(0,grade_text/* preview */.V)(actual, 40)})`);
        }
        const score = (entries.length - wrong.length) / entries.length;
        if (wrong.length === 0)
            return { score };
        return { score, reason: `${wrong.length}/${entries.length} fields wrong: ${wrong.join('; ')}` };
    },
});

// EXTERNAL MODULE: ./build/grade/graders/label.js + 1 modules
var label = __webpack_require__(7463);
// EXTERNAL MODULE: ./build/grade/graders/llm-judge.js
var llm_judge = __webpack_require__(3210);
;// CONCATENATED MODULE: ./build/grade/registry.js







const graders = {
    equals: equals,
    contains: contains,
    'not-contains': notContains,
    regex: regex,
    json: json,
    'json-fields': jsonFields,
    label: label/* label */.P,
    'llm-judge': llm_judge/* llmJudge */.ni,
};
const GRADER_NAMES = Object.keys(graders);
function isGraderName(name) {
    return Object.hasOwn(graders, name);
}


/***/ }),

/***/ 6989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ preview)
/* harmony export */ });
// Small text helpers shared by graders, kept apart so reasons read the same everywhere.
/** A JSON-quoted, length-capped rendering of a value for reasons. */
function preview(value, max = 80) {
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ })

};
