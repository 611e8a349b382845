export const id = 875;
export const ids = [875];
export const modules = {

/***/ 6875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2462);
/* harmony import */ var _run_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2835);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2772);
/* harmony import */ var _shell_progress_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8654);
// `llm-gate validate`: everything `run` loads, with the same errors, and the plan it would
// carry out (cases, calls, estimated cost and time), without a single call.




/** Rough time per call for the plan: a typical chat completion, not a promise. */
const PLANNED_CALL_MS = 2_000;
async function validateCommand(opts) {
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(opts.config, { cwd: opts.cwd, env: opts.env });
    const evalSet = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadEvalSet */ .fH)(config, { cwd: opts.cwd, env: opts.env });
    const estimate = (0,_run_index_js__WEBPACK_IMPORTED_MODULE_1__/* .estimateRunCost */ .$N)(evalSet.cases, config);
    const calls = estimate.calls + estimate.judgeCalls;
    const minutes = (0,_shell_progress_js__WEBPACK_IMPORTED_MODULE_2__/* .fmtDuration */ .c5)((Math.ceil(calls / config.run.concurrency) * PLANNED_CALL_MS));
    const keys = [config.models.baseline, config.models.candidate, ...(config.judge ? [config.judge] : [])]
        .map((m) => m.apiKeyEnv)
        .filter((name, i, all) => all.indexOf(name) === i && !opts.env[name]);
    const lines = [
        `llm-gate validate: ${opts.config} and ${evalSet.files.length} eval file${evalSet.files.length === 1 ? '' : 's'} are valid`,
        `  ${evalSet.cases.length} cases × ${config.run.repeats} repeat(s): ${config.models.baseline.model} (baseline) vs ${config.models.candidate.model} (candidate)`,
        `  ${calls} calls (${estimate.judgeCalls} of them to the judge), estimated ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtUsd */ .Ss)(estimate.expectedUsd)}, at most ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtUsd */ .Ss)(estimate.worstCaseUsd)}${config.run.budgetUsd === undefined ? '' : `; run.budget ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_3__/* .fmtUsd */ .Ss)(config.run.budgetUsd)}`}`,
        `  about ${minutes} at concurrency ${config.run.concurrency} (${PLANNED_CALL_MS / 1000} s a call; sequential stopping may end it sooner)`,
        ...(keys.length > 0 ? [`  note: ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} not set; \`llm-gate run\` needs ${keys.length === 1 ? 'it' : 'them'}`] : []),
        '  no call was made',
    ];
    opts.stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
