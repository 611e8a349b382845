// JSON Schemas for editors (yaml-language-server), generated from the zod schemas so
// they cannot drift: schema/llm-gate.schema.json and schema/eval.schema.json.
// scripts/schema.mjs writes them; a test fails when the committed files differ.
import { z } from 'zod';
import { documentedCaseSchema } from './eval-schema.js';
import { baselineFromSchema, configSchema, modelSchema } from './schema.js';

export const SCHEMA_FILES = {
  config: 'schema/llm-gate.schema.json',
  evals: 'schema/eval.schema.json',
} as const;

// Input side: defaults are optional for the user, and "10%" / "30s" are what they type.
const OPTIONS = { io: 'input', unrepresentable: 'any' } as const;

/** The config as written: the baseline may also be { from: base } (load-config resolves it before parsing the rest). */
function documentedConfigSchema() {
  const models = configSchema.shape.models;
  return configSchema.extend({
    models: models.extend({ baseline: z.union([modelSchema, baselineFromSchema]).meta({ title: 'Baseline model', description: 'The model in production today, or { from: base }: the candidate as the config defined it at the base commit.' }) }).meta(models.meta() ?? {}),
  });
}

export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(documentedConfigSchema(), OPTIONS), title: 'llm-gate config' };
}

export function evalJsonSchema(): Record<string, unknown> {
  const evalSet = z
    .array(documentedCaseSchema())
    .meta({ title: 'llm-gate eval set', description: 'A list of eval cases. JSONL files hold the same cases, one JSON object per line.' });
  return z.toJSONSchema(evalSet, OPTIONS);
}

/** File path (relative to the project root) → file content, stable and newline-terminated. */
export function schemaFiles(): Record<string, string> {
  return {
    [SCHEMA_FILES.config]: JSON.stringify(configJsonSchema(), null, 2) + '\n',
    [SCHEMA_FILES.evals]: JSON.stringify(evalJsonSchema(), null, 2) + '\n',
  };
}
