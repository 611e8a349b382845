export const id = 590;
export const ids = [590];
export const modules = {

/***/ 7590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   firstOf: () => (/* binding */ firstOf),
/* harmony export */   mappedList: () => (/* binding */ mappedList),
/* harmony export */   withLists: () => (/* binding */ withLists)
/* harmony export */ });
/** A list over an array, item i made by `make` (from the array's item i). */
function mappedList(source, make) {
    return {
        length: source.length,
        *items() {
            for (let i = 0; i < source.length; i++)
                yield make(source[i], i);
        },
    };
}
/** The first item of a list, without making the others. */
function firstOf(list) {
    for (const item of list.items())
        return item;
    return undefined;
}
/** The report with its lists made whole: what JSON.parse of the written report gives. */
function withLists(report, lists) {
    // Spreading over the placeholders keeps each key where it was, so the key order is the same.
    return { ...report, cases: [...lists.cases.items()], ...(lists.records ? { records: [...lists.records.items()] } : {}) };
}


/***/ })

};
