// The SDK's HTTP transport: a small fetch over node:http(s) keep-alive agents.
//
// Why not Node's built-in fetch (undici)? Measured in bench/ at 12,400 calls, concurrency 32:
// every fetch leaves ~250 KB reachable until the next full GC, so each young-generation GC
// copies ~8 MB and promotes it to the old generation. Scavenge pauses reached 20–50 ms
// (they land in the latency of every call in flight) and peak RSS 325 MB. Over node:http the
// same run keeps ~0.1 MB per scavenge, sub-millisecond pauses and well under 200 MB.
//
// The body is read whole before the Response is returned, so a call's abort covers the
// body too, and the SDK parses from memory. What we read is bounded (body.ts): decoded as it
// arrives and cut off past run.maxResponseSize. Redirects are never followed.
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { MAX_RESPONSE_BYTES } from '../limits.js';
import { readBody } from './body.js';
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
}

export type HttpFetch = (input: FetchInput, init?: RequestInit) => Promise<Response>;

/** A fetch the openai SDK accepts as its `fetch` option. */
export function createHttpFetch(opts: HttpFetchOptions = {}): HttpFetch {
  const maxResponseBytes = opts.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  if (!(Number.isInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new RangeError(`run maxResponseSize: expected a positive whole number of bytes, got ${maxResponseBytes}`);
  }
  return (input, init) => send(input, init ?? {}, maxResponseBytes);
}

/** The fetch with the default size cap (warm-up, tests). */
export const httpFetch: HttpFetch = createHttpFetch();

function send(input: FetchInput, init: RequestInit, maxResponseBytes: number): Promise<Response> {
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
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

  return new Promise<Response>((resolve, reject) => {
    const request = (isHttps ? https : http).request(url, {
      method: init.method ?? 'GET',
      headers,
      agent: isHttps ? agents.https : agents.http,
    });
    let settled = false;
    let aborted = false;
    const onAbort = (): void => {
      aborted = true;
      request.destroy(abortError());
    };
    const settle = (error: unknown, response?: Response): void => {
      if (settled) return;
      settled = true;
      sdkSignal?.removeEventListener('abort', onAbort);
      ourSignal?.removeEventListener('abort', onAbort);
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
      const limit = ok
        ? { maxBytes: maxResponseBytes, overflow: 'refuse' as const }
        : { maxBytes: Math.min(maxResponseBytes, ERROR_BODY_BYTES), overflow: 'truncate' as const };
      readBody(res, status, limit).then(
        ({ bytes }) => {
          try {
            const responseHeaders = new Headers();
            const raw = res.rawHeaders;
            for (let i = 0; i + 1 < raw.length; i += 2) {
              const name = raw[i]!.toLowerCase();
              // The body we hand over is decoded, and possibly cut: its old length and encoding no longer apply.
              if (name === 'content-encoding' || name === 'content-length') continue;
              responseHeaders.append(raw[i]!, raw[i + 1]!);
            }
            const empty = status === 204 || status === 205;
            settle(undefined, new Response(empty ? null : bytes, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
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

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError');
}
