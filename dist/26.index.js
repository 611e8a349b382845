export const id = 26;
export const ids = [26];
export const modules = {

/***/ 2026:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeCommand: () => (/* binding */ mergeCommand),
/* harmony export */   regradeCommand: () => (/* binding */ regradeCommand)
/* harmony export */ });
/* harmony import */ var _shell_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6260);
/* harmony import */ var _shell_base_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4504);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5597);
// `llm-gate regrade` and `llm-gate merge`: gate commands that start from reports on disk
// instead of calls. They print and write like `run` (emitOutcome) and exit the same way.




async function regradeCommand(options) {
    const redact = (0,_shell_redact_js__WEBPACK_IMPORTED_MODULE_3__.createRedactor)((0,_shell_redact_js__WEBPACK_IMPORTED_MODULE_3__.secretsFromEnv)(options.env));
    // Only this command loads the gate on this thread: it makes judge calls at most.
    const { runRegrade } = await Promise.all(/* import() */[__webpack_require__.e(193), __webpack_require__.e(662), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 6069));
    const outcome = await runRegrade({ configPath: options.config, cwd: options.cwd, env: options.env, signal: options.signal, reportPath: options.report, ...(await baselineOf(options)) });
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .emitOutcome */ .cC)(outcome, options, redact);
}
async function mergeCommand(options) {
    const redact = (0,_shell_redact_js__WEBPACK_IMPORTED_MODULE_3__.createRedactor)((0,_shell_redact_js__WEBPACK_IMPORTED_MODULE_3__.secretsFromEnv)(options.env));
    const { runMergeInWorker } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 470));
    // The worker writes the JSON report itself; the whole report comes back only for markdown.
    const output = options.json === undefined ? undefined : { json: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.cwd, options.json), full: (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownShown */ .pg)(options) };
    const outcome = await runMergeInWorker({ configPath: options.config, cwd: options.cwd, env: options.env, signal: options.signal, partials: options.partials, ...(await baselineOf(options)) }, options.entry, output).catch(_run_js__WEBPACK_IMPORTED_MODULE_2__/* .workerFailure */ .vu);
    return (0,_run_js__WEBPACK_IMPORTED_MODULE_2__/* .emitOutcome */ .cC)(outcome, options, redact);
}
async function baselineOf(options) {
    const ref = options.baselineRef ?? (await (0,_shell_base_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .baseCommitFromEnv */ .O)(options.env));
    return ref === undefined ? {} : { baseline: { ref } };
}


/***/ })

};
