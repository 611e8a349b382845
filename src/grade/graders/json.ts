import { z } from 'zod';
import { defineGrader } from '../define.js';
import { extractJson } from '../extract-json.js';
import { checkJsonSchema, compileSchema, describeErrors } from '../json-schema.js';

export const json = defineGrader({
  description:
    'The output is JSON (code fences and surrounding prose tolerated), optionally valid against a JSON Schema (checked with ajv).',
  options: z.object({
    schema: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('JSON Schema (draft 2020-12, or draft-07 when `$schema` says so) the value must satisfy. Default: none, any JSON passes.'),
  }),
  validate({ schema }) {
    if (!schema) return undefined;
    const problem = checkJsonSchema(schema);
    return problem === undefined ? undefined : { field: 'schema', message: `invalid JSON Schema: ${problem}` };
  },
  grade(output, { schema }) {
    const parsed = extractJson(output);
    if (!parsed.ok) return { score: 0, reason: parsed.reason };
    if (!schema) return { score: 1 };
    const check = compileSchema(schema);
    if (check(parsed.value)) return { score: 1 };
    return { score: 0, reason: `schema: ${describeErrors(check.errors)}` };
  },
});
