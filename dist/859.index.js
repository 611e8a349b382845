export const id = 859;
export const ids = [859];
export const modules = {

/***/ 3859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  importCommand: () => (/* binding */ importCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/config/files.js
var files = __webpack_require__(8420);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(5217);
// EXTERNAL MODULE: ./build/config/nesting.js
var nesting = __webpack_require__(1113);
// EXTERNAL MODULE: ./build/config/template.js
var template = __webpack_require__(7234);
;// CONCATENATED MODULE: ./build/import/mask.js
// Likely secrets and personal data in production text, found and replaced by a labelled
// placeholder before anything is written: API keys and tokens of the common vendors,
// private keys, passwords in key=value form, emails, phone numbers, card numbers (Luhn
// checked) and US social security numbers. Every pattern is a flat run of character
// classes with bounded quantifiers: linear on any input.
function luhn(text) {
    const digits = text.replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19)
        return false;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        let d = digits.charCodeAt(digits.length - 1 - i) - 48;
        if (i % 2 === 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 === 0;
}
// Order matters: the specific key formats first, so their placeholder names the vendor.
const MASK_RULES = [
    { kind: 'private-key', pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]{0,40}PRIVATE KEY-----/g },
    { kind: 'api-key', pattern: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,200}/g },
    { kind: 'api-key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,200}/g },
    { kind: 'api-key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
    { kind: 'api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
    { kind: 'api-key', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,100}/g },
    { kind: 'api-key', pattern: /\bgithub_pat_[A-Za-z0-9_]{30,200}/g },
    { kind: 'api-key', pattern: /\bglpat-[A-Za-z0-9_-]{20,100}/g },
    { kind: 'api-key', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,200}/g },
    { kind: 'api-key', pattern: /\bhf_[A-Za-z0-9]{30,100}/g },
    { kind: 'api-key', pattern: /\b(?:pk|sk)-lf-[A-Za-z0-9-]{10,100}/g },
    { kind: 'api-key', pattern: /\bsk-helicone-[A-Za-z0-9-]{10,100}/g },
    { kind: 'token', pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g },
    { kind: 'token', pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{16,2000}/g },
    {
        kind: 'secret',
        pattern: /\b(?:api[_-]?key|apikey|secret|token|password|passwd|pwd|access[_-]?key|client[_-]?secret|auth)(["']?\s{0,3}[:=]\s{0,3}["']?)[^\s"',;]{6,500}/gi,
    },
    { kind: 'email', pattern: /\b[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b/g },
    { kind: 'card', pattern: /\b(?:\d[ -]?){12,18}\d\b/g, accept: luhn },
    { kind: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
    { kind: 'phone', pattern: /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w])/g },
    { kind: 'phone', pattern: /(?<![\w(])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\w)/g },
];
const placeholder = (kind) => `[${kind.toUpperCase()}]`;
/** The text with every finding replaced; `counts` gains one per finding by kind. */
function maskText(text, counts, rules = MASK_RULES) {
    let out = text;
    for (const rule of rules) {
        out = out.replace(rule.pattern, (match, sep) => {
            if (rule.accept && !rule.accept(match))
                return match;
            counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
            // key=value keeps the key, so the text still reads.
            if (rule.kind === 'secret' && typeof sep === 'string')
                return `${match.slice(0, match.indexOf(sep) + sep.length)}${placeholder(rule.kind)}`;
            return placeholder(rule.kind);
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/stats/rng.js
var rng = __webpack_require__(8105);
;// CONCATENATED MODULE: ./build/import/sample.js
// Exactly n of the items, stratified by slice: each slice gets its share of n (largest
// remainders), at least one, never more than it has; which items, by a seeded shuffle
// within each slice. Pure and deterministic: the same items, n and seed give the same pick.

/** How many to take from each slice; the sum is min(n, total). Slices in first-seen order. */
function allocate(sizes, n) {
    const slices = [...sizes].map(([slice, available]) => ({ slice, available, taken: 0, target: 0 }));
    const total = slices.reduce((s, x) => s + x.available, 0);
    if (n >= total)
        return slices.map(({ slice, available }) => ({ slice, available, taken: available }));
    for (const s of slices)
        s.target = (n * s.available) / total;
    // At least one from each slice, while n allows: the biggest slices first when it does not.
    const bySize = [...slices].sort((a, b) => b.available - a.available);
    let left = n;
    for (const s of bySize) {
        if (left === 0)
            break;
        s.taken = 1;
        left--;
    }
    // Then the rest, one at a time, to the slice furthest below its share (ties: bigger first).
    // n is at most the number of items, so this loop is bounded by it.
    while (left > 0) {
        let best;
        for (const s of bySize) {
            if (s.taken >= s.available)
                continue;
            if (!best || s.target - s.taken > best.target - best.taken)
                best = s;
        }
        if (!best)
            break;
        best.taken++;
        left--;
    }
    return slices.map(({ slice, available, taken }) => ({ slice, available, taken }));
}
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** Indices of the picked items, in their original order. */
function stratifiedSample(items, sliceOf, n, seed) {
    const bySlice = new Map();
    items.forEach((item, i) => {
        const s = sliceOf(item);
        const list = bySlice.get(s);
        if (list)
            list.push(i);
        else
            bySlice.set(s, [i]);
    });
    const allocation = allocate(new Map([...bySlice].map(([s, l]) => [s, l.length])), n);
    const picked = [];
    for (const a of allocation) {
        const list = [...bySlice.get(a.slice)];
        // Each slice its own stream, so adding a slice does not reshuffle the others.
        const next = (0,rng/* xoshiro128ss */._k)((seed ^ hashString(a.slice)) >>> 0);
        for (let i = 0; i < a.taken; i++) {
            const j = i + Math.floor((next() / 2 ** 32) * (list.length - i));
            [list[i], list[j]] = [list[j], list[i]];
        }
        picked.push(...list.slice(0, a.taken));
    }
    picked.sort((a, b) => a - b);
    return { picked, allocation };
}

;// CONCATENATED MODULE: ./build/import/shapes.js
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ROLES = new Set(['system', 'developer', 'user', 'assistant']);
/** Text of a message's content: a string, or the text parts of a list. Anything else is not text. */
function textOf(content) {
    if (typeof content === 'string')
        return content;
    if (Array.isArray(content)) {
        const parts = content.filter(isRecord);
        if (parts.length !== content.length || parts.some((p) => p.type !== 'text' && p.type !== 'input_text' && p.type !== 'output_text'))
            return undefined;
        return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
    }
    return undefined;
}
function messagesOf(value) {
    if (!Array.isArray(value) || value.length === 0)
        return undefined;
    const out = [];
    for (const m of value) {
        if (!isRecord(m) || typeof m.role !== 'string')
            return undefined;
        // Tool turns and tool calls make a conversation the gate cannot replay as text.
        if (!ROLES.has(m.role) || m.tool_calls !== undefined)
            return 'not-text';
        const content = textOf(m.content);
        if (content === undefined)
            return 'not-text';
        out.push({ role: m.role, content });
    }
    return out.some((m) => m.role === 'user') ? out : undefined;
}
/** The answer of a Chat Completions response (or a Langfuse output: a message or text). */
function answerOf(response) {
    if (typeof response === 'string')
        return response;
    if (!isRecord(response))
        return undefined;
    if (response.error !== undefined && response.choices === undefined)
        return 'failed';
    if (Array.isArray(response.choices)) {
        const first = response.choices[0];
        if (!isRecord(first) || !isRecord(first.message))
            return undefined;
        if (first.message.content === null || first.message.content === undefined)
            return first.message.tool_calls !== undefined ? 'not-text' : undefined;
        return textOf(first.message.content) ?? 'not-text';
    }
    if (typeof response.role === 'string' && 'content' in response)
        return textOf(response.content) ?? 'not-text';
    return undefined;
}
function paramsOf(request) {
    const { messages: _m, ...params } = request;
    return params;
}
function exchange(shape, rawMessages, response, params, record) {
    const messages = messagesOf(rawMessages);
    if (messages === undefined)
        return { ok: false, reason: 'no-messages' };
    if (messages === 'not-text')
        return { ok: false, reason: 'not-text' };
    const answer = answerOf(response);
    if (answer === undefined)
        return { ok: false, reason: 'no-answer' };
    if (answer === 'not-text')
        return { ok: false, reason: 'not-text' };
    if (answer === 'failed')
        return { ok: false, reason: 'failed-call' };
    if (answer.trim() === '')
        return { ok: false, reason: 'no-answer' };
    return { ok: true, exchange: { shape, messages, answer, params, record } };
}
function recognise(value) {
    if (!isRecord(value))
        return { ok: false, reason: 'unrecognised' };
    const req = value.request;
    const res = value.response;
    if (isRecord(req) && isRecord(req.body)) {
        const body = req.body;
        return exchange('helicone', body.messages, isRecord(res) ? res.body : undefined, paramsOf(body), { ...value, metadata: value.metadata ?? value.properties });
    }
    if (isRecord(value.request_body)) {
        const body = value.request_body;
        return exchange('helicone', body.messages, value.response_body, paramsOf(body), { ...value, metadata: value.metadata ?? value.properties ?? value.request_properties });
    }
    if (isRecord(req) && Array.isArray(req.messages))
        return exchange('llm-gate', req.messages, res, paramsOf(req), value);
    if (Array.isArray(value.messages) && (isRecord(res) || typeof res === 'string')) {
        const params = isRecord(value.model_parameters) ? value.model_parameters : isRecord(value.optional_params) ? value.optional_params : {};
        return exchange('litellm', value.messages, res, params, value);
    }
    if (Array.isArray(value.choices) && (Array.isArray(value.input_messages) || Array.isArray(value.messages))) {
        const params = isRecord(value.request) ? value.request : {};
        return exchange('openai-stored', value.input_messages ?? value.messages, value, params, value);
    }
    if (value.input !== undefined && value.output !== undefined) {
        const input = isRecord(value.input) ? value.input.messages : value.input;
        const output = isRecord(value.output) && Array.isArray(value.output.choices) ? value.output : value.output;
        const params = isRecord(value.modelParameters) ? value.modelParameters : {};
        return exchange('langfuse', input, output, params, value);
    }
    return { ok: false, reason: 'unrecognised' };
}
/** Structured output asked for at temperature 0: the production answer is the answer. */
function isDeterministicStructured(params) {
    const format = params.response_format;
    const structured = isRecord(format) && (format.type === 'json_schema' || format.type === 'json_object');
    return structured && params.temperature === 0;
}

;// CONCATENATED MODULE: ./build/import/traffic.js
// Production traffic → an llm-gate eval set. Pure: lines in (with where they came from),
// cases and a summary out. Each line is one exchange; a malformed line is counted with its
// line number and never stops the rest. Exchanges are recognised (shapes.ts), masked
// (mask.ts) before anything else sees their text, deduplicated on the masked request,
// sampled (sample.ts), and each becomes a case whose grader compares the candidate's answer
// with production's: an llm-judge "at least as good as the reference", or `equals` for
// deterministic structured output.






const IMPORT_LIMITS = {
    /** A longer line is skipped as malformed: no single exchange is that large. */
    maxLineChars: 4 * 1024 * 1024,
    /** Line numbers kept per skip reason, for the summary. */
    shownLines: 20,
    /** Characters of a slice value kept in a tag. */
    maxTagChars: 60,
};
const JUDGE_RUBRIC = 'The output is at least as good as the reference answer, which production gave to the same input: as correct, as complete, as helpful, and in the same format. Judge the substance, not the wording.';
const NO_SLICE = '(none)';
function sliceValue(record, path) {
    const v = (0,template/* lookupVar */.wh)(record, path);
    if (typeof v === 'string' && v !== '')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return NO_SLICE;
}
const tagSafe = (text) => text.replace(/\s+/g, ' ').trim().slice(0, IMPORT_LIMITS.maxTagChars) || NO_SLICE;
function importTraffic(lines, options) {
    const summary = { read: 0, blank: 0, exchanges: 0, duplicates: 0, skipped: {}, shapes: {}, masked: {}, maskedLines: 0, written: 0, graders: { 'llm-judge': 0, equals: 0 } };
    const skip = (reason, at) => {
        const s = (summary.skipped[reason] ??= { count: 0, lines: [] });
        s.count++;
        if (s.lines.length < IMPORT_LIMITS.shownLines)
            s.lines.push(`${at.source}:${at.line}`);
    };
    const kept = [];
    const seen = new Set();
    for (const at of lines) {
        summary.read++;
        if (at.tooLong) {
            skip('too-long', at);
            continue;
        }
        if (at.text.trim() === '') {
            summary.blank++;
            continue;
        }
        let value;
        if ((0,nesting/* jsonDepthProblem */.fQ)(at.text)) {
            skip('malformed', at);
            continue;
        }
        try {
            value = JSON.parse(at.text);
        }
        catch {
            skip('malformed', at);
            continue;
        }
        const r = recognise(value);
        if (!r.ok) {
            skip(r.reason, at);
            continue;
        }
        summary.exchanges++;
        const counts = {};
        const mask = (text) => (options.mask ? maskText(text, counts) : text);
        const messages = r.exchange.messages.map((m) => ({ role: m.role, content: mask(m.content) }));
        const answer = mask(r.exchange.answer);
        const slice = options.by ? tagSafe(mask(sliceValue(r.exchange.record, options.by))) : NO_SLICE;
        const found = Object.values(counts).reduce((a, b) => a + b, 0);
        if (found > 0) {
            summary.maskedLines++;
            for (const [k, n] of Object.entries(counts))
                summary.masked[k] = (summary.masked[k] ?? 0) + n;
        }
        // The same request asked twice is one case: the first answer is kept.
        const key = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(messages)).digest('hex');
        if (seen.has(key)) {
            summary.duplicates++;
            continue;
        }
        seen.add(key);
        summary.shapes[r.exchange.shape] = (summary.shapes[r.exchange.shape] ?? 0) + 1;
        kept.push({ exchange: r.exchange, messages, answer, source: at.source, slice });
    }
    let chosen = kept;
    if (options.sample !== undefined || options.by !== undefined) {
        const n = options.sample ?? kept.length;
        const { picked, allocation } = stratifiedSample(kept, (k) => k.slice, n, options.seed);
        chosen = picked.map((i) => kept[i]);
        if (options.by)
            summary.slices = { by: options.by, allocation };
    }
    const ids = new Set();
    const sliceKey = options.by ? (options.by.split('.').pop() ?? options.by) : undefined;
    const cases = chosen.map((k) => {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(k.messages)).digest('hex');
        let id = `prod-${hash.slice(0, 12)}`;
        for (let n = 2; ids.has(id); n++)
            id = `prod-${hash.slice(0, 12)}-${n}`;
        ids.add(id);
        const deterministic = isDeterministicStructured(k.exchange.params);
        const expect = deterministic ? [{ type: 'equals', value: k.answer }] : [{ type: 'llm-judge', rubric: JUDGE_RUBRIC }];
        summary.graders[deterministic ? 'equals' : 'llm-judge']++;
        const tags = [`source:${tagSafe(k.source)}`];
        if (sliceKey)
            tags.push(`${sliceKey}:${k.slice}`);
        return { id, tags, messages: k.messages, reference: k.answer, expect };
    });
    summary.written = cases.length;
    return { cases, summary };
}
const REASON_WORDS = {
    malformed: 'not JSON',
    'too-long': `longer than ${IMPORT_LIMITS.maxLineChars / 1024 / 1024} MB`,
    unrecognised: 'not a recognised log shape',
    'no-messages': 'no request messages with a user turn',
    'no-answer': 'no answer in the response',
    'not-text': 'tool calls or non-text content',
    'failed-call': 'the call failed',
};
/** The summary as lines for a terminal. */
function summaryLines(s, out) {
    const lines = [`read ${s.read} line${s.read === 1 ? '' : 's'}: ${s.exchanges} exchanges${s.blank > 0 ? `, ${s.blank} blank` : ''}`];
    const shapes = Object.entries(s.shapes).map(([k, n]) => `${n} ${k}`).join(', ');
    if (shapes)
        lines.push(`shapes: ${shapes}`);
    for (const [reason, v] of Object.entries(s.skipped)) {
        lines.push(`skipped ${v.count} (${REASON_WORDS[reason]}): ${v.lines.join(', ')}${v.count > v.lines.length ? ', ...' : ''}`);
    }
    if (s.duplicates > 0)
        lines.push(`dropped ${s.duplicates} duplicate request${s.duplicates === 1 ? '' : 's'}`);
    const masked = Object.entries(s.masked).map(([k, n]) => `${n} ${k}`).join(', ');
    lines.push(masked ? `masked ${masked} (in ${s.maskedLines} exchange${s.maskedLines === 1 ? '' : 's'})` : 'masked nothing');
    if (s.slices)
        lines.push(`sampled by ${s.slices.by}: ${s.slices.allocation.map((a) => `${a.slice} ${a.taken}/${a.available}`).join(', ')}`);
    lines.push(`wrote ${s.written} case${s.written === 1 ? '' : 's'} to ${out} (${s.graders['llm-judge']} llm-judge against the reference, ${s.graders.equals} equals)`);
    return lines;
}

;// CONCATENATED MODULE: ./build/import/read-lines.js
// Log files at the edge: regular files only, read as a stream of lines whatever their size.
// A line past the size limit is not held in memory: it is reported cut, and reading resumes
// at the next newline.





async function readLogLines(path, shown, maxLineChars = IMPORT_LIMITS.maxLineChars) {
    const info = await (0,promises_.stat)(path).catch((err) => {
        throw new errors/* LlmGateError */.Z(err.code === 'ENOENT' ? `log file not found: ${shown}` : `cannot read log file ${shown}: ${err.code ?? err.message}`, { code: 'usage', cause: err });
    });
    if (!info.isFile())
        throw new errors/* LlmGateError */.Z(`log file ${shown} is not a regular file`, { code: 'usage' });
    const out = [];
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let partial = '';
    let cut = false;
    let line = 0;
    const push = (text) => {
        line++;
        const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
        out.push(cut ? { source: shown, line, text: '', tooLong: true } : { source: shown, line, text: line === 1 ? clean.replace(/^\uFEFF/, '') : clean });
        cut = false;
    };
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })) {
        let text = decoder.write(chunk);
        for (;;) {
            const nl = text.indexOf('\n');
            if (nl < 0)
                break;
            push(partial + text.slice(0, nl));
            partial = '';
            text = text.slice(nl + 1);
        }
        if (!cut)
            partial += text;
        if (partial.length > maxLineChars) {
            cut = true;
            partial = '';
        }
    }
    partial += decoder.end();
    if (partial !== '' || cut)
        push(cut ? '' : partial);
    return out;
}

// EXTERNAL MODULE: ./build/shell/redact.js
var shell_redact = __webpack_require__(6260);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(5158);
;// CONCATENATED MODULE: ./build/cli/import.js
// `llm-gate import LOGFILE... --out FILE`: production traffic → an eval set (JSONL), with a
// summary of what was read, skipped and masked on stderr (and as JSON with --json).








async function importCommand(options) {
    const lines = [];
    for (const log of options.logs) {
        const abs = (0,external_node_path_.resolve)(options.cwd, log);
        lines.push(...(await readLogLines(abs, (0,files/* displayPath */.Gt)(options.cwd, abs))));
    }
    const { cases, summary } = importTraffic(lines, { sample: options.sample, by: options.by, seed: options.seed, mask: options.mask });
    // The keys in this environment too, whatever the patterns missed: the last step before writing.
    const redact = (0,shell_redact.createRedactor)((0,shell_redact.secretsFromEnv)(options.env));
    const say = (line) => options.stderr.write(`llm-gate import: ${redact(line)}\n`);
    if (cases.length === 0) {
        for (const line of summaryLines(summary, options.out))
            say(line);
        throw new errors/* LlmGateError */.Z('no exchange could be imported: nothing was written', { code: 'usage', hint: 'each line must be one logged call: {"request": {...}, "response": {...}, "metadata": {...}}' });
    }
    const out = (0,external_node_path_.resolve)(options.cwd, options.out);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(out), { recursive: true });
    await (0,promises_.writeFile)(out, redact(cases.map((c) => JSON.stringify(c)).join('\n') + '\n'));
    for (const line of summaryLines(summary, (0,files/* displayPath */.Gt)(options.cwd, out)))
        say(line);
    if (summary.graders['llm-judge'] > 0)
        say('the llm-judge graders need a judge model: add judge: { model: ... } to llm-gate.yml');
    if (options.json) {
        const path = (0,external_node_path_.resolve)(options.cwd, options.json);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, redact(`${JSON.stringify(summary, null, 2)}\n`));
    }
    return exit_codes/* EXIT */.dc.pass;
}


/***/ }),

/***/ 8420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Rt: () => (/* binding */ OUTSIDE_ROOT_HINT),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   uj: () => (/* binding */ readSourceFile),
/* harmony export */   xd: () => (/* binding */ outsideRootMessage)
/* harmony export */ });
/* unused harmony export stripBom */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9473);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7147);
// File reading at the edge: confined to the repository root, regular files only, size
// checked before and while reading, BOM stripped, paths shown relative to the directory
// the gate was started from.





/** Eval sets are read whole; past this a file is almost surely a mistake (or a dump). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** POSIX path of `abs` relative to `cwd` (the form every error and report uses). */
function displayPath(cwd, abs) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, abs) || '.';
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? rel : rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
function sizeLabel(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** The message for a file outside the root: the path as written, where a symlink leads, and the root. */
function outsideRootMessage(what, shown, abs, real, root) {
    const leads = real === abs ? '' : ` (it resolves to ${real})`;
    return `${what} ${shown} is outside the repository root ${root.real}${leads}`;
}
const OUTSIDE_ROOT_HINT = "llm-gate reads files only inside the repository: the git root of the working directory, or the config file's directory outside git";
// A FIFO would block an open for reading until a writer comes; O_NONBLOCK makes it return
// at once so fstat can refuse it. Windows has no such flag and no FIFOs to open.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
async function readSourceFile(abs, options) {
    const shown = displayPath(options.cwd, options.shownAs ?? abs);
    const limit = options.maxBytes ?? MAX_FILE_BYTES;
    const at = options.from ?? { file: shown };
    const fail = (message, hint, cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmGateError */ .Z(message, { ...at, hint, cause });
    let path = abs;
    if (options.root) {
        const c = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .confine */ .Do)(abs, options.root);
        if (!c.ok && c.reason === 'outside')
            throw fail(outsideRootMessage(options.what, shown, abs, c.real, options.root), OUTSIDE_ROOT_HINT);
        if (!c.ok && c.reason === 'not-a-file')
            throw fail(`${options.what} ${shown} is ${c.kind}, not a regular file`, options.from?.hint);
        if (c.ok)
            path = c.real;
    }
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OPEN_FLAGS);
    }
    catch (err) {
        const code = err.code;
        const missing = code === 'ENOENT' || code === 'ENOTDIR';
        const message = missing ? `${options.what} not found: ${shown}` : `cannot read ${options.what} ${shown}: ${code ?? err.message}`;
        throw fail(message, options.from?.hint, err);
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw fail(`${options.what} ${shown} is not a regular file`, options.from?.hint);
        const tooBig = () => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .LlmGateError */ .Z(`${options.what} is ${sizeLabel(Math.max(info.size, limit + 1))}, over the ${sizeLabel(limit)} limit`, {
            file: shown,
            line: 1,
            column: 1,
            hint: 'split it into several smaller files',
        });
        if (info.size > limit)
            throw tooBig();
        // The size stat gives is a claim (0 for /proc files, and a file can grow): read at most
        // one byte past the limit, whatever it said.
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 64 * 1024), 1024 * 1024, limit + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > limit)
                throw tooBig();
        }
        return stripBom(Buffer.concat(chunks, total).toString('utf8'));
    }
    finally {
        await handle.close();
    }
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}


/***/ }),

/***/ 1113:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ aliasProblem),
/* harmony export */   fQ: () => (/* binding */ jsonDepthProblem),
/* harmony export */   so: () => (/* binding */ NESTING_LIMITS)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
// Bounds on what a config or eval file may expand into, checked on the parser's events (and
// on the raw text for JSON) before any value is built. js-yaml builds an alias as a shared
// reference, so a "billion laughs" file is small after parsing; it explodes later, in every
// walk that copies or serialises the value (env expansion, zod, hashing, the report). The
// size an alias adds is therefore counted here, once per anchor, in one linear pass.

const NESTING_LIMITS = {
    /** Collections inside collections, aliases expanded. */
    maxDepth: 100,
    /** Alias nodes (`*name`) in one file. */
    maxAliases: 1_000,
    /** Nodes that aliases add to one file once expanded (each alias counts its whole subtree). */
    maxAliasNodes: 100_000,
    /** Characters of scalar text that aliases add to one file once expanded. */
    maxAliasChars: 10_000_000,
};
const fmt = (n) => n.toLocaleString('en-US');
function anchorName(e, source) {
    return e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : undefined;
}
/**
 * The first alias that would expand past NESTING_LIMITS, or that points into the node that
 * holds it (a cycle: every walk of the value would recurse forever).
 */
function aliasProblem(events, source) {
    const fail = (offset, message, hint) => ({ offset, message, hint });
    const anchors = new Map();
    const stack = [];
    let aliases = 0;
    let addedNodes = 0;
    let addedChars = 0;
    const add = (size) => {
        const top = stack[stack.length - 1];
        if (!top)
            return;
        top.nodes += size.nodes;
        top.chars += size.chars;
        top.height = Math.max(top.height, size.height + 1);
    };
    for (const e of events) {
        switch (e.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                stack.length = 0;
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                const anchor = anchorName(e, source);
                if (anchor !== undefined)
                    anchors.set(anchor, 'open');
                stack.push({ nodes: 1, chars: 0, height: 1, anchor });
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const size = { nodes: 1, chars: Math.max(0, e.valueEnd - e.valueStart), height: 0 };
                const anchor = anchorName(e, source);
                if (anchor !== undefined)
                    anchors.set(anchor, size);
                add(size);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const offset = Math.max(0, e.anchorStart - 1);
                const name = source.slice(e.anchorStart, e.anchorEnd);
                const limitHint = 'write the values out, or share less through anchors';
                if (++aliases > NESTING_LIMITS.maxAliases) {
                    return fail(offset, `more than ${fmt(NESTING_LIMITS.maxAliases)} YAML aliases in one file (llm-gate's limit)`, limitHint);
                }
                const target = anchors.get(name);
                // An unknown anchor is js-yaml's error to report, with its own position.
                if (target === undefined)
                    break;
                if (target === 'open') {
                    return fail(offset, `YAML alias *${name} points into the node that contains it, a value without end`, `anchor a separate node and alias that`);
                }
                addedNodes += target.nodes;
                addedChars += target.chars;
                if (addedNodes > NESTING_LIMITS.maxAliasNodes) {
                    return fail(offset, `YAML aliases expand to more than ${fmt(NESTING_LIMITS.maxAliasNodes)} nodes (llm-gate's limit for one file; stopped at *${name})`, limitHint);
                }
                if (addedChars > NESTING_LIMITS.maxAliasChars) {
                    return fail(offset, `YAML aliases expand to more than ${fmt(NESTING_LIMITS.maxAliasChars)} characters (llm-gate's limit for one file; stopped at *${name})`, limitHint);
                }
                if (stack.length + target.height > NESTING_LIMITS.maxDepth) {
                    return fail(offset, `YAML nesting deeper than ${NESTING_LIMITS.maxDepth} levels once *${name} is expanded (llm-gate's limit)`, 'flatten the structure');
                }
                add(target);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP: {
                const done = stack.pop();
                if (!done)
                    break;
                if (done.anchor !== undefined)
                    anchors.set(done.anchor, { nodes: done.nodes, chars: done.chars, height: done.height });
                add(done);
                break;
            }
        }
    }
    return undefined;
}
/**
 * JSON has no aliases, but a file of 100,000 `[` parses fine and then overflows the stack of
 * every recursive walk after it. A linear scan outside strings finds the depth first.
 */
function jsonDepthProblem(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22) {
            inString = true;
        }
        else if (c === 0x5b || c === 0x7b) {
            if (++depth > NESTING_LIMITS.maxDepth) {
                return { offset: i, message: `JSON nesting deeper than ${NESTING_LIMITS.maxDepth} levels (llm-gate's limit)`, hint: 'flatten the structure' };
            }
        }
        else if (c === 0x5d || c === 0x7d) {
            depth--;
        }
    }
    return undefined;
}


/***/ }),

/***/ 7147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   J$: () => (/* binding */ outsideDirectory),
/* harmony export */   h_: () => (/* binding */ globScope)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
// Which files a config may make llm-gate read. The config can come from the pull request
// under test, and what llm-gate reads can reach a prompt and so the report and the PR
// comment. So every file (the config, eval files, prompt files) must resolve, symlinks
// followed, inside the repository root, and be a regular file: not /proc, a device, a FIFO
// or a directory. /proc files report size 0, so a size check alone would pass them.



async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function repositoryRoot(cwd, configFile) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd);
    for (;;) {
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, '.git')))
            return { lexical: dir, real: await realpathOr(dir) };
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    const fallback = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, configFile));
    return { lexical: fallback, real: await realpathOr(fallback) };
}
async function realpathOr(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
    }
    catch {
        return path;
    }
}
/** `path` is `root` or below it (both absolute, same form). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel));
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a FIFO';
    if (info.isSocket())
        return 'a socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
// Kernel views whose "regular files" are process state (environ, memory maps), whatever
// the root: outside git, a config passed as /proc/self/environ would be its own root.
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];
/** Where `abs` really is, and whether llm-gate may read it. */
async function confine(abs, root) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(abs);
    }
    catch (err) {
        return { ok: false, reason: 'missing', code: err.code };
    }
    if (!isInside(root.real, real))
        return { ok: false, reason: 'outside', real };
    const pseudo = PSEUDO_FILESYSTEMS.find((dir) => node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' && isInside(dir, real));
    if (pseudo)
        return { ok: false, reason: 'not-a-file', real, kind: `a file of ${pseudo}` };
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (!info.isFile())
        return { ok: false, reason: 'not-a-file', real, kind: kindOf(info) };
    return { ok: true, real };
}
// Characters that make a glob segment a pattern rather than a name (extglobs included).
const MAGIC = /[*?[\]{}]|[!+@]\(/;
// A `..` segment, also inside a brace list: `{..,x}` or `a/../b`.
const PARENT = /(^|[/\\{,])\.\.($|[/\\},])/;
/**
 * Splits a glob into the directory it names literally and the pattern below it, so the
 * walk starts at a directory that was checked and cannot climb out: `../../**` and
 * `/etc/*` are refused before anything is read, `../shared/*.yaml` is fine when
 * `shared` is inside the root.
 */
function globScope(pattern, configDir, root) {
    const parts = pattern.split(/[/\\]/);
    const first = parts.findIndex((p) => MAGIC.test(p));
    const literal = first < 0 ? parts.slice(0, -1) : parts.slice(0, first);
    const rest = first < 0 ? parts.slice(-1) : parts.slice(first);
    const prefix = literal.join('/');
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(prefix || '/') : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(configDir, prefix);
    // Either form of the root: the working directory may have been reached through a symlink.
    if (!isInside(root.lexical, base) && !isInside(root.real, base))
        return { ok: false, base, reason: 'outside' };
    const below = rest.join('/');
    if (PARENT.test(below))
        return { ok: false, base, reason: 'parent-in-pattern' };
    return { ok: true, cwd: base, pattern: below };
}
/**
 * For the glob walk's `exclude`: a directory that resolves outside the root is not entered.
 * Files are not excluded here; an eval file outside the root is an error, not a skip.
 */
function outsideDirectory(root) {
    return (entry) => {
        if (typeof entry === 'string')
            return false;
        if (!entry.isDirectory() && !entry.isSymbolicLink())
            return false;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(entry.parentPath, entry.name);
        try {
            const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real).isDirectory() && !isInside(root.real, real);
        }
        catch {
            return true;
        }
    };
}


/***/ }),

/***/ 7234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   wh: () => (/* binding */ lookupVar)
/* harmony export */ });
/* unused harmony export templateVariables */
// `{{var}}` templates: whitespace tolerant, dotted paths into vars ({{order.id}}).
// Anything else between braces is left alone, so prompts about templating stay intact.
const VARIABLE = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;
/** Variable names used by a template, in order of first use. */
function templateVariables(template) {
    return [...new Set([...template.matchAll(VARIABLE)].map((m) => m[1]))];
}
/** An exact key wins over a dotted walk, so a var named "a.b" stays reachable. */
function lookupVar(vars, name) {
    if (Object.hasOwn(vars, name))
        return vars[name];
    let node = vars;
    for (const part of name.split('.')) {
        if (Array.isArray(node) && /^\d+$/.test(part))
            node = node[Number(part)];
        else if (node !== null && typeof node === 'object' && Object.hasOwn(node, part))
            node = node[part];
        else
            return undefined;
    }
    return node;
}
function show(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
/** Fills every variable; null and absent values are both "no value" (an empty string is a value). */
function renderTemplate(template, vars) {
    let missing;
    const text = template.replace(VARIABLE, (match, name) => {
        const value = lookupVar(vars, name);
        if (value === undefined || value === null) {
            missing ??= name;
            return match;
        }
        return show(value);
    });
    return missing === undefined ? { ok: true, text } : { ok: false, missing };
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


/***/ })

};
