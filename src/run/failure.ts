// Turns whatever the SDK call threw into something our policy can decide on.
// Only known-transient transport failures count as "connection": an error we do
// not recognise is likely a bug, and retrying a bug only multiplies its cost.
import { APIConnectionError, APIError } from 'openai';
import { ProxyError } from './proxy.js';
import { ResponseRefused, type RefusalCode } from './refusal.js';
import { parseRetryAfter } from './retry.js';

export type Failure =
  | { type: 'status'; status: number; message: string; retryAfterMs?: number; param?: string; code?: string }
  /** code: the transport's own (ECONNREFUSED, CERT_HAS_EXPIRED, ...); permanent: retrying cannot help. */
  | { type: 'connection'; message: string; code?: string; permanent?: true }
  /** A response our transport would not hand over (refusal.ts). */
  | { type: 'refused'; code: RefusalCode; status: number; message: string }
  | { type: 'unknown'; message: string };

/** Error codes of sockets and of undici that mean "the transport broke", not "our code broke". */
const TRANSPORT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  // A compressed body that does not decode: damaged or cut short in transfer.
  'Z_DATA_ERROR',
  'Z_BUF_ERROR',
]);

/**
 * The transport codes we put in words, so a message says what happened before it says the
 * code. TLS verification failures are the same on every attempt (a certificate does not
 * fix itself in a second), so they are not retried.
 */
const CODE_WORDS: Record<string, { words: string; permanent?: true }> = {
  ECONNREFUSED: { words: 'connection refused' },
  ECONNRESET: { words: 'connection reset' },
  ECONNABORTED: { words: 'connection aborted' },
  EPIPE: { words: 'connection closed while sending' },
  ETIMEDOUT: { words: 'connection timed out' },
  EHOSTUNREACH: { words: 'host unreachable' },
  ENETUNREACH: { words: 'network unreachable' },
  ENETDOWN: { words: 'network down' },
  ENOTFOUND: { words: 'host not found' },
  EAI_AGAIN: { words: 'DNS lookup failed (temporary)' },
  Z_DATA_ERROR: { words: 'response body could not be decoded' },
  Z_BUF_ERROR: { words: 'compressed response body cut short' },
  CERT_HAS_EXPIRED: { words: 'TLS certificate expired', permanent: true },
  CERT_NOT_YET_VALID: { words: 'TLS certificate not yet valid', permanent: true },
  DEPTH_ZERO_SELF_SIGNED_CERT: { words: 'self-signed TLS certificate', permanent: true },
  SELF_SIGNED_CERT_IN_CHAIN: { words: 'self-signed certificate in the TLS chain', permanent: true },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { words: 'TLS certificate could not be verified', permanent: true },
  UNABLE_TO_GET_ISSUER_CERT: { words: 'TLS certificate issuer unknown', permanent: true },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: { words: 'TLS certificate issuer unknown', permanent: true },
  ERR_TLS_CERT_ALTNAME_INVALID: { words: 'TLS certificate is not for this host name', permanent: true },
};

/** Messages undici and node:http use for a connection that died mid-response. */
const TRANSPORT_MESSAGES = /^(terminated|fetch failed|other side closed)$|socket hang up/i;

/** Error codes of OpenAI's own error bodies and parameters are short identifiers; anything else is not one. */
const IDENTIFIER = /^[\w.\-[\]]{1,100}$/;

/** OpenAI's words when a body has no `param`: "Unsupported parameter: 'max_tokens' is not supported ...". */
const QUOTED_PARAM = /unsupported (?:parameter|value):\s*'([\w.[\]]{1,100})'/i;

const MAX_CAUSE_DEPTH = 6;

export function describeFailure(err: unknown, nowMs: number): Failure {
  const refused = findCause(err, (e): e is ResponseRefused => e instanceof ResponseRefused);
  if (refused) return { type: 'refused', code: refused.code, status: refused.status, message: refused.message };
  // The proxy's own words (it refused the tunnel, or could not be reached) say more than a code.
  const proxy = findCause(err, (e): e is ProxyError => e instanceof ProxyError);
  if (proxy) return { type: 'connection', code: proxy.code, message: proxy.message };
  // APIConnectionError (and its timeout subclass: undici's connect/header timeouts,
  // or the SDK's safety-net timeout, which sits above ours) has no status.
  if (err instanceof APIConnectionError) return connectionFailure(err);
  if (err instanceof APIError && typeof err.status === 'number') return statusFailure(err, err.status, nowMs);
  // The body of a 200 was cut short or is not JSON: the SDK's JSON.parse throws.
  if (err instanceof SyntaxError) {
    return { type: 'connection', message: `invalid JSON in the response body (${err.message})` };
  }
  if (isTransportError(err)) return connectionFailure(err);
  return { type: 'unknown', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

function statusFailure(err: APIError, status: number, nowMs: number): Failure {
  const failure: Extract<Failure, { type: 'status' }> = { type: 'status', status, message: err.message };
  const headers = err.headers;
  const retryAfterMs = headers
    ? parseRetryAfter({ retryAfterMs: headers.get('retry-after-ms'), retryAfter: headers.get('retry-after') }, nowMs)
    : undefined;
  if (retryAfterMs !== undefined) failure.retryAfterMs = retryAfterMs;
  const param = identifier(err.param) ?? QUOTED_PARAM.exec(err.message.slice(0, 2_000))?.[1];
  if (param !== undefined) failure.param = param;
  const code = identifier(err.code);
  if (code !== undefined) failure.code = code;
  return failure;
}

function identifier(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  return typeof text === 'string' && IDENTIFIER.test(text) ? text : undefined;
}

/** The first error along the cause chain (the error itself included) that `test` accepts. */
function findCause<T extends Error>(err: unknown, test: (e: unknown) => e is T): T | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    if (test(current)) return current;
    current = current.cause;
  }
  return undefined;
}

/**
 * The transport's code along the cause chain: the SDK's APIConnectionError wraps what fetch
 * threw, which may wrap a socket error (undici's "fetch failed" does); an AggregateError of
 * the address attempts (IPv4 and IPv6) carries its own code or its errors' codes.
 */
export function transportCode(err: unknown): string | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && IDENTIFIER.test(code)) return code;
    if (current instanceof AggregateError) {
      for (const inner of current.errors) {
        const innerCode = (inner as { code?: unknown } | undefined)?.code;
        if (typeof innerCode === 'string' && IDENTIFIER.test(innerCode)) return innerCode;
      }
    }
    current = current.cause;
  }
  return undefined;
}

function connectionFailure(err: Error): Failure {
  const code = transportCode(err);
  if (code === undefined) return { type: 'connection', message: transportMessage(err) };
  const known = Object.hasOwn(CODE_WORDS, code) ? CODE_WORDS[code] : undefined;
  if (known) return { type: 'connection', code, message: `${known.words} (${code})`, ...(known.permanent ? { permanent: true } : {}) };
  return { type: 'connection', code, message: `connection failed (${code}: ${innermostMessage(err)})` };
}

function isTransportError(err: unknown): err is Error {
  if (!(err instanceof Error)) return false;
  const code = transportCode(err);
  if (code !== undefined && (TRANSPORT_CODES.has(code) || Object.hasOwn(CODE_WORDS, code))) return true;
  let current: unknown = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current instanceof Error; depth++) {
    if (TRANSPORT_MESSAGES.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

function innermostMessage(err: Error): string {
  let current: Error = err;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current.cause instanceof Error; depth++) current = current.cause;
  return current.message;
}

/** The most specific reason along the cause chain, e.g. "Connection error. (other side closed)". */
function transportMessage(err: Error): string {
  const parts: string[] = [err.message];
  let current: unknown = err.cause;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH - 1 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${code}: ${current.message}` : current.message);
    current = current.cause;
  }
  return parts.length === 1 ? parts[0]! : `${parts[0]} (${parts.slice(1).join('; ')})`;
}
