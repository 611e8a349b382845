// The config stage: llm-gate.yml and the eval files → GateConfig and EvalSet.
//
//   loadConfig     read + YAML (with positions) → ${VAR} expansion → CLI overrides → zod
//                  schema → models (inheritance, prices) → prompt files
//   loadEvalSet    globs → eval files (YAML, JSON, JSONL) → cases (schema, expectations
//                  through the grader registry, templates) → unique ids → content hash
//
// Everything a user can get wrong here is one LlmGateError (code 'config', exit 2) naming
// file:line:col and the field path, raised before any API call is made.
export { loadConfig, looksLikePromptPath, type LoadConfigOptions } from './load-config.js';
export { loadEvalSet, contentHash, type LoadEvalSetOptions } from './load-evals.js';
export { BUILTIN_PRICES, PRICES_CHECKED, builtinPrice } from './prices.js';
export { MAX_FILE_BYTES } from './files.js';
export { DEFAULT_API_KEY_ENV, DEFAULT_BASE_URL, configSchema } from './schema.js';
export { caseSchema } from './eval-schema.js';
export { configJsonSchema, evalJsonSchema, schemaFiles } from './json-schema.js';
