import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaller, createRetryBudget, createRunControl, runCases, type RunControl } from '../../src/run/index.js';
import type { CallFn, RunSettings, Side } from '../../src/types.js';
import { completionBody, makeCases, modelAt, sendError, sendJson, startTestServer, type Reply, type TestServer } from './server.js';

// Every answer bills 100 prompt + 50 completion tokens at modelAt's price (2.5 / 10 per 1M):
const ACTUAL_USD = (100 * 2.5 + 50 * 10) / 1e6; // 0.00075
// Each case's messages are [{ role: 'user', content: 'case-N' }] (N < 10): 10 bytes → 4 + 5 + 4 = 13
// prompt tokens, and max_tokens is 100:
const WORST_USD = (13 * 2.5 + 100 * 10) / 1e6; // 0.0010325

const usage = { prompt_tokens: 100, completion_tokens: 50 };

function billed(delayMs = 0): Reply {
  return (req, res) => {
    setTimeout(() => sendJson(res, 200, completionBody({ content: 'ok', model: req.body?.model, usage })), delayMs);
  };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(reply: Reply, settings: RunSettings, control: RunControl, retryPolicy = {}) {
  server = await startTestServer(reply);
  const make = (role: Side | 'judge'): CallFn =>
    createCaller({
      role,
      model: modelAt(server!.url, `${role}-model`, { max_tokens: 100 }),
      apiKey: 'sk-test-key-123456',
      settings,
      control,
      retryPolicy: { baseDelayMs: 5, maxDelayMs: 20, ...retryPolicy },
    });
  return { callers: { baseline: make('baseline'), candidate: make('candidate') }, judge: make('judge'), server };
}

describe('runCases with a budget', () => {
  it('stops dispatching when the next worst case would pass the budget, and leaves no record for unsent calls', async () => {
    const settings: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 5_000, retries: 0, budgetUsd: 0.006 };
    const control = createRunControl({ settings });
    const { callers } = await setup(billed(), settings, control);
    const records = await runCases({ cases: makeCases(10), callers, repeats: 1, concurrency: 1, control });
    // Call k+1 goes out while k × actual + worst ≤ budget: k ≤ 6.62, so 7 calls.
    expect(Math.floor((0.006 - WORST_USD) / ACTUAL_USD) + 1).toBe(7);
    expect(records).toHaveLength(7);
    expect(server!.chats()).toHaveLength(7);
    expect(records.every((r) => r.error === undefined)).toBe(true);
    const summary = control.summary();
    expect(summary.stoppedForBudget).toBe(true);
    expect(summary.budget.spentUsd).toBeCloseTo(7 * ACTUAL_USD, 12);
    expect(summary.budget.reservedUsd).toBe(0);
  });

  it('returns every call that finished, those in flight at the stop included, and never spends past the budget', async () => {
    const settings: RunSettings = { concurrency: 4, repeats: 1, timeoutMs: 5_000, retries: 0, budgetUsd: 0.01 };
    const control = createRunControl({ settings });
    const { callers } = await setup(billed(20), settings, control);
    const seen: string[] = [];
    const records = await runCases({
      cases: makeCases(40),
      callers,
      repeats: 1,
      concurrency: 4,
      control,
      onRecord: (r) => seen.push(`${r.caseId}/${r.side}`),
    });
    expect(control.summary().stoppedForBudget).toBe(true);
    expect(records.length).toBe(server!.chats().length);
    expect(records.length).toBeLessThan(80);
    expect(records.every((r) => r.error === undefined && r.output === 'ok')).toBe(true);
    expect(seen).toHaveLength(records.length);
    expect(records.reduce((sum, r) => sum + r.costUsd, 0)).toBeLessThanOrEqual(0.01);
  });

  it('counts judge calls against the same budget, and refuses them unsent once it is spent', async () => {
    const settings: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 5_000, retries: 0, budgetUsd: 0.006 };
    const control = createRunControl({ settings });
    const { callers, judge } = await setup(billed(), settings, control);
    const judged = await judge({ caseId: 'case-0', repeat: 0, messages: [{ role: 'user', content: 'grade me' }] });
    expect(judged.costUsd).toBeCloseTo(ACTUAL_USD, 12);
    const records = await runCases({ cases: makeCases(10), callers, repeats: 1, concurrency: 1, control });
    // The judge's spend leaves room for one call fewer: k × actual + judge + worst ≤ budget.
    expect(records).toHaveLength(6);
    const afterStop = await judge({ caseId: 'case-1', repeat: 0, messages: [{ role: 'user', content: 'grade me' }] });
    expect(afterStop).toMatchObject({ side: 'judge', attempts: 0, output: null, costUsd: 0 });
    expect(afterStop.error?.kind).toBe('cancelled');
    expect(afterStop.error?.message).toMatch(/run\.budget \$0\.0060 would be passed/);
    expect(server!.chats()).toHaveLength(1 + 6);
  });

  it('keeps a timed-out call’s worst case held, since the provider may bill it', async () => {
    const settings: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 100, retries: 0, budgetUsd: 1 };
    const control = createRunControl({ settings });
    const { callers } = await setup(() => {}, settings, control);
    const records = await runCases({ cases: makeCases(1), callers, repeats: 1, concurrency: 1, control });
    expect(records.map((r) => r.error?.kind)).toEqual(['timeout', 'timeout']);
    expect(control.summary().budget).toMatchObject({ spentUsd: 0, reservedUsd: 0 });
    expect(control.summary().budget.heldUsd).toBeCloseTo(2 * WORST_USD, 12);
  });
});

describe('runCases with adaptive concurrency', () => {
  it('halves the calls in flight after a burst of 429s and keeps the pool full at the lower limit', async () => {
    const settings: RunSettings = { concurrency: 8, repeats: 1, timeoutMs: 5_000, retries: 2 };
    const control = createRunControl({ settings, recoverAfter: 1000 });
    // The first attempt of each of the first 8 calls gets a 429 (told apart by model and case,
    // since a retry may arrive before the last of them); their 8 retries and the other 52
    // calls make 68 requests. Answers are held until 4 are waiting, then the oldest goes, so
    // nothing finishes on the machine's schedule: a runner that kept fewer than 4 in flight
    // would stall into its timeouts, and one that sent more would be seen sending them.
    const TOTAL = 8 + 60;
    const limited = new Set<string>();
    const held: ServerResponse[] = [];
    const answer = (res: ServerResponse): void => sendJson(res, 200, completionBody({ content: 'ok' }));
    const reply: Reply = (req, res) => {
      if (req.path !== '/v1/chat/completions') return sendJson(res, 200, {});
      const call = `${req.body.model}:${req.body.messages[0].content}`;
      if (limited.size < 8 && !limited.has(call)) {
        limited.add(call);
        return sendError(res, 429, 'slow down', { 'retry-after-ms': '20' });
      }
      held.push(res);
      if (server!.chats().length === TOTAL) held.splice(0).forEach(answer);
      else if (held.length >= 4) answer(held.shift()!);
    };
    const { callers } = await setup(reply, settings, control);
    // What the runner has in flight, counted where it dispatches.
    let active = 0;
    const inFlightAtDispatch: number[] = [];
    const counted = (call: CallFn): CallFn => async (request, signal) => {
      inFlightAtDispatch.push(++active);
      try {
        return await call(request, signal);
      } finally {
        active--;
      }
    };
    const records = await runCases({
      cases: makeCases(30),
      callers: { baseline: counted(callers.baseline), candidate: counted(callers.candidate) },
      repeats: 1,
      concurrency: 8,
      control,
    });
    expect(records).toHaveLength(60);
    expect(records.every((r) => r.error === undefined)).toBe(true);
    expect(server!.chats()).toHaveLength(TOTAL);
    // The first 8 calls went out at full concurrency; every later one under the halved limit,
    // into a pool kept at exactly that limit.
    expect(inFlightAtDispatch.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(inFlightAtDispatch.slice(8)).toEqual(Array.from({ length: 52 }, () => 4));
    expect(control.summary().concurrency).toMatchObject({ configured: 8, min: 4, final: 4, decreases: 1 });
  });
});

describe('the retry budget and rate limits', () => {
  it('charges a 429 that says when to come back less than another failure', async () => {
    const retryBudget = createRetryBudget({ ratio: 0, reserve: 1.6 });
    const settings: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 5_000, retries: 2 };
    const paced: Reply = (req, res, index) =>
      index < 2 ? sendError(res, 429, 'slow down', { 'retry-after-ms': '5' }) : billed()(req, res, index);
    const control = { ...createRunControl({ settings }), retryBudget };
    const { callers } = await setup(paced, settings, control);
    const record = await callers.baseline({ caseId: 'case-0', repeat: 0, messages: [{ role: 'user', content: 'hi' }] });
    // Two paced retries at 0.8 each fit a reserve of 1.6; two unpaced ones would not (next test).
    expect(record.error).toBeUndefined();
    expect(record.attempts).toBe(3);
  });

  it('refuses the second unpaced retry on the same budget', async () => {
    const retryBudget = createRetryBudget({ ratio: 0, reserve: 1.6 });
    const settings: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 5_000, retries: 2 };
    const failing: Reply = (req, res, index) => (index < 2 ? sendError(res, 502, 'bad gateway') : billed()(req, res, index));
    const control = { ...createRunControl({ settings }), retryBudget };
    const { callers } = await setup(failing, settings, control);
    const record = await callers.baseline({ caseId: 'case-0', repeat: 0, messages: [{ role: 'user', content: 'hi' }] });
    expect(record.attempts).toBe(2);
    expect(record.error?.kind).toBe('infra');
    expect(record.error?.message).toMatch(/retry budget is spent/);
  });
});
