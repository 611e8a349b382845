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


/***/ })

};
