// The caller over the Responses API and over streams, against a real local server: what the
// request looks like, how the answer, usage and cut answers are read, and what a stream
// that stalls, ends without usage or grows past the cap becomes.
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createCaller } from '../../src/run/index.js';
import { responsesParams, splitMessages } from '../../src/run/protocols/index.js';
import type { CallRequest, ModelConfig, RunSettings } from '../../src/types.js';
import { modelAt, sendJson, startTestServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SETTINGS: RunSettings = { concurrency: 1, repeats: 1, timeoutMs: 2_000, retries: 0 };
const REQUEST: CallRequest = {
  caseId: 'c1',
  repeat: 0,
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Route this ticket.' },
  ],
};

/** A clock that moves only when told: latency and TTFT are then exact. */
function steppedClock() {
  let now = 0;
  return { now: () => now, set: (t: number) => (now = t) };
}

function caller(model: ModelConfig, settings: Partial<RunSettings> = {}, clock?: { now(): number }) {
  return createCaller({ role: 'candidate', model, apiKey: 'sk-test-key-0000', settings: { ...SETTINGS, ...settings }, ...(clock ? { clock } : {}) });
}

const RESPONSES_USAGE = { input_tokens: 30, input_tokens_details: { cached_tokens: 10 }, output_tokens: 20, output_tokens_details: { reasoning_tokens: 12 }, total_tokens: 50 };

function responseBody(over: Record<string, unknown> = {}) {
  return {
    id: 'resp_1',
    object: 'response',
    status: 'completed',
    model: 'm',
    output: [
      { type: 'reasoning', id: 'rs_1', summary: [] },
      { type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text: 'billing', annotations: [] }] },
    ],
    usage: RESPONSES_USAGE,
    ...over,
  };
}

function sse(res: ServerResponse, events: unknown[], opts: { named?: boolean } = {}): void {
  if (!res.headersSent) res.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const e of events) {
    const name = opts.named && typeof e === 'object' && e && 'type' in e ? `event: ${(e as { type: string }).type}\n` : '';
    res.write(`${name}data: ${JSON.stringify(e)}\n\n`);
  }
}

describe('the Responses API', () => {
  it('sends instructions + input, reads output text and maps usage (reasoning inside output tokens)', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, responseBody()));
    const price = { input: 2, cachedInput: 0.5, output: 8 };
    const record = await caller({ ...modelAt(server.url, 'm', { max_tokens: 50, reasoning: { effort: 'low' } }), api: 'responses', price })(REQUEST);
    const seen = server.requests.find((r) => r.path === '/v1/responses')!;
    expect(seen.body).toEqual({ model: 'm', instructions: 'Be brief.', input: [{ role: 'user', content: 'Route this ticket.' }], max_output_tokens: 50, reasoning: { effort: 'low' } });
    expect(record.output).toBe('billing');
    expect(record.usage).toEqual({ prompt: 30, cached: 10, completion: 20, reasoning: 12 });
    expect(record.costUsd).toBeCloseTo((20 * 2 + 10 * 0.5 + 20 * 8) / 1e6, 15);
    expect(record.finishReason).toBe('stop');
  });

  it('counts an incomplete response cut at max_output_tokens as a cut answer', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, responseBody({ status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } })));
    const record = await caller({ ...modelAt(server.url, 'm'), api: 'responses' })(REQUEST);
    expect(record.error).toBeUndefined();
    expect(record.finishReason).toBe('length');
  });

  it('reads a forced function call as the output, so the llm-judge works over it', async () => {
    server = await startTestServer((_req, res) =>
      sendJson(res, 200, responseBody({ output: [{ type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'submit_grade', arguments: '{"grade":"pass","reason":"ok"}' }] })),
    );
    const params = {
      temperature: 0,
      tools: [{ type: 'function', function: { name: 'submit_grade', parameters: { type: 'object' } } }],
      tool_choice: { type: 'function', function: { name: 'submit_grade' } },
    };
    const record = await caller({ ...modelAt(server.url, 'judge'), api: 'responses' })({ ...REQUEST, params });
    const seen = server.requests.find((r) => r.path === '/v1/responses')!;
    expect(seen.body.tools).toEqual([{ type: 'function', name: 'submit_grade', parameters: { type: 'object' } }]);
    expect(seen.body.tool_choice).toEqual({ type: 'function', name: 'submit_grade' });
    expect(record.output).toBe('{"grade":"pass","reason":"ok"}');
  });

  it('a response with no output item is no answer', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, responseBody({ output: [] })));
    const record = await caller({ ...modelAt(server.url, 'm'), api: 'responses' })(REQUEST);
    expect(record.error?.message).toMatch(/no output message/);
  });

  it('translates Chat Completions params and keeps those already in its own form', () => {
    expect(responsesParams({ max_completion_tokens: 9, max_tokens: 5, reasoning_effort: 'high', response_format: { type: 'json_schema', json_schema: { name: 'x', schema: {} } } })).toEqual({
      max_output_tokens: 9,
      reasoning: { effort: 'high' },
      text: { format: { type: 'json_schema', name: 'x', schema: {} } },
    });
    expect(responsesParams({ max_tokens: 5, max_output_tokens: 7 })).toEqual({ max_output_tokens: 7 });
    expect(splitMessages([{ role: 'user', content: 'hi' }])).toEqual({ input: [{ role: 'user', content: 'hi' }] });
    expect(splitMessages([{ role: 'system', content: 'a' }, { role: 'developer', content: 'b' }, { role: 'user', content: 'c' }]).instructions).toBe('a\n\nb');
  });
});

describe('streaming', () => {
  it('Chat Completions: asks for usage in the stream, joins the deltas, and times the first content delta', async () => {
    const clock = steppedClock();
    server = await startTestServer((_req, res) => {
      const chunk = (delta: unknown, finish: string | null = null) => ({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] });
      clock.set(100);
      sse(res, [chunk({ role: 'assistant', content: '' })]);
      setTimeout(() => {
        clock.set(130);
        sse(res, [chunk({ content: 'bill' })]);
        setTimeout(() => {
          clock.set(170);
          sse(res, [chunk({ content: 'ing' }, 'stop'), { id: 'c', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 9, completion_tokens: 2 } }]);
          res.end('data: [DONE]\n\n');
        }, 50);
      }, 50);
    });
    const record = await caller({ ...modelAt(server.url), stream: true }, {}, clock)(REQUEST);
    const seen = server.chats()[0]!;
    expect(seen.body.stream).toBe(true);
    expect(seen.body.stream_options).toEqual({ include_usage: true });
    expect(record.output).toBe('billing');
    expect(record.ttftMs).toBe(130);
    expect(record.latencyMs).toBe(170);
    expect(record.usage).toMatchObject({ prompt: 9, completion: 2 });
    expect(record.usageMissing).toBeUndefined();
  });

  it('the Responses API: output_text deltas, the final response for usage and status', async () => {
    const clock = steppedClock();
    server = await startTestServer((_req, res) => {
      clock.set(10);
      sse(res, [{ type: 'response.created', response: { ...responseBody(), status: 'in_progress', output: [], usage: null } }], { named: true });
      clock.set(25);
      sse(res, [{ type: 'response.output_text.delta', delta: 'bil' }, { type: 'response.output_text.delta', delta: 'ling' }], { named: true });
      clock.set(40);
      sse(res, [{ type: 'response.incomplete', response: responseBody({ status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } }) }], { named: true });
      res.end();
    });
    const record = await caller({ ...modelAt(server.url), api: 'responses', stream: true }, {}, clock)(REQUEST);
    expect(server.requests.find((r) => r.path === '/v1/responses')!.body.stream).toBe(true);
    expect(record.output).toBe('billing');
    expect(record.ttftMs).toBe(40);
    expect(record.finishReason).toBe('length');
    expect(record.usage).toEqual({ prompt: 30, cached: 10, completion: 20, reasoning: 12 });
  });

  it('a stream that ends without usage is an answer whose cost is unknown (usageMissing)', async () => {
    server = await startTestServer((_req, res) => {
      sse(res, [{ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'ok' }, finish_reason: 'stop' }] }]);
      res.end('data: [DONE]\n\n');
    });
    const record = await caller({ ...modelAt(server.url), stream: true })(REQUEST);
    expect(record.output).toBe('ok');
    expect(record.usageMissing).toBe(true);
    expect(record.costUsd).toBe(0);
  });

  it('a stream that stalls between chunks past the timeout is a timeout', async () => {
    server = await startTestServer((_req, res) => {
      sse(res, [{ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'first' }, finish_reason: null }] }]);
      // Never ends: the server holds the stream open.
    });
    const record = await caller({ ...modelAt(server.url), stream: true }, { timeoutMs: 150 })(REQUEST);
    expect(record.error?.kind).toBe('timeout');
    expect(record.output).toBeNull();
  });

  it('a stream larger than run.maxResponseSize is refused, not read on', async () => {
    server = await startTestServer((_req, res) => {
      const chunk = JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'x'.repeat(1000) }, finish_reason: null }] });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 0; i < 20; i++) res.write(`data: ${chunk}\n\n`);
      res.end('data: [DONE]\n\n');
    });
    const record = await caller({ ...modelAt(server.url), stream: true }, { maxResponseBytes: 4096 })(REQUEST);
    expect(record.error?.code).toBe('response-too-large');
  });
});

describe('keyless endpoints and gateway headers', () => {
  it('apiKeyEnv: none sends no Authorization; headers and query go with every request', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } }));
    const model: ModelConfig = { ...modelAt(server.url), apiKeyEnv: 'none', headers: { 'api-key': 'azure-key-123456' }, query: { 'api-version': '2024-10-21' } };
    const record = await caller(model)(REQUEST);
    expect(record.error).toBeUndefined();
    const seen = server.requests[0]!;
    expect(seen.authorization).toBeUndefined();
    expect(seen.path).toBe('/v1/chat/completions?api-version=2024-10-21');
  });

  it('a configured Authorization header is sent as written, even without a key variable', async () => {
    server = await startTestServer((_req, res) => sendJson(res, 200, { id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1 } }));
    await caller({ ...modelAt(server.url), apiKeyEnv: 'none', headers: { Authorization: 'Token own-scheme-1234' } })(REQUEST);
    expect(server.chats()[0]!.authorization).toBe('Token own-scheme-1234');
  });
});
