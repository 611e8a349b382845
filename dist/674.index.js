export const id = 674;
export const ids = [674,470,334,260,879];
export const modules = {

/***/ 5158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ exitCodeForVerdict),
/* harmony export */   Lo: () => (/* binding */ exitCodeForError),
/* harmony export */   dc: () => (/* binding */ EXIT)
/* harmony export */ });
/** The CLI's documented exit codes; the README table is written from this. */
const EXIT = {
    pass: 0,
    regression: 1,
    usage: 2,
    couldNotJudge: 3,
    inconclusive: 4,
};
function exitCodeForVerdict(verdict) {
    switch (verdict) {
        case 'pass':
        case 'skipped':
            return EXIT.pass;
        case 'fail':
            return EXIT.regression;
        case 'inconclusive':
            // Neither a regression shown beyond doubt nor a clean pass: scripts decide what it means.
            return EXIT.inconclusive;
        case 'error':
        case 'incomplete':
            return EXIT.couldNotJudge;
    }
}
function exitCodeForError(code) {
    return code === 'fatal' || code === 'internal' ? EXIT.couldNotJudge : EXIT.usage;
}


/***/ }),

/***/ 7674:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/shard/spec.js
var spec = __webpack_require__(3332);
;// CONCATENATED MODULE: ./build/cli/args.js



const runOptions = {
    config: { type: 'string', short: 'c' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    'baseline-model': { type: 'string' },
    'candidate-model': { type: 'string' },
    alternative: { type: 'string', multiple: true },
    quiet: { type: 'boolean', short: 'q' },
    replay: { type: 'boolean' },
    shard: { type: 'string' },
    'baseline-ref': { type: 'string' },
    force: { type: 'boolean' },
    'skip-unsupported': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const validateOptions = {
    config: runOptions.config,
    'baseline-model': runOptions['baseline-model'],
    'candidate-model': runOptions['candidate-model'],
    'skip-unsupported': runOptions['skip-unsupported'],
    help: runOptions.help,
};
const initOptions = {
    baseline: { type: 'string' },
    candidate: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const importOptions = {
    out: { type: 'string', short: 'o' },
    sample: { type: 'string' },
    by: { type: 'string' },
    seed: { type: 'string' },
    'no-mask': { type: 'boolean' },
    json: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** regrade and merge read reports and write one: the config and the outputs of `run`. */
const reportOptions = {
    config: runOptions.config,
    json: runOptions.json,
    markdown: runOptions.markdown,
    quiet: runOptions.quiet,
    help: runOptions.help,
    'baseline-ref': runOptions['baseline-ref'],
};
/** The report outputs of `run`; the demo's config is built in. */
const demoOptions = {
    json: runOptions.json,
    markdown: runOptions.markdown,
    quiet: runOptions.quiet,
    help: runOptions.help,
};
const simulateOptions = {
    config: { type: 'string', short: 'c' },
    port: { type: 'string' },
    seed: { type: 'string' },
    faults: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};
function parseCommand(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help')
        return { name: 'help' };
    if (name === '--version' || name === '-v')
        return { name: 'version' };
    try {
        switch (name) {
            case 'run': {
                const { values } = (0,external_node_util_.parseArgs)({ args: rest, options: runOptions, strict: true, allowPositionals: false });
                if (values.help)
                    return { name: 'help' };
                return {
                    name: 'run',
                    config: values.config ?? 'llm-gate.yml',
                    json: values.json,
                    markdown: values.markdown,
                    baselineModel: values['baseline-model'],
                    candidateModel: values['candidate-model'],
                    ...(values.alternative && values.alternative.length > 0 ? { alternatives: values.alternative } : {}),
                    quiet: values.quiet ?? false,
                    ...(values.replay ? { replay: true } : {}),
                    ...(values.shard === undefined ? {} : { shard: (0,spec/* parseShard */.u)(values.shard, '--shard') }),
                    ...(values['baseline-ref'] === undefined ? {} : { baselineRef: values['baseline-ref'] }),
                    ...(values.force ? { force: true } : {}),
                    ...(values['skip-unsupported'] ? { skipUnsupported: true } : {}),
                };
            }
            case 'validate': {
                const { values } = (0,external_node_util_.parseArgs)({ args: rest, options: validateOptions, strict: true, allowPositionals: false });
                if (values.help)
                    return { name: 'help' };
                return {
                    name: 'validate',
                    config: values.config ?? 'llm-gate.yml',
                    baselineModel: values['baseline-model'],
                    candidateModel: values['candidate-model'],
                    skipUnsupported: values['skip-unsupported'] ?? false,
                };
            }
            case 'init': {
                const { values } = (0,external_node_util_.parseArgs)({ args: rest, options: initOptions, strict: true, allowPositionals: false });
                if (values.help)
                    return { name: 'help' };
                return { name: 'init', baseline: values.baseline, candidate: values.candidate, force: values.force ?? false };
            }
            case 'import': {
                const { values, positionals } = (0,external_node_util_.parseArgs)({ args: rest, options: importOptions, strict: true, allowPositionals: true });
                if (values.help)
                    return { name: 'help' };
                if (positionals.length === 0)
                    throw new errors/* LlmGateError */.Z('import needs at least one log file', { code: 'usage', hint: 'llm-gate import LOGFILE... --out evals/prod.jsonl' });
                if (values.out === undefined)
                    throw new errors/* LlmGateError */.Z('import needs --out FILE', { code: 'usage', hint: 'e.g. --out evals/prod.jsonl' });
                const sample = values.sample === undefined ? undefined : integer(values.sample, '--sample');
                if (sample === 0)
                    throw new errors/* LlmGateError */.Z('--sample expects at least 1', { code: 'usage' });
                if (values.by !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(values.by))
                    throw new errors/* LlmGateError */.Z(`--by expects a dotted field path such as metadata.route, got ${JSON.stringify(values.by)}`, { code: 'usage' });
                return {
                    name: 'import',
                    logs: positionals,
                    out: values.out,
                    sample,
                    by: values.by,
                    seed: values.seed === undefined ? 1 : integer(values.seed, '--seed'),
                    mask: !(values['no-mask'] ?? false),
                    json: values.json,
                    force: values.force ?? false,
                };
            }
            case 'regrade': {
                const { values, positionals } = (0,external_node_util_.parseArgs)({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
                if (values.help)
                    return { name: 'help' };
                if (positionals.length !== 1) {
                    throw new errors/* LlmGateError */.Z(`regrade expects one report file, got ${positionals.length}`, { code: 'usage', hint: 'llm-gate regrade report.json [--config llm-gate.yml]' });
                }
                return { name: 'regrade', report: positionals[0], config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false, ...baselineRefOf(values) };
            }
            case 'merge': {
                const { values, positionals } = (0,external_node_util_.parseArgs)({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
                if (values.help)
                    return { name: 'help' };
                if (positionals.length === 0) {
                    throw new errors/* LlmGateError */.Z('merge expects the partial reports to merge', { code: 'usage', hint: 'llm-gate merge shard-1.json shard-2.json ... [--config llm-gate.yml]' });
                }
                return { name: 'merge', partials: positionals, config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false, ...baselineRefOf(values) };
            }
            case 'demo': {
                const { values } = (0,external_node_util_.parseArgs)({ args: rest, options: demoOptions, strict: true, allowPositionals: false });
                if (values.help)
                    return { name: 'help' };
                return { name: 'demo', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false };
            }
            case 'simulate': {
                const { values } = (0,external_node_util_.parseArgs)({ args: rest, options: simulateOptions, strict: true, allowPositionals: false });
                if (values.help)
                    return { name: 'help' };
                return {
                    name: 'simulate',
                    config: values.config,
                    port: values.port === undefined ? undefined : integer(values.port, '--port'),
                    seed: values.seed === undefined ? undefined : integer(values.seed, '--seed'),
                    faults: values.faults === undefined ? undefined : faultPlan(values.faults),
                };
            }
            default:
                throw new errors/* LlmGateError */.Z(`unknown command "${name}"`, { code: 'usage', hint: 'run `llm-gate --help`' });
        }
    }
    catch (err) {
        if (err instanceof errors/* LlmGateError */.Z)
            throw err;
        // parseArgs errors already say which option is wrong.
        throw new errors/* LlmGateError */.Z(err.message, { code: 'usage', hint: 'run `llm-gate --help`', cause: err });
    }
}
function integer(text, flag) {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0)
        throw new errors/* LlmGateError */.Z(`${flag} expects a whole number, got "${text}"`, { code: 'usage' });
    return n;
}
/** `--faults '{"rate429":0.1,"retryAfterMs":50}'`: a FaultPlan as JSON, for fault-injection runs. */
function faultPlan(text) {
    try {
        const plan = JSON.parse(text);
        if (typeof plan === 'object' && plan !== null && !Array.isArray(plan))
            return plan;
    }
    catch {
        // fall through to the usage error
    }
    throw new errors/* LlmGateError */.Z(`--faults expects a JSON object (a FaultPlan), got ${JSON.stringify(text)}`, { code: 'usage' });
}
function baselineRefOf(values) {
    return values['baseline-ref'] === undefined ? {} : { baselineRef: values['baseline-ref'] };
}

// EXTERNAL MODULE: ./build/cli/help.js
var help = __webpack_require__(9654);
// EXTERNAL MODULE: ./build/cli/run.js + 3 modules
var run = __webpack_require__(5597);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(5158);
;// CONCATENATED MODULE: ./build/cli/demo.js
// `llm-gate demo`: the real gate, real SDK, real HTTP — against the built-in simulator,
// started as a child process so its CPU work cannot inflate our latency figures.






async function demoCommand(io) {
    const script = process.argv[1];
    if (!script)
        throw new errors/* LlmGateError */.Z('cannot locate the llm-gate script to start the simulator', { code: 'internal' });
    const root = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(script), '..');
    const config = (0,external_node_path_.resolve)(root, 'examples', 'llm-gate.yml');
    const child = (0,external_node_child_process_.spawn)(process.execPath, [script, 'simulate', '--config', config, '--port', '0'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
        const url = await simulatorUrl(child);
        io.stderr.write(`llm-gate demo: simulated OpenAI-compatible API at ${url}\n`);
        const at = (file) => (file === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, file));
        const code = await (0,run/* runCommand */.d1)({
            config,
            quiet: io.outputs?.quiet ?? false,
            json: at(io.outputs?.json),
            markdown: at(io.outputs?.markdown),
            cwd: root,
            env: { ...io.env, LLM_GATE_SIM_URL: url, LLM_GATE_SIM_KEY: 'sim-key-not-secret' },
            stdout: io.stdout,
            stderr: io.stderr,
            signal: io.signal,
            simulated: true,
            entry: io.entry,
        });
        io.stderr.write(`llm-gate demo: \`llm-gate run\` would exit with code ${code}; the demo itself exits 0.\n`);
        return code === exit_codes/* EXIT */.dc.usage ? code : exit_codes/* EXIT */.dc.pass;
    }
    finally {
        await stopChild(child);
    }
}
async function simulatorUrl(child) {
    if (!child.stdout)
        throw new errors/* LlmGateError */.Z('simulator has no stdout', { code: 'internal' });
    const lines = (0,external_node_readline_.createInterface)({ input: child.stdout });
    return new Promise((resolveUrl, reject) => {
        child.once('exit', (code) => reject(new errors/* LlmGateError */.Z(`the simulator exited early (code ${code})`, { code: 'internal' })));
        lines.once('line', (line) => {
            try {
                resolveUrl(JSON.parse(line).url);
            }
            catch (err) {
                reject(new errors/* LlmGateError */.Z(`unexpected simulator output: ${line}`, { code: 'internal', cause: err }));
            }
        });
    });
}
async function stopChild(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return;
    const exited = new Promise((done) => child.once('exit', () => done()));
    child.kill('SIGTERM');
    await exited;
}

// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(8508);
;// CONCATENATED MODULE: ./build/cli/main.js







/** Parses argv, runs one command, returns the exit code. Signals abort the run so reports still get written. */
async function main(argv, entry) {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    try {
        const command = parseCommand(argv);
        const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, signal: controller.signal, entry };
        switch (command.name) {
            case 'help':
                process.stdout.write(help/* HELP */._);
                return exit_codes/* EXIT */.dc.pass;
            case 'version':
                process.stdout.write(`${version/* VERSION */.x}\n`);
                return exit_codes/* EXIT */.dc.pass;
            case 'run':
                return await (0,run/* runCommand */.d1)({ ...command, ...io });
            case 'regrade': {
                const { regradeCommand } = await __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 2026));
                return await regradeCommand({ ...command, ...io });
            }
            case 'merge': {
                const { mergeCommand } = await __webpack_require__.e(/* import() */ 26).then(__webpack_require__.bind(__webpack_require__, 2026));
                return await mergeCommand({ ...command, ...io });
            }
            case 'validate': {
                // Loads the config stage (zod, ajv) in this thread: only for this command.
                const { validateCommand } = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(243), __webpack_require__.e(193), __webpack_require__.e(980), __webpack_require__.e(906), __webpack_require__.e(662), __webpack_require__.e(281)]).then(__webpack_require__.bind(__webpack_require__, 1281));
                return await validateCommand({ ...command, ...io });
            }
            case 'init': {
                const { initCommand } = await __webpack_require__.e(/* import() */ 604).then(__webpack_require__.bind(__webpack_require__, 1604));
                return await initCommand({ ...command, cwd: io.cwd, stdout: io.stdout });
            }
            case 'import': {
                const { importCommand } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(859)]).then(__webpack_require__.bind(__webpack_require__, 3859));
                return await importCommand({ ...command, cwd: io.cwd, env: io.env, stdout: io.stdout, stderr: io.stderr });
            }
            case 'demo':
                return await demoCommand({ ...io, outputs: command });
            case 'simulate': {
                // The simulator reads the eval set (config, zod): loaded only for this command.
                const { simulateCommand } = await Promise.all(/* import() */[__webpack_require__.e(311), __webpack_require__.e(784), __webpack_require__.e(243), __webpack_require__.e(980), __webpack_require__.e(906), __webpack_require__.e(282)]).then(__webpack_require__.bind(__webpack_require__, 2162));
                const simulator = await simulateCommand({ ...command, cwd: io.cwd, env: io.env, out: (line) => process.stdout.write(`${line}\n`) });
                await new Promise((done) => controller.signal.addEventListener('abort', () => done(), { once: true }));
                await simulator.close();
                return exit_codes/* EXIT */.dc.pass;
            }
        }
    }
    catch (err) {
        if (err instanceof errors/* LlmGateError */.Z) {
            process.stderr.write(`llm-gate: error: ${err.format()}\n`);
            return (0,exit_codes/* exitCodeForError */.Lo)(err.code);
        }
        process.stderr.write(`llm-gate: internal error: ${err.stack ?? String(err)}\n`);
        return exit_codes/* EXIT */.dc.couldNotJudge;
    }
    finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
    }
}


/***/ }),

/***/ 5597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cC: () => (/* binding */ emitOutcome),
  pg: () => (/* binding */ markdownShown),
  d1: () => (/* binding */ runCommand),
  vu: () => (/* binding */ workerFailure)
});

// UNUSED EXPORTS: estimateLine

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/gate-worker.js + 1 modules
var gate_worker = __webpack_require__(470);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/shell/redact.js
var shell_redact = __webpack_require__(6260);
;// CONCATENATED MODULE: ./build/shell/terminal.js
// Text from outside (an endpoint's error body, a model's output) printed to a terminal
// must not drive it: an ESC sequence can recolour, move the cursor or rewrite a line,
// and a bare carriage return can overwrite what we printed ("llm-gate: verdict pass").
// CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences,
// and the 8-bit C1 forms of CSI and OSC.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x1b]*(?:\x07|\x1b\\)?/g;
// C0 controls but \t and \n, DEL and the remaining C1 controls. \r is handled apart.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
/** Neutralises text for a terminal: escape sequences and control characters go; \r\n stays a line end, a bare \r becomes one. */
function neutraliseTerminal(text) {
    return text.replace(ESCAPES, '').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

// EXTERNAL MODULE: ./build/report/types.js
var types = __webpack_require__(3110);
// EXTERNAL MODULE: ./build/report/safe-markdown.js
var safe_markdown = __webpack_require__(5542);
;// CONCATENATED MODULE: ./build/shell/error-report.js
// The JSON report of a run that ended before a comparison could be made (a config error,
// a bad key, an internal failure): the same schema id and verdict field as a full report,
// so a script that reads `verdict` always finds one, and the error in the fields both
// shells print it from.


function errorReport(error) {
    const { code } = error;
    const where = code === 'config' || code === 'usage' || code === 'missing-key' ? 'the gate did not run' : 'could not judge';
    return {
        schema: types/* REPORT_SCHEMA */.D,
        verdict: 'error',
        headline: `${where} (not a model regression): ${error.format()}`,
        error: error.toData(),
    };
}
function skipReport(reason, baseline) {
    return {
        schema: types/* REPORT_SCHEMA */.D,
        verdict: 'skipped',
        headline: `skipped: nothing to gate: ${reason}; no model was called`,
        skipped: { reason, baseline: { model: baseline.model, ...(baseline.from ? { ref: baseline.from.ref, commit: baseline.from.commit } : {}) } },
    };
}
/** The comment and summary of a skipped run: an earlier commit's verdict must not stand beside it. */
function skipMarkdown(report, footer) {
    return ['### ⏭️ llm-gate: skipped', `${(0,safe_markdown/* inlineText */.ln)(report.headline)}. The result of an earlier commit no longer applies.`, footer].filter((part) => part !== '').join('\n\n');
}

// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(5158);
// EXTERNAL MODULE: ./build/report/format.js
var format = __webpack_require__(2772);
;// CONCATENATED MODULE: ./build/shell/progress.js

/** `42s`, `3m07s`: an ETA needs no more precision than that. */
function fmtDuration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
function progressLine(p) {
    const eta = p.done > 0 && p.done < p.total ? ` · ETA ${fmtDuration((p.elapsedMs / p.done) * (p.total - p.done))}` : '';
    return `llm-gate: ${p.done}/${p.total} calls · ${(0,format/* fmtUsd */.Ss)(p.spentUsd)} spent${eta}`;
}
function createProgress(stream, options = {}) {
    const tty = stream.isTTY === true;
    const intervalMs = options.intervalMs ?? (tty ? 100 : 5000);
    const now = options.now ?? (() => performance.now());
    let last = -Infinity;
    let latest;
    let drawn = false;
    return {
        update(progress) {
            latest = progress;
            const t = now();
            if (t - last < intervalMs && progress.done < progress.total)
                return;
            last = t;
            if (tty) {
                stream.write(`\r\x1b[2K${progressLine(progress)}`);
                drawn = true;
            }
            else {
                stream.write(`${progressLine(progress)}\n`);
            }
        },
        done() {
            if (tty && drawn && latest)
                stream.write(`\r\x1b[2K${progressLine(latest)}\n`);
        },
    };
}

// EXTERNAL MODULE: ./build/shell/estimate-line.js
var estimate_line = __webpack_require__(6698);
// EXTERNAL MODULE: ./build/shell/eval-warnings.js
var eval_warnings = __webpack_require__(7525);
// EXTERNAL MODULE: ./build/shell/base-commit.js
var base_commit = __webpack_require__(4504);
// EXTERNAL MODULE: ./build/shell/json-file.js
var json_file = __webpack_require__(8334);
;// CONCATENATED MODULE: ./build/cli/run.js













// The Action prints the same line; both import it from src/shell.

/** `llm-gate run`: returns the exit code; prints the markdown report and writes the requested files. */
async function runCommand(options) {
    // Everything this command writes passes through here: no key, however it got into the
    // text (a model echoing its prompt, an endpoint's error body), reaches a file or a terminal.
    const redact = (0,shell_redact.createRedactor)((0,shell_redact.secretsFromEnv)(options.env));
    const say = (stream, text) => void stream.write(neutraliseTerminal(redact(text)));
    const progress = createProgress(options.stderr);
    const gateOptions = {
        configPath: options.config,
        cwd: options.cwd,
        env: options.env,
        overrides: { baselineModel: options.baselineModel, candidateModel: options.candidateModel, ...(options.alternatives ? { alternatives: options.alternatives } : {}) },
        signal: options.signal,
        simulated: options.simulated,
        ...(options.replay ? { replay: true } : {}),
        ...(options.shard ? { shard: options.shard } : {}),
        ...(await baselineOption(options)),
        skipUnsupported: options.skipUnsupported,
        onProgress: (p) => progress.update(p),
        onLoaded: ({ config, cases, estimate, apiKeys, warnings }) => {
            redact.add(...apiKeys);
            for (const line of (0,eval_warnings/* evalWarningLines */.G)(warnings))
                say(options.stderr, `llm-gate: ${line}\n`);
            const m = config.models;
            say(options.stderr, `llm-gate: ${cases} cases × ${config.run.repeats} repeat(s): ${m.baseline.model} (baseline) vs ${m.candidate.model} (candidate), concurrency ${config.run.concurrency}\n`);
            say(options.stderr, `llm-gate: ${(0,estimate_line/* estimateLine */.L)(estimate, config.run.budgetUsd)}\n`);
        },
    };
    // The worker writes the JSON report itself; the whole report comes back only for markdown.
    const full = markdownShown(options);
    const output = options.json === undefined ? undefined : { json: (0,external_node_path_.resolve)(options.cwd, options.json), full };
    const outcome = await (0,gate_worker/* runGateInWorker */.G)(gateOptions, options.entry, output).catch(workerFailure);
    progress.done();
    return emitOutcome(outcome, options, redact);
}
/** --baseline-ref, else (in a workflow) the pull request's or merge queue's base commit; --force. */
async function baselineOption(options) {
    const ref = options.baselineRef ?? (await (0,base_commit/* baseCommitFromEnv */.O)(options.env));
    if (ref === undefined && !options.force)
        return {};
    return { baseline: { ...(ref !== undefined ? { ref } : {}), ...(options.force ? { force: true } : {}) } };
}
/** Prints and writes what a gate command produced, and returns its exit code: run, regrade and merge alike. */
async function emitOutcome(outcome, options, redact) {
    const say = (stream, text) => void stream.write(neutraliseTerminal(redact(text)));
    if (outcome.status === 'error') {
        const report = errorReport(outcome.error);
        say(options.stderr, `llm-gate: error: ${outcome.error.format()}\n`);
        if (options.json)
            await writeText(options.cwd, options.json, redact(`${JSON.stringify(report, null, 2)}\n`));
        return (0,exit_codes/* exitCodeForError */.Lo)(outcome.error.code);
    }
    if (outcome.status === 'skipped') {
        const report = skipReport(outcome.reason, outcome.config.models.baseline);
        if (options.json)
            await writeText(options.cwd, options.json, redact(`${JSON.stringify(report, null, 2)}\n`));
        if (options.markdown)
            await writeText(options.cwd, options.markdown, redact(`${skipMarkdown(report, options.footer ?? '')}\n`));
        say(options.stderr, `llm-gate: ${report.headline}\n`);
        return (0,exit_codes/* exitCodeForVerdict */.GU)('skipped');
    }
    // The renderer loads only when something shows the markdown: the thread that starts the
    // gate stays small until then.
    const wanted = markdownShown(options);
    const markdown = wanted ? redact((await Promise.all(/* import() */[__webpack_require__.e(191), __webpack_require__.e(893), __webpack_require__.e(736)]).then(__webpack_require__.bind(__webpack_require__, 2893))).renderMarkdown(outcome.report, { footer: options.footer, maxChars: Infinity })) : '';
    if (options.json && !outcome.jsonWritten) {
        const path = (0,external_node_path_.resolve)(options.cwd, options.json);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,json_file.writeJsonFile)(path, outcome.report, redact);
    }
    if (options.markdown)
        await writeText(options.cwd, options.markdown, `${markdown}\n`);
    if (!options.quiet)
        say(options.stdout, `${markdown}\n`);
    const { verdict, headline } = outcome.report;
    if (outcome.report.shard) {
        const { index, count, cases } = outcome.report.shard;
        say(options.stderr, `llm-gate: partial report of shard ${index} of ${count}: merge the shards' --json reports with llm-gate merge for the verdict\n`);
        // More shards than a slice can fill is a matrix sized for a bigger set, not a failure:
        // the empty partial still goes to the merge, which needs every shard.
        if (outcome.report.cases.length === 0) {
            say(options.stderr, `llm-gate: shard ${index} of ${count} holds none of the set's ${cases} cases: nothing to run\n`);
            return 0;
        }
    }
    // A run that could not judge says why on stderr too, where a CI log shows it first.
    say(options.stderr, verdict === 'error' || verdict === 'incomplete' ? `llm-gate: verdict ${verdict}: ${headline}\n` : `llm-gate: verdict ${verdict}\n`);
    return (0,exit_codes/* exitCodeForVerdict */.GU)(verdict);
}
/** The worker thread itself broke (not the gate): an internal error. */
function workerFailure(err) {
    return { status: 'error', error: new errors/* LlmGateError */.Z(`the gate failed: ${err instanceof Error ? err.message : String(err)}`, { code: 'internal', cause: err }) };
}
/** Markdown is rendered when it is written or printed; otherwise the report need not be held whole. */
function markdownShown(options) {
    return options.markdown !== undefined || !options.quiet;
}
async function writeText(cwd, file, text) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
}


/***/ }),

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


/***/ }),

/***/ 2772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ fmtNumber),
/* harmony export */   JB: () => (/* binding */ fmtPoints),
/* harmony export */   M8: () => (/* binding */ fmtScore),
/* harmony export */   Ss: () => (/* binding */ fmtUsd),
/* harmony export */   _Q: () => (/* binding */ fmtSigned),
/* harmony export */   bg: () => (/* binding */ fmtCount),
/* harmony export */   eX: () => (/* binding */ fmtLevel),
/* harmony export */   lj: () => (/* binding */ fmtRatio),
/* harmony export */   mq: () => (/* binding */ fmtMs),
/* harmony export */   pT: () => (/* binding */ fmtPct),
/* harmony export */   yW: () => (/* binding */ fmtPp)
/* harmony export */ });
/* unused harmony export MINUS */
// Number formatting for the markdown report. Deterministic (no locale lookups), and
// signed values use the real minus sign (U+2212) so columns of changes read cleanly.
const MINUS = '\u2212';
function group(integerDigits) {
    return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** Fixed decimals with thousands separators; never "-0". */
function fmtNumber(value, decimals = 0) {
    const fixed = Math.abs(value).toFixed(decimals);
    const [int = '0', frac] = fixed.split('.');
    const body = frac === undefined ? group(int) : `${group(int)}.${frac}`;
    const isZero = Number(fixed) === 0;
    return value < 0 && !isZero ? `${MINUS}${body}` : body;
}
/** "+1.2", "−3", "0": an explicit sign unless the rounded value is zero. */
function fmtSigned(value, decimals) {
    return signed(value, decimals);
}
function signed(value, decimals) {
    const body = fmtNumber(Math.abs(value), decimals);
    if (Number(Math.abs(value).toFixed(decimals)) === 0)
        return fmtNumber(0, decimals);
    return `${value < 0 ? MINUS : '+'}${body}`;
}
/** "$12.34", "$1,234", "$0.0123" (three significant digits below $1), "$0". */
function fmtUsd(value) {
    if (value === 0)
        return '$0';
    const sign = value < 0 ? MINUS : '';
    const abs = Math.abs(value);
    if (abs >= 1000)
        return `${sign}$${fmtNumber(abs, 0)}`;
    if (abs >= 1)
        return `${sign}$${fmtNumber(abs, 2)}`;
    const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
    const text = abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
    return `${sign}$${text}`;
}
/** A fraction as a percentage: 0.123 → "12%", 0.012 → "1.2%"; signed when asked. */
function fmtPct(fraction, options = {}) {
    const pct = fraction * 100;
    const decimals = Math.abs(pct) < 10 ? 1 : 0;
    const text = options.sign ? signed(pct, decimals) : fmtNumber(pct, decimals);
    return `${text.replace(/\.0$/, '')}%`;
}
/** Quality points: "+1.2 pts", "−33.3 pts", "0 pts". */
function fmtPoints(points, options = { sign: true }) {
    const text = options.sign === false ? fmtNumber(points, 1) : signed(points, 1);
    return `${text.replace(/\.0$/, '')} pts`;
}
/** Percentage points of an absolute fraction change: 0.012 → "+1.2 pp". */
function fmtPp(fraction) {
    return `${signed(fraction * 100, 1).replace(/\.0$/, '')} pp`;
}
/** "3.2 ms", "812 ms", "1.24 s", "12.3 s", "123 s". */
function fmtMs(ms) {
    if (ms < 10)
        return `${fmtNumber(ms, 1)} ms`;
    if (ms < 1000)
        return `${fmtNumber(ms, 0)} ms`;
    const s = ms / 1000;
    if (s < 10)
        return `${fmtNumber(s, 2)} s`;
    if (s < 100)
        return `${fmtNumber(s, 1)} s`;
    return `${fmtNumber(s, 0)} s`;
}
/** A ratio: 2.43 → "2.4×". */
function fmtRatio(ratio) {
    return `${fmtNumber(ratio, ratio >= 10 ? 0 : 1)}×`;
}
/** Token and call counts: 1234 → "1,234", 12345 → "12.3k", 1234567 → "1.23M". */
function fmtCount(n) {
    if (n < 10_000)
        return fmtNumber(n, 0);
    if (n < 1_000_000)
        return `${fmtNumber(n / 1000, 1)}k`;
    return `${fmtNumber(n / 1_000_000, 2)}M`;
}
/** A case score in [0, 1]: "0.75". */
function fmtScore(score) {
    return fmtNumber(score, 2);
}
/**
 * A confidence level as a percentage, with as many decimals as it needs (up to three, cut
 * rather than rounded so a level below 100% never reads as 100): 95, 99.5, 99.75, 99.987.
 */
function fmtLevel(p) {
    const pct = 100 * p;
    for (let digits = 0; digits < 3; digits++) {
        const text = pct.toFixed(digits);
        if (Math.abs(Number(text) - pct) < 1e-9)
            return text;
    }
    return (Math.floor(pct * 1000 + 1e-9) / 1000).toString();
}


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ itemText)
/* harmony export */ });
// One item of a top-level array of the JSON report (cases, records) as JSON.stringify(report,
// null, 2) writes it there, four spaces deep: V8 indents it itself inside a one-item wrapper,
// whose known head and tail are cut off. The writer and the merge's spool make items the same
// way, so an item kept as text is written byte for byte as the object would be.
const WRAP_HEAD = '{\n  "a": [\n    '.length;
const WRAP_TAIL = '\n  ]\n}'.length;
function itemText(item) {
    const text = JSON.stringify({ a: [item] }, null, 2);
    return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
}


/***/ }),

/***/ 5542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony exports ZWJ, neutralise */
// Making untrusted text (model output, provider error messages, and for good measure
// case ids, tags and model names) inert in GitHub-flavoured markdown. After these
// functions, such text cannot:
// - open raw HTML, images or links (markdown punctuation is backslash-escaped);
// - auto-link (a zero-width joiner breaks "scheme://", "www." and e-mail addresses);
// - ping anyone: @user and @org/team get a zero-width joiner after the "@", and
//   "#123" one after the "#", so no notification or cross-reference is made;
// - break a table (pipes escaped, newlines folded) or close a code fence early (the
//   fence is longer than any backtick run in the text);
// - reorder what a reader sees with bidirectional control characters (removed).
/** Zero-width joiner: invisible, but it splits the tokens GitHub links. */
const ZWJ = '\u200D';
// C0 controls other than tab and newline, DEL, C1 controls, and bidi overrides/isolates.
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Break mentions, references and auto-links; drop control characters. Keeps newlines. */
function neutralise(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(UNSAFE_CONTROLS, '')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWJ}://`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
// Every character that can start inline markdown or a GitHub extension ($ is math).
// Parentheses need no escape: a link cannot form once its brackets are escaped.
const INLINE_SPECIALS = /[\\`*_[\]<>|!#~&$]/g;
/** Untrusted text as inline markdown on one line: for table cells and sentences. */
function inlineText(text) {
    return neutralise(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(INLINE_SPECIALS, (c) => `\\${c}`);
}
/** Alias that says where it is used: a pipe in a cell is escaped, a newline folded. */
const tableCell = inlineText;
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Untrusted text inside our own HTML (a <summary>, a <th>): entities, one line. */
function htmlText(text) {
    return neutralise(text)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function codeBlock(text, info = 'text') {
    const body = neutralise(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
    return `${fence}${info}\n${body}\n${fence}`;
}
/** An inline code span for short names (models, case ids), on one line. */
function codeSpan(text) {
    const body = neutralise(text).replace(/\s*\n\s*/g, ' ');
    const ticks = '`'.repeat(longestBacktickRun(body) + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}
/** The first maxChars characters and maxLines lines, cut on code points (never half an emoji). */
function truncateText(text, limits) {
    const chars = Array.from(text);
    const lines = text.split('\n');
    let kept = lines.slice(0, limits.maxLines).join('\n');
    const keptChars = Array.from(kept);
    if (keptChars.length > limits.maxChars)
        kept = keptChars.slice(0, limits.maxChars).join('');
    return { text: kept, truncated: kept.length < text.length, totalChars: chars.length, totalLines: lines.length };
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


/***/ }),

/***/ 3332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
// `i/n`, as the CLI's --shard and the Action's shard input write it.

/** "2/3": shard 2 of 3 (1-based). The CLI flag and the Action input read it alike. */
function parseShard(text, what) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .LlmGateError */ .Z(`${what} expects i/n with 1 ≤ i ≤ n, e.g. 2/3, got ${JSON.stringify(text)}`, { code: 'usage', hint: 'shards are numbered from 1' });
    }
    return { index, count };
}


/***/ }),

/***/ 4504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ baseCommitFromEnv)
/* harmony export */ });
/* unused harmony export baseCommitOf */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
// The commit a pull request (or a merge-queue entry) is gated against when the config says
// models.baseline: { from: base }: the PR's base commit, or the queue's base. Both shells use
// it: the Action from its event context, the CLI from the event file a workflow gives it.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The base commit of a pull_request(_target) or merge_group event; undefined for any other event. */
function baseCommitOf(eventName, payload) {
    if (typeof payload !== 'object' || payload === null)
        return undefined;
    const p = payload;
    const sha = eventName === 'merge_group' ? p.merge_group?.base_sha : p.pull_request?.base?.sha;
    return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}
/** An event file larger than this is not GitHub's: the payloads are capped far below it. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;
/** The base commit from GITHUB_EVENT_NAME and GITHUB_EVENT_PATH, when the CLI runs in a workflow. */
async function baseCommitFromEnv(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size > MAX_EVENT_BYTES)
            return undefined;
        return baseCommitOf(env.GITHUB_EVENT_NAME, JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ estimateLine)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2772);

function estimateLine(estimate, budgetUsd) {
    const calls = estimate.calls + estimate.judgeCalls;
    const budget = budgetUsd === undefined ? 'no run.budget set' : `run.budget ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtUsd */ .Ss)(budgetUsd)}`;
    return `estimated cost ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtUsd */ .Ss)(estimate.expectedUsd)} for ${calls} calls (at most ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fmtUsd */ .Ss)(estimate.worstCaseUsd)}); ${budget}`;
}


/***/ }),

/***/ 7525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ evalWarningLines)
/* harmony export */ });
/* unused harmony export SHOWN_WARNINGS */
const SHOWN_WARNINGS = 10;
const KIND = {
    'unsupported-assertion': 'unsupported assertion(s) dropped',
    'unsupported-option': 'test(s) skipped for an option that runs code',
    'no-assertion': 'test(s) skipped for having no assertion',
    'threshold-not-applied': 'test threshold(s) not applied',
};
function evalWarningLines(warnings) {
    if (warnings.length === 0)
        return [];
    const counts = new Map();
    for (const w of warnings)
        counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
    const summary = [...counts].map(([code, n]) => `${n} ${KIND[code] ?? code}`).join(', ');
    const lines = [`warning: ${summary}`];
    for (const w of warnings.slice(0, SHOWN_WARNINGS))
        lines.push(`  ${w.file}:${w.line}:${w.column ?? 1}: ${w.message}`);
    if (warnings.length > SHOWN_WARNINGS)
        lines.push(`  ... and ${warnings.length - SHOWN_WARNINGS} more`);
    return lines;
}


/***/ }),

/***/ 8334:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonPieces: () => (/* binding */ jsonPieces),
/* harmony export */   writeJsonFile: () => (/* binding */ writeJsonFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _report_item_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6178);
// The JSON report written in pieces: byte for byte what JSON.stringify(value, null, 2)
// gives, without ever holding it as one string. A 100,000-case report is hundreds of MB of
// text (two bytes a character once a single non-Latin-1 character is in it); built whole,
// with its write buffer, it would be the run's largest allocation.


/**
 * Flush to the file past this many characters of text. Small enough that the pieces waiting
 * in the buffer die young: a megabyte of them outlived the capped worker's scavenges, was
 * promoted, and grew the old generation by the size of the whole report before a full GC
 * (62,000 calls: 348–370 MB peak RSS at 1 MB, 327–333 MB at 64 K).
 */
const FLUSH_CHARS = 1 << 16;
/**
 * The pieces of JSON.stringify(value, null, 2): the top-level object key by key, its arrays
 * item by item. A key named in `lists` is written from that list instead of its value.
 */
function* jsonPieces(value, lists = {}) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        yield JSON.stringify(value, null, 2);
        return;
    }
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) {
        yield '{}';
        return;
    }
    yield '{';
    for (const [i, [key, v]] of entries.entries()) {
        yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
        const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
        const texts = list
            ? list.length > 0
                ? (list.texts?.() ?? mapped(list.items(), _report_item_text_js__WEBPACK_IMPORTED_MODULE_1__/* .itemText */ .r))
                : undefined
            : Array.isArray(v) && v.length > 0
                ? mapped(v, _report_item_text_js__WEBPACK_IMPORTED_MODULE_1__/* .itemText */ .r)
                : undefined;
        if (texts) {
            yield '[';
            let k = 0;
            for (const text of texts)
                yield `${k++ === 0 ? '' : ','}\n    ${text}`;
            yield '\n  ]';
        }
        else if (list) {
            yield '[]';
        }
        else {
            yield indented(v, '  ');
        }
    }
    yield '\n}';
}
function* mapped(items, f) {
    for (const item of items)
        yield f(item);
}
/** A value as JSON.stringify writes it `indent` deep: JSON strings hold no raw newline, so every newline is a line break of the layout. */
function indented(value, indent) {
    const text = JSON.stringify(value === undefined || typeof value === 'function' || typeof value === 'symbol' ? null : value, null, 2);
    return text.replace(/\n/g, `\n${indent}`);
}
/**
 * Writes `value` as indented JSON and a final newline; `redact` is applied to each piece (a
 * secret never spans two: pieces split between JSON values); `lists` as for jsonPieces.
 */
async function writeJsonFile(path, value, redact = (t) => t, lists) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'w');
    try {
        let pending = '';
        for (const piece of jsonPieces(value, lists)) {
            pending += redact(piece);
            if (pending.length >= FLUSH_CHARS) {
                await handle.write(pending);
                pending = '';
            }
        }
        await handle.write(`${pending}\n`);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 6260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   REDACTED: () => (/* binding */ REDACTED),
/* harmony export */   createRedactor: () => (/* binding */ createRedactor),
/* harmony export */   isSecretName: () => (/* binding */ isSecretName),
/* harmony export */   secretsFromEnv: () => (/* binding */ secretsFromEnv)
/* harmony export */ });
// Secrets are removed at the last step before anything is written (comment, summary,
// annotations, outputs, reports, stdout, stderr), whatever path produced the text: a key
// can reach a report through a model that echoes its prompt, an endpoint's error body or
// a config value, so redacting at each source would always miss one.
const REDACTED = '[redacted]';
/** Shorter values are too likely to be ordinary text ("1", "true") to be replaced everywhere. */
const MIN_SECRET_CHARS = 6;
/** The forms a secret takes in what we write: as is, and escaped inside a JSON string. */
function formsOf(secret) {
    const escaped = JSON.stringify(secret).slice(1, -1);
    return escaped === secret ? [secret] : [secret, escaped];
}
function createRedactor(initial = []) {
    const forms = new Set();
    const kept = new Set();
    let ordered = [];
    const redact = ((text) => {
        let out = text;
        // Longest first, so a secret that contains another is replaced whole. Each pass is a
        // linear scan (split/join); there are a handful of secrets.
        for (const form of ordered)
            if (out.includes(form))
                out = out.split(form).join(REDACTED);
        return out;
    });
    redact.add = (...secrets) => {
        for (const secret of secrets) {
            const value = secret?.trim();
            if (!value || value.length < MIN_SECRET_CHARS)
                continue;
            kept.add(value);
            for (const form of formsOf(value))
                forms.add(form);
        }
        ordered = [...forms].sort((a, b) => b.length - a.length);
    };
    Object.defineProperty(redact, 'secrets', { get: () => [...kept].sort((a, b) => b.length - a.length) });
    redact.add(...initial);
    return redact;
}
/** Names of environment variables that hold secrets by convention. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;
/** Whether an environment variable's name says it holds a secret (the rule secretsFromEnv applies). */
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/**
 * Values of the environment that are secrets by their name (OPENAI_API_KEY, GITHUB_TOKEN,
 * INPUT_API-KEY, ACTIONS_RUNTIME_TOKEN, ...): redacted before the config names which keys
 * are in use, so an error printed before that leaks none either.
 */
function secretsFromEnv(env) {
    return Object.entries(env).flatMap(([name, value]) => (value && isSecretName(name) ? [value] : []));
}


/***/ })

};
