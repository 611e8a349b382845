export const id = 334;
export const ids = [334];
export const modules = {

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


/***/ })

};
