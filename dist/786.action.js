export const id = 786;
export const ids = [786];
export const modules = {

/***/ 78420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Rt: () => (/* binding */ OUTSIDE_ROOT_HINT),
/* harmony export */   gZ: () => (/* binding */ MAX_FILE_BYTES),
/* harmony export */   uj: () => (/* binding */ readSourceFile),
/* harmony export */   xd: () => (/* binding */ outsideRootMessage)
/* harmony export */ });
/* unused harmony export stripBom */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19473);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97147);
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

/***/ 36191:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19473);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78420);
// Reading files as they were at a commit, for models.baseline: { from: base }. git is run
// as a child process with its arguments as a list (no shell), a deadline and a cap on what
// it may print: the ref comes from the workflow, the paths from the config under test.




/** Each git command gets this long; a repository that needs more is not one a gate can wait for. */
const GIT_TIMEOUT_MS = 30_000;
/** `git ls-tree` of a large monorepo: paths only, but many. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
function git(cwd, args, maxBytes, signal) {
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, encoding: 'buffer', maxBuffer: maxBytes, timeout: GIT_TIMEOUT_MS, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, ...(signal ? { signal } : {}) }, (error, stdout, stderr) => {
            const err = error;
            if (err && typeof err.code === 'string') {
                if (err.code === 'ENOENT') {
                    return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z('git is not installed, and models.baseline: { from: base } reads the base commit with it', { code: 'config', field: 'models.baseline', hint: 'install git, or name the baseline model in the config' }));
                }
                if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                    return resolve({ code: -1, stdout: Buffer.alloc(0), stderr: 'output too large' });
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`git ${args[0]} failed: ${err.message}`, { code: 'config', field: 'models.baseline' }));
            }
            if (err?.killed)
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`git ${args[0]} took longer than ${GIT_TIMEOUT_MS / 1000} s`, { code: 'config', field: 'models.baseline' }));
            resolve({ code: err ? Number(err.code ?? 1) : 0, stdout: stdout, stderr: String(stderr).slice(0, 2000) });
        });
    });
}
/**
 * The commit `ref` names, read from the repository at `root`. A ref the clone does not have
 * (a shallow checkout's usual state) is an error that says how to fetch it.
 */
async function openCommit(root, ref, signal) {
    // A ref starting with "-" would read as an option.
    if (ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`the baseline ref "${ref.slice(0, 100)}" is not a commit name`, { code: 'usage', field: 'baseline-ref', hint: 'pass a branch, a tag or a commit sha' });
    }
    const inside = await git(root, ['rev-parse', '--is-inside-work-tree'], 4096, signal);
    if (inside.code !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`${root} is not a git repository, and models.baseline: { from: base } reads the baseline from a commit`, {
            code: 'config',
            field: 'models.baseline',
            hint: 'run llm-gate inside the repository checkout, or name the baseline model in the config',
        });
    }
    const resolved = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 4096, signal);
    const commit = resolved.stdout.toString('utf8').trim();
    if (resolved.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`the base commit ${ref} is not in this clone, so the baseline (the candidate as the config defined it there) cannot be read`, {
            code: 'config',
            field: 'models.baseline',
            hint: `fetch it: with actions/checkout set fetch-depth: 0, or run git fetch --no-tags --depth=1 origin ${ref} before llm-gate`,
        });
    }
    const top = (await git(root, ['rev-parse', '--show-toplevel'], 64 * 1024, signal)).stdout.toString('utf8').trim();
    const pathOf = (abs) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(top, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    return {
        ref,
        commit,
        pathOf,
        async read(abs) {
            const path = pathOf(abs);
            if (path.startsWith('../') || path === '..')
                return undefined;
            const shown = await git(top, ['cat-file', '-e', `${commit}:${path}`], 4096, signal);
            if (shown.code !== 0)
                return undefined;
            const blob = await git(top, ['cat-file', 'blob', `${commit}:${path}`], _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ + 1, signal);
            if (blob.code === -1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`${path} at ${ref} is larger than ${_files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .gZ / (1024 * 1024)} MB`, { code: 'config', field: 'models.baseline' });
            }
            if (blob.code !== 0)
                return undefined;
            const text = blob.stdout.toString('utf8');
            return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        },
        async changedSince(pathspecs) {
            if (pathspecs.length === 0)
                return false;
            const diff = await git(top, ['diff', '--quiet', '--no-ext-diff', '--no-textconv', '--no-renames', commit, '--', ...pathspecs], 4096, signal);
            if (diff.code !== 0)
                return true;
            const untracked = await git(top, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...pathspecs], 4096, signal);
            return untracked.code !== 0 || untracked.stdout.length > 0;
        },
        async list() {
            const listing = await git(top, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit], MAX_LISTING_BYTES, signal);
            if (listing.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`could not list the files of ${ref}: ${listing.stderr.trim() || 'git ls-tree failed'}`, { code: 'config', field: 'models.baseline' });
            return listing.stdout.toString('utf8').split('\u0000').filter((p) => p !== '');
        },
    };
}


/***/ }),

/***/ 82786:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_API_KEY_ENV: () => (/* reexport */ DEFAULT_API_KEY_ENV),
  DEFAULT_BASE_URL: () => (/* reexport */ DEFAULT_BASE_URL),
  LOCAL_PRICES: () => (/* reexport */ prices/* LOCAL_PRICES */.Dg),
  MAX_FILE_BYTES: () => (/* reexport */ config_files/* MAX_FILE_BYTES */.gZ),
  PRICES_CHECKED: () => (/* reexport */ prices/* PRICES_CHECKED */.zP),
  PRICE_MAX_AGE_DAYS: () => (/* reexport */ prices/* PRICE_MAX_AGE_DAYS */.dZ),
  PRICE_TABLE: () => (/* reexport */ prices/* PRICE_TABLE */.dq),
  builtinPrice: () => (/* reexport */ prices/* builtinPrice */.LZ),
  caseSchema: () => (/* reexport */ caseSchema),
  configJsonSchema: () => (/* reexport */ configJsonSchema),
  configSchema: () => (/* reexport */ configSchema),
  contentHash: () => (/* reexport */ contentHash),
  evalFileBytes: () => (/* reexport */ evalFileBytes),
  evalJsonSchema: () => (/* reexport */ evalJsonSchema),
  loadConfig: () => (/* reexport */ loadConfig),
  loadEvalSet: () => (/* reexport */ loadEvalSet),
  loadPriceTable: () => (/* reexport */ prices/* loadPriceTable */.QY),
  looksLikePromptPath: () => (/* reexport */ looksLikePromptPath),
  priceAgeDays: () => (/* reexport */ prices/* priceAgeDays */.Is),
  promptFor: () => (/* reexport */ types/* promptFor */.k),
  schemaFiles: () => (/* reexport */ schemaFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(19473);
// EXTERNAL MODULE: ./build/shell/redact.js
var redact = __webpack_require__(56260);
;// CONCATENATED MODULE: ./build/config/env.js
// `${VAR}` and `${VAR:-default}` in config string values, from the env the shell passes
// in (never process.env here). `$${` writes a literal `${`.
//
// A config can come from the pull request under test, and what it expands ends up in a
// prompt, a report or a URL. So a reference to a secret is refused whether or not it is
// set: the API keys in use, the runner's own variables, and any name that says "secret".

/** Variables the CI runner sets for itself: tokens, URLs of its services, the Action's inputs. */
const RUNNER_PREFIXES = ['GITHUB_', 'GH_', 'ACTIONS_', 'INPUT_', 'RUNNER_'];
const LEAK = 'would put a secret into the prompt, which the model, the report and the PR comment can echo';
/**
 * Why `${name}` may not be expanded, or undefined when it may. `keyVariables` are the
 * apiKeyEnv names the config uses (OPENAI_API_KEY among them when any model defaults to it).
 */
function forbiddenReference(name, keyVariables) {
    if (keyVariables.has(name))
        return `\${${name}} holds an API key in use; expanding it ${LEAK}`;
    const prefix = RUNNER_PREFIXES.find((p) => name.toUpperCase().startsWith(p));
    if (prefix)
        return `\${${name}} is a CI runner variable (${prefix}*); expanding it ${LEAK}`;
    if ((0,redact.isSecretName)(name))
        return `\${${name}} is named like a secret; expanding it ${LEAK}`;
    return undefined;
}
/** Why a secret-bearing field may not expand `${name}`: the runner's variables are never sent anywhere. */
function forbiddenSecretReference(name) {
    const prefix = RUNNER_PREFIXES.find((p) => name.toUpperCase().startsWith(p));
    return prefix ? `\${${name}} is a CI runner variable (${prefix}*); it is never sent to a model endpoint` : undefined;
}
const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{[^}]*\}?/g;
function expandString(text, env, options = {}) {
    let problem;
    const value = text.replace(REFERENCE, (match, name, fallback) => {
        if (match === '$${')
            return '${';
        if (name === undefined) {
            problem ??= { message: `malformed environment reference ${JSON.stringify(match)}`, hint: 'write ${NAME} or ${NAME:-default}, or $${ for a literal ${' };
            return match;
        }
        const forbidden = options.allowSecrets ? forbiddenSecretReference(name) : forbiddenReference(name, options.keyVariables ?? new Set());
        if (forbidden) {
            problem ??= { message: forbidden, hint: 'remove the reference; llm-gate reads API keys itself through apiKeyEnv' };
            return match;
        }
        const found = env[name];
        // POSIX `:-`: an empty value takes the default too.
        if (found !== undefined && (found !== '' || fallback === undefined))
            return found;
        if (fallback !== undefined)
            return fallback;
        problem ??= { message: `environment variable ${name} is not set`, hint: `set it, or give a default: \${${name}:-value}` };
        return match;
    });
    return problem ?? { value };
}
/** A copy of `value` with every string expanded; the first problem stops it. */
function expandEnv(value, env, options = {}, path = []) {
    if (typeof value === 'string') {
        if (!value.includes('${'))
            return { value };
        const r = expandString(value, env, options);
        return 'value' in r ? r : { path, ...r };
    }
    if (Array.isArray(value)) {
        const out = [];
        for (let i = 0; i < value.length; i++) {
            const r = expandEnv(value[i], env, options, [...path, i]);
            if (!('value' in r))
                return r;
            out.push(r.value);
        }
        return { value: out };
    }
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const r = expandEnv(v, env, options, [...path, k]);
            if (!('value' in r))
                return r;
            out[k] = r.value;
        }
        return { value: out };
    }
    return { value };
}

;// CONCATENATED MODULE: ./build/config/secret-fields.js
// `${VAR}` in a model's headers and query. Elsewhere in the config a reference to a secret
// is refused (it would land in a prompt, a report or a comment); here it is the point: a
// gateway key, Azure's api-key. These values go only to the model's own endpoint, and each
// one that came from a variable is named in ModelConfig.secretFields, so the shells add it
// to the redactor before anything is written.

const MAPS = ['headers', 'query'];
/** Every model entry of the config: the two compared, each alternative, the judge. */
function entries(value) {
    const models = isRecord(value.models) ? value.models : {};
    const alternatives = Array.isArray(models.alternatives) ? models.alternatives : [];
    return [
        ['baseline', ['models', 'baseline']],
        ['candidate', ['models', 'candidate']],
        ...alternatives.map((_, i) => [`alternatives.${i}`, ['models', 'alternatives', i]]),
        ['judge', ['judge']],
    ];
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function entryAt(root, path) {
    const at = containerAt(root, path);
    return isRecord(at) ? at : undefined;
}
/** The object or list at `path` (a list is where models.alternatives' entries live). */
function containerAt(root, path) {
    let at = root;
    for (const part of path)
        at = isRecord(at) || Array.isArray(at) ? at[part] : undefined;
    return isRecord(at) || Array.isArray(at) ? at : undefined;
}
/**
 * The config with every `${VAR}` expanded: models' headers and query by the secret rule,
 * the rest by the usual one. Returns which header and query names hold an expanded value.
 */
function expandConfig(value, env, options) {
    // Set the maps aside on a copy, so the general expansion never sees them.
    const copy = { ...value };
    if (isRecord(copy.models)) {
        copy.models = { ...copy.models };
        const models = copy.models;
        if (Array.isArray(models.alternatives))
            models.alternatives = [...models.alternatives];
    }
    const aside = [];
    for (const [role, path] of entries(copy)) {
        const parent = path.length === 1 ? copy : (entryAt(copy, path.slice(0, -1)) ?? containerAt(copy, path.slice(0, -1)));
        const key = path[path.length - 1];
        const entry = entryAt(copy, path);
        if (!entry || !parent)
            continue;
        const own = { ...entry };
        for (const map of MAPS) {
            if (isRecord(own[map])) {
                aside.push([role, path, map, own[map]]);
                delete own[map];
            }
        }
        parent[key] = own;
    }
    const rest = expandEnv(copy, env, options);
    if (!('value' in rest))
        return rest;
    const out = rest.value;
    const secretFields = {};
    for (const [role, path, map, fields] of aside) {
        const entry = entryAt(out, path);
        const expanded = {};
        for (const [name, raw] of Object.entries(fields)) {
            if (typeof raw !== 'string' || !raw.includes('${')) {
                expanded[name] = raw;
                continue;
            }
            const r = expandString(raw, env, { ...options, allowSecrets: true });
            if (!('value' in r))
                return { path: [...path, map, name], ...r };
            expanded[name] = r.value;
            const names = ((secretFields[role] ??= {})[map] ??= []);
            names.push(name);
        }
        entry[map] = expanded;
    }
    return { value: out, secretFields };
}

// EXTERNAL MODULE: ./build/config/files.js
var config_files = __webpack_require__(78420);
// EXTERNAL MODULE: ./build/config/paths.js
var paths = __webpack_require__(97147);
// EXTERNAL MODULE: ./build/types.js
var types = __webpack_require__(74853);
// EXTERNAL MODULE: ./build/config/prices.js
var prices = __webpack_require__(72093);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: ./build/limits.js
var limits = __webpack_require__(47598);
;// CONCATENATED MODULE: ./build/config/durations.js
// Human units in the config: durations ("500ms", "30s", "2m"), sizes ("8MB", "512KB") and
// threshold tolerances ("10%", 0.1, false). Pure parsers returning a result, so the schema can turn a bad
// value into an error with a hint that shows the fix.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/;
/** A bare number is seconds; strings take ms, s, m or h. Always > 0. */
function parseDuration(value) {
    let ms;
    if (typeof value === 'number') {
        ms = value * 1000;
    }
    else {
        const m = DURATION.exec(value);
        if (!m)
            return { ok: false, message: 'expected a duration such as "500ms", "30s" or "2m"', hint: 'a bare number means seconds' };
        ms = Number(m[1]) * UNIT_MS[m[2]];
    }
    if (!Number.isFinite(ms) || ms <= 0)
        return { ok: false, message: 'must be a positive duration' };
    return { ok: true, value: Math.round(ms) };
}
// Binary units, as the limits are written in code (8 MB = 8 × 1024 × 1024 bytes).
const UNIT_BYTES = { b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };
const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)\s*$/i;
/** Bounds for a size: a response smaller than 1 KB cannot hold a chat completion; above 1 GB the limit bounds nothing. */
const SIZE_BOUNDS = { min: 1024, max: 1024 ** 3 };
/** A bare number is bytes; strings take B, KB, MB or GB (1024-based; KiB, MiB, GiB also read). Between 1 KB and 1 GB. */
function parseSize(value) {
    let bytes;
    if (typeof value === 'number') {
        bytes = value;
    }
    else {
        const m = SIZE.exec(value);
        if (!m)
            return { ok: false, message: 'expected a size such as "8MB", "512KB" or a number of bytes', hint: 'units: B, KB, MB, GB; 1 KB = 1024 bytes' };
        bytes = Number(m[1]) * UNIT_BYTES[m[2].toLowerCase()];
    }
    if (!Number.isFinite(bytes) || bytes < SIZE_BOUNDS.min || bytes > SIZE_BOUNDS.max) {
        return { ok: false, message: 'must be between 1KB and 1GB', hint: 'the default, 8MB, fits any chat completion' };
    }
    return { ok: true, value: Math.floor(bytes) };
}
const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;
/**
 * qualityPerDollar, p95Latency and errorRate: "10%" or a fraction (0.1). A bare number
 * above 1 is almost surely a percentage without its sign, so it is refused with the fix.
 */
function parseFraction(value) {
    if (value === false)
        return { ok: true, value: false };
    if (value === true)
        return { ok: false, message: 'true is not a tolerance', hint: 'write a percentage such as "10%", or false to disable the check' };
    if (typeof value === 'string') {
        const m = PERCENT.exec(value);
        if (!m)
            return { ok: false, message: `expected a percentage such as "10%"`, hint: 'or a fraction such as 0.1, or false to disable the check' };
        return { ok: true, value: Number(m[1]) / 100 };
    }
    if (!Number.isFinite(value) || value < 0)
        return { ok: false, message: 'must be zero or more' };
    if (value > 1)
        return { ok: false, message: `${value} is not a fraction`, hint: `write ${value}%` };
    return { ok: true, value };
}
/** quality: points on the 0–100 scale (a number), or false. */
function parsePoints(value) {
    if (value === false)
        return { ok: true, value: false };
    if (typeof value === 'string') {
        const m = PERCENT.exec(value);
        const hint = m ? `quality is in points on the 0-100 scale: write ${m[1]}` : 'write a number of points, e.g. 2';
        return { ok: false, message: 'expected a number of points, not a percentage', hint };
    }
    if (value === true)
        return { ok: false, message: 'true is not a tolerance', hint: 'write a number of points such as 2, or false' };
    if (!Number.isFinite(value) || value < 0 || value > 100)
        return { ok: false, message: 'must be between 0 and 100 points' };
    return { ok: true, value };
}

// EXTERNAL MODULE: ./build/cache/settings.js
var settings = __webpack_require__(65736);
;// CONCATENATED MODULE: ./build/config/schema.js
// The llm-gate.yml schema: the documented user interface. Every option's doc text states
// its default; the JSON Schema for editors is generated from this file (json-schema.ts).




const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const DEFAULT_API_KEY_ENV = 'OPENAI_API_KEY';
/** Fields of a request that llm-gate sets itself (Chat Completions and the Responses API). */
const RESERVED_PARAMS = ['model', 'messages', 'stream', 'stream_options', 'n', 'input', 'instructions'];
/** RFC 9110 field names. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
/** Field values: visible ASCII, spaces and tabs (a CR or LF would split the request). */
const HEADER_VALUE = /^[\t\x20-\x7e]{0,8192}$/;
/** Headers the transport or the SDK sets from other options. */
const RESERVED_HEADERS = ['host', 'content-length', 'content-type', 'transfer-encoding', 'connection'];
function refineWith(parse) {
    return (value, ctx) => {
        const r = parse(value);
        if (r.ok)
            return r.value;
        ctx.addIssue({ code: 'custom', message: r.message, params: { hint: r.hint } });
        return core/* NEVER */.tm;
    };
}
const priceSchema = schemas/* strictObject */.rej({
    input: schemas/* number */.aig().nonnegative().describe('USD per 1M input (prompt) tokens that were not served from cache.'),
    cachedInput: schemas/* number */.aig()
        .nonnegative()
        .optional()
        .describe('USD per 1M cached input tokens. Default: the same as `input` (no cache discount assumed).'),
    output: schemas/* number */.aig().nonnegative().describe('USD per 1M output tokens, reasoning tokens included (they are billed as output).'),
})
    .meta({
    title: 'Price',
    description: "USD per 1M tokens. Default: the model id's entry under `prices`, else the built-in price table for known model ids; required for any other model. Never inherited, and dropped when --baseline-model or --candidate-model replaces the model id.",
});
const pricesSchema = schemas/* record */.g1P(schemas/* string */.YjP().min(1), priceSchema)
    .meta({
    title: 'Prices by model id',
    description: "Prices by model id, USD per 1M tokens, for every role and for the model ids that --baseline-model and --candidate-model (or the Action's baseline-model and candidate-model inputs) put in place of the configured ones. A model's own `price` comes first (unless its id was replaced), then this map, then the built-in table. Default: none.",
});
const promptSchema = schemas/* strictObject */.rej({
    system: schemas/* string */.YjP()
        .optional()
        .describe('System prompt: inline text, or a path relative to this file (one line ending in .md, .txt, .prompt ...). {{vars}} are filled from each case. Default: none.'),
    user: schemas/* string */.YjP()
        .optional()
        .describe('User message template for cases that have neither `prompt` nor `messages`. Inline text or a file path. Default: none.'),
})
    .meta({ title: 'Prompt', description: 'Shared prompt template; a case\'s own `prompt` replaces `user`, its `messages` replace both. Default: none.' });
/** Each alternative is another full run of the eval set. */
const MAX_ALTERNATIVES = 8;
const modelSchema = schemas/* strictObject */.rej({
    model: schemas/* string */.YjP().min(1).describe('Model id sent to the API, e.g. "gpt-4o".'),
    baseUrl: schemas/* url */.OZ5({ protocol: /^https?$/ })
        .optional()
        .describe(`OpenAI-compatible endpoint. Default: the baseline's baseUrl; for the baseline ${DEFAULT_BASE_URL}.`),
    apiKeyEnv: schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, e.g. OPENAI_API_KEY' })
        .optional()
        .describe(`Name of the environment variable holding the API key (never the key itself), sent as Authorization: Bearer. "none" sends no Authorization header: keyless servers (Ollama, vLLM, llama.cpp), or a key sent in \`headers\` instead (Azure's api-key). Default: the baseline's; for the baseline ${DEFAULT_API_KEY_ENV}.`),
    api: schemas/* enum */.k5n(['chat', 'responses'])
        .optional()
        .describe('The API the model is called through: "chat" (POST /chat/completions) or "responses" (POST /responses: system and developer messages become `instructions`, the rest `input`). Not inherited: a baseline on Chat Completions against a candidate on the Responses API is the usual migration. Default: chat.'),
    stream: schemas/* boolean */.zMY()
        .optional()
        .describe('Stream the answer (server-sent events), which measures time to first token. Chat Completions asks for usage in the stream (stream_options.include_usage). Default: run.stream.'),
    headers: schemas/* record */.g1P(schemas/* string */.YjP().regex(HEADER_NAME, { error: 'expected an HTTP header name (letters, digits and -)' }), schemas/* string */.YjP().regex(HEADER_VALUE, { error: 'expected a header value on one line (no control characters), at most 8192 characters' }))
        .superRefine((headers, ctx) => {
        for (const name of Object.keys(headers)) {
            if (RESERVED_HEADERS.includes(name.toLowerCase())) {
                ctx.addIssue({ code: 'custom', path: [name], message: `the "${name}" header is set by llm-gate`, params: { hint: 'remove it from headers', at: 'key' } });
            }
        }
    })
        .optional()
        .describe('HTTP headers sent with every request of this model: gateway headers (OpenRouter\'s HTTP-Referer, a LiteLLM key), Azure\'s api-key. A value may use ${VAR}, secrets included (API keys, tokens, not the CI runner\'s own variables): the expanded value is then redacted from everything llm-gate writes. Default: the baseline\'s when the baseUrl is inherited; else none.'),
    query: schemas/* record */.g1P(schemas/* string */.YjP().min(1).max(100), schemas/* string */.YjP().regex(HEADER_VALUE, { error: 'expected a value on one line (no control characters), at most 8192 characters' }))
        .optional()
        .describe('Query parameters added to every request URL of this model, e.g. { api-version: 2024-10-21 } for Azure OpenAI deployments. ${VAR} values are redacted like headers. Default: the baseline\'s when the baseUrl is inherited; else none.'),
    params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .superRefine((params, ctx) => {
        for (const key of RESERVED_PARAMS) {
            if (Object.hasOwn(params, key)) {
                ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is set by llm-gate`, params: { hint: 'remove it from params', at: 'key' } });
            }
        }
    })
        .optional()
        .describe('Request parameters passed as-is (temperature, max_tokens, reasoning: { effort: low }, max_output_tokens, ...). With api: responses, the Chat Completions forms of max_tokens, max_completion_tokens, reasoning_effort, response_format, tools and tool_choice are sent in the Responses API\'s form, so inherited params keep their meaning. Default: {} for the baseline and judge; the candidate inherits the baseline\'s params for a fair comparison.'),
    price: priceSchema.optional(),
    prompt: promptSchema
        .optional()
        .describe("This model's own prompt (same shape as the top-level prompt): its system and user replace the shared ones key by key, for a migration that recalibrates the prompt with the model. Not inherited. Default: the shared prompt."),
})
    .meta({ title: 'Model', description: 'A model behind an OpenAI-compatible endpoint (Chat Completions or the Responses API).' });
/** models.baseline: { from: base }: the candidate as the config defined it at the base commit. */
const baselineFromSchema = schemas/* strictObject */.rej({
    from: schemas/* literal */.euz('base').describe('"base": the commit given by --baseline-ref or the baseline-ref input; in a pull request its base commit, in a merge queue the queue\'s base.'),
})
    .meta({
    title: 'Baseline from the base commit',
    description: "The baseline is the candidate as this file defined it at the base commit (its model, params, API settings and prompt files, read from git): every change to the production model or its prompt is gated against what the base branch runs.",
});
const fraction = (what, fallback, value) => schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* literal */.euz(false)], { error: `expected a percentage such as "${fallback}", a fraction such as ${value}, or false` })
    .transform(refineWith(parseFraction))
    .default(value)
    .describe(`${what} A percentage ("${fallback}") or a fraction (${value}); false disables the check. Default: ${fallback}.`);
const thresholdsSchema = schemas/* strictObject */.rej({
    qualityPerDollar: fraction('Largest tolerated relative drop of quality per dollar, candidate vs baseline.', '10%', 0.1),
    p95Latency: fraction('Largest tolerated relative rise of p95 latency, candidate vs baseline.', '20%', 0.2),
    quality: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* literal */.euz(false)], { error: 'expected a number of points such as 2, or false' })
        .transform(refineWith(parsePoints))
        .default(2)
        .describe('Largest tolerated drop of quality, in points on the 0-100 scale; false disables the check. Default: 2.'),
    ttftP95: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP(), schemas/* literal */.euz(false)], { error: 'expected a percentage such as "20%", a fraction such as 0.2, or false' })
        .transform(refineWith(parseFraction))
        .optional()
        .describe('Largest tolerated relative rise of the p95 time to first token (dispatch to the first content delta), candidate vs baseline, tested like p95 latency. A percentage ("20%") or a fraction (0.2); false disables the check. Default: 20% when both models stream, else off.'),
    errorRate: fraction('Largest tolerated rise of the error rate (timeouts and request errors over calls), candidate minus baseline, absolute. Infrastructure errors (429, 5xx, connection) above this rate on either model make the verdict "error" (could not judge).', '2%', 0.02),
})
    .meta({ title: 'Thresholds', description: 'Each value is the regression tolerated; false disables that check. Default: each check on, with its own default.' });
const positiveInt = (what, value) => schemas/* number */.aig().int().positive().default(value).describe(`${what} Default: ${value}.`);
const AGE = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/;
const AGE_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** "7d", "12h", "30m", "2w"; a bare number is seconds. Zero is allowed: every entry is then too old to reuse. */
function parseAge(value) {
    let ms;
    if (typeof value === 'number')
        ms = value * 1000;
    else {
        const m = AGE.exec(value);
        if (!m)
            return { ok: false, message: 'expected an age such as "7d", "12h" or "30m"', hint: 'units: ms, s, m, h, d, w; a bare number means seconds' };
        ms = Number(m[1]) * AGE_MS[m[2]];
    }
    if (!Number.isFinite(ms) || ms < 0)
        return { ok: false, message: 'must be zero or a positive age' };
    return { ok: true, value: Math.round(ms) };
}
const cacheSchema = schemas/* strictObject */.rej({
    dir: schemas/* string */.YjP().min(1).default(settings/* CACHE_DEFAULTS */.G.dir).describe(`Directory of the cache entries, relative to this file. Default: ${settings/* CACHE_DEFAULTS */.G.dir}.`),
    mode: schemas/* enum */.k5n(['read-write', 'read'])
        .default(settings/* CACHE_DEFAULTS */.G.mode)
        .describe('read-write: reuse entries and keep the answers of the calls made; read: reuse entries, write none. Default: read-write.'),
    reuse: schemas/* enum */.k5n(['baseline', 'all'])
        .default(settings/* CACHE_DEFAULTS */.G.reuse)
        .describe("Which calls may be answered from the cache: baseline (the baseline's calls, and the judge's calls on its outputs; the candidate is measured afresh) or all (every call, the judge's included). Default: baseline."),
    maxAge: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: 'expected an age such as "7d", "12h" or "30m"' })
        .transform(refineWith(parseAge))
        .prefault(settings/* CACHE_DEFAULTS */.G.maxAge)
        .describe(`Entries measured longer ago than this are not reused (the call is made again). "7d", "12h", "30m"; a bare number is seconds. Default: ${settings/* CACHE_DEFAULTS */.G.maxAge}.`),
})
    .meta({ title: 'Call cache', description: 'The call cache settings. Default: each setting\'s own default.' });
const runSchema = schemas/* strictObject */.rej({
    concurrency: positiveInt('Calls in flight at once, both models together.', 8),
    repeats: positiveInt('Times each case is sent to each model; scores are averaged over repeats.', 1),
    timeout: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: 'expected a duration such as "30s", "500ms" or "2m"' })
        .transform(refineWith(parseDuration))
        .prefault('30s')
        .describe('Per-call timeout, your production timeout: a slower answer counts as a timeout error. "500ms", "30s", "2m"; a bare number is seconds. Default: 30s.'),
    retries: schemas/* number */.aig().int().nonnegative().default(2).describe('Retries per call for 408, 409, 429, 5xx and connection errors. Default: 2.'),
    budget: schemas/* number */.aig()
        .positive()
        .optional()
        .describe('Most USD to spend on the whole run, judge included. Default: no budget.'),
    maxResponseSize: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: 'expected a size such as "8MB", "512KB" or a number of bytes' })
        .transform(refineWith(parseSize))
        .optional()
        .describe(`Largest response body accepted from an endpoint, counted after decompression; a larger one is an error of that call. "512KB", "8MB" (1 KB = 1024 bytes); a bare number is bytes; between 1KB and 1GB. Default: ${limits/* MAX_RESPONSE_BYTES */.nB / 1024 / 1024}MB.`),
    sequential: schemas/* boolean */.zMY()
        .default(true)
        .describe('Stop sending calls once the verdict is decided: cases go in a seeded order stratified by tag, and at 20/40/60/80% of the set (from 30 cases) the gate looks at the cases so far. false runs every case. Default: true.'),
    stream: schemas/* boolean */.zMY()
        .optional()
        .describe('Stream every model\'s answers (a model\'s own `stream` wins), which measures time to first token: dispatch to the first content delta. Default: false.'),
    cache: schemas/* union */.KCZ([schemas/* boolean */.zMY(), cacheSchema], { error: 'expected true, false or a mapping (dir, mode, reuse, maxAge)' })
        .optional()
        .describe('The call cache: each answer is kept under a key of its endpoint host, model, API, whole request body and repeat index, and a later run with the same call reuses it (its answer, usage and measured latency) instead of paying again. false or absent: off; true or a mapping: on. Default: off.'),
})
    .meta({ title: 'Run settings', description: 'How the calls are run. Default: each setting\'s own default.' });
const glob = schemas/* string */.YjP().min(1);
/** Formats an eval file can be written in; `auto` tells them apart by name and content. */
const EVAL_FORMATS = ['auto', 'llm-gate', 'promptfoo', 'openai-evals'];
/** Graders an `ideal` answer (OpenAI evals data) can become. */
const IDEAL_GRADERS = ['equals', 'contains', 'llm-judge'];
const evalEntrySchema = schemas/* strictObject */.rej({
    path: glob.describe('Glob of eval files, relative to this file. Required.'),
    format: schemas/* enum */.k5n(EVAL_FORMATS)
        .default('auto')
        .describe('How the files are written: "llm-gate" (its own cases), "promptfoo" (a promptfoo config or test file), "openai-evals" (JSONL of `input` + `ideal`, or Evals API items `{"item": {...}}`), or "auto": told apart by file name and content. Default: "auto".'),
    grader: schemas/* enum */.k5n(IDEAL_GRADERS)
        .default('equals')
        .describe('What an `ideal` answer of OpenAI evals data becomes: "equals" (the output, trimmed, equals the ideal or one of a list), "contains" (the output contains it, or one of a list) or "llm-judge" (the judge compares the output with it; needs `judge`). Default: "equals".'),
    fields: schemas/* strictObject */.rej({
        input: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('Where the input is: a dotted path ("item.question") to a string or a list of chat messages, or a template ("Q: {{item.question}}"). Default: the first of item.input, item.messages, item.question, item.prompt.'),
        ideal: schemas/* string */.YjP()
            .min(1)
            .optional()
            .describe('Dotted path to the ideal answer, a string or a list of strings. Default: the first of item.ideal, item.reference, item.expected, item.answer.'),
        id: schemas/* string */.YjP().min(1).optional().describe('Dotted path to a case id. Default: item.id, else the file name and line number.'),
    })
        .optional()
        .describe('Evals API items: where the fields of each case are in `{"item": {...}}`. Default: the common names.'),
})
    .meta({ title: 'Eval source', description: 'Eval files with how to read them.' });
const evalEntry = schemas/* union */.KCZ([glob, evalEntrySchema], { error: 'expected a glob or a mapping { path, format, grader }' });
const configSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional().describe('JSON Schema of this file, for editors. Ignored by llm-gate.'),
    evals: schemas/* union */.KCZ([evalEntry, schemas/* array */.YOg(evalEntry).min(1)], { error: 'expected a glob, a mapping { path, format, grader }, or a list of them' })
        .describe('Eval files (.yaml, .yml, .json or .jsonl): one glob or a list of globs, relative to this file; an entry may be a mapping { path, format, grader, fields } to say how its files are written. llm-gate cases, promptfoo suites and OpenAI evals data are told apart by name and content. Required.'),
    prompt: promptSchema.optional(),
    models: schemas/* strictObject */.rej({
        baseline: modelSchema.meta({ title: 'Baseline model', description: 'The model in production today.' }),
        candidate: modelSchema.meta({
            title: 'Candidate model',
            description: 'The model you want to switch to. Inherits baseUrl, apiKeyEnv and params from the baseline when unset.',
        }),
        alternatives: schemas/* array */.YOg(modelSchema)
            .max(MAX_ALTERNATIVES, { error: `at most ${MAX_ALTERNATIVES} alternatives: each one is a full run of the eval set` })
            .optional()
            .describe('More models to run on the same cases, interleaved with the baseline and the candidate, each compared paired against the baseline with the same checks and shown in a ranking (the cheapest model that holds every threshold first) and in the routing advice. Same shape as candidate, and like it they inherit baseUrl, apiKeyEnv and params from the baseline. The verdict and exit code follow the candidate alone. Default: none.'),
    })
        .meta({ title: 'Models', description: 'The two models compared case by case.' }),
    judge: modelSchema
        .omit({ prompt: true })
        .meta({
        title: 'Judge model',
        description: 'Model used by llm-judge graders. Inherits baseUrl and apiKeyEnv from the baseline when unset. Default: none (llm-judge graders are then an error).',
    })
        .optional(),
    prices: pricesSchema.optional(),
    traffic: schemas/* strictObject */.rej({
        callsPerMonth: schemas/* number */.aig().int().positive().max(1e12).optional().describe('Calls production makes per month. Default: the sum of byTag.'),
        byTag: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* number */.aig().int().nonnegative().max(1e12))
            .optional()
            .describe('Calls per month by tag; the rest of callsPerMonth (if larger) is priced at the whole set\'s rates. Default: none.'),
    })
        .refine((t) => t.callsPerMonth !== undefined || (t.byTag !== undefined && Object.keys(t.byTag).length > 0), { error: 'give callsPerMonth, byTag, or both' })
        .optional()
        .meta({
        title: 'Production traffic',
        description: 'What production sends each month: the headline then adds the monthly cost change, and the routing advice its monthly saving, both with intervals. Default: none.',
    }),
    thresholds: thresholdsSchema.prefault({}),
    run: runSchema.prefault({}),
})
    .meta({ title: 'llm-gate config', description: 'llm-gate.yml: gate a model bump on quality, quality per dollar, p95 latency and error rate.' });

;// CONCATENATED MODULE: ./build/config/models.js
// From the parsed `models` and `judge` entries to ModelConfigs: inheritance and prices.
// Inheritance: candidate and judge take baseUrl and apiKeyEnv from the baseline when
// unset; the candidate also takes the baseline's params (a fair comparison). A price is
// never inherited: it is the model's own `price` (unless an override replaced the model
// id it was written for), the top-level `prices` entry for the id, the built-in table,
// or an error.



function fromConfig(p) {
    return { price: { input: p.input, cachedInput: p.cachedInput ?? p.input, output: p.output }, priceSource: { kind: 'config' } };
}
function pricePath(role) {
    const index = (0,types/* alternativeIndex */.CG)(role);
    if (index !== undefined)
        return ['models', 'alternatives', index];
    return role === 'judge' ? ['judge'] : ['models', role];
}
/** How a role is named in messages: "candidate", "alternative models.alternatives[1]". */
function roleWords(role) {
    return (0,types/* alternativeIndex */.CG)(role) === undefined ? role : `alternative ${(0,types/* modelPath */.LH)(role)}`;
}
function resolvePrice(raw, role, ctx, baseUrl) {
    const index = (0,types/* alternativeIndex */.CG)(role);
    const replaced = role === 'judge' ? undefined : index !== undefined ? ctx.addedAlternatives?.[index] : ctx.replaced[role];
    // The override's caller already dropped `price`; it was written for the id replaced.
    if (raw.price && !replaced)
        return fromConfig(raw.price);
    if (Object.hasOwn(ctx.prices, raw.model))
        return fromConfig(ctx.prices[raw.model]);
    const builtin = (0,prices/* builtinPrice */.LZ)(raw.model, { baseUrl, ...(ctx.today ? { today: ctx.today } : {}) });
    if (builtin)
        return { price: builtin.price, priceSource: builtin.source };
    const at = pricePath(role);
    if (replaced) {
        const what = replaced.was === undefined ? `${replaced.label} set the ${roleWords(role)} model` : `${replaced.label} replaced ${replaced.was}`;
        return {
            // Not in the file: the place to add it is `prices:` (or, without one, the model it replaced).
            path: ctx.hasPrices ? ['prices'] : [...at, 'model'],
            at: 'key',
            field: 'prices',
            message: `${what}; no price is known for ${raw.model}`,
            hint: `add it under prices: in ${ctx.file}, e.g. prices: { ${raw.model}: { input: …, output: … } } in USD per 1M tokens`,
        };
    }
    return {
        path: [...at, 'model'],
        field: [...at, 'price'].join('.'),
        message: `no built-in price for model "${raw.model}"`,
        hint: `add price: { input, cachedInput, output } in USD per 1M tokens under ${at.join('.')}`,
    };
}
/** Whether a model would fall through to the built-in table (no own price, none under `prices:`). */
function needsBuiltinPrices(raw, ctx) {
    const entries = [
        [raw.models.baseline, 'baseline'],
        [raw.models.candidate, 'candidate'],
        ...(raw.models.alternatives ?? []).map((m) => [m, undefined]),
        [raw.judge, undefined],
    ];
    return entries.some(([m, side]) => m !== undefined && (!m.price || (side !== undefined && ctx.replaced[side] !== undefined)) && !Object.hasOwn(ctx.prices, m.model));
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
/**
 * A key variable taken over from the baseline holds the baseline's key, for the baseline's
 * host. Sent to another host (an override of baseUrl alone), it would hand one vendor's
 * key to another server without a word; naming apiKeyEnv says that is meant.
 */
function inheritedKeyProblem(raw, role, base) {
    if (raw.apiKeyEnv !== undefined || raw.baseUrl === undefined)
        return undefined;
    const own = originOf(stripSlash(raw.baseUrl));
    const theirs = originOf(base.baseUrl);
    if (own === theirs)
        return undefined;
    const at = pricePath(role);
    return {
        path: [...at, 'baseUrl'],
        field: [...at, 'apiKeyEnv'].join('.'),
        message: `the ${roleWords(role)} would inherit ${base.apiKeyEnv}, the baseline's key for ${theirs}, and send it to ${own}; a key is sent only to the host it belongs to`,
        hint: `set ${at.join('.')}.apiKeyEnv to the variable holding the key for ${own}, or to ${base.apiKeyEnv} to send that key there on purpose`,
    };
}
function resolveOne(raw, role, ctx, base) {
    const baseUrl = stripSlash(raw.baseUrl ?? base?.baseUrl ?? DEFAULT_BASE_URL);
    const priced = resolvePrice(raw, role, ctx, baseUrl);
    if ('message' in priced)
        return priced;
    const keyProblem = base ? inheritedKeyProblem(raw, role, base) : undefined;
    if (keyProblem)
        return keyProblem;
    const resolved = {
        model: raw.model,
        baseUrl,
        apiKeyEnv: raw.apiKeyEnv ?? base?.apiKeyEnv ?? DEFAULT_API_KEY_ENV,
        // Candidates (and alternatives, candidates too) take the baseline's params: a fair comparison.
        params: { ...(raw.params ?? (role === 'candidate' || (0,types/* alternativeIndex */.CG)(role) !== undefined ? base?.params : undefined) ?? {}) },
        ...priced,
    };
    // Each key below is set only when used, so configs without them hash as they always did.
    if (raw.api === 'responses')
        resolved.api = 'responses';
    // The judge's time to first token measures nothing the gate compares: it streams only when told to.
    if (raw.stream ?? (role === 'judge' ? undefined : ctx.stream))
        resolved.stream = true;
    // Headers and query belong to a host, like a key: inherited with the baseUrl, not apart from it.
    const sameHost = base !== undefined && raw.baseUrl === undefined;
    const secrets = ctx.secretFields?.[role];
    const headers = raw.headers ?? (sameHost ? base.headers : undefined);
    const query = raw.query ?? (sameHost ? base.query : undefined);
    if (headers && Object.keys(headers).length > 0)
        resolved.headers = { ...headers };
    if (query && Object.keys(query).length > 0)
        resolved.query = { ...query };
    const secretHeaders = raw.headers ? secrets?.headers : sameHost ? base.secretFields?.headers : undefined;
    const secretQuery = raw.query ? secrets?.query : sameHost ? base.secretFields?.query : undefined;
    if (secretHeaders?.length || secretQuery?.length) {
        resolved.secretFields = {
            ...(secretHeaders?.length ? { headers: [...secretHeaders] } : {}),
            ...(secretQuery?.length ? { query: [...secretQuery] } : {}),
        };
    }
    return resolved;
}
// The SDK joins paths itself; a trailing slash would only make URLs in messages differ.
function stripSlash(url) {
    return url.replace(/\/+$/, '');
}
function resolveModels(raw, ctx = { prices: {}, replaced: {}, file: 'llm-gate.yml' }) {
    const baseline = resolveOne(raw.models.baseline, 'baseline', ctx);
    if ('message' in baseline)
        return baseline;
    const candidate = resolveOne(raw.models.candidate, 'candidate', ctx, baseline);
    if ('message' in candidate)
        return candidate;
    // Alternatives are candidates too: they inherit from the baseline as the candidate does.
    const alternatives = [];
    for (const [i, entry] of (raw.models.alternatives ?? []).entries()) {
        const alternative = resolveOne(entry, `alternatives.${i}`, ctx, baseline);
        if ('message' in alternative)
            return alternative;
        alternatives.push(alternative);
    }
    const more = alternatives.length > 0 ? { alternatives } : {};
    if (!raw.judge)
        return { models: { baseline, candidate }, ...more };
    const judge = resolveOne(raw.judge, 'judge', ctx, baseline);
    if ('message' in judge)
        return judge;
    return { models: { baseline, candidate }, ...more, judge };
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./build/config/nesting.js
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
            case js_yaml/* EVENT_ID */.hy.DOCUMENT:
                stack.length = 0;
                break;
            case js_yaml/* EVENT_ID */.hy.MAPPING:
            case js_yaml/* EVENT_ID */.hy.SEQUENCE: {
                const anchor = anchorName(e, source);
                if (anchor !== undefined)
                    anchors.set(anchor, 'open');
                stack.push({ nodes: 1, chars: 0, height: 1, anchor });
                break;
            }
            case js_yaml/* EVENT_ID */.hy.SCALAR: {
                const size = { nodes: 1, chars: Math.max(0, e.valueEnd - e.valueStart), height: 0 };
                const anchor = anchorName(e, source);
                if (anchor !== undefined)
                    anchors.set(anchor, size);
                add(size);
                break;
            }
            case js_yaml/* EVENT_ID */.hy.ALIAS: {
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
            case js_yaml/* EVENT_ID */.hy.POP: {
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

;// CONCATENATED MODULE: ./build/config/positions.js
// Parses YAML once into values *and* a map from each value's path to its line:column, so
// every config error can point at the exact key or value the user wrote. js-yaml's AST
// carries no offsets, but its event stream does: we walk the events to index paths, then
// build the values from the same events.



/** Offset → 1-based line and column; `lineOffset` shifts lines for documents cut from a larger file (JSONL). */
function positionFinder(text, lineOffset = 0) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1 + lineOffset, column: offset - starts[lo] + 1 };
    };
}
const keyOf = (path) => JSON.stringify(path);
function nodeStart(e, source) {
    if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS)
        return Math.max(0, e.anchorStart - 1);
    if (e.type === js_yaml/* EVENT_ID */.hy.SCALAR) {
        let start = e.valueStart;
        // valueStart sits inside the quotes; the user reads the quote as the start.
        if (start > 0 && (e.style === js_yaml/* SCALAR_STYLE */.jK.SINGLE_QUOTED || e.style === js_yaml/* SCALAR_STYLE */.jK.DOUBLE_QUOTED))
            start -= 1;
        for (const s of [e.anchorStart, e.tagStart])
            if (s >= 0 && (start < 0 || s < start))
                start = s;
        return start < 0 ? -1 : Math.min(start, source.length);
    }
    if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE)
        return e.start;
    return -1;
}
function indexPaths(events, source) {
    const spots = new Map();
    const stack = [];
    let documents = 0;
    for (const e of events) {
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            stack.pop();
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            // Only the first document is indexed; later ones are rejected by the caller.
            stack.push(positions_frame('doc', [], documents++ > 0));
            continue;
        }
        const top = stack[stack.length - 1];
        if (!top)
            continue;
        const offset = nodeStart(e, source);
        const container = e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE;
        const kind = e.type === js_yaml/* EVENT_ID */.hy.MAPPING ? 'map' : 'seq';
        if (top.kind === 'map' && top.awaitingKey) {
            top.awaitingKey = false;
            top.keyOffset = offset;
            top.key = e.type === js_yaml/* EVENT_ID */.hy.SCALAR ? (0,js_yaml/* getScalarValue */.KE)(source, e) : '?';
            if (container)
                stack.push(positions_frame(kind, [], true));
            continue;
        }
        let path = [];
        if (top.kind === 'seq')
            path = [...top.path, top.index++];
        else if (top.kind === 'map')
            path = [...top.path, top.key];
        if (!top.ignored) {
            const keyOffset = top.kind === 'map' ? top.keyOffset : undefined;
            spots.set(keyOf(path), { key: keyOffset, value: offset >= 0 ? offset : (keyOffset ?? 0) });
        }
        if (top.kind === 'map')
            top.awaitingKey = true;
        if (container)
            stack.push(positions_frame(kind, path, top.ignored));
    }
    return spots;
}
function positions_frame(kind, path, ignored) {
    return { kind, path, index: 0, key: '', keyOffset: -1, awaitingKey: kind === 'map', ignored };
}
/** js-yaml's own limit errors, in the words of llm-gate's other limits. */
function limitReason(reason) {
    if (/^nesting exceeded maxDepth/.test(reason))
        return `YAML nesting deeper than ${NESTING_LIMITS.maxDepth} levels (llm-gate's limit)`;
    if (/^aliases exceeded maxAliases/.test(reason))
        return `more than ${NESTING_LIMITS.maxAliases.toLocaleString('en-US')} YAML aliases in one file (llm-gate's limit)`;
    return undefined;
}
function yamlError(err, file, lineOffset = 0, text = '') {
    if (err instanceof js_yaml/* YAMLException */.tB) {
        const limit = limitReason(err.reason);
        if (limit) {
            return new errors/* LlmGateError */.Z(limit, {
                file,
                line: err.mark ? err.mark.line + 1 + lineOffset : undefined,
                column: err.mark ? err.mark.column + 1 : undefined,
                hint: 'flatten the structure',
                cause: err,
            });
        }
        // js-yaml names tabs only sometimes; a tab in the indentation of the line it stopped at is the usual cause.
        const lineText = err.mark ? (text.split('\n')[err.mark.line] ?? '') : '';
        const tab = /tab/i.test(err.reason) || /^[ ]*\t/.test(lineText);
        return new errors/* LlmGateError */.Z(`YAML syntax error: ${err.reason}`, {
            file,
            line: err.mark ? err.mark.line + 1 + lineOffset : undefined,
            column: err.mark ? err.mark.column + 1 : undefined,
            hint: tab ? 'indent with spaces; YAML does not allow tabs for indentation' : undefined,
            cause: err,
        });
    }
    return new errors/* LlmGateError */.Z(`cannot parse: ${err.message}`, { file, cause: err });
}
/**
 * Parses one YAML document with positions. A stream of several documents is an error:
 * the config and eval files are single documents, and a stray `---` usually is a mistake.
 */
function parseYaml(text, file, lineOffset = 0) {
    let events;
    let values;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { filename: file, maxDepth: NESTING_LIMITS.maxDepth });
    }
    catch (err) {
        throw yamlError(err, file, lineOffset, text);
    }
    const at = positionFinder(text, lineOffset);
    // Before any value is built: a bomb is refused by counting, not by expanding it.
    const tooBig = aliasProblem(events, text);
    if (tooBig)
        throw new errors/* LlmGateError */.Z(tooBig.message, { file, ...at(tooBig.offset), hint: tooBig.hint });
    try {
        values = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, filename: file, maxAliases: NESTING_LIMITS.maxAliases });
    }
    catch (err) {
        throw yamlError(err, file, lineOffset, text);
    }
    if (values.length > 1) {
        const separators = [...text.matchAll(/^---/gm)].map((m) => m.index);
        const first = events[0];
        const explicitFirst = first?.type === js_yaml/* EVENT_ID */.hy.DOCUMENT && first.explicitStart;
        throw new errors/* LlmGateError */.Z(`expected one YAML document, found ${values.length}`, {
            file,
            ...at(separators[explicitFirst ? 1 : 0] ?? 0),
            hint: 'remove the extra "---" document separator',
        });
    }
    const spots = indexPaths(events, text);
    return {
        value: values[0] ?? null,
        locate(path, prefer = 'value') {
            for (let n = path.length; n >= 0; n--) {
                const spot = spots.get(keyOf(path.slice(0, n)));
                if (!spot)
                    continue;
                if (spot.key === undefined || spot.key < 0)
                    return at(spot.value);
                const key = at(spot.key);
                const value = at(spot.value);
                // A missing child belongs under its parent's key; a value that starts on a later
                // line (a block mapping, list or scalar) is best shown by the key that names it.
                return prefer === 'key' || n < path.length || value.line > key.line ? key : value;
            }
            return { line: 1 + lineOffset, column: 1 };
        },
    };
}

;// CONCATENATED MODULE: ./build/config/suggest.js
// "did you mean" for keys, grader types and enum values: the closest candidate by edit
// distance, with case and separators ignored so `base_url` finds `baseUrl`.
/**
 * Levenshtein distance with adjacent transpositions counted as one edit (optimal string
 * alignment): "lable" is one slip away from "label", not two.
 */
function editDistance(a, b) {
    if (a === b)
        return 0;
    const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            row.push(d);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}
const normalise = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
/** The closest candidate, when close enough to be a plausible typo; ties keep the first. */
function closest(input, candidates) {
    const needle = normalise(input);
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(needle, normalise(candidate));
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    // One edit for short words, about a third of the length for longer ones.
    const limit = Math.max(1, Math.floor(needle.length / 3));
    return best !== undefined && bestDistance <= limit ? best : undefined;
}
/** `did you mean "label"?`, or the list of valid names when nothing is close. */
function suggestionHint(input, candidates, noun = 'valid') {
    const match = closest(input, candidates);
    if (match !== undefined)
        return `did you mean "${match}"?`;
    return `${noun}: ${candidates.join(', ')}`;
}

;// CONCATENATED MODULE: ./build/config/problems.js


function formatPath(path) {
    let out = '';
    for (const part of path)
        out += typeof part === 'number' ? `[${part}]` : (out ? '.' : '') + part;
    return out;
}
function valueAt(root, path) {
    let node = root;
    for (const part of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part))
            return undefined;
        node = node[part];
    }
    return node;
}
function describeKind(value) {
    if (value === null)
        return 'an empty value';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'number')
        return `the number ${value}`;
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return typeof value;
}
const EXPECTED = {
    object: 'a mapping',
    record: 'a mapping',
    map: 'a mapping',
    array: 'a list',
    tuple: 'a list',
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    null: 'an empty value',
    literal: 'a fixed value',
};
function unwrap(schema) {
    let cur = schema;
    for (let guard = 0; guard < 50 && cur?._zod; guard++) {
        const def = cur._zod.def;
        if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type))
            cur = def.innerType;
        else if (def.type === 'pipe')
            cur = def.in;
        else
            break;
    }
    return cur;
}
function child(schema, part) {
    const s = unwrap(schema);
    const def = s?._zod?.def;
    if (!def)
        return undefined;
    if (def.type === 'object')
        return def.shape[part];
    if (def.type === 'array')
        return def.element;
    if (def.type === 'record')
        return def.valueType;
    if (def.type === 'union') {
        for (const option of def.options) {
            const found = child(option, part);
            if (found)
                return found;
        }
    }
    return undefined;
}
/** Keys a mapping at `path` accepts, read from the schema itself so hints never drift. */
function allowedKeys(schema, path) {
    let s = schema;
    for (const part of path)
        s = child(s, part);
    s = unwrap(s);
    let def = s?._zod?.def;
    if (def?.type === 'union')
        def = def.options.map((o) => unwrap(o)?._zod?.def).find((d) => d?.type === 'object');
    return def?.type === 'object' ? Object.keys(def.shape) : [];
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function sizeMessage(issue, small) {
    const limit = Number(small ? issue.minimum : issue.maximum);
    if (issue.origin === 'array')
        return small ? `needs at least ${plural(limit, 'item')}` : `allows at most ${plural(limit, 'item')}`;
    if (issue.origin === 'string') {
        if (small && limit === 1)
            return 'must not be empty';
        return small ? `needs at least ${plural(limit, 'character')}` : `allows at most ${plural(limit, 'character')}`;
    }
    if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const word = small ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
        return `must be ${word} ${limit}`;
    }
    return issue.message;
}
/** One zod issue → problems (an unrecognized_keys issue yields one per key; the caller keeps the earliest). */
function issueProblems(issue, ctx, prefix = [], local = []) {
    // `local` addresses the validated input; `prefix` places it in the document (expect[2] …).
    const localPath = [...local, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const path = [...prefix, ...localPath];
    const value = valueAt(ctx.input, localPath);
    switch (issue.code) {
        case 'invalid_type': {
            if (value === undefined) {
                const last = path[path.length - 1];
                const parent = formatPath(path.slice(0, -1));
                const hint = typeof last === 'string' ? (parent ? `add "${last}:" under "${parent}"` : `add "${last}:"`) : undefined;
                return [{ path, message: 'is required', hint, missing: true }];
            }
            return [{ path, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeKind(value)}` }];
        }
        case 'unrecognized_keys': {
            const allowed = allowedKeys(ctx.schema, localPath);
            return issue.keys.map((key) => ({ path: [...path, key], at: 'key', message: `unknown key "${key}"`, hint: suggestionHint(key, allowed, 'allowed keys') }));
        }
        case 'invalid_union': {
            if (value === undefined)
                return [{ path, message: 'is required', missing: true }];
            if (issue.message !== 'Invalid input')
                return [{ path, message: issue.message }];
            // A branch that got past the type check explains the problem best.
            const deeper = issue.errors.find((branch) => branch.some((i) => i.code !== 'invalid_type' || i.path.length > 0));
            if (deeper)
                return deeper.flatMap((i) => issueProblems(i, ctx, prefix, localPath));
            const expected = [...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? (EXPECTED[i.expected] ?? i.expected) : '')))].filter(Boolean);
            return [{ path, message: `expected ${expected.join(' or ')}, got ${describeKind(value)}` }];
        }
        case 'invalid_value': {
            const options = issue.values.map((v) => JSON.stringify(v));
            const hint = typeof value === 'string' ? suggestionHint(value, issue.values.map(String)) : undefined;
            return [{ path, message: `expected one of ${options.join(', ')}`, hint: hint?.startsWith('did you mean') ? hint : undefined }];
        }
        case 'too_small':
            return [{ path, message: sizeMessage(issue, true) }];
        case 'too_big':
            return [{ path, message: sizeMessage(issue, false) }];
        case 'invalid_format':
            if (issue.format === 'url')
                return [{ path, message: 'expected an http(s) URL', hint: 'e.g. https://api.openai.com/v1' }];
            return [{ path, message: issue.message }];
        case 'custom': {
            const hint = issue.params?.hint;
            const at = issue.params?.at === 'key' ? 'key' : undefined;
            return [{ path, message: issue.message, hint: typeof hint === 'string' ? hint : undefined, at }];
        }
        default:
            return [{ path, message: issue.message }];
    }
}
function problemError(problem, ctx) {
    const where = ctx.doc.locate([...(ctx.base ?? []), ...problem.path], problem.at);
    return new errors/* LlmGateError */.Z(problem.message, {
        file: ctx.file,
        line: where.line,
        column: where.column,
        field: problem.field ?? (formatPath(problem.path) || undefined),
        hint: problem.hint,
    });
}
/**
 * One clear error: the problem written earliest in the file. Something written wrong comes
 * before something left out, because a typo ("expct") usually explains the missing key.
 */
function firstError(problems, ctx) {
    const ranked = problems.map((p) => ({ missing: p.missing ? 1 : 0, error: problemError(p, ctx) }));
    ranked.sort((a, b) => a.missing - b.missing || (a.error.line ?? 0) - (b.error.line ?? 0) || (a.error.column ?? 0) - (b.error.column ?? 0));
    return ranked[0]?.error;
}
function zodError(error, ctx) {
    const problems = error.issues.flatMap((issue) => issueProblems(issue, ctx, ctx.prefix));
    return firstError(problems, ctx) ?? new errors/* LlmGateError */.Z(error.message, { file: ctx.file });
}

// EXTERNAL MODULE: ./build/config/git.js
var git = __webpack_require__(36191);
;// CONCATENATED MODULE: ./build/config/load-config.js
// llm-gate.yml → GateConfig. Reads the file (and prompt files) at the edge, then checks
// everything before any call can be made: one LlmGateError naming file:line:col and the
// field, for the first problem in the file.











const load_config_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** One line ending in a text-file extension reads as a path; anything else is inline text. */
function looksLikePromptPath(value) {
    return !/[\r\n]/.test(value) && !value.includes('{{') && /\.(md|markdown|txt|text|prompt|tmpl|tpl|j2|jinja|hbs|mustache)$/i.test(value.trim());
}
/** `run:` with every line commented out is YAML null: read it as "all defaults", not as an error. */
function withoutEmptySections(raw) {
    const out = { ...raw };
    for (const key of ['prompt', 'judge', 'prices', 'traffic', 'thresholds', 'run'])
        if (out[key] === null)
            delete out[key];
    return out;
}
function overrideLabel(side, model, via = 'flag') {
    return via === 'flag' ? `--${side}-model ${model}` : `the ${side}-model input ${model}`;
}
function applyOverrides(raw, overrides) {
    const wanted = [
        ['baseline', overrides?.baselineModel],
        ['candidate', overrides?.candidateModel],
    ];
    const replaced = {};
    const added = {};
    const extra = overrides?.alternatives ?? [];
    if (wanted.every(([, model]) => model === undefined) && extra.length === 0)
        return { raw, replaced, added };
    const models = load_config_isRecord(raw.models) ? { ...raw.models } : {};
    if (extra.length > 0) {
        const written = Array.isArray(models.alternatives) ? models.alternatives : [];
        models.alternatives = [...written, ...extra.map((model) => ({ model }))];
        extra.forEach((model, i) => (added[written.length + i] = { label: overrides?.via === 'input' ? `the alternatives input ${model}` : `--alternative ${model}` }));
    }
    for (const [side, model] of wanted) {
        if (model === undefined)
            continue;
        const entry = load_config_isRecord(models[side]) ? { ...models[side] } : {};
        if (entry.model !== model) {
            // A configured price belongs to the configured model, not to the one given instead.
            delete entry.price;
            replaced[side] = { label: overrideLabel(side, model, overrides?.via), ...(typeof entry.model === 'string' ? { was: entry.model } : {}) };
        }
        entry.model = model;
        models[side] = entry;
    }
    return { raw: { ...raw, models }, replaced, added };
}
/** The apiKeyEnv names as written (before expansion), and the default every unset one falls back to. */
function keyVariables(raw) {
    const names = new Set([DEFAULT_API_KEY_ENV]);
    const models = load_config_isRecord(raw.models) ? raw.models : {};
    for (const entry of [models.baseline, models.candidate, raw.judge]) {
        if (load_config_isRecord(entry) && typeof entry.apiKeyEnv === 'string')
            names.add(entry.apiKeyEnv.trim());
    }
    return names;
}
async function readPrompt(value, path, ctx) {
    if (!looksLikePromptPath(value))
        return { text: value };
    const where = ctx.doc.locate(path);
    const abs = (0,external_node_path_.resolve)(ctx.rootDir, value.trim());
    const field = path.join('.');
    const hint = 'paths are relative to the config file; for inline text ending in that word, use a block scalar (system: |)';
    let text;
    if (ctx.at) {
        const read = await ctx.at.read(abs);
        if (read === undefined)
            throw new errors/* LlmGateError */.Z(`prompt file ${ctx.at.pathOf(abs)} does not exist at ${ctx.at.ref}`, { file: ctx.file, ...where, field, hint });
        text = read;
    }
    else {
        text = await (0,config_files/* readSourceFile */.uj)(abs, { cwd: ctx.cwd, root: ctx.root, what: 'prompt file', from: { file: ctx.file, ...where, field, hint } });
    }
    // CRLF and the file's final newline are editor artefacts, not prompt content.
    return { text: text.replace(/\r\n/g, '\n').replace(/\n+$/, ''), file: (0,config_files/* displayPath */.Gt)(ctx.cwd, abs) };
}
/** A prompt mapping (the shared one, or a model's own) with its files read. */
async function readTemplate(raw, at, ctx) {
    if (raw?.system === undefined && raw?.user === undefined)
        return undefined;
    const prompt = {};
    const files = {};
    for (const key of ['system', 'user']) {
        const value = raw[key];
        if (value === undefined)
            continue;
        const read = await readPrompt(value, [...at, key], ctx);
        prompt[key] = read.text;
        if (read.file !== undefined)
            files[key] = read.file;
    }
    return { prompt, files };
}
/**
 * models.baseline: { from: base } as written. Returns the baseline entry to parse in its
 * place (the candidate's, so every check of the file still runs), or a problem.
 */
function fromBase(raw) {
    const models = load_config_isRecord(raw.models) ? raw.models : undefined;
    const baseline = models && load_config_isRecord(models.baseline) ? models.baseline : undefined;
    if (!baseline || !Object.hasOwn(baseline, 'from'))
        return { fromBase: false, raw };
    if (baseline.from !== 'base') {
        return { path: ['models', 'baseline', 'from'], message: `expected "base", got ${JSON.stringify(baseline.from)?.slice(0, 60)}`, hint: 'write models.baseline: { from: base }, or name the baseline model' };
    }
    const other = Object.keys(baseline).find((k) => k !== 'from');
    if (other !== undefined) {
        return { path: ['models', 'baseline', other], at: 'key', message: `with from: base the baseline is the candidate as the config defined it at the base commit, so it takes no "${other}"`, hint: 'remove it, or name the baseline model instead of from: base' };
    }
    return { fromBase: true, raw: { ...raw, models: { ...models, baseline: models.candidate } } };
}
async function loadConfig(configPath, options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const configFile = (0,external_node_path_.resolve)(cwd, configPath);
    const rootDir = (0,external_node_path_.dirname)(configFile);
    const shownFile = (0,config_files/* displayPath */.Gt)(cwd, configFile);
    const root = await (0,paths/* repositoryRoot */.Hn)(cwd, configFile);
    const at = options.at;
    // The base commit's config is cited as such: its lines are not the working tree's.
    const file = at ? `${shownFile}@${at.commit.slice(0, 12)}` : shownFile;
    const text = at ? await readAtCommit(at, configFile, shownFile) : await (0,config_files/* readSourceFile */.uj)(configFile, { cwd, root, what: 'config file', from: { file, hint: 'pass --config <path>, or create llm-gate.yml' } });
    const doc = parseYaml(text, file);
    if (!load_config_isRecord(doc.value)) {
        const message = doc.value === null ? 'the config file is empty' : 'expected a mapping of settings (evals, models, ...)';
        throw new errors/* LlmGateError */.Z(message, { file, ...doc.locate([]), hint: 'see schema/llm-gate.schema.json' });
    }
    const expanded = expandConfig(doc.value, options.env ?? {}, { keyVariables: keyVariables(doc.value) });
    if (!('value' in expanded))
        throw problemError(expanded, { file, doc });
    const written = withoutEmptySections(expanded.value);
    // A baseline model given on the command line replaces from: base (it names the baseline).
    const from = options.overrides?.baselineModel !== undefined ? { fromBase: false, raw: withoutFrom(written) } : fromBase(written);
    if ('message' in from)
        throw problemError(from, { file, doc });
    const { raw: input, replaced, added } = applyOverrides(from.raw, options.overrides);
    const parsed = configSchema.safeParse(input);
    if (!parsed.success)
        throw zodError(parsed.error, { file, doc, schema: configSchema, input });
    const cfg = parsed.data;
    if (needsBuiltinPrices(cfg, { prices: cfg.prices ?? {}, replaced }))
        await (0,prices/* loadPriceTable */.QY)();
    const resolved = resolveModels(cfg, {
        prices: cfg.prices ?? {},
        replaced,
        addedAlternatives: added,
        file,
        hasPrices: Object.hasOwn(expanded.value, 'prices'),
        secretFields: expanded.secretFields,
        ...(cfg.run.stream === true ? { stream: true } : {}),
        ...(options.today ? { today: options.today } : {}),
    });
    if ('message' in resolved)
        throw problemError(resolved, { file, doc });
    const promptCtx = { cwd, rootDir, root, file, doc, ...(at ? { at } : {}) };
    const shared = await readTemplate(cfg.prompt, ['prompt'], promptCtx);
    const prompt = shared?.prompt;
    const models = resolved.models;
    for (const side of ['baseline', 'candidate']) {
        if (side === 'baseline' && from.fromBase)
            continue;
        const own = await readTemplate(cfg.models[side].prompt, ['models', side, 'prompt'], promptCtx);
        if (own)
            models[side] = { ...models[side], prompt: own.prompt, ...(Object.keys(own.files).length > 0 ? { promptFiles: own.files } : {}) };
    }
    const alternatives = [];
    for (const [i, alternative] of (resolved.alternatives ?? []).entries()) {
        const own = await readTemplate(cfg.models.alternatives?.[i]?.prompt, ['models', 'alternatives', i, 'prompt'], promptCtx);
        alternatives.push(own ? { ...alternative, prompt: own.prompt, ...(Object.keys(own.files).length > 0 ? { promptFiles: own.files } : {}) } : alternative);
    }
    if (from.fromBase && !at) {
        models.baseline = await baselineAtBase({ configPath, options, cwd, root, file, doc });
    }
    const entries = Array.isArray(cfg.evals) ? cfg.evals : [cfg.evals];
    const config = {
        configFile,
        rootDir,
        evals: entries.map((e) => (typeof e === 'string' ? e : e.path)),
        evalsAt: evalsPositions(doc, cfg.evals),
        ...(entries.some((e) => typeof e !== 'string') ? { evalSources: entries.map(sourceOptions) } : {}),
        ...(prompt ? { prompt } : {}),
        ...(shared && Object.keys(shared.files).length > 0 ? { promptFiles: shared.files } : {}),
        models,
        ...(alternatives.length > 0 ? { alternatives } : {}),
        ...(resolved.judge ? { judge: resolved.judge } : {}),
        ...(cfg.traffic ? { traffic: { ...(cfg.traffic.callsPerMonth !== undefined ? { callsPerMonth: cfg.traffic.callsPerMonth } : {}), ...(cfg.traffic.byTag ? { byTag: { ...cfg.traffic.byTag } } : {}) } } : {}),
        thresholds: withTtftDefault(cfg.thresholds, models),
        run: {
            concurrency: cfg.run.concurrency,
            repeats: cfg.run.repeats,
            timeoutMs: cfg.run.timeout,
            retries: cfg.run.retries,
            ...(cfg.run.budget !== undefined ? { budgetUsd: cfg.run.budget } : {}),
            // Left out when unset, so the content hash of existing configs does not change.
            ...(cfg.run.maxResponseSize !== undefined ? { maxResponseBytes: cfg.run.maxResponseSize } : {}),
            // Set only when off, for the same reason.
            ...(cfg.run.sequential === false ? { sequential: false } : {}),
            ...(cfg.run.stream === true ? { stream: true } : {}),
            ...(cacheSettings(cfg.run.cache, rootDir) ?? {}),
        },
    };
    return config;
}
/** models.baseline without its from key (a baseline model given on the command line replaces it). */
function withoutFrom(raw) {
    const models = load_config_isRecord(raw.models) ? raw.models : undefined;
    if (!models || !load_config_isRecord(models.baseline) || !Object.hasOwn(models.baseline, 'from'))
        return raw;
    const { from: _from, ...baseline } = models.baseline;
    return { ...raw, models: { ...models, baseline } };
}
async function readAtCommit(at, abs, shown) {
    const text = await at.read(abs);
    if (text === undefined) {
        throw new errors/* LlmGateError */.Z(`${shown} does not exist at ${at.ref} (${at.commit.slice(0, 12)}), so there is no candidate there to take as the baseline`, {
            code: 'config',
            file: shown,
            field: 'models.baseline',
            hint: 'the pull request that adds llm-gate has nothing to compare against: name the baseline model in it, and switch to from: base once it is merged',
        });
    }
    return text;
}
/**
 * The baseline of from: base: the candidate as the config at the base commit defines it,
 * with that commit's prompt (its own, else the shared one) even when it had none: the
 * baseline never takes the working tree's prompt.
 */
async function baselineAtBase(ctx) {
    const ref = ctx.options.baseline?.ref;
    const where = ctx.doc.locate(['models', 'baseline']);
    if (ref === undefined || ref === '') {
        throw new errors/* LlmGateError */.Z('models.baseline: { from: base } needs the base commit to read the baseline from', {
            code: 'usage',
            file: ctx.file,
            ...where,
            field: 'models.baseline',
            hint: 'pass --baseline-ref REF (e.g. origin/main); the Action takes the pull request\'s base commit, or the baseline-ref input',
        });
    }
    const at = await (0,git/* openCommit */.C)(ctx.root.lexical, ref);
    const base = await loadConfig(ctx.configPath, { cwd: ctx.cwd, env: ctx.options.env, at, ...(ctx.options.today ? { today: ctx.options.today } : {}) });
    const candidate = base.models.candidate;
    const prompt = {};
    const files = {};
    for (const key of ['system', 'user']) {
        const text = candidate.prompt?.[key] ?? base.prompt?.[key];
        if (text !== undefined)
            prompt[key] = text;
        const path = candidate.prompt ? candidate.promptFiles?.[key] : base.promptFiles?.[key];
        if (path !== undefined)
            files[key] = path;
    }
    return { ...candidate, prompt, ...(Object.keys(files).length > 0 ? { promptFiles: files } : {}), from: { ref, commit: at.commit } };
}
/** run.cache: true means every default; the directory is relative to the config file. */
function cacheSettings(raw, rootDir) {
    if (raw === undefined || raw === false)
        return undefined;
    const defaults = cacheSchema.parse({});
    const settings = raw === true ? defaults : raw;
    return { cache: { dir: (0,external_node_path_.resolve)(rootDir, settings.dir), mode: settings.mode, reuse: settings.reuse, maxAgeMs: settings.maxAge } };
}
/**
 * Time to first token is compared only when both models stream: then 20% unless the config
 * says otherwise. Left out when off and unset, so the content hash of existing configs holds.
 */
function withTtftDefault(thresholds, models) {
    const { ttftP95, ...rest } = thresholds;
    if (ttftP95 !== undefined)
        return { ...rest, ttftP95 };
    return models.baseline.stream === true && models.candidate.stream === true ? { ...rest, ttftP95: 0.2 } : rest;
}
function sourceOptions(entry) {
    if (typeof entry === 'string')
        return { format: 'auto', grader: 'equals' };
    return { format: entry.format, grader: entry.grader, ...(entry.fields ? { fields: entry.fields } : {}) };
}
/** Each entry is cited where its glob is written: the string, or a mapping's `path`. */
function evalsPositions(doc, evals) {
    const at = ({ line, column }) => ({ line, column });
    const where = (entry, path) => at(doc.locate(typeof entry === 'string' ? path : [...path, 'path']));
    return {
        whole: at(doc.locate(['evals'])),
        globs: Array.isArray(evals) ? evals.map((e, i) => where(e, ['evals', i])) : [where(evals, ['evals'])],
    };
}
/** An error about `evals` (the key, or glob i), located where the config file writes it. */
function evalsError(config, cwd, glob, message, hint) {
    const at = config.evalsAt;
    const where = glob === undefined ? at?.whole : (at?.globs[glob] ?? at?.whole);
    const field = glob === undefined || config.evals.length === 1 ? 'evals' : `evals[${glob}]`;
    return new errors/* LlmGateError */.Z(message, { file: (0,config_files/* displayPath */.Gt)(cwd, config.configFile), line: where?.line, column: where?.column, field, hint });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./build/grade/registry.js + 5 modules
var registry = __webpack_require__(22980);
;// CONCATENATED MODULE: ./build/config/schema-check.js
// A JSON Schema that applies itself to the same value again, without first stepping into
// a property or an item, recurses forever: `{"$ref": "#"}`, an allOf or anyOf that leads
// back to itself, two $defs that refer to each other. ajv compiles some of these and then
// overflows the stack on the first value, others it overflows while compiling; an anyOf
// "base case" does not help, because another branch is still tried on a value it rejects.
// A recursive schema is fine when each round goes one level down the value (properties,
// items, ...): a finite value then ends it. This check finds the first loop that does not.
/** Keywords that apply a subschema to the same value (no step down). */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'];
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'];
const IN_PLACE_MAPS = ['dependentSchemas', 'dependencies'];
const REFS = ['$ref', '$dynamicRef', '$recursiveRef'];
/** Keywords whose subschemas apply to a part of the value, or to nothing (definitions). */
const DOWN_ONE = ['additionalProperties', 'unevaluatedProperties', 'items', 'additionalItems', 'unevaluatedItems', 'contains', 'propertyNames'];
const DOWN_LISTS = ['prefixItems', 'items'];
const DOWN_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const ROOT_URI = 'llm-gate:/schema';
function resolveUri(ref, base) {
    try {
        return new URL(ref, base);
    }
    catch {
        return undefined;
    }
}
function withoutFragment(url) {
    const copy = new URL(url.href);
    copy.hash = '';
    return copy.href;
}
function pointer(root, fragment) {
    if (fragment === '')
        return root;
    let node = root;
    for (const raw of fragment.slice(1).split('/')) {
        const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node) && /^\d+$/.test(token))
            node = node[Number(token)];
        else if (isObject(node) && Object.hasOwn(node, token))
            node = node[token];
        else
            return undefined;
    }
    return node;
}
/** Every subschema object with its path and resource; the schema's own nesting is bounded by the file's. */
function collect(root) {
    const nodes = new Map();
    const resources = new Map();
    const anchors = new Map();
    const visit = (schema, path, base) => {
        if (!isObject(schema) || nodes.has(schema))
            return;
        if (typeof schema.$id === 'string') {
            const url = resolveUri(schema.$id, base);
            if (url) {
                base = withoutFragment(url);
                resources.set(base, schema);
            }
        }
        for (const key of ['$anchor', '$dynamicAnchor']) {
            if (typeof schema[key] === 'string')
                anchors.set(`${base}#${schema[key]}`, schema);
        }
        nodes.set(schema, { schema, path, base });
        for (const key of [...IN_PLACE_ONE, ...DOWN_ONE])
            visit(schema[key], [...path, key], base);
        for (const key of [...IN_PLACE_LISTS, ...DOWN_LISTS]) {
            const list = schema[key];
            if (Array.isArray(list))
                list.forEach((s, i) => visit(s, [...path, key, i], base));
        }
        for (const key of [...IN_PLACE_MAPS, ...DOWN_MAPS]) {
            const map = schema[key];
            if (isObject(map))
                for (const [k, s] of Object.entries(map))
                    visit(s, [...path, key, k], base);
        }
    };
    resources.set(ROOT_URI, root);
    visit(root, [], ROOT_URI);
    return { nodes, resources, anchors };
}
/** The subschemas that apply to the same value as `node`, with the path of the keyword that applies each. */
function inPlace(node, index) {
    const out = [];
    const { schema, path } = node;
    for (const key of IN_PLACE_ONE)
        if (isObject(schema[key]))
            out.push({ target: schema[key], via: [...path, key] });
    for (const key of IN_PLACE_LISTS) {
        const list = schema[key];
        if (Array.isArray(list))
            list.forEach((s, i) => isObject(s) && out.push({ target: s, via: [...path, key, i] }));
    }
    for (const key of IN_PLACE_MAPS) {
        const map = schema[key];
        if (isObject(map))
            for (const [k, s] of Object.entries(map))
                if (isObject(s))
                    out.push({ target: s, via: [...path, key, k] });
    }
    for (const key of REFS) {
        const ref = schema[key];
        if (typeof ref !== 'string')
            continue;
        const url = resolveUri(ref, node.base);
        if (!url)
            continue;
        // A `#...` ref resolves against the node's own base, so it finds the node's resource.
        const resource = index.resources.get(withoutFragment(url));
        if (!resource)
            continue;
        const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
        const target = fragment === '' || fragment.startsWith('/') ? pointer(resource, fragment) : index.anchors.get(`${withoutFragment(url)}#${fragment}`);
        if (isObject(target))
            out.push({ target, via: [...path, key] });
    }
    return out;
}
/** The first loop of in-place applications, or undefined when every recursion goes down the value. */
function findSchemaCycle(schema) {
    const index = collect(schema);
    const state = new Map();
    // Iterative depth-first search: a long chain of $defs must not overflow the stack either.
    for (const start of index.nodes.keys()) {
        if (state.has(start))
            continue;
        const stack = [];
        const enter = (s) => {
            state.set(s, 'active');
            const node = index.nodes.get(s);
            stack.push({ node: s, edges: node ? inPlace(node, index) : [], next: 0 });
        };
        enter(start);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.next >= top.edges.length) {
                state.set(top.node, 'done');
                stack.pop();
                continue;
            }
            const edge = top.edges[top.next++];
            const seen = state.get(edge.target);
            if (seen === 'active') {
                const at = index.nodes.get(edge.target)?.path ?? [];
                const where = at.length === 0 ? 'the schema itself' : `/${at.join('/')}`;
                return {
                    path: edge.via,
                    message: `the JSON Schema applies ${where} to the same value again at /${edge.via.join('/')}, without going into a property or item, so validating any value would never end`,
                    hint: 'a recursive schema must recurse through properties or items, e.g. properties: { children: { items: { $ref: "#" } } }',
                };
            }
            if (seen === undefined)
                enter(edge.target);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/config/expectations.js




const expectations_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
// One strict schema per grader, built once: zod compiles a schema on its first parse, and
// building it per expectation made loading 500 cases spend 60 ms compiling the same schema.
const STRICT_OPTIONS = new Map();
function strictOptions(type) {
    let schema = STRICT_OPTIONS.get(type);
    if (!schema) {
        schema = registry/* graders */.FN[type].options.strict();
        STRICT_OPTIONS.set(type, schema);
    }
    return schema;
}
/** Problems come back with paths relative to the case (`expect[1].pattern`), all of them; the caller keeps the earliest. */
function validateExpectation(raw, index, ctx) {
    const at = ['expect', index];
    const { type, weight, ...options } = raw;
    if (type === undefined) {
        return [{ path: at, message: 'needs a "type"', hint: `one of: ${registry/* GRADER_NAMES */.Js.join(', ')}` }];
    }
    if (typeof type !== 'string')
        return [{ path: [...at, 'type'], message: `expected a grader name, got ${describeKind(type)}` }];
    if (!Object.hasOwn(registry/* graders */.FN, type)) {
        return [{ path: [...at, 'type'], message: `unknown grader "${type}"`, hint: suggestionHint(type, registry/* GRADER_NAMES */.Js, 'graders') }];
    }
    if (type === 'llm-judge' && !ctx.hasJudge) {
        return [{ path: [...at, 'type'], message: 'llm-judge needs a judge model', hint: 'add judge: { model: gpt-4o-mini } to llm-gate.yml' }];
    }
    const problems = [];
    if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0)) {
        problems.push({ path: [...at, 'weight'], message: `expected a positive number, got ${describeKind(weight)}` });
    }
    const grader = registry/* graders */.FN[type];
    const schema = strictOptions(type);
    const parsed = schema.safeParse(options);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            for (const p of issueProblems(issue, { schema, input: options }, at)) {
                // The entry also accepts `type` and `weight`: name them when a key is close to them.
                if (p.message.startsWith('unknown key')) {
                    const key = String(p.path[p.path.length - 1]);
                    p.hint = suggestionHint(key, [...Object.keys(grader.options.shape), 'weight'], `options of ${type}`);
                }
                problems.push(p);
            }
        }
    }
    if (problems.length > 0)
        return problems;
    const data = parsed.data;
    // Before ajv sees it: some of these loops overflow the stack while compiling.
    if (type === 'json' && expectations_isRecord(data.schema)) {
        const cycle = findSchemaCycle(data.schema);
        if (cycle)
            return [{ path: [...at, 'schema', ...cycle.path], message: cycle.message, hint: cycle.hint }];
    }
    const invalid = grader.validate?.(data);
    if (invalid) {
        const field = invalid.field.split('.').filter(Boolean);
        return [{ path: [...at, ...field], message: invalid.message }];
    }
    return { type, weight: weight ?? 1, ...data };
}

;// CONCATENATED MODULE: ./build/config/eval-schema.js
// The shape of one eval case. Expectations are checked against the grader registry in
// expectations.ts (for errors that name the grader's own options); the JSON Schema for
// editors gets one entry per grader instead, so each `type` autocompletes its options.


const ROLES = ['system', 'developer', 'user', 'assistant'];
const messageSchema = schemas/* strictObject */.rej({
    role: schemas/* enum */.k5n(ROLES).describe('Chat role.'),
    content: schemas/* string */.YjP().describe('Message text; {{vars}} are filled from the case.'),
});
const weightSchema = schemas/* number */.aig().positive().describe('Weight of this grader in the case score (a weighted mean). Default: 1.');
function caseShape(expectation) {
    return schemas/* strictObject */.rej({
        id: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* number */.aig().int()])
            .transform(String)
            .describe('Unique id across the whole eval set.'),
        description: schemas/* string */.YjP().optional().describe('What the case checks, for humans. Ignored by the gate.'),
        tags: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Tags for per-tag breakdowns. Default: [].'),
        vars: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).default({}).describe('Values for {{vars}} in the prompt templates. Default: {}.'),
        prompt: schemas/* string */.YjP()
            .optional()
            .describe('User message template. Default: the config\'s prompt.user. The config\'s prompt.system is sent before it.'),
        messages: schemas/* array */.YOg(messageSchema)
            .min(1)
            .optional()
            .describe('The whole conversation instead of `prompt`; the config\'s prompt is then not used.'),
        expect: schemas/* array */.YOg(expectation).min(1).describe('Graders; the case score is their weighted mean, in [0, 1].'),
        ideal: schemas/* string */.YjP().optional().describe('Reference answer, shown to llm-judge graders. Default: none.'),
        reference: schemas/* string */.YjP()
            .optional()
            .describe('The same as `ideal`, under the name `llm-gate import` writes (the production answer); give one of the two. Default: none.'),
    }).meta({ title: 'Eval case', description: 'One input for both models, and how to grade their outputs.' });
}
/** For validation: expectations are only required to be mappings here. */
const caseSchema = caseShape(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()));
/** For the JSON Schema: one alternative per registered grader. */
function documentedCaseSchema() {
    const entries = Object.entries(registry/* graders */.FN).map(([type, def]) => def.options
        .extend({ type: schemas/* literal */.euz(type).describe(def.description), weight: weightSchema.optional() })
        .strict()
        .meta({ title: `${type} grader`, description: def.description }));
    return caseShape(schemas/* union */.KCZ(entries));
}

;// CONCATENATED MODULE: ./build/config/template.js
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

;// CONCATENATED MODULE: ./build/config/cases.js




function buildCase(raw, ctx) {
    const errorCtx = { file: ctx.file, doc: ctx.doc, base: ctx.base };
    const parsed = caseSchema.safeParse(raw);
    if (!parsed.success)
        throw zodError(parsed.error, { ...errorCtx, schema: caseSchema, input: raw });
    const c = parsed.data;
    const problems = [];
    const expect = [];
    c.expect.forEach((entry, i) => {
        const r = validateExpectation(entry, i, { hasJudge: ctx.hasJudge });
        if (Array.isArray(r))
            problems.push(...r);
        else
            expect.push(r);
    });
    const first = firstError(problems, errorCtx);
    if (first)
        throw first;
    const expectations = shared(expect, ctx.sharedExpectations);
    if (c.ideal !== undefined && c.reference !== undefined) {
        throw problemError({ path: ['reference'], at: 'key', message: 'a case takes either ideal or reference, not both', hint: 'they are the same answer; keep one' }, errorCtx);
    }
    const ideal = c.ideal ?? c.reference;
    const messages = renderMessages(c, ctx);
    if (!Array.isArray(messages))
        throw problemError(messages, errorCtx);
    const at = ctx.doc.locate(ctx.base);
    const source = { file: ctx.file, line: at.line, column: at.column };
    // Two literals rather than a spread of the optional field: an object made by spreading
    // keeps the fields after the spread in a second object, one more per case.
    return ideal !== undefined
        ? { id: c.id, tags: c.tags, vars: c.vars, messages, expect: expectations, ideal, source }
        : { id: c.id, tags: c.tags, vars: c.vars, messages, expect: expectations, source };
}
function renderMessages(c, ctx) {
    if (c.prompt !== undefined && c.messages !== undefined) {
        return { path: ['messages'], at: 'key', message: 'a case takes either prompt or messages, not both', hint: 'move the prompt into messages as a user message' };
    }
    // Arrays are made at their final length: one grown by push keeps spare slots, which a
    // set of 100,000 cases pays for twice (messages and expectations) in every case.
    if (c.messages) {
        const out = new Array(c.messages.length);
        for (const [i, m] of c.messages.entries()) {
            const r = renderTemplate(m.content, c.vars);
            if (!r.ok)
                return missingVar(r.missing, ['messages', i, 'content']);
            out[i] = { role: m.role, content: r.text };
        }
        return out;
    }
    let systemMessage;
    const system = ctx.prompt?.system;
    if (system !== undefined) {
        const r = renderTemplate(system, c.vars);
        if (!r.ok)
            return missingVar(r.missing, [], `prompt.system in ${ctx.configFile}`);
        systemMessage = { role: 'system', content: r.text };
    }
    const own = c.prompt !== undefined;
    const user = c.prompt ?? ctx.prompt?.user;
    if (user === undefined) {
        return { path: [], field: 'prompt', message: 'the case has no prompt', hint: `add prompt: "..." or messages, or set prompt.user in ${ctx.configFile}` };
    }
    const r = renderTemplate(user, c.vars);
    if (!r.ok)
        return own ? missingVar(r.missing, ['prompt']) : missingVar(r.missing, [], `prompt.user in ${ctx.configFile}`);
    const userMessage = { role: 'user', content: r.text };
    return systemMessage ? [systemMessage, userMessage] : [userMessage];
}
/**
 * One list for every case that expects the same: most sets repeat one or two expectations
 * across thousands of cases. Only lists of plain values are shared (strings, finite numbers,
 * booleans, null, arrays of them), where equal JSON means equal expectations; anything else
 * (a JSON Schema, say) stays the case's own. Nothing mutates an expectation after loading.
 */
const MAX_SHARED_LISTS = 10_000;
function shared(expect, lists) {
    const own = expect.slice();
    if (!lists || !expect.every(plainExpectation))
        return own;
    const key = JSON.stringify(expect);
    const known = lists.get(key);
    if (known)
        return known;
    if (lists.size < MAX_SHARED_LISTS)
        lists.set(key, own);
    return own;
}
function plainExpectation(e) {
    return Object.values(e).every((v) => plainValue(v) || (Array.isArray(v) && v.length <= 100 && v.every(plainValue)));
}
function plainValue(v) {
    return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0));
}
/** A template from the config is reported at the case (whose vars lack the value), field `prompt`. */
function missingVar(name, path, source) {
    const of = source ? ` of ${source}` : '';
    return {
        path,
        field: path.length > 0 ? undefined : 'prompt',
        message: `template variable {{${name}}}${of} has no value`,
        hint: `add ${name} to this case's vars`,
    };
}

;// CONCATENATED MODULE: ./build/config/json-offset.js
// Where JSON.parse gave up. V8's messages carry a position only for some errors
// ("Unexpected token" has none), so after a failed parse this small scanner walks the
// same grammar and returns the offset of the first character that breaks it.
const WS = new Set([' ', '\t', '\n', '\r']);
function jsonErrorOffset(text) {
    let i = 0;
    const fail = () => {
        throw i;
    };
    const ws = () => {
        while (i < text.length && WS.has(text[i]))
            i++;
    };
    const literal = (word) => {
        for (const ch of word)
            if (text[i++] !== ch)
                (i--, fail());
    };
    const string = () => {
        i++; // opening quote
        while (i < text.length && text[i] !== '"') {
            const ch = text.charCodeAt(i);
            if (ch < 0x20)
                fail();
            if (text[i] === '\\') {
                i++;
                if (text[i] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5)))
                        fail();
                    i += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[i] ?? 'x'))
                    fail();
            }
            i++;
        }
        if (i >= text.length)
            fail();
        i++;
    };
    const number = () => {
        const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!m || m[0] === '-' || m[0] === '')
            fail();
        i += m[0].length;
    };
    const value = () => {
        ws();
        const ch = text[i];
        if (ch === '{')
            return container('}', true);
        if (ch === '[')
            return container(']', false);
        if (ch === '"')
            return string();
        if (ch === 't')
            return literal('true');
        if (ch === 'f')
            return literal('false');
        if (ch === 'n')
            return literal('null');
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9'))
            return number();
        fail();
    };
    const container = (close, object) => {
        i++;
        ws();
        if (text[i] === close)
            return void i++;
        for (;;) {
            if (object) {
                ws();
                if (text[i] !== '"')
                    fail();
                string();
                ws();
                if (text[i] !== ':')
                    fail();
                i++;
            }
            value();
            ws();
            if (text[i] === ',') {
                i++;
                continue;
            }
            if (text[i] === close)
                return void i++;
            fail();
        }
    };
    try {
        value();
        ws();
        if (i < text.length)
            fail();
        return text.length;
    }
    catch (offset) {
        if (typeof offset !== 'number')
            throw offset;
        return Math.min(offset, text.length);
    }
}

;// CONCATENATED MODULE: ./build/config/documents.js
// Eval file text → raw cases, each with a document that can locate its fields.
// YAML and JSON files hold a list of cases; JSONL holds one case per line (blank lines
// allowed), and its positions are shifted to the line in the file.





const EVAL_EXTENSIONS = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.jsonl': 'jsonl' };
/** JSON.parse's own error, moved to the file's line and column. */
function jsonError(err, text, file, lineOffset) {
    const message = err.message;
    const where = positionFinder(text, lineOffset)(jsonErrorOffset(text));
    // V8 quotes the text around the error; the position already says where it is.
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
    return new errors/* LlmGateError */.Z(`JSON syntax error: ${reason}`, { file, ...where, cause: err });
}
/** JSON.parse would take any depth; the walks after it would not. */
function checkDepth(text, file, lineOffset) {
    const deep = jsonDepthProblem(text);
    if (deep)
        throw new errors/* LlmGateError */.Z(deep.message, { file, ...positionFinder(text, lineOffset)(deep.offset), hint: deep.hint });
}
/** JSON positions come from the YAML event parser (JSON is YAML); a rare mismatch falls back to the line. */
// The event parse is only made when a field is asked for (an error, a duplicate id): a JSONL
// line's case asks only for its root, where a one-line object or list starts. Parsing each
// line up front cost 40 ms of a 500-case load.
function locatedJson(text, value, file, lineOffset) {
    let parsed;
    const full = () => {
        if (!parsed) {
            try {
                parsed = parseYaml(text, file, lineOffset).locate;
            }
            catch {
                parsed = () => ({ line: lineOffset + 1, column: 1 });
            }
        }
        return parsed;
    };
    const start = text.search(/\S/);
    const oneLine = start >= 0 && (text[start] === '{' || text[start] === '[') && !text.includes('\n');
    return {
        value,
        locate: (path, prefer) => (path.length === 0 && oneLine ? { line: lineOffset + 1, column: start + 1 } : full()(path, prefer)),
    };
}
function listOfCases(doc, file) {
    if (doc.value === null)
        return [];
    if (!Array.isArray(doc.value)) {
        const single = typeof doc.value === 'object' && 'id' in doc.value;
        throw new errors/* LlmGateError */.Z(`expected a list of cases, got ${describeKind(doc.value)}`, {
            file,
            ...doc.locate([]),
            hint: single ? 'start each case with "- ", as a YAML list item' : 'an eval file is a list of cases: - id: ...',
        });
    }
    return doc.value.map((raw, i) => ({ raw, doc, base: [i] }));
}
/** One YAML or JSON document with positions (JSON depth-checked before it is parsed). */
function parseDocument(text, file, format, lineOffset = 0) {
    if (format === 'yaml')
        return parseYaml(text, file, lineOffset);
    checkDepth(text, file, lineOffset);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw jsonError(err, text, file, lineOffset);
    }
    return locatedJson(text, value, file, lineOffset);
}
/** JSONL: one located document per non-blank line; a line that is not JSON is an error at that line. */
function parseJsonLines(text, file) {
    const out = [];
    text.split('\n').forEach((rawLine, i) => {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '')
            return;
        out.push({ doc: parseDocument(line, file, 'json', i), line: i + 1 });
    });
    return out;
}
function parseEvalFile(text, file, format) {
    if (format === 'yaml')
        return listOfCases(parseYaml(text, file), file);
    if (format === 'json') {
        checkDepth(text, file, 0);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (err) {
            throw jsonError(err, text, file, 0);
        }
        return listOfCases(locatedJson(text, value, file, 0), file);
    }
    const cases = [];
    text.split('\n').forEach((rawLine, i) => {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.trim() === '')
            return;
        checkDepth(line, file, i);
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            throw jsonError(err, line, file, i);
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* LlmGateError */.Z(`expected one case (a JSON object) per line, got ${describeKind(value)}`, { file, line: i + 1, column: 1 });
        }
        cases.push({ raw: value, doc: locatedJson(line, value, file, i), base: [] });
    });
    return cases;
}

;// CONCATENATED MODULE: ./build/config/formats/nunjucks.js
// The part of promptfoo's template language (Nunjucks) a prompt or an assertion value needs
// to be read without running code: `{{ var }}`, dotted paths, a few pure filters, and
// comments. Anything else (`{% if %}`, loops, calls) is refused with where it is, rather
// than sent to the model half-rendered. One left-to-right pass; no backtracking.

const nunjucks_show = (value) => {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
};
// Filters that only reshape a value; their Nunjucks meaning, nothing more.
const FILTERS = {
    dump: (v) => JSON.stringify(v ?? null),
    safe: (v) => v,
    string: (v) => nunjucks_show(v),
    trim: (v) => nunjucks_show(v).trim(),
    upper: (v) => nunjucks_show(v).toUpperCase(),
    lower: (v) => nunjucks_show(v).toLowerCase(),
    length: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? Object.keys(v).length : 0),
    first: (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v[0] : undefined),
    last: (v) => (Array.isArray(v) ? v[v.length - 1] : typeof v === 'string' ? v[v.length - 1] : undefined),
    join: (v, sep) => (Array.isArray(v) ? v.map(nunjucks_show).join(sep ?? '') : nunjucks_show(v)),
    default: (v, fallback) => (v === undefined || v === null ? (fallback ?? '') : v),
};
const NUNJUCKS_FILTERS = Object.keys(FILTERS);
const PATH = /^[A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*$/;
const FILTER = /^([A-Za-z_]\w*)\s*(?:\(\s*(?:"([^"]*)"|'([^']*)')?\s*\))?$/;
function evaluate(expr, vars) {
    const [head, ...filters] = expr.split('|').map((s) => s.trim());
    if (!head || !PATH.test(head))
        return { ok: false, message: `template expression "{{ ${expr} }}" is not a variable (only {{ name }}, {{ a.b }} and filters are read)` };
    let value = lookupVar(vars, head.replace(/\[(\d+)\]/g, '.$1'));
    for (const f of filters) {
        const m = FILTER.exec(f);
        const filter = m ? FILTERS[m[1]] : undefined;
        if (!m || !filter)
            return { ok: false, message: `template filter "${f}" is not supported; supported: ${NUNJUCKS_FILTERS.join(', ')}` };
        value = filter(value, m[2] ?? m[3]);
    }
    return { ok: true, value };
}
/**
 * Renders a template as promptfoo would for the subset above: an unset variable renders as
 * the empty string (Nunjucks does the same).
 */
function renderNunjucks(template, vars) {
    let out = '';
    let i = 0;
    for (;;) {
        const open = template.indexOf('{', i);
        if (open < 0 || open === template.length - 1)
            break;
        const next = template[open + 1];
        if (next !== '{' && next !== '%' && next !== '#') {
            out += template.slice(i, open + 1);
            i = open + 1;
            continue;
        }
        const close = next === '{' ? '}}' : `${next}}`;
        const end = template.indexOf(close, open + 2);
        if (end < 0) {
            // An unclosed `{{` is text to Nunjucks only when it is not a tag; be strict.
            return { ok: false, message: `unclosed "{${next}" in template`, offset: open };
        }
        out += template.slice(i, open);
        const inner = template.slice(open + 2, end).replace(/^-|-$/g, '').trim();
        if (next === '%')
            return { ok: false, message: `template tag "{% ${inner} %}" is not supported (llm-gate reads {{ variables }} only)`, offset: open };
        if (next === '{') {
            const r = evaluate(inner, vars);
            if (!r.ok)
                return { ...r, offset: open };
            out += nunjucks_show(r.value);
        }
        i = end + 2;
    }
    return { ok: true, text: out + template.slice(i) };
}

;// CONCATENATED MODULE: ./build/config/formats/openai-evals.js
// OpenAI evals data → EvalCase[]. Two shapes, one per line of a JSONL file:
//   openai/evals     {"input": [{"role", "content"}...] | "text", "ideal": "..." | ["...", ...]}
//   Evals API items  {"item": {...}, "sample"?: {...}}, its fields found by `fields:` or by name
// `ideal` becomes the entry's grader: equals (trimmed; a list means any of them), contains
// (any of them), or llm-judge (the judge compares with the reference).








const openai_evals_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Where an Evals API item's fields usually are, first match wins. */
const ITEM_DEFAULTS = {
    input: ['item.input', 'item.messages', 'item.question', 'item.prompt'],
    ideal: ['item.ideal', 'item.reference', 'item.expected', 'item.answer'],
    id: ['item.id'],
};
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const JUDGE_RUBRIC = 'The output gives the same answer as the reference answer: the same facts and conclusion, whatever the wording.';
/** A line of either shape, for detection. */
function looksLikeOpenAiEvals(value) {
    if (!openai_evals_isRecord(value) || Object.hasOwn(value, 'expect'))
        return false;
    if (openai_evals_isRecord(value.item))
        return true;
    return Object.hasOwn(value, 'input') && (Object.hasOwn(value, 'ideal') || Array.isArray(value.input));
}
function fail(file, doc, path, message, hint) {
    return new errors/* LlmGateError */.Z(message, { file, ...doc.locate(path), field: path.map(String).join('.') || undefined, hint });
}
function messagesOf(value, file, doc, path) {
    if (typeof value === 'string') {
        if (value.trim() === '')
            throw fail(file, doc, path, 'the input is empty');
        return [{ role: 'user', content: value }];
    }
    if (!Array.isArray(value) || value.length === 0)
        throw fail(file, doc, path, `expected the input as text or a list of chat messages, got ${describeKind(value)}`);
    return value.map((m, i) => {
        if (!openai_evals_isRecord(m))
            throw fail(file, doc, [...path, i], `expected a chat message ({role, content}), got ${describeKind(m)}`);
        if (typeof m.role !== 'string' || !ROLES.includes(m.role))
            throw fail(file, doc, [...path, i, 'role'], `expected a role, one of ${ROLES.join(', ')}`);
        if (typeof m.content !== 'string')
            throw fail(file, doc, [...path, i, 'content'], 'expected the message text as a string');
        return { role: m.role, content: m.content };
    });
}
function idealsOf(value, file, doc, path) {
    const list = Array.isArray(value) ? value : [value];
    const out = list.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v));
    if (out.length === 0 || !out.every((v) => typeof v === 'string')) {
        throw fail(file, doc, path, `expected the ideal answer as a string or a list of strings, got ${describeKind(value)}`);
    }
    return out;
}
function grader(ideals, kind) {
    if (kind === 'contains')
        return { type: 'contains', value: ideals, match: 'any' };
    if (kind === 'llm-judge') {
        const rubric = ideals.length === 1 ? JUDGE_RUBRIC : `${JUDGE_RUBRIC} Any one of these answers is right:\n${ideals.map((i) => `- ${i}`).join('\n')}`;
        return { type: 'llm-judge', rubric };
    }
    if (ideals.length === 1)
        return { type: 'equals', value: ideals[0], trim: true };
    // equals takes one value; "trimmed and equal to one of them" is exactly this anchored alternation.
    return { type: 'regex', pattern: `^\\s*(?:${ideals.map(escapeRegex).join('|')})\\s*$` };
}
/** A dotted path into the line, or a template over it when it holds `{{`. */
function pick(line, spec) {
    if (spec.includes('{{')) {
        const r = renderNunjucks(spec, line);
        return r.ok ? r.text : undefined;
    }
    return lookupVar(line, spec);
}
function firstOf(line, specs) {
    for (const spec of specs) {
        const value = pick(line, spec);
        if (value !== undefined && value !== null)
            return { spec, value };
    }
    return undefined;
}
function readOpenAiEvals(text, ctx) {
    const stem = (0,external_node_path_.basename)(ctx.file).replace(/\.[^.]+$/, '');
    const cases = [];
    const fields = ctx.options.fields ?? {};
    for (const { doc, line } of parseJsonLines(text, ctx.file)) {
        const value = doc.value;
        if (!openai_evals_isRecord(value))
            throw fail(ctx.file, doc, [], `expected one sample (a JSON object) per line, got ${describeKind(value)}`);
        const item = openai_evals_isRecord(value.item);
        const inputSpecs = fields.input ? [fields.input] : item ? ITEM_DEFAULTS.input : ['input'];
        const idealSpecs = fields.ideal ? [fields.ideal] : item ? ITEM_DEFAULTS.ideal : ['ideal'];
        const input = firstOf(value, inputSpecs);
        const toPath = (spec) => (spec.includes('{{') ? [] : spec.split('.'));
        if (!input) {
            throw fail(ctx.file, doc, [], `no input: the line has none of ${inputSpecs.join(', ')}`, item ? 'say where it is with fields: { input: item.<name> } on the evals entry' : 'each line needs "input": [{"role": "user", "content": "..."}]');
        }
        const ideal = firstOf(value, idealSpecs);
        if (!ideal) {
            throw fail(ctx.file, doc, [], `no ideal answer: the line has none of ${idealSpecs.join(', ')}`, item ? 'say where it is with fields: { ideal: item.<name> } on the evals entry' : 'each line needs "ideal": "..." or a list of them');
        }
        const messages = messagesOf(input.value, ctx.file, doc, toPath(input.spec));
        const ideals = idealsOf(ideal.value, ctx.file, doc, toPath(ideal.spec));
        const r = validateExpectation(grader(ideals, ctx.options.grader), 0, { hasJudge: ctx.hasJudge });
        if (Array.isArray(r))
            throw fail(ctx.file, doc, toPath(ideal.spec), r[0].message, r[0].hint ?? (ctx.options.grader === 'llm-judge' ? undefined : undefined));
        const expect = [r];
        const idValue = firstOf(value, fields.id ? [fields.id] : item ? ITEM_DEFAULTS.id : ['id']);
        const id = typeof idValue?.value === 'string' || typeof idValue?.value === 'number' ? String(idValue.value) : `${stem}-${line}`;
        const at = doc.locate([]);
        cases.push({ id, tags: [], vars: {}, messages, expect, ideal: ideals[0], source: { file: ctx.file, line: at.line, column: at.column } });
    }
    return { cases, warnings: [] };
}

;// CONCATENATED MODULE: ./build/config/formats/csv.js
// RFC 4180 CSV in one pass: quoted fields may hold commas, quotes ("") and newlines. Each
// row keeps the line it starts on, so errors about a test read from CSV point at its row.
function parseCsv(text) {
    const rows = [];
    let cells = [];
    let cell = '';
    let quoted = false;
    let line = 1;
    let rowLine = 1;
    let touched = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    cell += '"';
                    i++;
                }
                else
                    quoted = false;
            }
            else {
                if (ch === '\n')
                    line++;
                cell += ch;
            }
            continue;
        }
        if (ch === '"' && cell === '') {
            quoted = true;
            touched = true;
        }
        else if (ch === ',') {
            cells.push(cell);
            cell = '';
            touched = true;
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            if (touched || cell !== '') {
                cells.push(cell);
                rows.push({ cells, line: rowLine });
            }
            cells = [];
            cell = '';
            touched = false;
            line++;
            rowLine = line;
        }
        else {
            cell += ch;
            touched = true;
        }
    }
    if (touched || cell !== '') {
        cells.push(cell);
        rows.push({ cells, line: rowLine });
    }
    return rows;
}

;// CONCATENATED MODULE: ./build/config/formats/promptfoo-asserts.js

const promptfoo_asserts_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const promptfoo_asserts_escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function promptfoo_asserts_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** contains-any / contains-all take a list, or (as in promptfoo) one comma-separated string. */
function list(value) {
    if (Array.isArray(value)) {
        const items = value.map(promptfoo_asserts_text);
        return items.every((v) => v !== undefined) && items.length > 0 ? items : undefined;
    }
    const one = promptfoo_asserts_text(value);
    if (one === undefined)
        return undefined;
    const items = one.split(',').map((s) => s.trim()).filter(Boolean);
    return items.length > 0 ? items : undefined;
}
const needText = 'expects a string value';
const needList = 'expects a list of strings (or one comma-separated string)';
function containsOf(grader, match, ignoreCase, many) {
    return (value) => {
        const v = many ? list(value) : promptfoo_asserts_text(value);
        if (v === undefined)
            return many ? needList : needText;
        return { type: grader, value: v, ...(match ? { match } : {}), ...(ignoreCase ? { ignoreCase: true } : {}) };
    };
}
/** A JSON Schema given inline, or nothing; a file:// schema is read before mapping. */
function jsonOf(value) {
    if (value === undefined || value === null || value === '')
        return { type: 'json' };
    if (promptfoo_asserts_isRecord(value))
        return { type: 'json', schema: value };
    return 'expects a JSON Schema (a mapping) as its value, or none';
}
function rubricOf(invert) {
    return (value, assertion) => {
        const rubric = promptfoo_asserts_text(value);
        if (rubric === undefined || rubric.trim() === '')
            return 'expects the rubric as a string value';
        // promptfoo passes a graded score over `threshold`; the judge's grades carry that cut.
        let grades = { pass: 1, partial: 0.5, fail: 0 };
        const threshold = assertion.threshold;
        if (typeof threshold === 'number') {
            grades = Object.fromEntries(Object.entries(grades).map(([g, s]) => [g, s >= threshold ? 1 : 0]));
            if (Object.values(grades).every((s) => s === 1))
                grades.fail = 0;
        }
        if (invert)
            grades = Object.fromEntries(Object.entries(grades).map(([g, s]) => [g, 1 - s]));
        return { type: 'llm-judge', rubric, grades };
    };
}
/** The supported types. `not-` forms appear only where a grader expresses the negation exactly. */
const ASSERTION_MAP = {
    equals: (value) => {
        const v = promptfoo_asserts_text(value);
        if (v === undefined)
            return promptfoo_asserts_isRecord(value) || Array.isArray(value) ? 'with a JSON value has no exact llm-gate grader (json-fields gives partial credit)' : needText;
        // promptfoo compares exactly; so does this.
        return { type: 'equals', value: v, trim: false };
    },
    contains: containsOf('contains', undefined, false, false),
    'not-contains': containsOf('not-contains', undefined, false, false),
    icontains: containsOf('contains', undefined, true, false),
    'not-icontains': containsOf('not-contains', undefined, true, false),
    'contains-any': containsOf('contains', 'any', false, true),
    'not-contains-any': containsOf('not-contains', 'any', false, true),
    'contains-all': containsOf('contains', 'all', false, true),
    'not-contains-all': containsOf('not-contains', 'all', false, true),
    'icontains-any': containsOf('contains', 'any', true, true),
    'not-icontains-any': containsOf('not-contains', 'any', true, true),
    'icontains-all': containsOf('contains', 'all', true, true),
    'not-icontains-all': containsOf('not-contains', 'all', true, true),
    'starts-with': (value) => {
        const v = promptfoo_asserts_text(value);
        return v === undefined ? needText : { type: 'regex', pattern: `^${promptfoo_asserts_escapeRegex(v)}` };
    },
    // Without the m flag `^` is the start of the output only, so the lookahead is the negation.
    'not-starts-with': (value) => {
        const v = promptfoo_asserts_text(value);
        return v === undefined ? needText : { type: 'regex', pattern: `^(?!${promptfoo_asserts_escapeRegex(v)})` };
    },
    regex: (value) => {
        const v = promptfoo_asserts_text(value);
        return v === undefined ? needText : { type: 'regex', pattern: v };
    },
    // No match anywhere: a lookahead at the start that scans the whole output.
    'not-regex': (value) => {
        const v = promptfoo_asserts_text(value);
        return v === undefined ? needText : { type: 'regex', pattern: `^(?![\\s\\S]*?(?:${v}))` };
    },
    // llm-gate's json grader also accepts JSON inside code fences or prose: for is-json that
    // is more lenient than promptfoo, and exactly contains-json.
    'is-json': jsonOf,
    'contains-json': jsonOf,
    'llm-rubric': rubricOf(false),
    'not-llm-rubric': rubricOf(true),
};
const SUPPORTED_ASSERTIONS = Object.keys(ASSERTION_MAP);
/** Why a known promptfoo type is left out, for the message; unknown types get the list only. */
const WHY_NOT = {
    javascript: 'it runs JavaScript',
    python: 'it runs Python',
    ruby: 'it runs Ruby',
    webhook: 'it calls a webhook',
    similar: 'it compares embeddings',
    cost: 'llm-gate measures cost itself, per dollar of quality',
    latency: 'llm-gate measures latency itself, as p95 against the baseline',
    perplexity: 'it needs log-probabilities',
    'perplexity-score': 'it needs log-probabilities',
    levenshtein: 'llm-gate has no edit-distance grader',
    'rouge-n': 'llm-gate has no ROUGE grader',
    bleu: 'llm-gate has no BLEU grader',
    gleu: 'llm-gate has no GLEU grader',
    meteor: 'llm-gate has no METEOR grader',
    moderation: 'it calls a moderation API',
    classifier: 'it runs a classifier model',
    'select-best': 'it compares outputs of several prompts',
    'max-score': 'it compares outputs of several prompts',
    'not-equals': 'llm-gate has no negated equals grader',
    'not-is-json': 'llm-gate has no negated json grader',
    'not-contains-json': 'llm-gate has no negated json grader',
};
const MAX_SET_DEPTH = 8;
/**
 * One assertion (with its index path inside the test) → expectations. Values are rendered
 * with the test's vars first, as promptfoo does. An assert-set is flattened: its children's
 * weights are scaled so the case's weighted mean is the one promptfoo computes.
 */
function mapAssertion(raw, vars, path, depth = 0) {
    if (!promptfoo_asserts_isRecord(raw))
        return { ok: false, unsupported: false, message: 'expected an assertion (a mapping with "type")', path };
    const type = raw.type;
    if (typeof type !== 'string')
        return { ok: false, unsupported: false, message: 'needs a "type"', path, hint: `one of: ${SUPPORTED_ASSERTIONS.join(', ')}` };
    const weight = raw.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        return { ok: false, unsupported: false, message: 'expected a number of 0 or more', path: [...path, 'weight'] };
    }
    if (raw.transform !== undefined) {
        return { ok: false, unsupported: true, message: `a "${type}" assertion with a transform has no llm-gate mapping (the transform runs code)`, path: [...path, 'transform'] };
    }
    if (type === 'assert-set')
        return mapSet(raw, vars, path, weight, depth);
    const build = Object.hasOwn(ASSERTION_MAP, type) ? ASSERTION_MAP[type] : undefined;
    if (!build) {
        const base = type.startsWith('not-') ? type.slice(4) : type;
        const why = WHY_NOT[type] ?? WHY_NOT[base];
        return {
            ok: false,
            unsupported: true,
            message: `assertion type "${type}" has no llm-gate grader${why ? ` (${why})` : ''}`,
            path: [...path, 'type'],
            hint: `supported: ${SUPPORTED_ASSERTIONS.join(', ')}; --skip-unsupported drops the others with a warning`,
        };
    }
    const value = renderValue(raw.value, vars);
    if (value instanceof TemplateProblem)
        return { ok: false, unsupported: false, message: value.message, path: [...path, 'value'] };
    const built = build(value, raw);
    if (typeof built === 'string')
        return { ok: false, unsupported: false, message: `"${type}" ${built}`, path: [...path, 'value'] };
    // A weight of 0 keeps the assertion in promptfoo's report but out of its score.
    if (weight === 0)
        return { ok: true, expect: [] };
    return { ok: true, expect: [{ ...built, weight }] };
}
function mapSet(raw, vars, path, weight, depth) {
    if (raw.threshold !== undefined) {
        return { ok: false, unsupported: true, message: 'an assert-set with a threshold has no llm-gate mapping (the case score is a weighted mean, with no pass cut-off)', path: [...path, 'threshold'] };
    }
    if (depth >= MAX_SET_DEPTH)
        return { ok: false, unsupported: false, message: `assert-set nested deeper than ${MAX_SET_DEPTH} levels`, path };
    const children = raw.assert;
    if (!Array.isArray(children) || children.length === 0)
        return { ok: false, unsupported: false, message: 'an assert-set needs a list of assertions under "assert"', path: [...path, 'assert'] };
    const out = [];
    for (const [i, child] of children.entries()) {
        const m = mapAssertion(child, vars, [...path, 'assert', i], depth + 1);
        if (!m.ok)
            return m;
        out.push(...m.expect);
    }
    const total = out.reduce((s, e) => s + e.weight, 0);
    if (total === 0 || weight === 0)
        return { ok: true, expect: [] };
    return { ok: true, expect: out.map((e) => ({ ...e, weight: (weight * e.weight) / total })) };
}
class TemplateProblem {
    message;
    constructor(message) {
        this.message = message;
    }
}
/** Strings (and strings inside lists) are templates over the test's vars. */
function renderValue(value, vars) {
    const one = (s) => {
        const r = renderNunjucks(s, vars);
        return r.ok ? r.text : new TemplateProblem(r.message);
    };
    if (typeof value === 'string')
        return one(value);
    if (Array.isArray(value)) {
        const out = [];
        for (const v of value) {
            const r = typeof v === 'string' ? one(v) : v;
            if (r instanceof TemplateProblem)
                return r;
            out.push(r);
        }
        return out;
    }
    return value;
}
/** Every type name promptfoo documents that this table knows of, for reading CSV shorthand. */
const KNOWN_ASSERTION_TYPES = new Set([...SUPPORTED_ASSERTIONS, ...Object.keys(WHY_NOT), 'assert-set', 'factuality', 'model-graded-closedqa', 'answer-relevance', 'context-faithfulness', 'context-recall', 'context-relevance', 'g-eval', 'is-valid-openai-tools-call', 'is-valid-openai-function-call', 'is-sql', 'is-xml', 'contains-xml', 'contains-sql', 'is-html', 'contains-html', 'is-refusal', 'word-count', 'finish-reason', 'trace-span-count', 'pi', 'guardrails', 'search-rubric']);

;// CONCATENATED MODULE: ./build/config/formats/types.js
/** Bounds on what one imported suite may expand into (references, prompt × test pairs). */
const FORMAT_LIMITS = {
    /** Files one suite may reference (test files, prompt files, var files) in all. */
    maxReferencedFiles: 1_000,
    /** Cases one suite may produce: prompts × tests × expanded vars. */
    maxCases: 100_000,
    /** Tests one test may expand into through list-valued vars. */
    maxVarCombinations: 1_000,
};

;// CONCATENATED MODULE: ./build/config/formats/promptfoo.js
// A promptfoo suite → EvalCase[]: a promptfooconfig (prompts, tests, defaultTest,
// scenarios) or a bare list of tests, with `file://` references to prompt, test and var
// files. Each prompt × test pair is one case; assertions map through promptfoo-asserts.ts.
// Providers are not read: the models under test are llm-gate.yml's.










const promptfoo_isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Keys only a promptfoo config has at its top level. */
const PROMPTFOO_KEYS = ['prompts', 'providers', 'tests', 'defaultTest', 'scenarios', 'targets'];
const CODE_FILES = new Set(['.js', '.cjs', '.mjs', '.ts', '.py', '.rb', '.sh']);
function promptfoo_fail(at, message, hint, prefer) {
    return new errors/* LlmGateError */.Z(message, { file: at.file, ...at.doc.locate(at.path, prefer), field: formatPath(at.path) || undefined, hint });
}
const promptfoo_child = (at, ...parts) => ({ ...at, path: [...at.path, ...parts] });
/** `file://x` → `x`; a path with `:function` after a code file's extension names code. */
function refPath(ref) {
    return ref.startsWith('file://') ? ref.slice('file://'.length) : ref;
}
function isCodeRef(ref) {
    const path = refPath(ref).replace(/:[\w.]+$/, '');
    return CODE_FILES.has((0,external_node_path_.extname)(path).toLowerCase());
}
class Suite {
    ctx;
    warnings = [];
    files = 0;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async read(ref, at) {
        if (isCodeRef(ref))
            throw promptfoo_fail(at, `"${ref}" is code; llm-gate reads prompts, tests and vars from data files only`, 'write the values out to a .yaml, .json, .jsonl, .csv or .txt file');
        const where = at.doc.locate(at.path);
        const files = await this.ctx.reader.read(refPath(ref), at.file, { file: at.file, ...where, field: formatPath(at.path) || undefined });
        this.files += files.length;
        if (this.files > FORMAT_LIMITS.maxReferencedFiles)
            throw promptfoo_fail(at, `the suite references more than ${FORMAT_LIMITS.maxReferencedFiles} files`, 'split it into several suites');
        return files;
    }
    warned = new Set();
    refused = [];
    refusedAt = new Set();
    refuse(err) {
        const key = `${err.file}:${err.line}:${err.column}`;
        if (this.refusedAt.has(key))
            return;
        this.refusedAt.add(key);
        this.refused.push(err);
    }
    /** The first unsupported assertion, with how many there are in all. */
    unsupportedError() {
        const [first, ...more] = this.refused;
        if (!first)
            return undefined;
        const also = more.length > 0 ? ` (and ${more.length} more: ${more.slice(0, 5).map((e) => `${e.file}:${e.line}`).join(', ')}${more.length > 5 ? ', ...' : ''})` : '';
        return new errors/* LlmGateError */.Z(`${first.message}${also}`, { file: first.file, line: first.line, column: first.column, field: first.field, hint: first.hint });
    }
    /** Once per place: a defaultTest assertion dropped for every test is one warning. */
    warn(at, code, message) {
        const where = at.doc.locate(at.path);
        const key = `${at.file}:${where.line}:${where.column}:${code}`;
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        this.warnings.push({ file: at.file, ...where, code, message });
    }
    // ---- prompts -------------------------------------------------------------------------
    async prompts(value, at) {
        if (value === undefined || value === null)
            return [];
        if (typeof value === 'string')
            return this.promptRef(value, undefined, at);
        if (Array.isArray(value)) {
            const out = [];
            for (const [i, item] of value.entries())
                out.push(...(await this.promptItem(item, promptfoo_child(at, i))));
            return out;
        }
        if (promptfoo_isRecord(value)) {
            // { "file://prompt.txt": "label" }
            const out = [];
            for (const [ref, label] of Object.entries(value))
                out.push(...(await this.promptRef(ref, typeof label === 'string' ? label : undefined, promptfoo_child(at, ref))));
            return out;
        }
        throw promptfoo_fail(at, `expected a prompt, a list of prompts or a file:// reference, got ${describeKind(value)}`);
    }
    async promptItem(item, at) {
        if (typeof item === 'string')
            return this.promptRef(item, undefined, at);
        if (!promptfoo_isRecord(item))
            throw promptfoo_fail(at, `expected a prompt (text or a mapping with raw), got ${describeKind(item)}`);
        const label = typeof item.label === 'string' ? item.label : typeof item.id === 'string' ? item.id : undefined;
        if (typeof item.raw === 'string')
            return [this.prompt(item.raw, label ?? item.raw, promptfoo_child(at, 'raw'))];
        if (typeof item.id === 'string' && item.id.startsWith('file://'))
            return this.promptRef(item.id, label, promptfoo_child(at, 'id'));
        throw promptfoo_fail(at, 'a prompt mapping needs "raw" (the text) or "id: file://..."');
    }
    async promptRef(ref, label, at) {
        if (!ref.startsWith('file://'))
            return [this.prompt(ref, label ?? ref, at)];
        const out = [];
        for (const f of await this.read(ref, at)) {
            const ext = (0,external_node_path_.extname)(f.file).toLowerCase();
            const fileAt = (doc, path = []) => ({ file: f.file, doc, path });
            if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
                const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
                const v = doc.value;
                if (typeof v === 'string')
                    out.push(this.prompt(v, label ?? f.file, fileAt(doc)));
                else
                    out.push({ label: label ?? f.file, messages: this.chat(v, fileAt(doc)), at: fileAt(doc) });
            }
            else if (ext === '.jsonl') {
                for (const { doc } of parseJsonLines(f.text, f.file))
                    out.push({ label: `${label ?? f.file}:${doc.locate([]).line}`, messages: this.chat(doc.value, fileAt(doc)), at: fileAt(doc) });
            }
            else {
                // A text file may hold several prompts, separated by lines of "---".
                const parts = ext === '.txt' ? splitPrompts(f.text) : [{ text: f.text.replace(/\r\n/g, '\n').replace(/\n+$/, ''), line: 1 }];
                for (const [k, p] of parts.entries()) {
                    const doc = { value: p.text, locate: () => ({ line: p.line, column: 1 }) };
                    out.push(this.prompt(p.text, parts.length > 1 ? `${label ?? f.file}#${k + 1}` : (label ?? f.file), { file: f.file, doc, path: [] }));
                }
            }
        }
        return out;
    }
    /** Text that is a JSON list of messages is a chat prompt, as promptfoo's OpenAI provider reads it. */
    prompt(text, label, at) {
        const trimmed = text.trim();
        if (trimmed.startsWith('[')) {
            try {
                const parsed = JSON.parse(trimmed);
                if (Array.isArray(parsed) && parsed.every((m) => promptfoo_isRecord(m) && typeof m.role === 'string'))
                    return { label, messages: this.chat(parsed, at), at };
            }
            catch {
                // Not JSON (or JSON only once rendered): plain text.
            }
        }
        return { label, messages: [{ role: 'user', content: text }], at };
    }
    chat(value, at) {
        if (!Array.isArray(value) || value.length === 0)
            throw promptfoo_fail(at, `expected a list of chat messages ({role, content}), got ${describeKind(value)}`);
        return value.map((m, i) => {
            const mAt = promptfoo_child(at, i);
            if (!promptfoo_isRecord(m))
                throw promptfoo_fail(mAt, `expected a chat message ({role, content}), got ${describeKind(m)}`);
            if (typeof m.role !== 'string' || !ROLES.includes(m.role))
                throw promptfoo_fail(promptfoo_child(mAt, 'role'), `expected a role, one of ${ROLES.join(', ')}`);
            if (typeof m.content !== 'string')
                throw promptfoo_fail(promptfoo_child(mAt, 'content'), 'expected the message text as a string (images and other parts are not read)');
            return { role: m.role, content: m.content };
        });
    }
    // ---- tests ---------------------------------------------------------------------------
    async tests(value, at) {
        if (value === undefined || value === null)
            return [];
        if (typeof value === 'string')
            return this.testRef(value, at);
        if (promptfoo_isRecord(value))
            return [{ raw: value, at }];
        if (!Array.isArray(value))
            throw promptfoo_fail(at, `expected a list of tests or a file:// reference, got ${describeKind(value)}`);
        const out = [];
        for (const [i, item] of value.entries()) {
            const itemAt = promptfoo_child(at, i);
            if (typeof item === 'string')
                out.push(...(await this.testRef(item, itemAt)));
            else if (promptfoo_isRecord(item))
                out.push({ raw: item, at: itemAt });
            else
                throw promptfoo_fail(itemAt, `expected a test (a mapping with vars and assert), got ${describeKind(item)}`);
        }
        return out;
    }
    async testRef(ref, at) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) && !ref.startsWith('file://')) {
            throw promptfoo_fail(at, `tests from "${ref.split('://')[0]}://" are not read; llm-gate reads test files in the repository`, 'download the dataset into a .jsonl, .yaml or .csv file and reference it with file://');
        }
        const out = [];
        for (const f of await this.read(ref, at)) {
            const ext = (0,external_node_path_.extname)(f.file).toLowerCase();
            if (ext === '.csv')
                out.push(...csvTests(f));
            else if (ext === '.jsonl')
                for (const { doc } of parseJsonLines(f.text, f.file))
                    out.push(...(await this.tests(doc.value, { file: f.file, doc, path: [] })));
            else if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
                const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
                out.push(...(await this.tests(doc.value, { file: f.file, doc, path: [] })));
            }
            else
                throw promptfoo_fail(at, `${f.file}: test files are .yaml, .yml, .json, .jsonl or .csv`);
        }
        return out;
    }
    async defaultTest(value, at) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value === 'string') {
            const [f, ...more] = await this.read(value, at);
            if (!f || more.length > 0)
                throw promptfoo_fail(at, 'defaultTest names one file');
            const ext = (0,external_node_path_.extname)(f.file).toLowerCase();
            const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
            return this.defaultTest(doc.value, { file: f.file, doc, path: [] });
        }
        if (!promptfoo_isRecord(value))
            throw promptfoo_fail(at, `expected defaultTest to be a mapping (vars, assert, options), got ${describeKind(value)}`);
        return { raw: value, at };
    }
    /** scenarios: each `config` entry's vars × each of its tests. */
    async scenarios(value, at) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw promptfoo_fail(at, `expected a list of scenarios, got ${describeKind(value)}`);
        const out = [];
        for (const [i, s] of value.entries()) {
            const sAt = promptfoo_child(at, i);
            if (!promptfoo_isRecord(s))
                throw promptfoo_fail(sAt, `expected a scenario (config and tests), got ${describeKind(s)}`);
            const configs = Array.isArray(s.config) ? s.config : [{}];
            const tests = await this.tests(s.tests, promptfoo_child(sAt, 'tests'));
            for (const [j, c] of configs.entries()) {
                if (!promptfoo_isRecord(c))
                    throw promptfoo_fail(promptfoo_child(sAt, 'config', j), `expected a mapping of vars, got ${describeKind(c)}`);
                for (const t of tests) {
                    const cVars = promptfoo_isRecord(c.vars) ? c.vars : {};
                    const tVars = promptfoo_isRecord(t.raw.vars) ? t.raw.vars : {};
                    const description = [s.description, c.description, t.raw.description].filter((d) => typeof d === 'string').join(' / ') || undefined;
                    out.push({ raw: { ...c, ...t.raw, vars: { ...cVars, ...tVars }, ...(description ? { description } : {}) }, at: t.at });
                }
            }
        }
        return out;
    }
    // ---- cases ---------------------------------------------------------------------------
    async cases(prompts, tests, defaults) {
        const cases = [];
        const ids = new Map();
        const stem = (0,external_node_path_.basename)(this.ctx.file).replace(/\.[^.]+$/, '');
        for (const [n, test] of tests.entries()) {
            const merged = await this.merge(test, defaults);
            if (merged === undefined)
                continue;
            const described = typeof test.raw.description === 'string' && test.raw.description.trim() !== '' ? test.raw.description.trim() : undefined;
            let base = described ?? `${stem}-${n + 1}`;
            const seen = (ids.get(base) ?? 0) + 1;
            ids.set(base, seen);
            if (seen > 1)
                base = `${base} (${seen})`;
            const combos = expandVars(merged.vars);
            if (combos === undefined)
                throw promptfoo_fail(promptfoo_child(test.at, 'vars'), `list-valued vars expand into more than ${FORMAT_LIMITS.maxVarCombinations} tests`);
            const usePrompts = prompts.length > 0 ? prompts : [this.configPrompt(test.at)];
            for (const [k, vars] of combos.entries()) {
                const expect = this.expectations(merged.asserts, vars, test);
                if (expect === undefined)
                    continue;
                for (const [p, prompt] of usePrompts.entries()) {
                    let id = base;
                    if (combos.length > 1)
                        id += ` [${k + 1}]`;
                    if (usePrompts.length > 1)
                        id += ` (prompt ${p + 1})`;
                    cases.push(this.buildCase(id, prompt, vars, expect, merged, test, usePrompts.length > 1));
                    if (cases.length > FORMAT_LIMITS.maxCases)
                        throw promptfoo_fail(test.at, `the suite expands into more than ${FORMAT_LIMITS.maxCases.toLocaleString('en-US')} cases`, 'split it into several suites');
                }
            }
        }
        return cases;
    }
    configPrompt(at) {
        const p = this.ctx.prompt;
        if (p?.user === undefined)
            throw promptfoo_fail(at, 'the suite has no prompts, and the config has no prompt.user', `add prompts: to the suite, or prompt.user to ${this.ctx.configFile}`);
        const messages = [];
        if (p.system !== undefined)
            messages.push({ role: 'system', content: p.system });
        messages.push({ role: 'user', content: p.user });
        return { label: 'prompt', messages, at };
    }
    /** defaultTest under the test: vars and metadata merged, assertions first from defaultTest. */
    async merge(test, defaults) {
        const d = defaults?.raw ?? {};
        const t = test.raw;
        const vars = {};
        for (const source of [defaults, test]) {
            if (!source)
                continue;
            const v = source.raw.vars;
            if (v === undefined || v === null)
                continue;
            if (!promptfoo_isRecord(v))
                throw promptfoo_fail(promptfoo_child(source.at, 'vars'), `expected a mapping of vars, got ${describeKind(v)}`);
            for (const [name, value] of Object.entries(v))
                vars[name] = await this.varValue(value, promptfoo_child(source.at, 'vars', name));
        }
        const asserts = [];
        for (const source of [defaults, test]) {
            if (!source)
                continue;
            const a = source.raw.assert;
            if (a === undefined || a === null)
                continue;
            if (!Array.isArray(a))
                throw promptfoo_fail(promptfoo_child(source.at, 'assert'), `expected a list of assertions, got ${describeKind(a)}`);
            a.forEach((raw, i) => asserts.push({ raw, at: promptfoo_child(source.at, 'assert', i) }));
        }
        for (const source of [defaults, test]) {
            if (!source)
                continue;
            const options = source.raw.options;
            if (promptfoo_isRecord(options) && (options.transform !== undefined || options.postprocess !== undefined)) {
                const key = options.transform !== undefined ? 'transform' : 'postprocess';
                const message = `options.${key} changes the output before it is graded; that runs code, which llm-gate does not`;
                if (!this.ctx.skipUnsupported) {
                    this.refuse(promptfoo_fail(promptfoo_child(source.at, 'options', key), message, '--skip-unsupported skips the tests it applies to, with a warning'));
                    return undefined;
                }
                this.warn(promptfoo_child(source.at, 'options', key), 'unsupported-option', `${message}: the test is skipped`);
                return undefined;
            }
        }
        const threshold = t.threshold ?? d.threshold;
        if (threshold !== undefined) {
            const from = t.threshold !== undefined ? test : defaults;
            this.warn(promptfoo_child(from.at, 'threshold'), 'threshold-not-applied', 'a test threshold is not applied: the case score is the weighted mean of its graders, with no pass cut-off');
        }
        const metadata = { ...(promptfoo_isRecord(d.metadata) ? d.metadata : {}), ...(promptfoo_isRecord(t.metadata) ? t.metadata : {}) };
        const options = { ...(promptfoo_isRecord(d.options) ? d.options : {}), ...(promptfoo_isRecord(t.options) ? t.options : {}) };
        return { vars, asserts, metadata, prefix: typeof options.prefix === 'string' ? options.prefix : '', suffix: typeof options.suffix === 'string' ? options.suffix : '' };
    }
    /** A var may be a `file://` text file, read as its text (promptfoo reads text files so too). */
    async varValue(value, at) {
        if (typeof value === 'string' && value.startsWith('file://')) {
            const files = await this.read(value, at);
            if (files.length !== 1)
                throw promptfoo_fail(at, `"${value}" names ${files.length} files; a var takes one`);
            return files[0].text;
        }
        return value;
    }
    expectations(asserts, vars, test) {
        const expect = [];
        for (const a of asserts) {
            const mapped = mapAssertion(a.raw, vars, []);
            if (!mapped.ok) {
                const at = promptfoo_child(a.at, ...mapped.path);
                if (mapped.unsupported) {
                    if (this.ctx.skipUnsupported)
                        this.warn(at, 'unsupported-assertion', `${mapped.message}: dropped`);
                    // Without --skip-unsupported, read on: the error names the first and counts them all.
                    else
                        this.refuse(promptfoo_fail(at, mapped.message, mapped.hint));
                    continue;
                }
                throw promptfoo_fail(at, mapped.message, mapped.hint);
            }
            for (const raw of mapped.expect) {
                const r = validateExpectation(raw, expect.length, { hasJudge: this.ctx.hasJudge });
                if (Array.isArray(r)) {
                    const p = r[0];
                    // The problem is in the mapped grader; the user wrote the assertion.
                    const field = p.path.slice(2);
                    const at = promptfoo_child(a.at, ...(field[0] === 'pattern' ? ['value'] : field[0] === 'type' ? ['type'] : []));
                    throw promptfoo_fail(at, p.message, p.hint);
                }
                expect.push(r);
            }
        }
        if (expect.length === 0) {
            this.warn(test.at, 'no-assertion', asserts.length === 0 ? 'the test has no assertion: skipped' : 'no assertion of the test is left: skipped');
            return undefined;
        }
        return expect;
    }
    buildCase(id, prompt, vars, expect, merged, test, several) {
        const messages = prompt.messages.map((m, i) => {
            const last = i === prompt.messages.length - 1;
            const template = last && m.role === 'user' ? `${merged.prefix}${m.content}${merged.suffix}` : m.content;
            const r = renderNunjucks(template, vars);
            if (!r.ok)
                throw promptfoo_fail(prompt.at, `${r.message} (prompt "${prompt.label}")`);
            return { role: m.role, content: r.text };
        });
        const tags = [];
        for (const [k, v] of Object.entries(merged.metadata)) {
            if ((typeof v === 'string' && v !== '') || typeof v === 'number' || typeof v === 'boolean')
                tags.push(`${k}:${String(v)}`);
            if (tags.length >= 20)
                break;
        }
        if (several)
            tags.push(`prompt:${prompt.label}`);
        const where = test.at.doc.locate(test.at.path);
        return { id, tags, vars, messages, expect, source: { file: test.at.file, line: where.line, column: where.column } };
    }
}
function splitPrompts(text) {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const out = [];
    let start = 0;
    const flush = (end) => {
        const body = lines.slice(start, end).join('\n').trim();
        if (body !== '')
            out.push({ text: body, line: start + 1 });
    };
    lines.forEach((l, i) => {
        if (l.trim() === '---') {
            flush(i);
            start = i + 1;
        }
    });
    flush(lines.length);
    return out;
}
/** List-valued vars make one test per combination, as promptfoo does; undefined past the cap. */
function expandVars(vars) {
    let combos = [{}];
    for (const [name, value] of Object.entries(vars)) {
        const choices = Array.isArray(value) && value.length > 0 ? value : [value];
        if (combos.length * choices.length > FORMAT_LIMITS.maxVarCombinations)
            return undefined;
        combos = combos.flatMap((c) => choices.map((v) => ({ ...c, [name]: v })));
    }
    return combos;
}
/** CSV tests: a header of var names and the columns promptfoo gives meaning to. */
function csvTests(f) {
    const rows = parseCsv(f.text);
    const header = rows[0]?.cells.map((h) => h.trim()) ?? [];
    const lines = rows.map((r) => r.line);
    const doc = { value: null, locate: (path) => ({ line: lines[typeof path[0] === 'number' ? path[0] + 1 : 0] ?? 1, column: 1 }) };
    return rows.slice(1).map((row, i) => {
        const vars = {};
        const assert = [];
        const metadata = {};
        const options = {};
        let description;
        let threshold;
        header.forEach((name, c) => {
            const cell = row.cells[c] ?? '';
            if (/^__expected\d*$/.test(name)) {
                if (cell.trim() !== '')
                    assert.push(csvAssertion(cell.trim()));
            }
            else if (name === '__description')
                description = cell;
            else if (name === '__threshold')
                threshold = cell.trim() === '' ? undefined : Number(cell);
            else if (name.startsWith('__metadata:'))
                metadata[name.slice('__metadata:'.length)] = cell;
            else if (name === '__prefix' || name === '__suffix')
                options[name.slice(2)] = cell;
            else if (!name.startsWith('__'))
                vars[name] = cell;
        });
        const raw = { vars, assert, metadata, options, ...(description ? { description } : {}), ...(threshold !== undefined ? { threshold } : {}) };
        return { raw, at: { file: f.file, doc, path: [i] } };
    });
}
/** `contains: foo`, `not-icontains: bar`, `grade: rubric`, `fn: code`, or a bare expected text (equals). */
function csvAssertion(cell) {
    const m = /^(not-)?([a-z][a-z0-9-]*)(?:\(([\d.]+)\))?\s*:\s*([\s\S]*)$/.exec(cell);
    const alias = { grade: 'llm-rubric', fn: 'javascript', eval: 'javascript', file: 'javascript' };
    if (m) {
        const base = alias[m[2]] ?? m[2];
        if (KNOWN_ASSERTION_TYPES.has(base)) {
            return { type: `${m[1] ?? ''}${base}`, value: m[4], ...(m[3] !== undefined ? { threshold: Number(m[3]) } : {}) };
        }
    }
    if (KNOWN_ASSERTION_TYPES.has(cell))
        return { type: cell };
    return { type: 'equals', value: cell };
}
/** Whether a parsed document reads as a promptfoo config or test list rather than llm-gate cases. */
function looksLikePromptfoo(value) {
    if (promptfoo_isRecord(value))
        return PROMPTFOO_KEYS.some((k) => Object.hasOwn(value, k));
    if (Array.isArray(value) && value.length > 0) {
        const first = value.find(promptfoo_isRecord);
        if (first === undefined || Object.hasOwn(first, 'expect'))
            return false;
        // llm-gate cases always have an id (and a misspelt expect must stay their error).
        const has = (k) => Object.hasOwn(first, k);
        return has('assert') || (has('vars') && !has('id') && !has('prompt') && !has('messages'));
    }
    return false;
}
async function readPromptfoo(ctx) {
    const suite = new Suite(ctx);
    const root = { file: ctx.file, doc: ctx.doc, path: [] };
    const value = ctx.doc.value;
    let prompts = [];
    let tests;
    let defaults;
    if (Array.isArray(value))
        tests = await suite.tests(value, root);
    else if (promptfoo_isRecord(value)) {
        prompts = await suite.prompts(value.prompts, promptfoo_child(root, 'prompts'));
        defaults = await suite.defaultTest(value.defaultTest, promptfoo_child(root, 'defaultTest'));
        tests = [...(await suite.tests(value.tests, promptfoo_child(root, 'tests'))), ...(await suite.scenarios(value.scenarios, promptfoo_child(root, 'scenarios')))];
    }
    else
        throw promptfoo_fail(root, `expected a promptfoo config (prompts, tests) or a list of tests, got ${describeKind(value)}`);
    const cases = await suite.cases(prompts, tests, defaults);
    const refused = suite.unsupportedError();
    if (refused)
        throw refused;
    return { cases, warnings: suite.warnings };
}

;// CONCATENATED MODULE: ./build/config/formats/detect.js
// Which format an eval file is written in, when its `evals:` entry does not say: by name
// (promptfooconfig.*), then by the shape of its content. llm-gate's own cases always have
// `expect`; promptfoo tests have `assert` or `vars` and no `expect`; OpenAI evals samples
// have `input` with `ideal`, or an Evals API `item`.




function formatByName(file) {
    return /^promptfooconfig(\.[\w-]+)?\.(ya?ml|json)$/i.test((0,external_node_path_.basename)(file)) ? 'promptfoo' : undefined;
}
/** For YAML and JSON files: the parsed document's value. */
function detectDocumentFormat(file, value) {
    return formatByName(file) ?? (looksLikePromptfoo(value) ? 'promptfoo' : 'llm-gate');
}
/** For JSONL files: the first line that parses as a JSON object decides; a file of none is llm-gate's. */
function detectLinesFormat(text) {
    let start = 0;
    for (let guard = 0; guard < 1_000 && start < text.length; guard++) {
        const end = text.indexOf('\n', start);
        const line = text.slice(start, end < 0 ? text.length : end).trim();
        start = end < 0 ? text.length : end + 1;
        if (line === '')
            continue;
        // Too deep to walk: the reader of llm-gate's own JSONL reports it at its line.
        if (jsonDepthProblem(line))
            return 'llm-gate';
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            return 'llm-gate';
        }
        if (looksLikeOpenAiEvals(value))
            return 'openai-evals';
        if (typeof value === 'object' && value !== null && !Array.isArray(value) && looksLikePromptfoo([value]))
            return 'promptfoo';
        return 'llm-gate';
    }
    return 'llm-gate';
}

;// CONCATENATED MODULE: ./build/config/load-evals.js
// GateConfig → EvalSet: globs (relative to the config's directory, sorted, deduplicated),
// eval files read and parsed, cases built, ids checked unique across the set.













const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const DEFAULT_SOURCE = { format: 'auto', grader: 'equals' };
/** The directory a glob starts from, checked to be inside the root before the walk, symlinks resolved. */
async function scopeOf(pattern, config, root) {
    const scope = (0,paths/* globScope */.h_)(pattern, config.rootDir, root);
    if (!scope.ok) {
        return scope.reason === 'outside'
            ? { message: `"${pattern}" reaches ${scope.base}, outside the repository root ${root.real}`, hint: config_files/* OUTSIDE_ROOT_HINT */.Rt }
            : { message: `"${pattern}" has ".." after a wildcard, which could climb out of the repository root ${root.real}`, hint: 'put the ".." segments before the first wildcard, e.g. ../shared/**/*.yaml' };
    }
    let real;
    try {
        real = await (0,promises_.realpath)(scope.cwd);
    }
    catch {
        // Nothing there: the glob matches nothing, which is reported as such.
        return scope;
    }
    if (!(0,paths/* isInside */.FK)(root.real, real))
        return { message: `"${pattern}" reaches ${scope.cwd} (it resolves to ${real}), outside the repository root ${root.real}`, hint: config_files/* OUTSIDE_ROOT_HINT */.Rt };
    return { cwd: scope.cwd, pattern: scope.pattern };
}
/** Files matched by each glob, in config order; each glob must match at least one eval file. */
async function matchFiles(config, cwd, root) {
    const found = new Map();
    const exclude = (0,paths/* outsideDirectory */.J$)(root);
    for (const [i, pattern] of config.evals.entries()) {
        const scope = await scopeOf(pattern, config, root);
        if ('message' in scope)
            throw evalsError(config, cwd, i, scope.message, scope.hint);
        const matched = [];
        const skipped = [];
        // The walk starts at the checked directory, in the form the config names it, so the
        // paths shown stay the ones the user wrote.
        for await (const entry of (0,promises_.glob)(scope.pattern, { cwd: scope.cwd, withFileTypes: true, exclude })) {
            if (entry.isDirectory())
                continue;
            const abs = (0,external_node_path_.resolve)((0,external_node_path_.join)(entry.parentPath, entry.name));
            (Object.hasOwn(EVAL_EXTENSIONS, (0,external_node_path_.extname)(abs).toLowerCase()) ? matched : skipped).push(abs);
        }
        if (matched.length === 0) {
            const others = skipped.map((f) => (0,config_files/* displayPath */.Gt)(cwd, f)).sort(byCodePoint);
            const message = others.length > 0
                ? `"${pattern}" matches no eval file, only ${others.slice(0, 3).join(', ')}${others.length > 3 ? ' ...' : ''}`
                : `"${pattern}" matches no eval file`;
            const hint = others.length > 0 ? 'eval files end in .yaml, .yml, .json or .jsonl' : 'globs are relative to the config file';
            throw evalsError(config, cwd, i, message, hint);
        }
        for (const abs of matched) {
            const shown = (0,config_files/* displayPath */.Gt)(cwd, abs);
            const c = await (0,paths/* confine */.Do)(abs, root);
            if (!c.ok) {
                const message = c.reason === 'outside'
                    ? `"${pattern}" matches ${(0,config_files/* outsideRootMessage */.xd)('eval file', shown, abs, c.real, root)}`
                    : c.reason === 'not-a-file'
                        ? `"${pattern}" matches ${shown}, which is ${c.kind}, not a regular file`
                        : `"${pattern}" matches ${shown}, which cannot be read (${c.code ?? 'unknown error'})`;
                throw evalsError(config, cwd, i, message, c.reason === 'outside' ? config_files/* OUTSIDE_ROOT_HINT */.Rt : 'eval files must be regular files');
            }
            // A file named by two entries is read as the first one says.
            if (!found.has(shown))
                found.set(shown, { abs, real: c.real, source: config.evalSources?.[i] ?? DEFAULT_SOURCE });
        }
    }
    return [...found.keys()].sort(byCodePoint).map((shown) => found.get(shown));
}
/** Canonical JSON (sorted keys) so the hash does not depend on key order in the files. */
/** Canonical JSON (keys sorted by code point) as one string: for values of a case's size. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => byCodePoint(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * Feeds `hash` the canonical JSON of `value` (keys sorted by code point) piece by piece:
 * the same bytes as one string would give, without building a string of the whole set.
 */
function hashCanonical(hash, value, depth = 0) {
    // Below the set's own list, each item (a case) is small: one string each is fastest.
    if (depth >= 2) {
        hash.update(canonical(value));
        return;
    }
    if (Array.isArray(value)) {
        hash.update('[');
        value.forEach((item, i) => {
            if (i > 0)
                hash.update(',');
            hashCanonical(hash, item, depth + 1);
        });
        hash.update(']');
        return;
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).filter(([, v]) => v !== undefined);
        entries.sort(([a], [b]) => byCodePoint(a, b));
        hash.update('{');
        entries.forEach(([k, v], i) => {
            hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
            hashCanonical(hash, v, depth + 1);
        });
        hash.update('}');
        return;
    }
    hash.update(JSON.stringify(value) ?? 'null');
}
/**
 * What was asked, not where it is written or served: paths, globs, source positions, and
 * each model's endpoint, key variable, headers and query are left out. The same eval set against the same
 * models hashes alike on a proxy, a local simulator on a random port (the demo) or the
 * vendor's API, so it draws the same bootstrap and its report diffs cleanly.
 */
function contentHash(config, cases) {
    const { configFile: _file, rootDir: _root, evals: _globs, evalsAt: _at, evalSources: _sources, promptFiles: _promptFiles, models, alternatives, judge, run: { cache: _cache, ...run }, ...others } = config;
    const asked = (m) => {
        // Headers and query say where and how it is served (a gateway, an api-version), and may hold secrets.
        // Where a prompt was read from, and which commit a baseline came from, change no call.
        const { baseUrl: _url, apiKeyEnv: _key, headers: _headers, query: _query, secretFields: _secrets, promptFiles: _files, from: _from, ...what } = m;
        return what;
    };
    const settings = {
        ...others,
        run,
        models: { baseline: asked(models.baseline), candidate: asked(models.candidate) },
        ...(alternatives === undefined ? {} : { alternatives: alternatives.map(asked) }),
        ...(judge === undefined ? {} : { judge: asked(judge) }),
    };
    const body = cases.map(({ source: _source, ...rest }) => rest);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    // Pieces are small; the hash takes them in 64 KiB batches.
    let pending = '';
    const batched = {
        update(text) {
            pending += text;
            if (pending.length >= 65_536) {
                hash.update(pending);
                pending = '';
            }
        },
    };
    hashCanonical(batched, { settings, cases: body });
    return hash.update(pending).digest('hex');
}
/** Bytes of the eval files the config's globs match (0 when a glob is wrong: loading says why). */
async function evalFileBytes(config, options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    try {
        const root = await (0,paths/* repositoryRoot */.Hn)(cwd, config.configFile);
        let bytes = 0;
        for (const { real } of await matchFiles(config, cwd, root))
            bytes += (await (0,promises_.stat)(real)).size;
        return bytes;
    }
    catch {
        return 0;
    }
}
async function loadEvalSet(config, options = {}) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const root = await (0,paths/* repositoryRoot */.Hn)(cwd, config.configFile);
    const files = await matchFiles(config, cwd, root);
    const configFile = (0,config_files/* displayPath */.Gt)(cwd, config.configFile);
    const cases = [];
    const warnings = [];
    const seen = new Map();
    const reader = sourceReader(cwd, root);
    const slots = [...SIDES, ...(config.alternatives ?? []).map((_, i) => (0,types/* alternativeSlot */.yo)(i))];
    const ownPrompts = slots.flatMap((side) => {
        const prompt = (0,types/* promptFor */.k)(config, side);
        return sameTemplate(prompt, config.prompt) ? [] : [{ side, prompt }];
    });
    for (const { abs, real, source } of files) {
        const file = (0,config_files/* displayPath */.Gt)(cwd, abs);
        const text = await (0,config_files/* readSourceFile */.uj)(real, { cwd, what: 'eval file', root, shownAs: abs });
        const fileCtx = { file, source, reader, hasJudge: config.judge !== undefined, configFile, skipUnsupported: options.skipUnsupported ?? true };
        const read = await readEvalFile(text, { ...fileCtx, prompt: config.prompt });
        warnings.push(...read.warnings);
        // A model with a prompt of its own sends each case rendered with it: the same file read
        // again with that prompt, case for case.
        for (const { side, prompt } of ownPrompts) {
            const again = await readEvalFile(text, { ...fileCtx, prompt, configFile: `${configFile} (${side === 'baseline' || side === 'candidate' ? `the ${side}` : `models.${side}`}'s prompt)` });
            again.cases.forEach((c, i) => {
                const shared = read.cases[i];
                if (shared && shared.id === c.id && !sameMessages(shared.messages, c.messages))
                    shared.sideMessages = { ...shared.sideMessages, [side]: c.messages };
            });
        }
        for (const [i, built] of read.cases.entries()) {
            const first = seen.get(built.id);
            if (first) {
                const firstAt = `${first.source.file}:${first.source.line}:${first.source.column ?? 1}`;
                const at = read.locateId?.(i);
                throw new errors/* LlmGateError */.Z(`duplicate case id "${built.id}", first defined at ${firstAt}`, {
                    file: built.source.file,
                    line: at?.line ?? built.source.line,
                    column: at?.column ?? built.source.column,
                    field: at ? 'id' : undefined,
                    hint: 'case ids must be unique across the eval set',
                });
            }
            seen.set(built.id, built);
            cases.push(built);
        }
    }
    if (cases.length === 0) {
        const shown = files.map((f) => (0,config_files/* displayPath */.Gt)(cwd, f.abs));
        const list = shown.length > 3 ? `${shown.slice(0, 3).join(', ')} and ${shown.length - 3} more` : shown.join(', ');
        const skipped = warnings.length > 0 ? ` (${warnings.length} test${warnings.length === 1 ? '' : 's'} or assertion${warnings.length === 1 ? '' : 's'} skipped)` : '';
        throw evalsError(config, cwd, undefined, `the eval set is empty: ${list} hold${shown.length === 1 ? 's' : ''} no cases${skipped}`, 'add at least one case');
    }
    return {
        cases,
        files: files.map((f) => (0,config_files/* displayPath */.Gt)(cwd, f.abs)),
        contentHash: contentHash(config, cases),
        ...(warnings.length > 0 ? { warnings } : {}),
    };
}
const SIDES = ['baseline', 'candidate'];
function sameTemplate(a, b) {
    return a?.system === b?.system && a?.user === b?.user;
}
function sameMessages(a, b) {
    return a.length === b.length && a.every((m, i) => m.role === b[i].role && m.content === b[i].content);
}
/** One eval file → cases, in the format its entry names or its name and content say. */
async function readEvalFile(text, ctx) {
    const kind = EVAL_EXTENSIONS[(0,external_node_path_.extname)(ctx.file).toLowerCase()];
    const formatCtx = { file: ctx.file, reader: ctx.reader, options: ctx.source, prompt: ctx.prompt, hasJudge: ctx.hasJudge, configFile: ctx.configFile, skipUnsupported: ctx.skipUnsupported };
    const wanted = ctx.source.format;
    if (kind === 'jsonl') {
        const format = wanted === 'auto' ? detectLinesFormat(text) : wanted;
        if (format === 'openai-evals')
            return readOpenAiEvals(text, formatCtx);
        if (format === 'promptfoo') {
            const tests = parseJsonLines(text, ctx.file).map(({ doc }) => doc.value);
            const doc = { value: tests, locate: (path) => ({ line: lineOfTest(text, path), column: 1 }) };
            return readPromptfoo({ ...formatCtx, doc });
        }
        return nativeCases(parseEvalFile(text, ctx.file, 'jsonl'), ctx);
    }
    const doc = parseDocument(text, ctx.file, kind);
    const format = wanted === 'auto' ? detectDocumentFormat(ctx.file, doc.value) : wanted;
    if (format === 'promptfoo')
        return readPromptfoo({ ...formatCtx, doc });
    if (format === 'openai-evals') {
        throw new errors/* LlmGateError */.Z('OpenAI evals data is JSONL, one sample per line', { file: ctx.file, line: 1, column: 1, hint: 'name a .jsonl file, or set format: llm-gate or promptfoo on the evals entry' });
    }
    return nativeCases(listOfCases(doc, ctx.file), ctx);
}
/** A promptfoo JSONL test file: test i is the i-th non-blank line. */
function lineOfTest(text, path) {
    const index = typeof path[0] === 'number' ? path[0] : 0;
    let seen = -1;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++)
        if (lines[i].trim() !== '' && ++seen === index)
            return i + 1;
    return 1;
}
function nativeCases(raws, ctx) {
    const sharedExpectations = new Map();
    const cases = raws.map((raw) => buildCase(raw.raw, { ...raw, file: ctx.file, prompt: ctx.prompt, hasJudge: ctx.hasJudge, configFile: ctx.configFile, sharedExpectations }));
    // Only a duplicate id asks where the id is: locating it is left until then.
    return { cases, warnings: [], locateId: (i) => raws[i].doc.locate([...raws[i].base, 'id']) };
}
/** Files a suite references (file://...), relative to the referring file, confined like eval files. */
function sourceReader(cwd, root) {
    return {
        async read(ref, fromFile, at) {
            const dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(cwd, fromFile));
            const fail = (message, hint) => new errors/* LlmGateError */.Z(message, { ...at, hint });
            const target = (0,external_node_path_.resolve)(dir, ref);
            let pattern = ref;
            if (!MAGIC.test(ref)) {
                const info = await (0,promises_.stat)(target).catch(() => undefined);
                if (!info?.isDirectory()) {
                    const text = await (0,config_files/* readSourceFile */.uj)(target, { cwd, root, what: 'referenced file', from: { ...at, hint: 'file:// paths are relative to the file that names them' } });
                    return [{ file: (0,config_files/* displayPath */.Gt)(cwd, target), text }];
                }
                pattern = `${ref.replace(/[/\\]+$/, '')}/*.{yaml,yml,json,jsonl,csv}`;
            }
            const scope = (0,paths/* globScope */.h_)(pattern, dir, root);
            if (!scope.ok)
                throw fail(`"${ref}" reaches outside the repository root ${root.real}`, config_files/* OUTSIDE_ROOT_HINT */.Rt);
            const found = [];
            for await (const entry of (0,promises_.glob)(scope.pattern, { cwd: scope.cwd, withFileTypes: true, exclude: (0,paths/* outsideDirectory */.J$)(root) })) {
                if (entry.isDirectory())
                    continue;
                found.push((0,external_node_path_.resolve)((0,external_node_path_.join)(entry.parentPath, entry.name)));
                if (found.length > MAX_GLOB_FILES)
                    throw fail(`"${ref}" matches more than ${MAX_GLOB_FILES} files`);
            }
            if (found.length === 0)
                throw fail(`"${ref}" matches no file`, 'file:// paths are relative to the file that names them');
            found.sort(byCodePoint);
            const out = [];
            for (const abs of found)
                out.push({ file: (0,config_files/* displayPath */.Gt)(cwd, abs), text: await (0,config_files/* readSourceFile */.uj)(abs, { cwd, root, what: 'referenced file', from: at }) });
            return out;
        },
    };
}
const MAGIC = /[*?[\]{}]/;
const MAX_GLOB_FILES = 1_000;

// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(98439);
;// CONCATENATED MODULE: ./build/config/json-schema.js
// JSON Schemas for editors (yaml-language-server), generated from the zod schemas so
// they cannot drift: schema/llm-gate.schema.json and schema/eval.schema.json.
// scripts/schema.mjs writes them; a test fails when the committed files differ.



const SCHEMA_FILES = {
    config: 'schema/llm-gate.schema.json',
    evals: 'schema/eval.schema.json',
};
// Input side: defaults are optional for the user, and "10%" / "30s" are what they type.
const OPTIONS = { io: 'input', unrepresentable: 'any' };
/** The config as written: the baseline may also be { from: base } (load-config resolves it before parsing the rest). */
function documentedConfigSchema() {
    const models = configSchema.shape.models;
    return configSchema.extend({
        models: models.extend({ baseline: schemas/* union */.KCZ([modelSchema, baselineFromSchema]).meta({ title: 'Baseline model', description: 'The model in production today, or { from: base }: the candidate as the config defined it at the base commit.' }) }).meta(models.meta() ?? {}),
    });
}
function configJsonSchema() {
    return { ...json_schema_processors/* toJSONSchema */.bl(documentedConfigSchema(), OPTIONS), title: 'llm-gate config' };
}
function evalJsonSchema() {
    const evalSet = schemas/* array */.YOg(documentedCaseSchema())
        .meta({ title: 'llm-gate eval set', description: 'A list of eval cases. JSONL files hold the same cases, one JSON object per line.' });
    return json_schema_processors/* toJSONSchema */.bl(evalSet, OPTIONS);
}
/** File path (relative to the project root) → file content, stable and newline-terminated. */
function schemaFiles() {
    return {
        [SCHEMA_FILES.config]: JSON.stringify(configJsonSchema(), null, 2) + '\n',
        [SCHEMA_FILES.evals]: JSON.stringify(evalJsonSchema(), null, 2) + '\n',
    };
}

;// CONCATENATED MODULE: ./build/config/index.js
// The config stage: llm-gate.yml and the eval files → GateConfig and EvalSet.
//
//   loadConfig     read (inside the repository root, regular files only) + YAML (with
//                  positions; aliases and depth bounded before values are built) → ${VAR}
//                  expansion (never of a secret) → CLI overrides → zod schema → models
//                  (inheritance, key hosts, prices) → prompt files
//   loadEvalSet    globs (from a checked directory) → eval files (YAML, JSON, JSONL) → cases
//                  (schema, expectations through the grader registry, JSON Schema loops,
//                  templates) → unique ids → content hash
//
// Everything a user can get wrong here is one LlmGateError (code 'config', exit 2) naming
// file:line:col and the field path, raised before any API call is made.










/***/ }),

/***/ 97147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ confine),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Hn: () => (/* binding */ repositoryRoot),
/* harmony export */   J$: () => (/* binding */ outsideDirectory),
/* harmony export */   h_: () => (/* binding */ globScope)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
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


/***/ })

};
