// The config stage: llm-gate.yml and the eval files → GateConfig and EvalSet.
//
//   loadConfig     read (inside the repository root, regular files only) + YAML (with
//                  positions; aliases and depth bounded before values are built) → ${VAR}
//                  expansion (never of a secret) → CLI overrides → zod schema → models
//                  (inheritance, key hosts, prices) → prompt files
//   loadEvalSet    globs (from a checked directory) → eval files (YAML, JSON, JSONL) → cases
//                  (schema, expectations through the grader registry, JSON Schema loops,
//                  templates) → unique ids → content hash
//
// Everything a user can get wrong here is one LlmGateError (code 'config', exit 2) naming
// file:line:col and the field path, raised before any API call is made.
export { loadConfig, looksLikePromptPath, type LoadConfigOptions } from './load-config.js';
export { loadEvalSet, contentHash, evalFileBytes, type LoadEvalSetOptions } from './load-evals.js';
export { LOCAL_PRICES, PRICE_MAX_AGE_DAYS, PRICE_TABLE, PRICES_CHECKED, builtinPrice, loadPriceTable, priceAgeDays, type BuiltinPrice } from './prices.js';
export { MAX_FILE_BYTES } from './files.js';
export { DEFAULT_API_KEY_ENV, DEFAULT_BASE_URL, configSchema } from './schema.js';
export { caseSchema } from './eval-schema.js';
export { configJsonSchema, evalJsonSchema, schemaFiles } from './json-schema.js';
export { promptFor } from '../types.js';
