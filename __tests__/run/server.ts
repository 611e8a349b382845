import type { EvalCase } from '../../src/types.js';
// A tiny OpenAI-compatible server on 127.0.0.1 for the run tests: each test says how
// to answer, and the server records what it saw (requests, connections, concurrency).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ModelConfig } from '../../src/types.js';

export interface SeenRequest {
  method: string;
  path: string;
  body: any;
  authorization: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
}

export type Reply = (req: SeenRequest, res: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  /** Base URL ending in /v1. */
  url: string;
  requests: SeenRequest[];
  /** Chat completion requests only. */
  chats(): SeenRequest[];
  connections(): number;
  maxInFlight(): number;
  /** Requests whose connection closed before an answer was sent: the client gave up on them. */
  abandoned(): number;
  close(): Promise<void>;
}

export async function startTestServer(reply: Reply): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let connections = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let abandoned = 0;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      if (!res.writableEnded) abandoned++;
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const seen: SeenRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      at: performance.now(),
    };
    requests.push(seen);
    await reply(seen, res, requests.length - 1);
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    chats: () => requests.filter((r) => r.path === '/v1/chat/completions'),
    connections: () => connections,
    maxInFlight: () => maxInFlight,
    abandoned: () => abandoned,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: { message, type: 'test_error', code: null } }, headers);
}

export function completionBody(opts: {
  model?: string;
  content?: string | null;
  toolArguments?: string;
  usage?: unknown;
  finishReason?: string;
}): unknown {
  const message: Record<string, unknown> = { role: 'assistant', content: opts.content === undefined ? 'ok' : opts.content };
  if (opts.toolArguments !== undefined) {
    message['tool_calls'] = [
      { id: 'call_1', type: 'function', function: { name: 'submit_grade', arguments: opts.toolArguments } },
    ];
  }
  const body: Record<string, unknown> = {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: opts.model ?? 'test-model',
    choices: [{ index: 0, message, finish_reason: opts.finishReason ?? 'stop' }],
  };
  if (opts.usage !== undefined) body['usage'] = opts.usage;
  return body;
}

/** Replies to every chat request with `content` = the case id it was asked about (the last message). */
export function echo(delayMs: (req: SeenRequest) => number = () => 0): Reply {
  return (req, res) => {
    const messages = req.body?.messages as { content: string }[] | undefined;
    const content = messages?.[messages.length - 1]?.content ?? '';
    setTimeout(() => sendJson(res, 200, completionBody({ content, model: req.body?.model })), delayMs(req));
  };
}

export function modelAt(url: string, name = 'test-model', params: Record<string, unknown> = {}): ModelConfig {
  return {
    model: name,
    baseUrl: url,
    apiKeyEnv: 'TEST_API_KEY',
    params,
    price: { input: 2.5, cachedInput: 1.25, output: 10 },
    priceSource: { kind: 'config' },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// Taken before any test fakes timers, so that `until` keeps polling on real I/O turns.
const realSetImmediate = setImmediate;
const realNow = performance.now.bind(performance);

/**
 * Resolves once `condition` holds, checking it on every turn of the event loop. A hang
 * guard, not a timing check: the deadline only fails a run whose condition never comes.
 */
export async function until(condition: () => boolean, what: string, deadlineMs = 20_000): Promise<void> {
  const started = realNow();
  while (!condition()) {
    if (realNow() - started > deadlineMs) throw new Error(`still waiting, after ${deadlineMs} ms, for ${what}`);
    await new Promise((resolve) => realSetImmediate(resolve));
  }
}

/** A clock the test moves by hand: latencies then come out exact, whatever the machine's load. */
export function manualClock(start = 1_000): { now(): number; advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}

/** n routing-like cases with distinct messages, for runner tests. */
export function makeCases(n: number): EvalCase[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `case-${i}`,
    tags: [],
    vars: {},
    messages: [{ role: 'user' as const, content: `case-${i}` }],
    expect: [],
    source: { file: 'evals/a.yaml', line: i + 1 },
  }));
}
