import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCaller, type CallerOptions } from '../../src/run/index.js';
import type { CallRequest, RunSettings } from '../../src/types.js';
import { completionBody, manualClock, modelAt, sendError, sendJson, startTestServer, until, type Reply, type TestServer } from './server.js';

const KEY = 'sk-test-0123456789abcdef';
const settings: RunSettings = { concurrency: 4, repeats: 1, timeoutMs: 5_000, retries: 2 };
const request: CallRequest = { caseId: 'case-1', repeat: 0, messages: [{ role: 'user', content: 'hello' }] };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(reply: Reply, extra: Partial<CallerOptions> = {}) {
  server = await startTestServer(reply);
  const call = createCaller({
    role: 'candidate',
    model: modelAt(server.url, 'model-x', { temperature: 0, max_tokens: 50 }),
    apiKey: KEY,
    settings,
    retryPolicy: { baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  });
  return { call, server };
}

describe('createCaller', () => {
  it('sends model, messages and merged params, and records usage, cost, output and finish reason', async () => {
    const clock = manualClock();
    const { call, server } = await setup((_req, res) => {
      clock.advance(42);
      sendJson(
        res,
        200,
        completionBody({
          content: 'the answer',
          finishReason: 'length',
          usage: {
            prompt_tokens: 1000,
            completion_tokens: 300,
            prompt_tokens_details: { cached_tokens: 400 },
            completion_tokens_details: { reasoning_tokens: 120 },
          },
        }),
      );
    }, { clock });
    const record = await call({ ...request, params: { max_tokens: 99, seed: 3 } });
    expect(server.chats()[0]!.body).toEqual({
      model: 'model-x',
      messages: [{ role: 'user', content: 'hello' }],
      temperature: 0,
      max_tokens: 99,
      seed: 3,
    });
    expect(server.chats()[0]!.authorization).toBe(`Bearer ${KEY}`);
    expect(record).toMatchObject({
      caseId: 'case-1',
      side: 'candidate',
      repeat: 0,
      model: 'model-x',
      output: 'the answer',
      finishReason: 'length',
      attempts: 1,
      usage: { prompt: 1000, cached: 400, completion: 300, reasoning: 120 },
    });
    expect(record.error).toBeUndefined();
    // (600 × 2.5 + 400 × 1.25 + 300 × 10) / 1e6
    expect(record.costUsd).toBe(0.005);
    // The 42 ms the server's clock moved while the request was with it.
    expect(record.latencyMs).toBe(42);
  });

  it("uses the first tool call's arguments as output when the message has no text", async () => {
    const args = '{"grade":"good","reason":"fine"}';
    const { call } = await setup((_req, res) => sendJson(res, 200, completionBody({ content: null, toolArguments: args })));
    const record = await call(request);
    expect(record.output).toBe(args);
    expect(record.usage).toEqual({ prompt: 0, cached: 0, completion: 0, reasoning: 0 });
    expect(record.costUsd).toBe(0);
  });

  it('waits for retry-after-ms on a 429 and then succeeds, on its second attempt', async () => {
    const waits: { ms: number; sentBefore: number }[] = [];
    const { call, server } = await setup(
      (_req, res, i) =>
        i === 0 ? sendError(res, 429, 'slow down', { 'retry-after-ms': '150' }) : sendJson(res, 200, completionBody({})),
      {
        // A backoff would be a jittered draw below 60 s: only retry-after-ms gives exactly 150.
        retryPolicy: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
        sleep: async (ms) => {
          waits.push({ ms, sentBefore: server.chats().length });
          return true;
        },
      },
    );
    const record = await call(request);
    expect(record.attempts).toBe(2);
    expect(record.output).toBe('ok');
    // One wait, of the server's 150 ms, between the first attempt and the second.
    expect(waits).toEqual([{ ms: 150, sentBefore: 1 }]);
    expect(server.chats()).toHaveLength(2);
  });

  it('retries a 500 and times only the attempt that answered', async () => {
    // The failed attempt takes 1 s and the backoff 500 ms of the test's clock; the answer 80 ms.
    const clock = manualClock();
    const { call } = await setup(
      (_req, res, i) => {
        clock.advance(i === 0 ? 1_000 : 80);
        if (i === 0) sendError(res, 500, 'boom');
        else sendJson(res, 200, completionBody({}));
      },
      {
        clock,
        sleep: async () => {
          clock.advance(500);
          return true;
        },
      },
    );
    const record = await call(request);
    expect(record).toMatchObject({ attempts: 2, output: 'ok' });
    expect(record.error).toBeUndefined();
    expect(record.latencyMs).toBe(80);
  });

  it('retries a connection reset, a body cut short and an invalid JSON body as transient', async () => {
    const { call, server } = await setup(
      (_req, res, i) => {
        if (i === 0) return void res.socket?.destroy();
        if (i === 1) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
          res.write('{"id":"chatcmpl-x","choices":[');
          return void setTimeout(() => res.socket?.destroy(), 20);
        }
        if (i === 2) {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': '31' });
          return void res.end('{"id":"chatcmpl-x","choices":[{');
        }
        sendJson(res, 200, completionBody({ content: 'fourth time' }));
      },
      { settings: { ...settings, retries: 3 } },
    );
    const record = await call(request);
    expect(record).toMatchObject({ attempts: 4, output: 'fourth time' });
    expect(server.chats()).toHaveLength(4);
  });

  it('gives up after run.retries retries with an infra error that keeps the status', async () => {
    const { call, server } = await setup((_req, res) => sendError(res, 503, 'overloaded'));
    const record = await call(request);
    expect(server.chats()).toHaveLength(settings.retries + 1);
    expect(record.attempts).toBe(3);
    expect(record.output).toBeNull();
    expect(record.error).toMatchObject({ kind: 'infra', status: 503 });
    expect(record.error!.message).toMatch(/overloaded.*after 3 attempts/);
  });

  it('does not retry a 400: the request error is the model side of the case', async () => {
    const { call, server } = await setup((_req, res) => sendError(res, 400, 'max_tokens is too large'));
    const record = await call(request);
    expect(server.chats()).toHaveLength(1);
    expect(record.attempts).toBe(1);
    expect(record.error).toMatchObject({ kind: 'request', status: 400 });
    expect(record.error!.message).toContain('max_tokens is too large');
  });

  it('turns a 401 into a fatal error naming model, endpoint and key variable, without the key itself', async () => {
    const { call, server } = await setup((_req, res) => sendError(res, 401, `Incorrect API key provided: ${KEY}`));
    const record = await call(request);
    expect(server.chats()).toHaveLength(1);
    expect(record.error).toMatchObject({ kind: 'fatal', status: 401 });
    expect(record.error!.message).toContain('"model-x"');
    expect(record.error!.message).toContain(server.url);
    expect(record.error!.message).toContain('$TEST_API_KEY');
    expect(record.error!.message).not.toContain(KEY);
  });

  it('aborts a call past the timeout, records it as a timeout with the elapsed time, and does not retry', async () => {
    // Fake timers and a fake monotonic clock: the timeout fires when the test moves time, not
    // when a busy machine gets round to it. The HTTP exchange itself stays real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const { call, server } = await setup(() => {}, { settings: { ...settings, timeoutMs: 200 }, clock: { now: () => performance.now() } });
      const pending = call(request);
      await until(() => server.chats().length === 1, 'the request to reach the server');
      const timers = vi.getTimerCount();
      await vi.advanceTimersByTimeAsync(199);
      // At 199 ms no timer has fired: the call is still waiting.
      expect(vi.getTimerCount()).toBe(timers);
      await vi.advanceTimersByTimeAsync(1);
      const record = await pending;
      expect(server.chats()).toHaveLength(1);
      expect(record.error?.kind).toBe('timeout');
      expect(record.attempts).toBe(1);
      expect(record.latencyMs).toBe(200);
      await until(() => server.abandoned() === 1, 'the server to see the request abandoned');
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops retrying once the shared run retry budget is spent', async () => {
    const { createRetryBudget } = await import('../../src/run/index.js');
    const retryBudget = createRetryBudget({ ratio: 0, reserve: 1 });
    const { call, server } = await setup((_req, res) => sendError(res, 502, 'bad gateway'), { retryBudget });
    const first = await call(request);
    const second = await call({ ...request, caseId: 'case-2' });
    expect(first.attempts).toBe(2);
    expect(second.attempts).toBe(1);
    expect(second.error!.message).toMatch(/retry budget/);
    expect(server.chats()).toHaveLength(3);
  });

  it('records a call cancelled in flight as cancelled, without waiting for the server', async () => {
    // The server never answers: it cancels the call once the request is in. A call that did
    // not stop would end at the 5 s timeout, recorded as a timeout.
    const controller = new AbortController();
    const { call, server } = await setup(() => controller.abort());
    const record = await call(request, controller.signal);
    expect(record.error?.kind).toBe('cancelled');
    expect(record.latencyMs).toBeNull();
    expect(server.chats()).toHaveLength(1);
    await until(() => server.abandoned() === 1, 'the server to see the request abandoned');
  });

  it('reuses keep-alive connections instead of opening one per call', async () => {
    const { call, server } = await setup((_req, res) => sendJson(res, 200, completionBody({})));
    for (let i = 0; i < 10; i++) await call({ ...request, caseId: `c${i}` });
    expect(server.chats()).toHaveLength(10);
    // undici puts a socket back in its pool a tick after the body resolves, so a call sent
    // at once may open a second one; after that the two are reused.
    expect(server.connections()).toBeLessThanOrEqual(2);
  });
});
