import { describe, expect, test } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonPieces, writeJsonFile } from '../../src/shell/json-file.js';
import { itemText } from '../../src/report/item-text.js';

const SAMPLES: unknown[] = [
  { schema: 'x', empty: [], none: {}, skipped: undefined, nested: { a: [1, { b: 'line\nbreak' }], c: null }, cases: [{ id: 'a', out: '“quotes” − and \u2028' }, { id: 'b', tags: [] }], n: -0.5 },
  { only: [1] },
  {},
  [1, 2, { a: 3 }],
  'text',
  null,
];

describe('the JSON report written in pieces', () => {
  test('is exactly JSON.stringify(value, null, 2)', () => {
    for (const value of SAMPLES) expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  test('writes the same bytes, redacted piece by piece, with a final newline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-json-'));
    try {
      const value = { key: 'sk-secret-123456', cases: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, output: `echo sk-secret-123456 ${'x'.repeat(500)}` })) };
      const redact = (t: string) => t.replaceAll('sk-secret-123456', '***');
      await writeJsonFile(join(dir, 'r.json'), value, redact);
      expect(await readFile(join(dir, 'r.json'), 'utf8')).toBe(`${redact(JSON.stringify(value, null, 2))}\n`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('top-level lists given as recipes', () => {
  const list = <T>(items: T[]) => ({ length: items.length, items: () => items.values() });

  test('are written where their key stands, as the array would be', () => {
    const value = { head: 1, cases: [], middle: { a: [1] }, records: [], tail: 'x' };
    const cases = [{ id: 'a', out: 'line\nbreak' }, { id: 'b', tags: [] }];
    const records = [{ caseId: 'a' }];
    const text = [...jsonPieces(value, { cases: list(cases), records: list(records) })].join('');
    expect(text).toBe(JSON.stringify({ ...value, cases, records }, null, 2));
  });

  test('an empty list is written as []', () => {
    const value = { cases: ['placeholder'], n: 1 };
    expect([...jsonPieces(value, { cases: list([]) })].join('')).toBe(JSON.stringify({ cases: [], n: 1 }, null, 2));
  });

  test('a list whose key the value lacks is not written', () => {
    expect([...jsonPieces({ n: 1 }, { cases: list([1]) })].join('')).toBe(JSON.stringify({ n: 1 }, null, 2));
  });
});

describe('a list that keeps its items as text', () => {
  test('is written from its texts, byte for byte what its items would give', () => {
    const items = [{ id: 'a', out: 'line\nbreak', n: [1, { b: null }] }, { id: 'b', tags: [] }];
    const asText = { length: 2, items: () => items.values(), texts: () => items.map(itemText).values() };
    const value = { head: 1, cases: [], tail: 'x' };
    expect([...jsonPieces(value, { cases: asText })].join('')).toBe(JSON.stringify({ ...value, cases: items }, null, 2));
    // The writer takes the texts, not the items, when both are there.
    const marked = { ...asText, texts: () => ['"from the text"'].values(), length: 1 };
    expect([...jsonPieces(value, { cases: marked })].join('')).toContain('"from the text"');
  });
});
