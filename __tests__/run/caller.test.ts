import { afterEach, describe, expect, it } from 'vitest';
import { createCaller, type CallerOptions } from '../../src/run/index.js';
import type { CallRequest, RunSettings } from '../../src/types.js';
import { completionBody, modelAt, sendError, sendJson, startTestServer, type Reply, type TestServer } from './server.js';

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
    const { call, server } = await setup((_req, res) =>
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
      ),
    );
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
    expect(record.latencyMs).toBeGreaterThan(0);
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
    const { call, server } = await setup(
      (_req, res, i) =>
        i === 0 ? sendError(res, 429, 'slow down', { 'retry-after-ms': '150' }) : sendJson(res, 200, completionBody({})),
      // A backoff this long would time the test out: only retry-after-ms can explain a quick retry.
      { retryPolicy: { baseDelayMs: 60_000, maxDelayMs: 60_000 } },
    );
    const record = await call(request);
    expect(record.attempts).toBe(2);
    expect(record.output).toBe('ok');
    const [first, second] = server.chats();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(145);
    expect(second!.at - first!.at).toBeLessThan(1_000);
  });

  it('retries a 500 and times only the attempt that answered', async () => {
    const { call } = await setup((_req, res, i) =>
      i === 0 ? sendError(res, 500, 'boom') : void setTimeout(() => sendJson(res, 200, completionBody({})), 80),
    );
    const record = await call(request);
    expect(record).toMatchObject({ attempts: 2, output: 'ok' });
    expect(record.error).toBeUndefined();
    expect(record.latencyMs).toBeGreaterThanOrEqual(78);
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
    const { call, server } = await setup(() => {}, { settings: { ...settings, timeoutMs: 200 } });
    const record = await call(request);
    expect(server.chats()).toHaveLength(1);
    expect(record.error?.kind).toBe('timeout');
    expect(record.attempts).toBe(1);
    expect(record.latencyMs).toBeGreaterThanOrEqual(195);
    expect(record.latencyMs).toBeLessThan(400);
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
    const { call } = await setup(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const record = await call(request, controller.signal);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(record.error?.kind).toBe('cancelled');
    expect(record.latencyMs).toBeNull();
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
