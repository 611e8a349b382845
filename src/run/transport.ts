// The SDK's HTTP transport: a small fetch over node:http(s) keep-alive agents.
//
// Why not Node's built-in fetch (undici)? Measured in bench/ at 12,400 calls, concurrency 32:
// every fetch leaves ~250 KB reachable until the next full GC, so each young-generation GC
// copies ~8 MB and promotes it to the old generation. Scavenge pauses reached 20–50 ms
// (they land in the latency of every call in flight) and peak RSS 325 MB. Over node:http the
// same run keeps ~0.1 MB per scavenge, sub-millisecond pauses and well under 200 MB.
//
// The body is read whole before the Response is returned, so a call's abort covers the
// body too, and the SDK parses from memory; a server-sent event stream (stream: true) is
// handed over as it arrives instead, so time to first token is the wire's, and the abort
// still covers it to its last byte. What we read is bounded (body.ts): decoded as it
// arrives and cut off past run.maxResponseSize. Redirects are never followed. Proxies
// from the environment (proxy.ts) are honoured.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { MAX_RESPONSE_BYTES } from '../limits.js';
import { readBody, streamBody } from './body.js';
import { forwardAgentFor, parseProxyUrl, proxyAuthorization, proxyFor, type ProxyEnv, tunnelAgentFor } from './proxy.js';
import { redirectMessage, ResponseRefused } from './refusal.js';

/**
 * The abort signal of the attempt in flight, set by the caller around the SDK call. Carried
 * by async context rather than the SDK's `signal` option, so the SDK does not compose it
 * into AbortSignal.any (whose weak references also outlive young-generation GCs).
 */
export const attemptSignal = new AsyncLocalStorage<AbortSignal>();

// One pool per protocol for the whole process, like fetch's global dispatcher: warm-up and
// every model on an endpoint share connections. No socket cap: the run's concurrency is the cap.
const agents = {
  http: new http.Agent({ keepAlive: true, scheduling: 'lifo' }),
  https: new https.Agent({ keepAlive: true, scheduling: 'lifo' }),
};

type FetchInput = string | URL | Request;

/**
 * Bytes of an error body kept: its text is only quoted (the caller keeps 500 characters), so
 * a megabyte error page is read no further than this and handed to the SDK cut short.
 */
export const ERROR_BODY_BYTES = 64 * 1024;

export interface HttpFetchOptions {
  /** Largest body accepted after decoding (run.maxResponseSize). Default MAX_RESPONSE_BYTES. */
  maxResponseBytes?: number;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY as read from the environment (proxyEnvFrom). Default: direct. */
  proxy?: ProxyEnv;
  /** Send no Authorization header (apiKeyEnv: none): keyless servers, or a key sent in a header of its own. */
  omitAuthorization?: boolean;
}

interface SendOptions {
  maxResponseBytes: number;
  proxy: ProxyEnv | undefined;
  omitAuthorization: boolean;
}

export type HttpFetch = (input: FetchInput, init?: RequestInit) => Promise<Response>;

/** A fetch the openai SDK accepts as its `fetch` option. */
export function createHttpFetch(opts: HttpFetchOptions = {}): HttpFetch {
  const maxResponseBytes = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  if (!(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new RangeError(`run maxResponseSize: expected a positive whole number of bytes, got ${maxResponseBytes}`);
  }
  // A proxy URL that does not parse fails here, at start-up, not on every call.
  if (opts.proxy?.httpProxy !== undefined) parseProxyUrl(opts.proxy.httpProxy);
  if (opts.proxy?.httpsProxy !== undefined) parseProxyUrl(opts.proxy.httpsProxy);
  const proxy = opts.proxy && (opts.proxy.httpProxy !== undefined || opts.proxy.httpsProxy !== undefined) ? opts.proxy : undefined;
  const sendOptions: SendOptions = { maxResponseBytes, proxy, omitAuthorization: opts.omitAuthorization === true };
  return (input, init) => send(input, init ?? {}, sendOptions);
}

/** The fetch with the default size cap (warm-up, tests). */
export const httpFetch: HttpFetch = createHttpFetch();

/** The request's target, agent and headers: direct, through a CONNECT tunnel, or in absolute form to an http proxy. */
function route(url: URL, headers: Record<string, string>, proxyEnv: ProxyEnv | undefined): { target: URL | http.RequestOptions; agent: http.Agent; module: typeof http | typeof https } {
  const isHttps = url.protocol === 'https:';
  const proxy = proxyEnv ? proxyFor(url, proxyEnv) : undefined;
  if (!proxy) return { target: url, agent: isHttps ? agents.https : agents.http, module: isHttps ? https : http };
  if (isHttps) return { target: url, agent: tunnelAgentFor(proxy), module: https };
  const auth = proxyAuthorization(proxy);
  if (auth) headers['proxy-authorization'] = auth;
  headers['host'] = url.host;
  return {
    target: { protocol: proxy.protocol, hostname: proxy.hostname, port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80), path: url.href },
    agent: forwardAgentFor(proxy),
    module: proxy.protocol === 'https:' ? https : http,
  };
}

function send(input: FetchInput, init: RequestInit, opts: SendOptions): Promise<Response> {
  const { maxResponseBytes } = opts;
  const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : new URL(input.url);
  const isHttps = url.protocol === 'https:';
  if (!isHttps && url.protocol !== 'http:') {
    return Promise.reject(new TypeError(`llm-gate transport: expected an http: or https: URL, got ${url.protocol}`));
  }
  const body = init.body ?? undefined;
  if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return Promise.reject(new TypeError('llm-gate transport: expected a string or bytes request body'));
  }
  const sdkSignal = init.signal ?? undefined;
  const ourSignal = attemptSignal.getStore();
  if (sdkSignal?.aborted || ourSignal?.aborted) return Promise.reject(abortError());

  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  if (opts.omitAuthorization) delete headers['authorization'];
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  let routed: ReturnType<typeof route>;
  try {
    routed = route(url, headers, opts.proxy);
  } catch (err) {
    return Promise.reject(err);
  }

  return new Promise<Response>((resolve, reject) => {
    const { target, agent, module } = routed;
    const options = { method: init.method ?? 'GET', headers, agent };
    const request = target instanceof URL ? module.request(target, options) : module.request({ ...target, ...options });
    let settled = false;
    let aborted = false;
    const onAbort = (): void => {
      aborted = true;
      request.destroy(abortError());
    };
    const unlisten = (): void => {
      sdkSignal?.removeEventListener('abort', onAbort);
      ourSignal?.removeEventListener('abort', onAbort);
    };
    const settle = (error: unknown, response?: Response, streaming = false): void => {
      if (settled) return;
      settled = true;
      // A stream keeps listening: the abort must still reach a body that is arriving.
      if (!streaming) unlisten();
      if (response) resolve(response);
      else reject(error);
    };
    sdkSignal?.addEventListener('abort', onAbort);
    ourSignal?.addEventListener('abort', onAbort);

    request.on('error', (error) => settle(error));
    request.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        // Not followed: node:http never follows, and neither do we. The body is not read.
        const location = res.headers.location;
        res.destroy();
        settle(new ResponseRefused('redirect', status, redirectMessage(status, res.statusMessage ?? '', location)));
        return;
      }
      const ok = status >= 200 && status < 300;
      if (ok && isEventStream(res.headers['content-type'])) {
        const stream = streamBody(res, status, { maxBytes: maxResponseBytes, overflow: 'refuse' }, unlisten);
        settle(undefined, new Response(stream, { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res) }), true);
        return;
      }
      const limit = ok
        ? { maxBytes: maxResponseBytes, overflow: 'refuse' as const }
        : { maxBytes: Math.min(maxResponseBytes, ERROR_BODY_BYTES), overflow: 'truncate' as const };
      readBody(res, status, limit).then(
        ({ bytes }) => {
          try {
            const empty = status === 204 || status === 205;
            settle(undefined, new Response(empty ? null : bytes, { status, statusText: res.statusMessage ?? '', headers: responseHeaders(res) }));
          } catch (error) {
            settle(error);
          }
        },
        // An abort mid-body surfaces here as the response's own error; name it an abort.
        (error: unknown) => settle(aborted ? abortError() : error),
      );
    });
    request.end(body);
  });
}

function isEventStream(contentType: string | undefined): boolean {
  return typeof contentType === 'string' && contentType.toLowerCase().startsWith('text/event-stream');
}

function responseHeaders(res: http.IncomingMessage): Headers {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    // The body we hand over is decoded, and possibly cut: its old length and encoding no longer apply.
    if (name === 'content-encoding' || name === 'content-length') continue;
    headers.append(raw[i]!, raw[i + 1]!);
  }
  return headers;
}

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}
