import { describe, expect, it } from 'vitest';
import { extractJson } from '../../src/grade/extract-json.js';
import { json } from '../../src/grade/graders/json.js';
import { jsonFields } from '../../src/grade/graders/json-fields.js';
import { ctxFor } from './helpers.js';

const ctx = ctxFor();

describe('extractJson', () => {
  it('parses a bare JSON value', () => {
    expect(extractJson(' {"a": 1} ')).toEqual({ ok: true, value: { a: 1 }, from: 'whole' });
    expect(extractJson('[1, 2]')).toMatchObject({ ok: true, value: [1, 2] });
  });

  it('takes the json-tagged fenced block, prose around it ignored', () => {
    const out = 'Sure!\n```text\nnot json\n```\nHere it is:\n```json\n{"name": "Ada"}\n```\nHope this helps.';
    expect(extractJson(out)).toEqual({ ok: true, value: { name: 'Ada' }, from: 'fence' });
  });

  it('takes an untagged fence too', () => {
    expect(extractJson('```\n[true]\n```')).toMatchObject({ ok: true, value: [true], from: 'fence' });
  });

  it('finds the first balanced object in prose, braces inside strings included', () => {
    const out = 'The answer is {"msg": "a } brace { here", "n": [1, {"x": 2}]} and that is all {"b": 1}.';
    expect(extractJson(out)).toEqual({ ok: true, value: { msg: 'a } brace { here', n: [1, { x: 2 }] }, from: 'embedded' });
  });

  it('skips a bracketed span that is not JSON and keeps looking', () => {
    expect(extractJson('see [note] then {"ok": true}')).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('reports empty and non-JSON output', () => {
    expect(extractJson('   ')).toEqual({ ok: false, reason: 'output is empty' });
    expect(extractJson('no json {here')).toMatchObject({ ok: false, reason: expect.stringMatching(/^output is not JSON/) });
  });
});

describe('json', () => {
  const schema = {
    type: 'object',
    properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } },
    required: ['name', 'age'],
    additionalProperties: false,
  };

  it('passes any JSON without a schema and fails prose', () => {
    expect(json.grade('```json\n{"a":1}\n```', json.options.parse({}), ctx).score).toBe(1);
    expect(json.grade('I cannot help with that.', json.options.parse({}), ctx)).toMatchObject({ score: 0 });
  });

  it('checks the schema with ajv and lists the first errors', () => {
    const opts = json.options.parse({ schema });
    expect(json.grade('Result: {"name": "Ada", "age": 36}', opts, ctx).score).toBe(1);
    const bad = json.grade('{"name": 7, "age": -1, "extra": true}', opts, ctx);
    expect(bad.score).toBe(0);
    expect(bad.reason).toContain('/name must be string');
    expect(bad.reason).toContain('/age must be >= 0');
    expect(bad.reason).toContain('must NOT have additional properties "extra"');
  });

  it('supports draft-07 schemas that say so', () => {
    const opts = json.options.parse({
      schema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'array', items: { type: 'number' } },
    });
    expect(json.validate?.(opts)).toBeUndefined();
    expect(json.grade('[1, "2"]', opts, ctx)).toMatchObject({ score: 0, reason: 'schema: /1 must be number' });
  });

  it('validate reports a schema that does not compile on the schema field', () => {
    const problem = json.validate?.({ schema: { type: 'strng' } });
    expect(problem?.field).toBe('schema');
    expect(problem?.message).toMatch(/^invalid JSON Schema: .*type/);
    expect(json.validate?.({ schema: { type: 'object', requird: ['a'] } })?.message).toContain('requird');
    expect(json.validate?.({ schema })).toBeUndefined();
  });
});

describe('json-fields', () => {
  const fields = { name: 'Ada Lovelace', 'address.city': 'London', 'items.0.sku': 'A-1', total: 12.5, tags: ['vip'] };

  it('gives full credit when every field matches, strings compared trimmed', () => {
    const out = '```json\n{"name": " Ada Lovelace ", "address": {"city": "London"}, "items": [{"sku": "A-1"}], "total": 12.5, "tags": ["vip"], "x": 1}\n```';
    expect(jsonFields.grade(out, jsonFields.options.parse({ fields }), ctx)).toEqual({ score: 1 });
  });

  it('gives partial credit and names the wrong and missing fields', () => {
    const out = 'Extracted: {"name": "Ada", "address": {"city": "London"}, "total": 12.5, "tags": ["vip", "new"]}';
    const result = jsonFields.grade(out, jsonFields.options.parse({ fields }), ctx);
    expect(result.score).toBeCloseTo(2 / 5, 12);
    expect(result.reason).toBe(
      '3/5 fields wrong: name (expected "Ada Lovelace", got "Ada"); items.0.sku missing; tags (expected ["vip"], got ["vip","new"])',
    );
  });

  it('compares nested objects deeply, key order ignored, case folded when asked', () => {
    const opts = jsonFields.options.parse({ fields: { customer: { name: 'ADA', id: 3 } }, ignoreCase: true });
    expect(jsonFields.grade('{"customer": {"id": 3, "name": "ada"}}', opts, ctx).score).toBe(1);
    expect(jsonFields.grade('{"customer": {"id": 3, "name": "ada", "vip": true}}', opts, ctx).score).toBe(0);
  });

  it('does not treat a number and its string as equal', () => {
    expect(jsonFields.grade('{"total": "12.5"}', jsonFields.options.parse({ fields: { total: 12.5 } }), ctx).score).toBe(0);
  });

  it('reaches a key that itself contains a dot', () => {
    expect(jsonFields.grade('{"a.b": 1}', jsonFields.options.parse({ fields: { 'a.b': 1 } }), ctx).score).toBe(1);
  });

  it('scores 0 when the output is not JSON', () => {
    expect(jsonFields.grade('sorry', jsonFields.options.parse({ fields }), ctx)).toMatchObject({ score: 0 });
  });

  it('validate asks for at least one field', () => {
    expect(jsonFields.validate?.({ fields: {}, ignoreCase: false })?.field).toBe('fields');
  });
});
