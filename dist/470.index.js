export const id = 470;
export const ids = [470];
export const modules = {

/***/ 9473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ LlmGateError)
/* harmony export */ });
/* unused harmony export isLlmGateError */
// One error type for everything the user can fix. It carries where the problem is
// (file, line, column, field) and a hint, so every shell can print
// `file:line:col: field: message (hint)` and the Action can annotate the line.
class LlmGateError extends Error {
    code;
    file;
    line;
    column;
    field;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'LlmGateError';
        this.code = options.code ?? 'config';
        this.file = options.file;
        this.line = options.line;
        this.column = options.column;
        this.field = options.field;
        this.hint = options.hint;
    }
    static fromData(data) {
        return new LlmGateError(data.message, data);
    }
    /** Only the fields that are set, so the JSON of it has no nulls to explain. */
    toData() {
        const { message, code, file, line, column, field, hint } = this;
        const optional = Object.entries({ file, line, column, field, hint }).filter(([, v]) => v !== undefined);
        return { code, message, ...Object.fromEntries(optional) };
    }
    /** `evals/a.yaml:12:5: expect[0].type: unknown grader "lable" (did you mean "label"?)` */
    format() {
        let where = '';
        if (this.file) {
            where = this.file;
            if (this.line !== undefined)
                where += `:${this.line}`;
            if (this.line !== undefined && this.column !== undefined)
                where += `:${this.column}`;
            where += ': ';
        }
        const field = this.field ? `${this.field}: ` : '';
        const hint = this.hint ? ` (${this.hint})` : '';
        return `${where}${field}${this.message}${hint}`;
    }
}
function isLlmGateError(err) {
    return err instanceof LlmGateError;
}


/***/ }),

/***/ 470:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateWorkerMain: () => (/* binding */ gateWorkerMain),
  isGateWorker: () => (/* binding */ isGateWorker),
  G: () => (/* binding */ runGateInWorker),
  runMergeInWorker: () => (/* binding */ runMergeInWorker)
});

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/worker-limits.js
// Heap limits of the gate's worker thread (gate-worker.ts), in a module of their own so the
// benchmark can run its calls under exactly these limits without loading the whole gate.
// Capping the young generation stops V8 from growing it to 2 × 64 MB under the SDK's
// short-lived garbage; an explicit old-generation ceiling makes V8 size its heap growth to
// it instead of to the machine's memory. 12,400 calls peak at 179–180 MB RSS with these,
// 268 MB without (BENCHMARKS.md). The ceiling is far above what a run keeps alive (its
// records and outputs), so it bounds growth, not the eval sets a team can run.
const GATE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

;// CONCATENATED MODULE: ./build/gate-worker.js
// Runs the gate in a worker thread with bounded heap growth (worker-limits.ts). Under a
// 12,400-call run the openai SDK keeps each finished request reachable until a full GC, and
// V8 answers by growing its heap: peak RSS 268 MB on the main thread, 179–180 MB in the
// worker, at the same wall time and latency accuracy (BENCHMARKS.md). A node flag would do
// the same, but a GitHub Action cannot pass flags.
//
// The worker runs the same bundle file as the shell that started it; entry files branch on
// isMainThread. Callbacks travel as messages, the report as plain data.



/**
 * Same contract as runMerge, in the worker: a merge holds every case of the set at once, and
 * on the shell's thread, whose heap has no cap, V8 grows that heap far past what it holds.
 */
async function runMergeInWorker(options, entry, output) {
    const input = {
        configPath: options.configPath,
        cwd: options.cwd,
        env: options.env,
        ...(options.baseline ? { baseline: options.baseline } : {}),
        merge: { partials: options.partials },
        ...(output ? { output } : {}),
    };
    return inWorker(input, options, entry, async () => undefined);
}
/** Same contract as runGate; `entry` is the file URL of the bundle the caller runs from. */
async function runGateInWorker(options, entry, output) {
    const input = {
        configPath: options.configPath,
        cwd: options.cwd,
        env: options.env,
        overrides: options.overrides,
        defaultApiKey: options.defaultApiKey,
        simulated: options.simulated,
        ...(options.replay ? { replay: true } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
        ...(options.baseline ? { baseline: options.baseline } : {}),
        skipUnsupported: options.skipUnsupported,
        ...(output ? { output } : {}),
    };
    // While the worker loads the SDK, this thread loads and validates the config and the
    // eval set: on two cores start-up takes the longer of the two instead of their sum.
    return inWorker(input, options, entry, () => preload(options));
}
async function inWorker(input, options, entry, preload) {
    const worker = new external_node_worker_threads_.Worker(entry, { workerData: { llmGate: input }, resourceLimits: GATE_WORKER_LIMITS, env: { ...options.env } });
    let phase = 'load';
    const loading = preload();
    const abort = () => worker.postMessage({ type: 'abort' });
    options.signal?.addEventListener('abort', abort, { once: true });
    if (options.signal?.aborted)
        abort();
    try {
        return await new Promise((resolve, reject) => {
            worker.on('message', (message) => {
                switch (message.type) {
                    case 'phase':
                        // A load this thread left to the worker reports its load phase a second time.
                        if (message.phase === 'load' && phase === 'load')
                            return;
                        phase = message.phase;
                        return options.onPhase?.(message.phase);
                    case 'progress':
                        return options.onProgress?.(message.progress);
                    case 'loaded':
                        return options.onLoaded?.(message);
                    case 'done':
                        return resolve(message.outcome);
                    case 'failed':
                        return resolve({ status: 'error', error: errors/* LlmGateError */.Z.fromData(message.error) });
                }
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`the gate's worker thread exited early (code ${code})`)));
            loading.then((loaded) => {
                if (loaded instanceof errors/* LlmGateError */.Z)
                    return resolve({ status: 'error', error: loaded });
                try {
                    worker.postMessage({ type: 'start', ...(loaded ? { loaded } : {}) });
                }
                catch {
                    // Not plain data after all: the worker loads it itself.
                    worker.postMessage({ type: 'start' });
                }
            }, reject);
        });
    }
    finally {
        options.signal?.removeEventListener('abort', abort);
        // Keep-alive sockets would hold the worker open; its work is done.
        await worker.terminate();
    }
}
/**
 * Eval files past this are loaded in the worker: this thread's heap has no cap, and the
 * garbage of parsing a large set would stay in it for the whole run.
 */
const PRELOAD_MAX_EVAL_BYTES = 2 * 1024 * 1024;
/**
 * The load stage in this thread. A config or eval-set error comes back as the error itself
 * (no call was made; the worker is stopped); a large set, or anything unexpected, leaves
 * the load to the worker, which reports it as it always did.
 */
async function preload(options) {
    options.onPhase?.('load');
    try {
        const { loadGate } = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(243), __webpack_require__.e(980), __webpack_require__.e(906), __webpack_require__.e(329)]).then(__webpack_require__.bind(__webpack_require__, 1146));
        return await loadGate({ ...options, maxEvalBytes: PRELOAD_MAX_EVAL_BYTES });
    }
    catch (err) {
        return err instanceof errors/* LlmGateError */.Z ? err : undefined;
    }
}
/** True when this thread was started by runGateInWorker: the entry file then runs the gate and nothing else. */
function isGateWorker() {
    return !external_node_worker_threads_.isMainThread && typeof external_node_worker_threads_.workerData === 'object' && external_node_worker_threads_.workerData !== null && "llmGate" in external_node_worker_threads_.workerData;
}
async function gateWorkerMain() {
    const port = external_node_worker_threads_.parentPort;
    const input = external_node_worker_threads_.workerData.llmGate;
    const controller = new AbortController();
    let start;
    const started = new Promise((resolve) => (start = resolve));
    port.on('message', (message) => {
        if (message.type === 'abort')
            controller.abort();
        else if (message.type === 'start')
            start(message);
    });
    // Only the worker loads the gate (the SDK, zod, ajv): the thread that starts it stays small.
    const { runGate, runMerge } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(662), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 6069));
    const { loaded } = await started;
    const post = (message) => port.postMessage(message);
    const { output, merge, ...options } = input;
    const secrets = [];
    // Written here and not sent whole: the report's cases and records are made as they are written.
    const apart = output?.json !== undefined && !output.full;
    const outcome = merge
        ? await runMerge({
            configPath: options.configPath,
            cwd: options.cwd,
            env: options.env,
            ...(options.baseline?.ref !== undefined ? { baseline: { ref: options.baseline.ref } } : {}),
            partials: merge.partials,
            signal: controller.signal,
            ...(apart ? { reportLists: true } : {}),
        })
        : await runGate({
            ...options,
            ...(loaded ? { loaded } : {}),
            ...(apart ? { reportLists: true } : {}),
            signal: controller.signal,
            onPhase: (phase) => post({ type: 'phase', phase }),
            onProgress: (progress) => post({ type: 'progress', progress }),
            onLoaded: (loaded) => {
                secrets.push(...loaded.apiKeys);
                post({ type: 'loaded', ...loaded });
            },
        });
    if (outcome.status === 'error') {
        post({ type: 'failed', error: outcome.error.toData() });
    }
    else if (outcome.status === 'done' && output?.json !== undefined) {
        const [{ writeJsonFile }, { createRedactor, secretsFromEnv }, { firstOf }, { mkdir }, { dirname }] = await Promise.all([
            __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 8334)),
            __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 6260)),
            __webpack_require__.e(/* import() */ 590).then(__webpack_require__.bind(__webpack_require__, 7590)),
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 19)),
            Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6760, 19)),
        ]);
        const redact = createRedactor(secretsFromEnv(options.env));
        redact.add(...secrets);
        await mkdir(dirname(output.json), { recursive: true });
        const { lists, release, ...done } = outcome;
        let first;
        try {
            await writeJsonFile(output.json, done.report, redact, lists);
            // The shell prints the verdict and tells an empty shard by its cases: one case is enough.
            first = lists ? firstOf(lists.cases) : undefined;
        }
        finally {
            release?.();
        }
        const report = lists ? { ...done.report, cases: first === undefined ? [] : [first], records: [] } : done.report;
        post({ type: 'done', outcome: { ...done, report, jsonWritten: true } });
    }
    else if (outcome.status === 'done') {
        const { release, ...done } = outcome;
        release?.();
        post({ type: 'done', outcome: done });
    }
    else {
        post({ type: 'done', outcome });
    }
    port.unref();
}


/***/ })

};
