import { describe, expect, it } from 'vitest';
import { json } from '../../src/grade/graders/json.js';
import { checkJsonSchema } from '../../src/grade/json-schema.js';

describe('checkJsonSchema', () => {
  it.each([
    ['a reference to the root', { $ref: '#' }, '# → # ($ref "#")'],
    ['a reference to the root through allOf', { allOf: [{ $ref: '#' }] }, '# → #/allOf/0 (allOf/0) → # ($ref "#")'],
    ['a reference with an alternative (ajv evaluates every branch)', { anyOf: [{ type: 'string' }, { $ref: '#' }] }, '#/anyOf/1'],
    ['a $defs cycle a → b → a', { $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }, '#/$defs/a'],
    ['a cycle through an anchor', { $defs: { a: { $anchor: 'x', not: { $ref: '#x' } } }, properties: { p: { $ref: '#x' } } }, '#/$defs/a'],
    ['a draft-07 cycle through definitions', { $schema: 'http://json-schema.org/draft-07/schema#', definitions: { a: { $ref: '#/definitions/a' } } }, '#/definitions/a'],
    ['a cycle through if/then', { if: { $ref: '#' }, then: true }, '#/if'],
    ['a cycle through a reference with the root $id', { $id: 'https://example.test/s', allOf: [{ $ref: 'https://example.test/s#' }] }, '#/allOf/0'],
  ])('rejects %s, naming the chain', (_name, schema, chain) => {
    const problem = checkJsonSchema(schema as Record<string, unknown>);
    expect(problem).toMatch(/^the schema refers back to itself without descending into the value: /);
    expect(problem).toContain(chain);
  });

  it.each([
    ['a tree (recursion through properties)', { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } }],
    ['a linked list through $defs', { $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } } }],
    ['a reference shared by two branches', { $defs: { s: { type: 'string' } }, anyOf: [{ $ref: '#/$defs/s' }, { allOf: [{ $ref: '#/$defs/s' }] }] }],
    ['a schema without references', { type: 'object', required: ['a'], properties: { a: { enum: [{ $ref: '#' }] } } }],
  ])('accepts %s', (_name, schema) => {
    expect(checkJsonSchema(schema as Record<string, unknown>)).toBeUndefined();
  });

  it("reports a schema that does not compile with ajv's reason", () => {
    expect(checkJsonSchema({ type: 'strng' })).toMatch(/type/);
    expect(checkJsonSchema({ $ref: '#/$defs/missing' })).toMatch(/can't resolve reference|missing/);
  });

  it('reads a deeply nested schema without overflowing its own stack', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50_000; i++) schema = { allOf: [schema] };
    expect(() => checkJsonSchema(schema)).not.toThrow();
  });

  it('is what the json grader validates with, so the config loader rejects such a schema at load time', () => {
    expect(json.validate?.({ schema: { $ref: '#' } })).toEqual({
      field: 'schema',
      message: expect.stringMatching(/^invalid JSON Schema: the schema refers back to itself/),
    });
  });
});
