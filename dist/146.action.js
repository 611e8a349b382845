export const id = 146;
export const ids = [146];
export const modules = {

/***/ 11146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TooLargeToPreload: () => (/* binding */ TooLargeToPreload),
/* harmony export */   loadGate: () => (/* binding */ loadGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82786);
/* harmony import */ var _config_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36191);
/* harmony import */ var _config_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97147);
/* harmony import */ var _cache_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85974);
// The load stage of a gate run: the config and the whole eval set, validated. Its own
// module so the thread that starts the gate's worker can run it while the worker loads the
// SDK (gate-worker.ts): the two halves of start-up then share the machine's cores.





/** Thrown by loadGate when the eval files are larger than `maxEvalBytes`: the caller leaves the load to the worker. */
class TooLargeToPreload extends Error {
}
/** Throws LlmGateError naming file, line and field for anything wrong; makes no call. */
async function loadGate(options) {
    const { cwd, env } = options;
    const config = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(options.configPath, { cwd, env, overrides: options.overrides, ...(options.baseline ? { baseline: options.baseline } : {}) });
    if (options.maxEvalBytes !== undefined && (await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__.evalFileBytes)(config, { cwd })) > options.maxEvalBytes)
        throw new TooLargeToPreload();
    const evalSet = await (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__.loadEvalSet)(config, { cwd, env, skipUnsupported: options.skipUnsupported ?? false });
    const nothingToGate = options.baseline?.force ? undefined : await unchangedSinceBase(config, evalSet, cwd);
    return { config, evalSet, ...(nothingToGate ? { nothingToGate } : {}) };
}
/** What a model's calls are made of: the request (model, endpoint, API, params, headers, query) and the prompt it renders. */
function callShape(config, side) {
    const m = config.models[side];
    // Canonical, as call keys are: params in any key order are the same params.
    return (0,_cache_key_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)([m.model, m.baseUrl, m.api ?? 'chat', m.stream === true, m.params, m.headers ?? {}, m.query ?? {}, (0,_config_index_js__WEBPACK_IMPORTED_MODULE_1__.promptFor)(config, side) ?? {}]);
}
/**
 * With the baseline from the base commit, a run whose candidate makes the same calls as
 * the base's (same model, settings and prompt) on the same eval files would compare a
 * model with itself: nothing to gate, and nothing to pay for.
 */
async function unchangedSinceBase(config, evalSet, cwd) {
    const from = config.models.baseline.from;
    if (!from)
        return undefined;
    if (callShape(config, 'baseline') !== callShape(config, 'candidate'))
        return undefined;
    const root = await (0,_config_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryRoot */ .Hn)(cwd, config.configFile);
    const at = await (0,_config_git_js__WEBPACK_IMPORTED_MODULE_2__/* .openCommit */ .C)(root.lexical, from.commit);
    const globs = config.evals.map((g) => `:(glob)${at.pathOf((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(config.rootDir, g))}`);
    const files = evalSet.files.map((f) => `:(literal)${at.pathOf((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, f))}`);
    if (await at.changedSince([...globs, ...files]))
        return undefined;
    return `the candidate (${config.models.candidate.model}: its params, API settings and prompt) and the eval files are the same as at ${from.ref} (${from.commit.slice(0, 12)})`;
}


/***/ })

};
