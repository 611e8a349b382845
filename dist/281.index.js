export const id = 281;
export const ids = [281];
export const modules = {

/***/ 1281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ./build/config/index.js + 24 modules
var build_config = __webpack_require__(3906);
// EXTERNAL MODULE: ./build/config/files.js
var files = __webpack_require__(8420);
// EXTERNAL MODULE: ./build/run/index.js + 21 modules
var run = __webpack_require__(4719);
// EXTERNAL MODULE: ./build/shell/eval-warnings.js
var eval_warnings = __webpack_require__(7525);
// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(5158);
// EXTERNAL MODULE: ./build/shell/estimate-line.js
var estimate_line = __webpack_require__(6698);
;// CONCATENATED MODULE: ./build/cli/plan.js

/** A typical chat completion, dispatch to parsed response: a guess, and labelled as one. */
const TYPICAL_CALL_SECONDS = 3;
function planSeconds(calls, concurrency, perCall = TYPICAL_CALL_SECONDS) {
    return Math.ceil(calls / Math.max(1, concurrency)) * perCall;
}
function formatSeconds(s) {
    if (s < 90)
        return `${s} s`;
    if (s < 90 * 60)
        return `${Math.round(s / 60)} min`;
    return `${(s / 3600).toFixed(1)} h`;
}
function planLines(opts) {
    const { config, evalSet, estimate } = opts;
    const { baseline, candidate } = config.models;
    const calls = estimate.calls + estimate.judgeCalls;
    const tags = new Set(evalSet.cases.flatMap((c) => c.tags));
    const lines = [
        `${opts.configFile}: ok`,
        `eval set: ${evalSet.cases.length} cases from ${evalSet.files.length} file${evalSet.files.length === 1 ? '' : 's'} (${evalSet.files.slice(0, 5).join(', ')}${evalSet.files.length > 5 ? ', ...' : ''})${tags.size > 0 ? `, ${tags.size} tag${tags.size === 1 ? '' : 's'}` : ''}`,
        `models: ${baseline.model} (baseline) vs ${candidate.model} (candidate)${config.alternatives?.length ? `, alternatives ${config.alternatives.map((a) => a.model).join(', ')}` : ''}${config.judge ? `, judge ${config.judge.model}` : ''}`,
        `calls: ${estimate.calls} model calls (${evalSet.cases.length} cases × ${config.run.repeats} repeat(s) × ${2 + (config.alternatives?.length ?? 0)} models)${estimate.judgeCalls > 0 ? ` + ${estimate.judgeCalls} judge calls` : ''}`,
        (0,estimate_line/* estimateLine */.L)(estimate, config.run.budgetUsd),
        `time: about ${formatSeconds(planSeconds(calls, config.run.concurrency))} at most (${config.run.concurrency} calls at once, ~${TYPICAL_CALL_SECONDS} s a call${config.run.sequential !== false ? '; sequential stopping may end it sooner' : ''})`,
    ];
    if (opts.missingKeys.length > 0)
        lines.push(`note: ${opts.missingKeys.join(', ')} not set; \`llm-gate run\` needs ${opts.missingKeys.length === 1 ? 'it' : 'them'}`);
    lines.push('no calls were made');
    return lines;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/cli/validate.js
// `llm-gate validate`: everything `run` loads and checks, then the plan, and not one call.
// A problem is the same LlmGateError `run` would raise (exit 2); an unset API key is only a
// note, so a config can be checked where no key is (a fork's pull request, a laptop).







function missingKeys(config, env) {
    const names = [config.models.baseline.apiKeyEnv, config.models.candidate.apiKeyEnv, ...(config.judge ? [config.judge.apiKeyEnv] : [])];
    return [...new Set(names)].filter((n) => !env[n]);
}
async function validateCommand(options) {
    const config = await (0,build_config.loadConfig)(options.config, {
        cwd: options.cwd,
        env: options.env,
        overrides: { baselineModel: options.baselineModel, candidateModel: options.candidateModel },
    });
    const evalSet = await (0,build_config.loadEvalSet)(config, { cwd: options.cwd, env: options.env, skipUnsupported: options.skipUnsupported });
    const estimate = (0,run/* estimateRunCost */.$N)(evalSet.cases, config);
    for (const line of (0,eval_warnings/* evalWarningLines */.G)(evalSet.warnings ?? []))
        options.stderr.write(`llm-gate: ${line}\n`);
    const lines = planLines({ config, evalSet, estimate, configFile: (0,files/* displayPath */.Gt)((0,external_node_path_.resolve)(options.cwd), config.configFile), missingKeys: missingKeys(config, options.env) });
    options.stdout.write(`${lines.join('\n')}\n`);
    return exit_codes/* EXIT */.dc.pass;
}


/***/ })

};
