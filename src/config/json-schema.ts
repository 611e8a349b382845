// JSON Schemas for editors (yaml-language-server), generated from the zod schemas so
// they cannot drift: schema/llm-gate.schema.json and schema/eval.schema.json.
// scripts/schema.mjs writes them; a test fails when the committed files differ.
import { z } from 'zod';
import { documentedCaseSchema } from './eval-schema.js';
import { configSchema } from './schema.js';

export const SCHEMA_FILES = {
  config: 'schema/llm-gate.schema.json',
  evals: 'schema/eval.schema.json',
} as const;

// Input side: defaults are optional for the user, and "10%" / "30s" are what they type.
const OPTIONS = { io: 'input', unrepresentable: 'any' } as const;

export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(configSchema, OPTIONS), title: 'llm-gate config' };
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
