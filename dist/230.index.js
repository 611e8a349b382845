export const id = 230;
export const ids = [230];
export const modules = {

/***/ 7230:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* unused harmony export starterFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9473);
// `llm-gate init`: a starter config and one eval file per workload kind, so a new user edits
// a working gate instead of writing one from nothing. Files that exist are never overwritten.



/** Models the built-in price table knows, so the starter runs without a `price:`. */
const DEFAULT_BASELINE = 'gpt-4.1-mini';
const DEFAULT_CANDIDATE = 'gpt-5-mini';
const MODEL_ID = /^[\w./:@+-]{1,200}$/;
function starterFiles(baseline, candidate) {
    return {
        'llm-gate.yml': `# yaml-language-server: $schema=https://raw.githubusercontent.com/org/llm-gate/v1/schema/llm-gate.schema.json
# The gate: the model you run today (baseline) against the one you want to move to
# (candidate), on your own cases. Run \`llm-gate validate\` to check it without a call,
# \`llm-gate run\` to gate. The API key comes from OPENAI_API_KEY.
evals:
  - evals/*.yaml
  - evals/*.jsonl
models:
  baseline:
    model: ${baseline}
    params: { temperature: 0, max_completion_tokens: 800 }
  candidate:
    model: ${candidate}   # inherits baseUrl, apiKeyEnv and params from the baseline
thresholds:
  qualityPerDollar: 10%   # max relative drop
  p95Latency: 20%         # max relative rise
  quality: 2              # max drop, points on the 0-100 scale
  errorRate: 2%           # max rise, absolute
run:
  concurrency: 8
  timeout: 30s            # your production timeout
  budget: 5               # USD for the whole run
`,
        'evals/extraction.yaml': `# Structured extraction: the answer must be JSON with these fields.
- id: invoice-total
  tags: [extraction]
  prompt: |
    Extract the customer and the total as JSON with keys "customer" and "total" (a number).
    Invoice: ACME GmbH, 3 items, total due EUR 1,250.00.
  expect:
    - type: json-fields
      fields: { customer: ACME GmbH, total: 1250 }
- id: ticket-order-id
  tags: [extraction]
  prompt: |
    Return JSON {"orderId": string, "wantsRefund": boolean} for this message:
    "Order A-1042 arrived broken, I want my money back."
  expect:
    - type: json-fields
      fields: { orderId: A-1042, wantsRefund: true }
`,
        'evals/routing.jsonl': [
            { id: 'route-billing', tags: ['routing'], prompt: 'Route this ticket to one queue (billing, shipping, tech). Answer with the queue only.\nTicket: I was charged twice this month.', expect: [{ type: 'label', value: 'billing' }] },
            { id: 'route-shipping', tags: ['routing'], prompt: 'Route this ticket to one queue (billing, shipping, tech). Answer with the queue only.\nTicket: My parcel has not arrived after two weeks.', expect: [{ type: 'label', value: 'shipping' }] },
            { id: 'route-tech', tags: ['routing'], prompt: 'Route this ticket to one queue (billing, shipping, tech). Answer with the queue only.\nTicket: The app crashes when I open settings.', expect: [{ type: 'label', value: 'tech' }] },
        ]
            .map((c) => JSON.stringify(c))
            .join('\n')
            .concat('\n'),
        'evals/codegen.yaml': `# Code generation: graded on the text, structure by regex, required names by contains.
- id: slugify
  tags: [codegen]
  prompt: |
    Write a TypeScript function slugify(title: string): string that lower-cases the
    title and joins its words with "-". Answer with the code only.
  expect:
    - type: regex
      pattern: "function\\\\s+slugify\\\\s*\\\\("
    - type: contains
      value: toLowerCase
`,
    };
}
async function initCommand(opts) {
    const baseline = opts.baseline ?? DEFAULT_BASELINE;
    const candidate = opts.candidate ?? DEFAULT_CANDIDATE;
    for (const [flag, model] of [['--baseline', baseline], ['--candidate', candidate]]) {
        if (!MODEL_ID.test(model))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .LlmGateError */ .Z(`${flag} expects a model id, got "${model}"`, { code: 'usage' });
    }
    const files = starterFiles(baseline, candidate);
    let wrote = 0;
    for (const [name, text] of Object.entries(files)) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.cwd, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, text, { flag: 'wx' });
            opts.stderr.write(`llm-gate init: wrote ${name}\n`);
            wrote++;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            opts.stderr.write(`llm-gate init: kept ${name} (it exists)\n`);
        }
    }
    opts.stderr.write(`llm-gate init: ${wrote} file${wrote === 1 ? '' : 's'} written; next: llm-gate validate, then OPENAI_API_KEY=… llm-gate run\n`);
    return 0;
}


/***/ })

};
