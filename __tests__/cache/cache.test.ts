import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callKey, createCachedCaller, createCacheStats, createFileStore, entryOf, entryPath } from '../../src/cache/index.js';
import type { CallFn, CallRecord, ModelConfig } from '../../src/types.js';

const model: ModelConfig = {
  model: 'm1',
  baseUrl: 'https://user:pw@api.example.com/v1?key=secret',
  apiKeyEnv: 'K',
  params: { temperature: 0 },
  price: { input: 1, cachedInput: 0.5, output: 2 },
  priceSource: { kind: 'config' },
};
const messages = [{ role: 'user' as const, content: 'hi' }];

function answer(request: { caseId: string; repeat: number }, output = 'hello'): CallRecord {
  return {
    caseId: request.caseId,
    side: 'baseline',
    repeat: request.repeat,
    model: 'm1',
    output,
    latencyMs: 123.5,
    usage: { prompt: 10, cached: 2, completion: 5, reasoning: 1 },
    costUsd: 999,
    attempts: 1,
    finishReason: 'stop',
  };
}

async function withDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-cache-unit-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('callKey', () => {
  it('covers the model, the messages, the params and the repeat, not the key order of params or the credentials in the URL', () => {
    const base = callKey(model, { messages, repeat: 0 });
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(callKey(model, { messages, repeat: 1 })).not.toBe(base);
    expect(callKey({ ...model, model: 'm2' }, { messages, repeat: 0 })).not.toBe(base);
    expect(callKey(model, { messages: [{ role: 'user', content: 'hi!' }], repeat: 0 })).not.toBe(base);
    expect(callKey({ ...model, params: { temperature: 1 } }, { messages, repeat: 0 })).not.toBe(base);
    expect(callKey({ ...model, baseUrl: 'https://other.example.com/v1' }, { messages, repeat: 0 })).not.toBe(base);
    expect(callKey({ ...model, baseUrl: 'https://api.example.com/v1' }, { messages, repeat: 0 })).toBe(base);
    expect(callKey({ ...model, params: { top_p: 1, temperature: 0 } }, { messages, repeat: 0 })).toBe(
      callKey({ ...model, params: { temperature: 0, top_p: 1 } }, { messages, repeat: 0 }),
    );
    // The price is not part of the call.
    expect(callKey({ ...model, price: { input: 5, cachedInput: 5, output: 5 } }, { messages, repeat: 0 })).toBe(base);
    // A streamed call measures time to first token; a whole one cannot stand in for it.
    expect(callKey({ ...model, stream: true }, { messages, repeat: 0 })).not.toBe(base);
  });
});

describe('a streamed answer in the cache', () => {
  it('keeps its time to first token', async () => {
    await withDir(async (dir) => {
      let calls = 0;
      const inner: CallFn = async (request) => {
        calls++;
        return { ...answer(request), ttftMs: 40.25 };
      };
      const streamed: ModelConfig = { ...model, stream: true };
      const make = () =>
        createCachedCaller({ role: 'baseline', model: streamed, store: createFileStore(dir), inner, read: () => true, write: true, maxAgeMs: 60_000, now: () => 1_700_000_000_000, stats: createCacheStats(), secrets: [] });
      await make()({ caseId: 'a', repeat: 0, messages });
      const again = await make()({ caseId: 'a', repeat: 0, messages });
      expect(calls).toBe(1);
      expect(again.cachedAt).toBeDefined();
      expect(again).toMatchObject({ ttftMs: 40.25, latencyMs: 123.5 });
    });
  });
});

describe('the cached caller', () => {
  it('makes a call once, then answers from the cache with the measured latency and today\'s cost', async () => {
    await withDir(async (dir) => {
      let calls = 0;
      const inner: CallFn = async (request) => {
        calls++;
        return answer(request);
      };
      const stats = createCacheStats();
      const now = 1_700_000_000_000;
      const make = (price = model.price) =>
        createCachedCaller({ role: 'baseline', model: { ...model, price }, store: createFileStore(dir), inner, read: () => true, write: true, maxAgeMs: 60_000, now: () => now + 1000, stats, secrets: [] });
      const first = await make()({ caseId: 'a', repeat: 0, messages });
      expect(first.cachedAt).toBeUndefined();
      const second = await make({ input: 2, cachedInput: 1, output: 4 })({ caseId: 'a', repeat: 0, messages });
      expect(calls).toBe(1);
      expect(second).toMatchObject({ output: 'hello', latencyMs: 123.5, finishReason: 'stop', usage: { prompt: 10, cached: 2, completion: 5, reasoning: 1 } });
      expect(second.costUsd).toBeCloseTo((8 * 2 + 2 * 1 + 5 * 4) / 1e6, 15);
      expect(second.cachedAt).toBe(new Date(now + 1000).toISOString());
      expect(stats.summary().sides.baseline).toMatchObject({ reused: 1, made: 1 });
    });
  });

  it('treats an entry older than maxAge as a miss, and never writes one holding a secret', async () => {
    await withDir(async (dir) => {
      let calls = 0;
      let clock = 0;
      const inner: CallFn = async (request) => {
        calls++;
        return answer(request, request.caseId === 'leak' ? 'the key is sk-abcdefgh' : 'fine');
      };
      const stats = createCacheStats();
      const call = createCachedCaller({ role: 'baseline', model, store: createFileStore(dir), inner, read: () => true, write: true, maxAgeMs: 1000, now: () => clock, stats, secrets: ['sk-abcdefgh'] });
      await call({ caseId: 'a', repeat: 0, messages });
      clock = 1000;
      await call({ caseId: 'a', repeat: 0, messages });
      expect(calls).toBe(1);
      clock = 2001;
      await call({ caseId: 'a', repeat: 0, messages });
      expect(calls).toBe(2);
      expect(stats.summary().sides.baseline.expired).toBe(1);
      await call({ caseId: 'leak', repeat: 0, messages: [{ role: 'user', content: 'leak' }] });
      await call({ caseId: 'leak', repeat: 0, messages: [{ role: 'user', content: 'leak' }] });
      expect(calls).toBe(4);
    });
  });

  it('keeps no errors, and writes no temporary file it leaves behind', async () => {
    await withDir(async (dir) => {
      const inner: CallFn = async (request) => ({ ...answer(request), output: null, latencyMs: null, error: { kind: 'infra', message: '503' } });
      const call = createCachedCaller({ role: 'baseline', model, store: createFileStore(dir), inner, read: () => true, write: true, maxAgeMs: 1e9, now: () => 0, stats: createCacheStats(), secrets: [] });
      await call({ caseId: 'a', repeat: 0, messages });
      expect(await readdir(dir)).toEqual([]);
      const ok = createCachedCaller({ role: 'baseline', model, store: createFileStore(dir), inner: async (r) => answer(r), read: () => true, write: true, maxAgeMs: 1e9, now: () => 0, stats: createCacheStats(), secrets: [] });
      await ok({ caseId: 'a', repeat: 0, messages });
      const [sub] = await readdir(dir);
      expect((await readdir(join(dir, sub!))).filter((f) => f.startsWith('.tmp'))).toEqual([]);
    });
  });
});

describe('the run cache and models.alternatives', () => {
  it('counts an alternative\'s calls apart from the candidate\'s, and the report and its note say so', async () => {
    await withDir(async (dir) => {
      const { createRunCache } = await import('../../src/cache/index.js');
      const { reportCache, cacheNotes } = await import('../../src/report/index.js');
      const inner: CallFn = async (request) => ({ ...answer(request), side: 'candidate' });
      const settings = { dir, mode: 'read-write' as const, reuse: 'all' as const, maxAgeMs: 60_000 };
      const now = () => 1_700_000_000_000;
      const first = createRunCache({ settings, replay: false, secrets: [], now });
      const alternative = { ...model, model: 'alt-1' };
      await first.wrap('candidate', model, inner)({ caseId: 'a', repeat: 0, messages });
      await first.wrap('candidate', alternative, inner, 'alternatives')({ caseId: 'a', repeat: 0, messages });
      expect(first.summary().sides.candidate).toMatchObject({ reused: 0, made: 1 });
      expect(first.summary().sides.alternatives).toMatchObject({ reused: 0, made: 1 });

      // The rerun reuses both: one each, not two for the candidate.
      const again = createRunCache({ settings, replay: false, secrets: [], now });
      await again.wrap('candidate', model, inner)({ caseId: 'a', repeat: 0, messages });
      await again.wrap('candidate', alternative, inner, 'alternatives')({ caseId: 'a', repeat: 0, messages });
      const summary = again.summary();
      expect(summary.sides.candidate).toMatchObject({ reused: 1, made: 0 });
      expect(summary.sides.alternatives).toMatchObject({ reused: 1, made: 0 });
      const report = reportCache(settings, summary, { replay: false, cwd: dir, now: now() });
      expect(report.candidate.reused).toBe(1);
      expect(report.alternatives?.reused).toBe(1);
      expect(cacheNotes(report)[0]).toContain("1 of 1 candidate calls, measured 0 s ago; 1 of 1 alternatives' calls");

      // A run without alternatives reports no alternatives side.
      const plain = createRunCache({ settings, replay: false, secrets: [], now });
      await plain.wrap('candidate', model, inner)({ caseId: 'a', repeat: 0, messages });
      expect(reportCache(settings, plain.summary(), { replay: false, cwd: dir, now: now() }).alternatives).toBeUndefined();
    });
  });
});

describe('the file store', () => {
  it('reads a torn, oversized, mismatched or hostile entry as corrupt, never throwing', async () => {
    await withDir(async (dir) => {
      const store = createFileStore(dir);
      const key = callKey(model, { messages, repeat: 0 });
      expect((await store.get(key)).status).toBe('miss');
      expect(await store.put(entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()))).toBe(true);
      expect((await store.get(key)).status).toBe('hit');
      const file = entryPath(dir, key);
      const bad = [
        '{"schema":"llm-gate/cache-entry@1",',
        'null',
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), 'x'), measuredAt: 'yesterday' }),
        JSON.stringify({ ...entryOf('0'.repeat(64), answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()) }),
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()), usage: { prompt: -1, cached: 0, completion: 0, reasoning: 0 } }),
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()), latencyMs: 'fast' }),
        // A time to first token that is not a duration, or comes after the whole answer.
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()), ttftMs: 'soon' }),
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()), ttftMs: 1e9 }),
        JSON.stringify({ ...entryOf(key, answer({ caseId: 'a', repeat: 0 }), new Date(0).toISOString()), ttftMs: -1 }),
        ' '.repeat(3_000_000),
      ];
      for (const text of bad) {
        await writeFile(file, text);
        expect((await store.get(key)).status).toBe('corrupt');
      }
    });
  });
});
