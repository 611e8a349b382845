import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { configJsonSchema, evalJsonSchema, schemaFiles } from '../../src/config/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

type JsonSchema = { properties?: Record<string, JsonSchema>; required?: string[]; description?: string; items?: JsonSchema; anyOf?: JsonSchema[] };

describe('the published JSON Schemas', () => {
  test.each(Object.entries(schemaFiles()))('%s matches the zod schemas (run `npm run build && npm run schema` when this fails)', (file, generated) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(generated);
  });

  test('document every config option, and state the default of every optional one', () => {
    const undocumented: string[] = [];
    const visit = (schema: JsonSchema, path: string) => {
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const at = path ? `${path}.${key}` : key;
        const required = schema.required?.includes(key) ?? false;
        if (!child.description) undocumented.push(`${at}: no description`);
        else if (!required && key !== '$schema' && !/Default/.test(child.description)) undocumented.push(`${at}: no default stated`);
        visit(child, at);
      }
    };
    visit(configJsonSchema() as JsonSchema, '');
    expect(undocumented).toEqual([]);
  });

  test('accept the config of the issue and reject an unknown key', () => {
    const validate = ajv.compile(configJsonSchema());
    const config = load(`
evals: evals/**/*.yaml
prompt:
  system: prompts/support.md
models:
  baseline:
    model: gpt-4o
    baseUrl: https://api.openai.com/v1
    apiKeyEnv: OPENAI_API_KEY
    params: { temperature: 0, max_tokens: 400 }
    price: { input: 2.50, cachedInput: 1.25, output: 10.00 }
  candidate:
    model: gpt-5.5
judge: { model: gpt-4o-mini }
thresholds:
  qualityPerDollar: 10%
  p95Latency: 20%
  quality: 2
  errorRate: 2%
run:
  concurrency: 8
  repeats: 1
  timeout: 30s
  retries: 2
  budget: 5
`);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(config as object), treshold: {} })).toBe(false);
  });

  test('offer each grader with its own options to eval files', () => {
    const validate = ajv.compile(evalJsonSchema());
    const good = [{ id: 'a', prompt: 'hi', expect: [{ type: 'label', value: 'billing' }, { type: 'regex', pattern: 'x', weight: 2 }] }];
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ id: 'a', prompt: 'hi', expect: [{ type: 'lable', value: 'billing' }] }])).toBe(false);
    expect(validate([{ id: 'a', prompt: 'hi', expect: [{ type: 'regex', pattern: 'x', value: 'y' }] }])).toBe(false);
  });
});
