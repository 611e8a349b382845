export const id = 544;
export const ids = [544];
export const modules = {

/***/ 44544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadPartials: () => (/* binding */ downloadPartials),
/* harmony export */   uploadPartial: () => (/* binding */ uploadPartial)
/* harmony export */ });
/* unused harmony exports PARTIAL_ARTIFACT_PREFIX, partialArtifactName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
// Partial reports between the matrix's shard jobs and the merge job, as workflow artifacts
// (@actions/artifact: the same store actions/upload-artifact uses, so a user can also
// download them from the run page). Loaded only in a shard or merge job.


/** Every partial artifact's name starts with this; the shard's i-of-n follows. */
const PARTIAL_ARTIFACT_PREFIX = 'llm-gate-partial-';
function partialArtifactName(shard) {
    return `${PARTIAL_ARTIFACT_PREFIX}${shard.index}-of-${shard.count}`;
}
async function uploadPartial(reportPath, shard) {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
    const client = new DefaultArtifactClient();
    const name = partialArtifactName(shard);
    await client.uploadArtifact(name, [reportPath], (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(reportPath), { retentionDays: 1 });
    return name;
}
/** Downloads this run's partial artifacts into `into`; returns the report files, one per artifact. */
async function downloadPartials(into) {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 111).then(__webpack_require__.bind(__webpack_require__, 40111));
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts({ latest: true });
    const files = [];
    for (const artifact of artifacts.filter((a) => a.name.startsWith(PARTIAL_ARTIFACT_PREFIX)).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(into, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(artifact.name));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(path, { recursive: true });
        await client.downloadArtifact(artifact.id, { path });
        for (const file of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(path))
            if (file.endsWith('.json'))
                files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, file));
    }
    return files;
}


/***/ })

};
