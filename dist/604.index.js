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
/* harmony export */   LZ: () => (/* binding */ builtinPrice),
/* harmony export */   zP: () => (/* binding */ PRICES_CHECKED)
/* harmony export */ });
/* unused harmony export BUILTIN_PRICES */
/**
 * When these figures were last checked against the vendors' pricing pages (or, where a
 * vendor page no longer lists a model, dated copies of it). Several ids here have since
 * been retired by their vendors (OpenAI's o1/o3-mini/o4-mini, Claude 3.x, Gemini 2.0,
 * Mistral's dated ids); a retired id is never billed, so its row does no harm.
 */
const PRICES_CHECKED = '2026-11';
function price(input, cachedInput, output) {
    return { input, cachedInput, output };
}
/** The same price under several exact ids (alias and dated snapshot). */
function same(ids, p) {
    return Object.fromEntries(ids.map((id) => [id, p]));
}
const OPENAI = {
    ...same(['gpt-4o', 'gpt-4o-2024-08-06', 'gpt-4o-2024-11-20'], price(2.5, 1.25, 10)),
    ...same(['gpt-4o-mini', 'gpt-4o-mini-2024-07-18'], price(0.15, 0.075, 0.6)),
    ...same(['gpt-4.1', 'gpt-4.1-2025-04-14'], price(2, 0.5, 8)),
    ...same(['gpt-4.1-mini', 'gpt-4.1-mini-2025-04-14'], price(0.4, 0.1, 1.6)),
    ...same(['gpt-4.1-nano', 'gpt-4.1-nano-2025-04-14'], price(0.1, 0.025, 0.4)),
    ...same(['o1', 'o1-2024-12-17'], price(15, 7.5, 60)),
    ...same(['o3-mini', 'o3-mini-2025-01-31'], price(1.1, 0.55, 4.4)),
    ...same(['o3', 'o3-2025-04-16'], price(2, 0.5, 8)),
    ...same(['o4-mini', 'o4-mini-2025-04-16'], price(1.1, 0.275, 4.4)),
    ...same(['gpt-5', 'gpt-5-2025-08-07', 'gpt-5.1'], price(1.25, 0.125, 10)),
    ...same(['gpt-5-mini', 'gpt-5-mini-2025-08-07'], price(0.25, 0.025, 2)),
    ...same(['gpt-5-nano', 'gpt-5-nano-2025-08-07'], price(0.05, 0.005, 0.4)),
    'gpt-5.2': price(1.75, 0.175, 14),
    // Standard tier, prompts up to 272k tokens (longer prompts bill about 2× input). Checked on
    // 2026-11-28 against several published copies of OpenAI's pricing page, which agree.
    'gpt-5.5': price(5, 0.5, 30),
    'gpt-5.4': price(2.5, 0.25, 15),
    'gpt-5.4-mini': price(0.75, 0.075, 4.5),
    'gpt-5.4-nano': price(0.2, 0.02, 1.25),
};
// Through Anthropic's OpenAI SDK compatibility endpoint (https://api.anthropic.com/v1/).
const ANTHROPIC = {
    // Prompts up to 200k tokens. Checked on 2026-11-28 against the models' pages on
    // platform.claude.com (list price; cache read = 0.1 × input, as for the 4.5 family).
    'claude-opus-4-6': price(5, 0.5, 25),
    'claude-sonnet-4-6': price(3, 0.3, 15),
    ...same(['claude-opus-4-5', 'claude-opus-4-5-20251101'], price(5, 0.5, 25)),
    ...same(['claude-opus-4-1', 'claude-opus-4-1-20250805', 'claude-opus-4-0', 'claude-opus-4-20250514'], price(15, 1.5, 75)),
    ...same(['claude-sonnet-4-5', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-0', 'claude-sonnet-4-20250514', 'claude-3-7-sonnet-20250219', 'claude-3-7-sonnet-latest'], price(3, 0.3, 15)),
    ...same(['claude-haiku-4-5', 'claude-haiku-4-5-20251001'], price(1, 0.1, 5)),
    ...same(['claude-3-5-haiku-20241022', 'claude-3-5-haiku-latest'], price(0.8, 0.08, 4)),
};
// Through the Gemini API's OpenAI-compatible endpoint. Prompts up to 200k tokens
// (gemini-2.5-pro charges more above that). Cache discounts for the 2.5 family
// changed during 2025, so none is assumed (cachedInput = input).
const GOOGLE = {
    'gemini-2.5-pro': price(1.25, 1.25, 10),
    'gemini-2.5-flash': price(0.3, 0.3, 2.5),
    'gemini-2.5-flash-lite': price(0.1, 0.1, 0.4),
    'gemini-2.0-flash': price(0.1, 0.025, 0.4),
    'gemini-2.0-flash-lite': price(0.075, 0.075, 0.3),
};
// Dated ids only: Mistral's "-latest" aliases move to new models with new prices.
const MISTRAL = {
    'mistral-large-2411': price(2, 2, 6),
    'mistral-medium-2505': price(0.4, 0.4, 2),
    'mistral-small-2503': price(0.1, 0.1, 0.3),
    'codestral-2501': price(0.3, 0.3, 0.9),
    'ministral-8b-2410': price(0.1, 0.1, 0.1),
    'ministral-3b-2410': price(0.04, 0.04, 0.04),
    'open-mistral-nemo': price(0.15, 0.15, 0.15),
};
// DeepSeek's current names (api-docs.deepseek.com/quick_start/pricing, copies of
// 2026-10/11): cache hit = cachedInput, cache miss = input. DeepSeek bills half of these
// off-peak (outside 01:00–04:00 and 06:00–10:00 UTC on weekdays); a run has no single time
// of day, so the peak rate is the upper bound used here. deepseek-v4-flash is the legacy
// name DeepSeek still serves with Flash at Flash prices. deepseek-chat and
// deepseek-reasoner were retired on 2026-07-24 (their last price, V4-Flash's, was not the
// V3.2 price this table had), so they are no longer priced.
const DEEPSEEK = {
    ...same(['deepseek-flash', 'deepseek-v4-flash'], price(0.3, 0.006, 1.2)),
    'deepseek-v4-pro': price(1.32, 0.044, 3.96),
};
const BUILTIN_PRICES = Object.freeze({
    ...OPENAI,
    ...ANTHROPIC,
    ...GOOGLE,
    ...MISTRAL,
    ...DEEPSEEK,
});
/** The built-in price of an exact model id, or undefined. */
function builtinPrice(model) {
    if (!Object.hasOwn(BUILTIN_PRICES, model))
        return undefined;
    const p = BUILTIN_PRICES[model];
    return { input: p.input, cachedInput: p.cachedInput, output: p.output };
}


/***/ })

};
