export const id = 604;
export const ids = [604];
export const modules = {

/***/ 1604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// UNUSED EXPORTS: CONFIG_FILE

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/config/prices.js
var prices = __webpack_require__(2093);
;// CONCATENATED MODULE: ./build/cli/init-templates.js
// The starter files `llm-gate init` writes: a config and one eval file per workload kind
// (extraction, routing, code generation), small enough to read in a minute and each using
// the graders that suit its kind. `llm-gate validate` must accept them as written.
const SCHEMA_URL = 'https://raw.githubusercontent.com/org/llm-gate/v1/schema/llm-gate.schema.json';
const EVAL_SCHEMA_URL = 'https://raw.githubusercontent.com/org/llm-gate/v1/schema/eval.schema.json';
const DEFAULT_INIT_MODELS = { baseline: 'gpt-4.1-mini', candidate: 'gpt-5-mini' };
// No made-up price: without one, validate names the field to fill in.
const priceLine = (known) => (known ? '' : '\n    # price: { input: ?, output: ? }   # USD per 1M tokens: required, this model has no built-in price');
function configTemplate(opts) {
    return `# yaml-language-server: $schema=${SCHEMA_URL}
$schema: ${SCHEMA_URL}
# Gate a model bump: every case goes to both models; the candidate passes when quality,
# quality per dollar, p95 latency and error rate stay within the thresholds.
# \`llm-gate validate\` checks this file and prints the plan without a call;
# \`llm-gate run\` runs it (the key is read from OPENAI_API_KEY).
evals:
  - evals/*.yaml
  # - { path: promptfoo/promptfooconfig.yaml, format: promptfoo }   # a promptfoo suite, read as it is
  # - { path: evals/openai/*.jsonl, grader: contains }               # OpenAI evals data (input + ideal)
models:
  baseline:
    model: ${opts.baseline}   # the model in production today
    params: { temperature: 0, max_completion_tokens: 800 }${priceLine(opts.baselinePriced)}
  candidate:
    model: ${opts.candidate}   # the model you want to switch to; inherits the baseline's params${priceLine(opts.candidatePriced)}
# judge:                  # for llm-judge graders
#   model: gpt-4.1-mini
thresholds:
  qualityPerDollar: 10%   # largest tolerated relative drop
  p95Latency: 20%         # largest tolerated relative rise
  quality: 2              # largest tolerated drop, points on the 0-100 scale
  errorRate: 2%
run:
  concurrency: 8
  # budget: 5             # USD for the whole run
`;
}
const EVAL_TEMPLATES = {
    'evals/extraction.yaml': `# yaml-language-server: $schema=${EVAL_SCHEMA_URL}
# Extraction: text in, JSON out. \`json\` checks the shape, \`json-fields\` gives partial
# credit per field. Replace these with documents from your own traffic.

- id: invoice-total
  tags: [extraction]
  vars:
    document: "ACME Corp. Invoice INV-1001, dated 2024-03-01. Total due: 250.00 EUR."
  prompt: |
    Extract the invoice as JSON with the keys invoiceNumber, vendor, total (a number) and currency.
    Answer with the JSON only.

    {{document}}
  expect:
    - type: json
      schema: { type: object, required: [invoiceNumber, total, currency] }
    - type: json-fields
      fields: { invoiceNumber: INV-1001, vendor: ACME Corp., total: 250, currency: EUR }
      weight: 2

- id: ticket-contact
  tags: [extraction]
  vars:
    message: "Hi, this is Dana Reyes from Lumen Labs. Our export has failed since Monday."
  prompt: |
    Extract the sender as JSON with the keys name and company. Answer with the JSON only.

    {{message}}
  expect:
    - type: json-fields
      fields: { name: Dana Reyes, company: Lumen Labs }
`,
    'evals/routing.yaml': `# yaml-language-server: $schema=${EVAL_SCHEMA_URL}
# Routing: one label per message. \`label\` normalises the answer ("Billing." is billing)
# and the report shows a confusion table per label.

- id: route-refund
  tags: [routing]
  prompt: |
    Route the message to one team: billing, shipping or account. Answer with the team only.

    I was charged twice for my order, please refund one charge.
  expect:
    - type: label
      value: billing

- id: route-parcel
  tags: [routing]
  prompt: |
    Route the message to one team: billing, shipping or account. Answer with the team only.

    My parcel has said "out for delivery" for three days.
  expect:
    - type: label
      value: shipping

- id: route-login
  tags: [routing]
  prompt: |
    Route the message to one team: billing, shipping or account. Answer with the team only.

    I never get the password reset email.
  expect:
    - type: label
      value: account
`,
    'evals/codegen.yaml': `# yaml-language-server: $schema=${EVAL_SCHEMA_URL}
# Code generation: \`regex\` and \`contains\` check the code's shape, \`not-contains\` bans
# shortcuts. With a judge configured, add an llm-judge grader for correctness.

- id: py-slugify
  tags: [codegen]
  prompt: |
    Write a Python function slugify(title: str) -> str that lowercases the title, replaces
    every run of characters other than a-z and 0-9 with one hyphen, and strips hyphens at
    both ends. Answer with the code only.
  expect:
    - type: regex
      pattern: "def\\\\s+slugify\\\\s*\\\\("
    - type: contains
      value: [".lower()", "strip("]

- id: js-sum-even
  tags: [codegen]
  prompt: |
    Write a JavaScript function sumEven(numbers) that returns the sum of the even numbers
    in the array. Answer with the code only.
  expect:
    - type: regex
      pattern: "function\\\\s+sumEven|sumEven\\\\s*=\\\\s*\\\\("
    - type: not-contains
      value: ["eval("]
`,
};

// EXTERNAL MODULE: ./build/cli/exit-codes.js
var exit_codes = __webpack_require__(5158);
;// CONCATENATED MODULE: ./build/cli/init.js
// `llm-gate init`: writes a starter llm-gate.yml and one eval file per workload kind into
// the working directory. It never overwrites a file (unless --force): what exists is the
// user's work.






const CONFIG_FILE = 'llm-gate.yml';
async function exists(path) {
    return (0,promises_.stat)(path).then(() => true, () => false);
}
async function initCommand(options) {
    const baseline = options.baseline ?? DEFAULT_INIT_MODELS.baseline;
    const candidate = options.candidate ?? DEFAULT_INIT_MODELS.candidate;
    for (const [flag, model] of [['--baseline', baseline], ['--candidate', candidate]]) {
        if (!/^[\w.:/@-]{1,200}$/.test(model))
            throw new errors/* LlmGateError */.Z(`${flag} expects a model id such as gpt-4.1-mini, got ${JSON.stringify(model)}`, { code: 'usage' });
    }
    const files = {
        [CONFIG_FILE]: configTemplate({ baseline, candidate, baselinePriced: (0,prices/* builtinPrice */.LZ)(baseline) !== undefined, candidatePriced: (0,prices/* builtinPrice */.LZ)(candidate) !== undefined }),
        ...EVAL_TEMPLATES,
    };
    if (!options.force) {
        const present = [];
        for (const file of Object.keys(files))
            if (await exists((0,external_node_path_.resolve)(options.cwd, file)))
                present.push(file);
        if (present.length > 0) {
            throw new errors/* LlmGateError */.Z(`${present.join(', ')} already exist${present.length === 1 ? 's' : ''}; nothing was written`, { code: 'usage', hint: 'run it in an empty directory, or pass --force to overwrite' });
        }
    }
    for (const [file, text] of Object.entries(files)) {
        const path = (0,external_node_path_.resolve)(options.cwd, file);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(path, text);
        options.stdout.write(`wrote ${file}\n`);
    }
    const unpriced = [baseline, candidate].filter((m) => (0,prices/* builtinPrice */.LZ)(m) === undefined);
    if (unpriced.length > 0)
        options.stdout.write(`set the price of ${unpriced.join(' and ')} in ${CONFIG_FILE} (no built-in price)\n`);
    options.stdout.write(`next: llm-gate validate   (checks everything and prints the plan; no calls)\n`);
    return exit_codes/* EXIT */.dc.pass;
}


/***/ }),

/***/ 2093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ LOCAL_PRICES),
/* harmony export */   Is: () => (/* binding */ priceAgeDays),
/* harmony export */   LZ: () => (/* binding */ builtinPrice),
/* harmony export */   QY: () => (/* binding */ loadPriceTable),
/* harmony export */   dZ: () => (/* binding */ PRICE_MAX_AGE_DAYS),
/* harmony export */   dq: () => (/* binding */ PRICE_TABLE),
/* harmony export */   zP: () => (/* binding */ PRICES_CHECKED)
/* harmony export */ });
/** The bundled table: keep in step with package.json (a test checks it). */
const PRICE_TABLE = { name: 'genai-prices', version: '0.1.8', published: '2026-09-23' };
/** A price is old past this many days: the report warns, since vendors cut prices often. */
const PRICE_MAX_AGE_DAYS = 90;
/** When llm-gate's own rows were last checked against the vendors' pages. */
const PRICES_CHECKED = '2026-11';
let calcPrice;
/**
 * Loads the bundled table: 2 MB of data, ~35 ms to parse, so a config whose models all have
 * a price (the demo, most CI configs) never pays for it. builtinPrice knows only llm-gate's
 * own rows until this has resolved.
 */
async function loadPriceTable() {
    calcPrice ??= (await __webpack_require__.e(/* import() */ 294).then(__webpack_require__.bind(__webpack_require__, 2294))).calcPrice;
}
/** Model ids longer than this are not looked up (the table's match rules run per id). */
const MAX_MODEL_ID_CHARS = 200;
function price(input, cachedInput, output) {
    return { input, cachedInput, output };
}
/**
 * Rows the bundled table does not have, checked by hand (PRICES_CHECKED). Exact ids only.
 * Mistral's dated ids (its "-latest" aliases move to new models with new prices); DeepSeek's
 * deepseek-flash, the current name of V4 Flash, at the peak rate (api-docs.deepseek.com,
 * copies of 2026-10/11).
 */
const LOCAL_PRICES = Object.freeze({
    'mistral-small-2503': price(0.1, 0.1, 0.3),
    'ministral-3b-2410': price(0.04, 0.04, 0.04),
    'deepseek-flash': price(0.3, 0.006, 1.2),
});
function baseOf(rate) {
    if (typeof rate === 'number')
        return rate;
    return rate && typeof rate.base === 'number' ? rate.base : undefined;
}
/** The rate for a prompt of more than `above` tokens. */
function rateAbove(rate, above) {
    if (typeof rate === 'number' || rate === undefined)
        return rate;
    let value = rate.base;
    for (const tier of rate.tiers)
        if (above >= tier.start)
            value = tier.price;
    return value;
}
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/**
 * One set of rates from an entry's list of prices: the unconstrained first, replaced by
 * the latest start_date in force on `today`; each time-of-day window then raises a rate
 * to its own when higher.
 */
function ratesOn(model, today) {
    if (!Array.isArray(model.prices))
        return model.prices;
    const day = isoDay(today);
    let dated;
    let datedFrom = '';
    const windows = [];
    for (const entry of model.prices) {
        const c = entry.constraint;
        if (c === undefined) {
            if (dated === undefined)
                dated = entry.prices;
        }
        else if (c.type === 'start_date') {
            if (c.start_date <= day && c.start_date >= datedFrom) {
                dated = entry.prices;
                datedFrom = c.start_date;
            }
        }
        else {
            windows.push(entry.prices);
        }
    }
    const rates = { ...(dated ?? model.prices[0]?.prices ?? {}) };
    for (const window of windows) {
        for (const key of ['input_mtok', 'cache_read_mtok', 'output_mtok']) {
            const a = baseOf(rates[key]);
            const b = baseOf(window[key]);
            if (b !== undefined && (a === undefined || b > a))
                rates[key] = window[key];
        }
    }
    return rates;
}
/** The Price of a set of rates: base rates and, where any rate is tiered, one tier per start. */
function toPrice(rates) {
    const input = rates.input_mtok;
    const output = rates.output_mtok;
    const cached = rates.cache_read_mtok ?? input;
    const base = { input: baseOf(input), cachedInput: baseOf(cached), output: baseOf(output) };
    if (base.input === undefined || base.output === undefined || base.cachedInput === undefined)
        return undefined;
    const p = { input: base.input, cachedInput: base.cachedInput, output: base.output };
    const starts = new Set();
    for (const rate of [input, cached, output])
        if (typeof rate === 'object' && rate)
            for (const t of rate.tiers)
                starts.add(t.start);
    const tiers = [...starts]
        .sort((a, b) => a - b)
        .map((start) => ({ aboveInputTokens: start, input: rateAbove(input, start), cachedInput: rateAbove(cached, start), output: rateAbove(output, start) }));
    if (tiers.length > 0)
        p.tiers = tiers;
    return p;
}
/**
 * The built-in price of a model id, or undefined. `baseUrl` picks the provider where the
 * table knows the endpoint (OpenRouter, Azure, a vendor's API); for any other (a gateway, a
 * local server) the id alone decides. `today` resolves dated price changes.
 */
function builtinPrice(model, opts = {}) {
    if (Object.hasOwn(LOCAL_PRICES, model)) {
        const p = LOCAL_PRICES[model];
        return { price: { input: p.input, cachedInput: p.cachedInput, output: p.output }, source: { kind: 'builtin', checked: PRICES_CHECKED, table: 'llm-gate' } };
    }
    if (model.length === 0 || model.length > MAX_MODEL_ID_CHARS || calcPrice === undefined)
        return undefined;
    const today = opts.today ?? new Date();
    let found = null;
    try {
        if (opts.baseUrl !== undefined && !isLocal(opts.baseUrl))
            found = calcPrice({ input_tokens: 0 }, model, { providerApiUrl: opts.baseUrl, timestamp: today });
        found ??= calcPrice({ input_tokens: 0 }, model, { timestamp: today });
    }
    catch {
        return undefined;
    }
    if (!found)
        return undefined;
    const p = toPrice(ratesOn(found.model, today));
    if (!p)
        return undefined;
    const source = { kind: 'builtin', checked: PRICE_TABLE.published, table: `${PRICE_TABLE.name} ${PRICE_TABLE.version}` };
    if (found.model.id !== model)
        source.entry = `${found.provider.id}/${found.model.id}`;
    return { price: p, source };
}
/** Loopback and private hosts name no provider: the model id decides. */
function isLocal(baseUrl) {
    try {
        const host = new URL(baseUrl).hostname;
        return host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host.endsWith('.local') || host.endsWith('.internal');
    }
    catch {
        return true;
    }
}
/** Whole days from a price's date (YYYY-MM-DD, or YYYY-MM meaning its first day) to `today`. */
function priceAgeDays(checked, today) {
    const day = /^\d{4}-\d{2}$/.test(checked) ? `${checked}-01` : checked;
    const t = Date.parse(`${day}T00:00:00Z`);
    if (!Number.isFinite(t))
        return undefined;
    return Math.floor((today.getTime() - t) / 86_400_000);
}


/***/ })

};
