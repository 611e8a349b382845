import { afterEach, describe, expect, it } from 'vitest';
import { LlmGateError } from '../../src/errors.js';
import { createCaller, planCalls, runCases, type RunProgress } from '../../src/run/index.js';
import type { CallFn, CallRecord, EvalCase, RunSettings, Side } from '../../src/types.js';
import { echo, modelAt, sendError, startTestServer, type Reply, type TestServer, makeCases } from './server.js';

const settings: RunSettings = { concurrency: 4, repeats: 1, timeoutMs: 5_000, retries: 0 };


let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function callersFor(reply: Reply): Promise<Record<Side, CallFn>> {
  server = await startTestServer(reply);
  const make = (side: Side) =>
    createCaller({ role: side, model: modelAt(server!.url, `${side}-model`), apiKey: 'sk-test-key-123456', settings });
  return { baseline: make('baseline'), candidate: make('candidate') };
}

/** What the server saw, as "case-i:side" in arrival order. */
function arrivals(): string[] {
  return server!.chats().map((r) => `${r.body.messages[0].content}:${String(r.body.model).replace('-model', '')}`);
}

describe('planCalls', () => {
  it('puts both sides of a case next to each other and alternates which goes first', () => {
    const plan = planCalls(2, 2).map((c) => `${c.caseIndex}/${c.repeat}/${c.side}/${c.slot}`);
    expect(plan).toEqual([
      '0/0/baseline/0',
      '0/0/candidate/1',
      '0/1/candidate/3',
      '0/1/baseline/2',
      '1/0/candidate/5',
      '1/0/baseline/4',
      '1/1/baseline/6',
      '1/1/candidate/7',
    ]);
  });
});

describe('runCases', () => {
  it('sends baseline and candidate interleaved case by case, alternating the leader', async () => {
    const callers = await callersFor(echo());
    const records = await runCases({ cases: makeCases(4), callers, repeats: 1, concurrency: 1 });
    expect(records).toHaveLength(8);
    expect(arrivals()).toEqual([
      'case-0:baseline',
      'case-0:candidate',
      'case-1:candidate',
      'case-1:baseline',
      'case-2:baseline',
      'case-2:candidate',
      'case-3:candidate',
      'case-3:baseline',
    ]);
  });

  it('returns records in case, repeat, baseline-then-candidate order whatever order they finish in', async () => {
    // Earlier cases answer slower, so completion order is roughly reversed.
    const callers = await callersFor(echo((req) => 200 - 15 * Number(String(req.body.messages[0].content).slice(5))));
    const records = await runCases({ cases: makeCases(6), callers, repeats: 2, concurrency: 24 });
    const order = records.map((r) => `${r.caseId}/${r.repeat}/${r.side}`);
    const expected: string[] = [];
    for (let i = 0; i < 6; i++)
      for (let r = 0; r < 2; r++) expected.push(`case-${i}/${r}/baseline`, `case-${i}/${r}/candidate`);
    expect(order).toEqual(expected);
    expect(records.every((r) => r.output === r.caseId && r.error === undefined)).toBe(true);
  });

  it('never has more than `concurrency` calls in flight, and keeps the pool full', async () => {
    const callers = await callersFor(echo(() => 40));
    await runCases({ cases: makeCases(15), callers, repeats: 1, concurrency: 3 });
    expect(server!.chats()).toHaveLength(30);
    expect(server!.maxInFlight()).toBe(3);
  });

  it('times each call from dispatch, not from when it was queued', async () => {
    const callers = await callersFor(echo(() => 100));
    const records = await runCases({ cases: makeCases(3), callers, repeats: 1, concurrency: 1 });
    // With one worker, the last call waited ~500 ms in our queue; its latency must not show it.
    for (const record of records) {
      expect(record.latencyMs).toBeGreaterThanOrEqual(98);
      expect(record.latencyMs).toBeLessThan(180);
    }
  });

  it('reports progress on a timer and once at the end, with spend and elapsed time', async () => {
    const callers = await callersFor(echo(() => 30));
    const seen: RunProgress[] = [];
    const records: CallRecord[] = [];
    await runCases({
      cases: makeCases(8),
      callers,
      repeats: 1,
      concurrency: 2,
      progressIntervalMs: 50,
      onProgress: (p) => seen.push(p),
      onRecord: (r) => records.push(r),
    });
    expect(records).toHaveLength(16);
    // 8 rounds of ~30 ms: several ticks, far fewer than one per call.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThan(16);
    expect(seen.at(-1)).toMatchObject({ done: 16, total: 16, spentUsd: 0 });
    expect(seen.at(-1)!.elapsedMs).toBeGreaterThanOrEqual(200);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('on abort stops dispatching, cancels calls in flight and resolves with the records so far', async () => {
    const callers = await callersFor(echo((req) => (req.body.messages[0].content === 'case-0' ? 20 : 10_000)));
    const controller = new AbortController();
    const started = performance.now();
    const run = runCases({
      cases: makeCases(20),
      callers,
      repeats: 1,
      concurrency: 4,
      signal: controller.signal,
      onRecord: (r) => {
        if (r.caseId === 'case-0' && r.side === 'candidate') setTimeout(() => controller.abort(), 30);
      },
    });
    const records = await run;
    expect(performance.now() - started).toBeLessThan(2_000);
    const finished = records.filter((r) => r.error === undefined).map((r) => `${r.caseId}/${r.side}`);
    expect(finished).toEqual(['case-0/baseline', 'case-0/candidate']);
    const cancelled = records.filter((r) => r.error?.kind === 'cancelled');
    expect(cancelled.length).toBe(4);
    expect(records).toHaveLength(6);
    // Nothing was dispatched after the abort: 2 answered + 4 in flight.
    expect(server!.chats()).toHaveLength(6);
  });

  it('resolves at once with no records when the signal is already aborted', async () => {
    const callers = await callersFor(echo());
    const records = await runCases({
      cases: makeCases(3),
      callers,
      repeats: 1,
      concurrency: 2,
      signal: AbortSignal.abort(),
    });
    expect(records).toEqual([]);
    expect(server!.chats()).toHaveLength(0);
  });

  it('stops the run on a 401 and rejects with a fatal LlmGateError naming model and endpoint', async () => {
    const reply: Reply = (req, res) =>
      req.body.model === 'candidate-model' ? sendError(res, 401, 'bad key') : echo(() => 20)(req, res, 0);
    const callers = await callersFor(reply);
    const error = await runCases({ cases: makeCases(50), callers, repeats: 1, concurrency: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmGateError);
    const gateError = error as LlmGateError;
    expect(gateError.code).toBe('fatal');
    expect(gateError.field).toBe('models.candidate.model');
    expect(gateError.message).toContain('"candidate-model"');
    expect(gateError.message).toContain(server!.url);
    // Only the calls already dispatched when the 401 came back were sent.
    expect(server!.chats().length).toBeLessThanOrEqual(3);
  });

  it('rejects bad options at once, saying what was expected', async () => {
    const callers = { baseline: (() => {}) as unknown as CallFn, candidate: (() => {}) as unknown as CallFn };
    await expect(runCases({ cases: [], callers, repeats: 1, concurrency: 0 })).rejects.toThrow(/integer ≥ 1, got 0/);
    await expect(runCases({ cases: [], callers, repeats: 1.5, concurrency: 1 })).rejects.toThrow(/repeats/);
  });
});
