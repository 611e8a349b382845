import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { findSchemaCycle } from '../../src/config/schema-check.js';
import { formattedError, project } from './helpers.js';

describe('findSchemaCycle', () => {
  test.each([
    ['a bare self reference', { $ref: '#' }, ['$ref']],
    ['allOf of only itself', { allOf: [{ $ref: '#' }] }, ['allOf', 0, '$ref']],
    ['anyOf with a base case', { anyOf: [{ type: 'string' }, { $ref: '#' }] }, ['anyOf', 1, '$ref']],
    ['two $defs that refer to each other', { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }, ['$defs', 'b', '$ref']],
    ['a $defs entry referring to itself, unused', { type: 'object', $defs: { loop: { not: { $ref: '#/$defs/loop' } } } }, ['$defs', 'loop', 'not', '$ref']],
    ['draft-07 definitions', { definitions: { a: { oneOf: [{ $ref: '#/definitions/a' }] } }, $ref: '#/definitions/a' }, ['definitions', 'a', 'oneOf', 0, '$ref']],
    ['a reference by $anchor', { $defs: { a: { $anchor: 'here', allOf: [{ $ref: '#here' }] } } }, ['$defs', 'a', 'allOf', 0, '$ref']],
    ['a reference by $id', { $id: 'https://example.test/s.json', if: { $ref: 'https://example.test/s.json' } }, ['if', '$ref']],
    ['if/then/else', { if: { type: 'object' }, then: { $ref: '#' } }, ['then', '$ref']],
    ['a percent-encoded pointer', { $defs: { 'a b': { $ref: '#/$defs/a%20b' } } }, ['$defs', 'a b', '$ref']],
  ])('%s is a loop', (_name, schema, path) => {
    expect(findSchemaCycle(schema)).toMatchObject({ path, message: expect.stringContaining('would never end') });
  });

  test.each([
    ['a tree through properties and items', { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } }],
    ['a linked list through $defs', { $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' }],
    ['a chain of references that ends', { $defs: { a: { $ref: '#/$defs/b' }, b: { type: 'string' } }, allOf: [{ $ref: '#/$defs/a' }, { $ref: '#/$defs/a' }] }],
    ['a reference nobody can resolve (ajv reports it)', { $ref: 'https://elsewhere.test/x.json' }],
    ['no references at all', { type: 'object', required: ['a'], properties: { a: { type: 'number' } } }],
  ])('%s is fine', (_name, schema) => {
    expect(findSchemaCycle(schema)).toBeUndefined();
  });

  test('a chain of 5,000 $defs is checked without overflowing the stack', () => {
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) defs[`d${i}`] = { $ref: `#/$defs/d${i + 1}` };
    defs.d5000 = { $ref: '#/$defs/d0' };
    expect(findSchemaCycle({ $defs: defs })).toMatchObject({ path: ['$defs', 'd5000', '$ref'] });
  });
});

describe('in an eval file', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((c) => c()));
  });
  const MODELS = 'models:\n  baseline: { model: gpt-4o }\n  candidate: { model: gpt-4o-mini }\n';

  async function load(evals: string, name = 'a.yaml') {
    const p = await project({ 'llm-gate.yml': `evals: ${name}\n${MODELS}`, [name]: evals });
    cleanups.push(p.cleanup);
    return loadEvalSet(await loadConfig('llm-gate.yml', { cwd: p.dir }), { cwd: p.dir });
  }

  test('a $defs loop that overflows ajv while compiling is a config error at its line', async () => {
    const evals = `- id: a
  prompt: hi
  expect:
    - type: json
      schema:
        $ref: "#/$defs/a"
        $defs:
          a: { $ref: "#/$defs/b" }
          b: { $ref: "#/$defs/a" }
`;
    expect(await formattedError(load(evals))).toBe(
      'a.yaml:9:22: expect[0].schema.$defs.b.$ref: the JSON Schema applies /$defs/a to the same value again at /$defs/b/$ref, without going into a property or item, so validating any value would never end (a recursive schema must recurse through properties or items, e.g. properties: { children: { items: { $ref: "#" } } })',
    );
  });

  test('{"$ref": "#"} in a JSONL case is a config error at its line', async () => {
    const line = JSON.stringify({ id: 'a', prompt: 'hi', expect: [{ type: 'json', schema: { $ref: '#' } }] });
    expect(await formattedError(load(`\n${line}\n`, 'a.jsonl'))).toMatch(/^a\.jsonl:2:\d+: expect\[0\]\.schema\.\$ref: the JSON Schema applies the schema itself to the same value again at \/\$ref/);
  });

  test('a recursive schema that goes down the value loads', async () => {
    const line = JSON.stringify({ id: 'a', prompt: 'hi', expect: [{ type: 'json', schema: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#' } } } } }] });
    expect((await load(`${line}\n`, 'a.jsonl')).cases).toHaveLength(1);
  });
});
