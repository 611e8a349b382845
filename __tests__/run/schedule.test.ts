import { afterEach, describe, expect, it, vi } from 'vitest';
import { LlmGateError } from '../../src/errors.js';
import { createCaller, planCalls, runCases, type RunProgress } from '../../src/run/index.js';
import type { CallFn, CallRecord, Clock, RunSettings, Side } from '../../src/types.js';
import { heldCallers, turn } from './held-callers.js';
import { echo, makeCases, manualClock, modelAt, sendError, startTestServer, until, type Reply, type TestServer } from './server.js';

const settings: RunSettings = { concurrency: 4, repeats: 1, timeoutMs: 5_000, retries: 0 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function callersFor(reply: Reply, clock?: Clock): Promise<Record<Side, CallFn>> {
  server = await startTestServer(reply);
  const make = (side: Side) =>
    createCaller({ role: side, model: modelAt(server!.url, `${side}-model`), apiKey: 'sk-test-key-123456', settings, ...(clock ? { clock } : {}) });
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
    const held = heldCallers();
    const finishedOrder: string[] = [];
    const run = runCases({
      cases: makeCases(6),
      callers: held.callers,
      repeats: 2,
      concurrency: 24,
      onRecord: (r) => finishedOrder.push(`${r.caseId}/${r.repeat}/${r.side}`),
    });
    await turn();
    expect(held.pending).toHaveLength(24);
    // The last call sent finishes first, the first sent last.
    for (const call of [...held.pending].reverse()) call.finish();
    const records = await run;
    const sent = held.dispatched.map((c) => `${c.request.caseId}/${c.request.repeat}/${c.side}`);
    expect(finishedOrder).toEqual([...sent].reverse());
    const order = records.map((r) => `${r.caseId}/${r.repeat}/${r.side}`);
    const expected: string[] = [];
    for (let i = 0; i < 6; i++)
      for (let r = 0; r < 2; r++) expected.push(`case-${i}/${r}/baseline`, `case-${i}/${r}/candidate`);
    expect(order).toEqual(expected);
    expect(records.every((r) => r.output === r.caseId && r.error === undefined)).toBe(true);
  });

  it('never has more than `concurrency` calls in flight, and keeps the pool full', async () => {
    const held = heldCallers();
    const run = runCases({ cases: makeCases(15), callers: held.callers, repeats: 1, concurrency: 3 });
    // Each turn the runner has sent all it wanted to; then the oldest call finishes.
    const inFlight: number[] = [];
    for (let turns = 0; turns < 100 && (held.dispatched.length < 30 || held.pending.length > 0); turns++) {
      await turn();
      inFlight.push(held.pending.length);
      held.pending[0]?.finish();
    }
    await run;
    expect(held.dispatched).toHaveLength(30);
    // 3 in flight at every turn until the work runs out: then 2, then 1.
    expect(inFlight).toEqual([...Array.from({ length: 28 }, () => 3), 2, 1]);
  });

  it('times each call from dispatch, not from when it was queued', async () => {
    // Every answer takes 100 ms of the test's clock. With one worker, the last call waits
    // 500 ms of it in our queue; its latency must not show that.
    const clock = manualClock();
    const callers = await callersFor((req, res, index) => {
      clock.advance(100);
      echo()(req, res, index);
    }, clock);
    const records = await runCases({ cases: makeCases(3), callers, repeats: 1, concurrency: 1 });
    expect(records.map((r) => r.latencyMs)).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it('reports progress on a timer and once at the end, with spend and elapsed time', async () => {
    // The ticker's interval and the run's clock are fake: each round, both calls in flight
    // finish and 25 ms pass, so the 50 ms timer fires every second round.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
    try {
      const held = heldCallers({ costUsd: 0.25 });
      const seen: RunProgress[] = [];
      const records: CallRecord[] = [];
      const run = runCases({
        cases: makeCases(8),
        callers: held.callers,
        repeats: 1,
        concurrency: 2,
        progressIntervalMs: 50,
        clock: { now: () => performance.now() },
        onProgress: (p) => seen.push({ ...p }),
        onRecord: (r) => records.push(r),
      });
      for (let round = 0; round < 8; round++) {
        await turn();
        for (const call of [...held.pending]) call.finish();
        await turn();
        vi.advanceTimersByTime(25);
      }
      await run;
      expect(records).toHaveLength(16);
      // Three ticks, not one per call, then one at the end (after 7 × 25 ms).
      expect(seen).toEqual([
        { done: 4, total: 16, spentUsd: 1, elapsedMs: 50 },
        { done: 8, total: 16, spentUsd: 2, elapsedMs: 100 },
        { done: 12, total: 16, spentUsd: 3, elapsedMs: 150 },
        { done: 16, total: 16, spentUsd: 4, elapsedMs: 175 },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on abort stops dispatching, cancels calls in flight and resolves with the records so far', async () => {
    // case-0 is answered at once and every other call never; the run is cancelled once the
    // sixth request is in: case-0's two, and the four in flight after them. Calls that did
    // not stop would end at the 5 s timeout, recorded as timeouts.
    const controller = new AbortController();
    const callers = await callersFor((req, res, index) => {
      if (req.body.messages[0].content === 'case-0') return echo()(req, res, index);
      if (server!.chats().length === 6) controller.abort();
    });
    const records = await runCases({ cases: makeCases(20), callers, repeats: 1, concurrency: 4, signal: controller.signal });
    const finished = records.filter((r) => r.error === undefined).map((r) => `${r.caseId}/${r.side}`);
    expect(finished).toEqual(['case-0/baseline', 'case-0/candidate']);
    const cancelled = records.filter((r) => r.error?.kind === 'cancelled');
    expect(cancelled.length).toBe(4);
    expect(records).toHaveLength(6);
    // Nothing was dispatched after the abort: 2 answered + 4 in flight, all four abandoned.
    expect(server!.chats()).toHaveLength(6);
    await until(() => server!.abandoned() === 4, 'the server to see the four calls abandoned');
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
