// The starter files `llm-gate init` writes: a config and one eval file per workload kind
// (extraction, routing, code generation), small enough to read in a minute and each using
// the graders that suit its kind. `llm-gate validate` must accept them as written.

export const SCHEMA_URL = 'https://raw.githubusercontent.com/org/llm-gate/v1/schema/llm-gate.schema.json';
export const EVAL_SCHEMA_URL = 'https://raw.githubusercontent.com/org/llm-gate/v1/schema/eval.schema.json';

export const DEFAULT_INIT_MODELS = { baseline: 'gpt-4.1-mini', candidate: 'gpt-5-mini' } as const;

// No made-up price: without one, validate names the field to fill in.
const priceLine = (known: boolean) => (known ? '' : '\n    # price: { input: ?, output: ? }   # USD per 1M tokens: required, this model has no built-in price');

export function configTemplate(opts: { baseline: string; candidate: string; baselinePriced: boolean; candidatePriced: boolean }): string {
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

export const EVAL_TEMPLATES: Record<string, string> = {
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
