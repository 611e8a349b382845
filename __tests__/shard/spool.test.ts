import { describe, expect, test } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSpool } from '../../src/shard/spool.js';

describe('the merge spool', () => {
  test('gives back every text as it was put, across flushes, in any order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-spool-test-'));
    try {
      const spool = createSpool(dir);
      // Past the 1 MiB write buffer several times, with multi-byte characters and one text larger than the buffer.
      const texts = Array.from({ length: 3000 }, (_, i) => `{"id":"c${i}","out":"${'é−“'.repeat(i % 200)}${'x'.repeat(i % 997)}"}`);
      texts.push('y'.repeat(3 * 1024 * 1024));
      texts.push('');
      const ids = texts.map((t) => spool.put(t));
      expect(ids).toEqual(texts.map((_, i) => i));
      for (const i of [texts.length - 1, 0, 1500, texts.length - 2, 2999, 7]) expect(spool.get(i)).toBe(texts[i]);
      expect(texts.every((t, i) => spool.get(i) === t)).toBe(true);
      spool.release();
      expect(() => spool.get(0)).toThrow(/after release/);
      spool.release();
      // Nothing is left in the directory it was given.
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a directory it cannot write to is a clear error naming it', () => {
    expect(() => createSpool('/nonexistent/llm-gate-spool')).toThrow(/cannot keep the merge's working file in \/nonexistent\/llm-gate-spool: ENOENT/);
  });
});
