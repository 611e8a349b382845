// An independent server for the endpoint tests: Chat Completions and the Responses API,
// whole or streamed (server-sent events), sharing no code with llm-gate. It records every
// request's path, query, headers and Authorization, and for a stream the monotonic time from
// arrival to the first content byte it wrote, so a test can check TTFT against what it served.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export interface WireAnswer {
  content: string;
  usage: { prompt: number; cached: number; completion: number; reasoning: number };
  /** Before the first content byte (streamed) or the whole body. */
  firstTokenMs: number;
  /** After the first content byte, before the rest (streamed only). */
  restMs?: number;
  /** Streamed: leave usage out of the stream. */
  noUsage?: boolean;
  /** Responses API: answer incomplete at max_output_tokens. */
  cut?: boolean;
}

export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  api?: 'chat' | 'responses';
  stream?: boolean;
  /** Arrival → first content byte written (streams), or → response written (whole). */
  servedFirstMs?: number;
}

export type WireScript = (req: WireRequest) => WireAnswer;

export interface WireServer {
  url: string;
  origin: string;
  requests: WireRequest[];
  calls(): WireRequest[];
  close(): Promise<void>;
}

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** With `tls`, the server speaks https (a test certificate for localhost). */
export async function startWireServer(script: WireScript, tls?: { key: string; cert: string }): Promise<WireServer> {
  const requests: WireRequest[] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse) => void handle(req, res, script, requests);
  const server = tls ? createTlsServer(tls, onRequest) : createServer(onRequest);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: tls ? `https://localhost:${port}/v1` : `http://127.0.0.1:${port}/v1`,
    origin: `127.0.0.1:${port}`,
    requests,
    calls: () => requests.filter((r) => r.api !== undefined),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, script: WireScript, requests: WireRequest[]): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const arrived = performance.now();
  const url = new URL(req.url ?? '/', 'http://x');
  const seen: WireRequest = {
    method: req.method ?? '',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body: chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined,
  };
  requests.push(seen);
  if (req.method === 'GET') return json(res, 200, { object: 'list', data: [] });
  const api = url.pathname.endsWith('/chat/completions') ? 'chat' : url.pathname.endsWith('/responses') ? 'responses' : undefined;
  if (!api) return json(res, 404, { error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } });
  seen.api = api;
  seen.stream = seen.body.stream === true;
  const answer = script(seen);
  const u = answer.usage;
  const chatUsage = {
    prompt_tokens: u.prompt,
    completion_tokens: u.completion,
    total_tokens: u.prompt + u.completion,
    prompt_tokens_details: { cached_tokens: u.cached },
    completion_tokens_details: { reasoning_tokens: u.reasoning },
  };
  const respUsage = {
    input_tokens: u.prompt,
    input_tokens_details: { cached_tokens: u.cached },
    output_tokens: u.completion,
    output_tokens_details: { reasoning_tokens: u.reasoning },
    total_tokens: u.prompt + u.completion,
  };
  const response = {
    id: 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    model: seen.body.model,
    status: answer.cut ? 'incomplete' : 'completed',
    incomplete_details: answer.cut ? { reason: 'max_output_tokens' } : null,
    output: [{ type: 'message', id: 'msg_1', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: answer.content, annotations: [] }] }],
    usage: respUsage,
  };
  if (!seen.stream) {
    await wait(answer.firstTokenMs);
    seen.servedFirstMs = performance.now() - arrived;
    if (api === 'responses') return json(res, 200, response);
    return json(res, 200, {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: seen.body.model,
      choices: [{ index: 0, message: { role: 'assistant', content: answer.content, refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: chatUsage,
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const event = (data: unknown, name?: string) => res.write(`${name ? `event: ${name}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
  const half = Math.ceil(answer.content.length / 2);
  const parts = [answer.content.slice(0, half), answer.content.slice(half)];
  if (api === 'chat') {
    const chunk = (delta: unknown, finish: string | null) => ({ id: 'c', object: 'chat.completion.chunk', created: 1, model: seen.body.model, choices: [{ index: 0, delta, finish_reason: finish }] });
    event(chunk({ role: 'assistant', content: '' }, null));
    await wait(answer.firstTokenMs);
    seen.servedFirstMs = performance.now() - arrived;
    event(chunk({ content: parts[0] }, null));
    await wait(answer.restMs ?? 0);
    event(chunk({ content: parts[1] }, 'stop'));
    if (!answer.noUsage) event({ id: 'c', object: 'chat.completion.chunk', created: 1, model: seen.body.model, choices: [], usage: chatUsage });
    res.end('data: [DONE]\n\n');
    return;
  }
  event({ type: 'response.created', sequence_number: 0, response: { ...response, status: 'in_progress', output: [], usage: null } }, 'response.created');
  await wait(answer.firstTokenMs);
  seen.servedFirstMs = performance.now() - arrived;
  event({ type: 'response.output_text.delta', sequence_number: 1, item_id: 'msg_1', output_index: 0, content_index: 0, delta: parts[0] }, 'response.output_text.delta');
  await wait(answer.restMs ?? 0);
  event({ type: 'response.output_text.delta', sequence_number: 2, item_id: 'msg_1', output_index: 0, content_index: 0, delta: parts[1] }, 'response.output_text.delta');
  const final = answer.noUsage ? { ...response, usage: null } : response;
  const type = answer.cut ? 'response.incomplete' : 'response.completed';
  event({ type, sequence_number: 3, response: final }, type);
  res.end();
}

function json(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
