// A deliberately independent OpenAI-compatible server for end-to-end tests: it shares no
// code with llm-gate (not even the simulator), answers from a script the test writes, and
// records what it served so the test can compute the expected numbers on its own.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  content: string;
  delayMs: number;
  usage: { prompt: number; cached: number; completion: number; reasoning: number };
  /** Answer with this HTTP status and an OpenAI-style error body instead. */
  status?: number;
}

export interface ServedRequest {
  model: string;
  user: string;
  /** The system message the request carried, if any. */
  system?: string;
  status: number;
  servedMs: number;
  usage?: ScriptedAnswer['usage'];
}

export type Script = (model: string, userMessage: string) => ScriptedAnswer;

export interface ScriptedServer {
  url: string;
  served: ServedRequest[];
  /** Requests of any kind, warm-up GETs included. */
  requests: number;
  close(): Promise<void>;
}

export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const served: ServedRequest[] = [];
  const state = { requests: 0 };
  const server = createServer((req, res) => {
    state.requests++;
    void handle(req, res, script, served);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    served,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, script: Script, served: ServedRequest[]): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const arrived = performance.now();
  if (req.method === 'GET' && req.url?.endsWith('/models')) {
    send(res, 200, { object: 'list', data: [] });
    return;
  }
  if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
    send(res, 404, { error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } });
    return;
  }
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: { role: string; content: string }[] };
  const user = [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const system = body.messages.find((m) => m.role === 'system')?.content;
  const answer = script(body.model, user);
  // A client that leaves (cancelled, timed out) ends the wait: nothing is sent, no timer lingers.
  const left = await new Promise<boolean>((done) => {
    const onClose = (): void => {
      clearTimeout(timer);
      done(true);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      done(false);
    }, answer.delayMs);
    res.once('close', onClose);
  });
  if (left) return;
  const status = answer.status ?? 200;
  const payload =
    status === 200
      ? {
          id: `chatcmpl-${served.length}`,
          object: 'chat.completion',
          created: 1_700_000_000,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: answer.content, refusal: null }, finish_reason: 'stop', logprobs: null }],
          usage: {
            prompt_tokens: answer.usage.prompt,
            completion_tokens: answer.usage.completion,
            total_tokens: answer.usage.prompt + answer.usage.completion,
            prompt_tokens_details: { cached_tokens: answer.usage.cached, audio_tokens: 0 },
            completion_tokens_details: { reasoning_tokens: answer.usage.reasoning, audio_tokens: 0 },
          },
        }
      : { error: { message: `scripted ${status}`, type: 'invalid_request_error', param: null, code: null } };
  // Taken before the answer is written, so it is a lower bound of what the client can measure;
  // 'finish' fires only when the event loop gets to it, which on a busy machine is later.
  const servedMs = performance.now() - arrived;
  res.once('finish', () => {
    served.push({ model: body.model, user, ...(system === undefined ? {} : { system }), status, servedMs, usage: status === 200 ? answer.usage : undefined });
  });
  send(res, status, payload);
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Type 7 quantile, written out again here so the test does not trust the code under test. */
export function quantile7(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
