export const id = 903;
export const ids = [903];
export const modules = {

/***/ 1903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_CHARS: () => (/* reexport safe */ _markdown_js__WEBPACK_IMPORTED_MODULE_2__.DEFAULT_MAX_CHARS),
/* harmony export */   REPORT_SCHEMA: () => (/* reexport safe */ _types_js__WEBPACK_IMPORTED_MODULE_4__.D),
/* harmony export */   buildReport: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_0__.FK),
/* harmony export */   buildReportParts: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_0__.Tx),
/* harmony export */   cacheNotes: () => (/* reexport safe */ _cache_words_js__WEBPACK_IMPORTED_MODULE_6__.Ao),
/* harmony export */   callRecordOf: () => (/* reexport safe */ _records_js__WEBPACK_IMPORTED_MODULE_5__.jR),
/* harmony export */   firstOf: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_1__.firstOf),
/* harmony export */   fmtAge: () => (/* reexport safe */ _cache_words_js__WEBPACK_IMPORTED_MODULE_6__.rK),
/* harmony export */   headlineOf: () => (/* reexport safe */ _headline_js__WEBPACK_IMPORTED_MODULE_3__.gD),
/* harmony export */   mappedList: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_1__.mappedList),
/* harmony export */   renderMarkdown: () => (/* reexport safe */ _markdown_js__WEBPACK_IMPORTED_MODULE_2__.renderMarkdown),
/* harmony export */   reportCache: () => (/* reexport safe */ _records_js__WEBPACK_IMPORTED_MODULE_5__.NH),
/* harmony export */   reportCase: () => (/* reexport safe */ _build_js__WEBPACK_IMPORTED_MODULE_0__.H_),
/* harmony export */   reportRecord: () => (/* reexport safe */ _records_js__WEBPACK_IMPORTED_MODULE_5__.aL),
/* harmony export */   withLists: () => (/* reexport safe */ _lists_js__WEBPACK_IMPORTED_MODULE_1__.withLists)
/* harmony export */ });
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(959);
/* harmony import */ var _lists_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7590);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2893);
/* harmony import */ var _headline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2251);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3110);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5089);
/* harmony import */ var _cache_words_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3945);









/***/ })

};
