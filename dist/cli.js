var __webpack_exports__ = {};
console.log('hello from cli');


