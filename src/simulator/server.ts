// The HTTP edge of the simulator: node:http on 127.0.0.1, keep-alive, one timer per
// request (two for a stream: its first token, then the rest). It records what it served,
// timed from request arrival to response end (and to the first content delta of a stream)
// with a monotonic clock, so benchmarks can check a client's latency and TTFT against it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createResponder, type Reply } from './chat.js';
import type { ServedCall, Simulator, SimulatorOptions } from './types.js';
import { errorBody, errors, type WireError } from './wire.js';

const MODELS_CREATED = 1_715_367_049;
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const respond = createResponder(options);
  const served: ServedCall[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let requests = 0;

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'x-llm-gate-simulated': 'true',
      ...headers,
    });
    res.end(body);
  };
  const sendError = (res: ServerResponse, e: WireError, headers?: Record<string, string>): void =>
    send(res, e.status, JSON.stringify(errorBody(e)), headers);

  const authorised = (req: IncomingMessage, res: ServerResponse): boolean => {
    if (options.apiKey === undefined) return true;
    const header = req.headers.authorization;
    if (header === `Bearer ${options.apiKey}`) return true;
    sendError(res, header ? errors.invalidKey() : errors.missingKey());
    return false;
  };

  const listModels = (res: ServerResponse, id?: string): void => {
    const data = options.models.map((m) => ({ id: m.id, object: 'model', created: MODELS_CREATED, owned_by: m.ownedBy ?? 'llm-gate-simulator' }));
    if (id === undefined) return send(res, 200, JSON.stringify({ object: 'list', data }));
    const found = data.find((m) => m.id === id);
    if (found) return send(res, 200, JSON.stringify(found));
    sendError(res, errors.modelNotFound(id));
  };

  const execute = (reply: Reply, record: ServedCall, arrival: number, req: IncomingMessage, res: ServerResponse): void => {
    record.model = reply.model;
    if (reply.caseId !== undefined) record.caseId = reply.caseId;
    if (reply.fault !== undefined) record.fault = reply.fault;
    if (reply.kind === 'reset') {
      record.latencyMs = performance.now() - arrival;
      req.socket.destroy();
      return;
    }
    if (reply.kind === 'error') {
      const headers: Record<string, string> = {};
      if (reply.error.status === 429 && reply.retryAfterMs !== undefined) {
        headers['retry-after'] = String(Math.max(1, Math.ceil(reply.retryAfterMs / 1000)));
        headers['retry-after-ms'] = String(reply.retryAfterMs);
      }
      record.status = reply.error.status;
      sendError(res, reply.error, headers);
      return;
    }
    record.plannedMs = reply.dueMs;
    record.promptTokens = reply.tokens.prompt;
    record.completionTokens = reply.tokens.completion;
    record.cachedTokens = reply.tokens.cached;
    record.reasoningTokens = reply.tokens.reasoning;
    if (reply.stream) return executeStream(reply, reply.stream, record, arrival, res);
    const deliver = (): void => {
      timers.delete(timer);
      if (res.destroyed) return;
      record.status = 200;
      const body = reply.cutAt === undefined ? reply.body : reply.body.slice(0, reply.cutAt);
      send(res, 200, body, { 'openai-processing-ms': String(Math.round(reply.dueMs)) });
    };
    // The delay counts from arrival, so time spent reading the body is not added on top.
    const timer = setTimeout(deliver, Math.max(0, reply.dueMs - (performance.now() - arrival)));
    timers.add(timer);
    res.once('close', () => {
      if (timers.delete(timer)) clearTimeout(timer); // the client left before the response
    });
  };

  /** Headers at once, the first content delta at its time, the rest when the answer is due. */
  const executeStream = (
    reply: Extract<Reply, { kind: 'ok' }>,
    stream: NonNullable<Extract<Reply, { kind: 'ok' }>['stream']>,
    record: ServedCall,
    arrival: number,
    res: ServerResponse,
  ): void => {
    record.stream = true;
    record.status = 200;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-llm-gate-simulated': 'true' });
    res.write(stream.head);
    const later = (dueMs: number, run: () => void): void => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) run();
      }, Math.max(0, dueMs - (performance.now() - arrival)));
      timers.add(timer);
      res.once('close', () => {
        if (timers.delete(timer)) clearTimeout(timer);
      });
    };
    later(stream.firstTokenMs, () => {
      res.write(stream.first);
      record.firstTokenMs = performance.now() - arrival;
      later(reply.dueMs, () => {
        // A truncated-body fault cuts the stream mid-way: the connection drops before its end.
        if (reply.cutAt !== undefined) {
          res.write(stream.rest.slice(0, Math.floor(stream.rest.length * 0.5)));
          res.destroy();
          return;
        }
        res.end(stream.rest);
      });
    });
  };

  const answer = (req: IncomingMessage, res: ServerResponse, arrival: number, api: 'chat' | 'responses', query: URLSearchParams): void => {
    const record: ServedCall = {
      seq: served.length + 1,
      model: '',
      ...(api === 'responses' ? { api: 'responses' as const } : {}),
      authorized: req.headers.authorization !== undefined,
      ...(query.has('api-version') ? { apiVersion: query.get('api-version')!.slice(0, 40) } : {}),
      status: 0,
      latencyMs: 0,
      arrivedAt: performance.timeOrigin + arrival,
      promptTokens: 0,
      completionTokens: 0,
      cachedTokens: 0,
      reasoningTokens: 0,
    };
    served.push(record);
    res.once('finish', () => {
      record.latencyMs = performance.now() - arrival;
    });
    res.once('close', () => {
      if (!res.writableFinished && record.latencyMs === 0) record.latencyMs = performance.now() - arrival;
    });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      let body: unknown;
      try {
        if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        record.status = 400;
        return sendError(res, errors.invalidJson());
      }
      if (options.apiVersion !== undefined && query.get('api-version') !== options.apiVersion) {
        record.status = 404;
        return sendError(res, errors.apiVersion(query.get('api-version')));
      }
      execute(respond(body, record.seq, api), record, arrival, req, res);
    });
  };

  const server = createServer((req, res) => {
    const arrival = performance.now();
    requests++;
    const [path = '/', search = ''] = (req.url ?? '/').split('?');
    if (!authorised(req, res)) {
      req.resume();
      return;
    }
    const query = new URLSearchParams(search.slice(0, 2048));
    if (req.method === 'POST' && path === '/v1/chat/completions') return answer(req, res, arrival, 'chat', query);
    if (req.method === 'POST' && path === '/v1/responses') return answer(req, res, arrival, 'responses', query);
    req.resume();
    if (req.method === 'GET' && path === '/v1/models') return listModels(res);
    if (req.method === 'GET' && path.startsWith('/v1/models/')) return listModels(res, decodeURIComponent(path.slice('/v1/models/'.length)));
    sendError(res, errors.notFoundRoute(req.method ?? 'GET', path));
  });
  // Long keep-alive: benchmarks reuse connections for the whole run, as real clients do.
  server.keepAliveTimeout = 60_000;
  server.headersTimeout = 65_000;
  server.requestTimeout = 0;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}/v1`,
    port: address.port,
    served,
    requests: () => requests,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
