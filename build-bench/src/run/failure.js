// Turns whatever the SDK call threw into something our policy can decide on.
// Only known-transient transport failures count as "connection": an error we do
// not recognise is likely a bug, and retrying a bug only multiplies its cost.
import { APIConnectionError, APIError } from 'openai';
import { parseRetryAfter } from './retry.js';
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
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
/** Messages undici and node:http use for a connection that died mid-response. */
const TRANSPORT_MESSAGES = /^(terminated|fetch failed|other side closed)$|socket hang up/i;
export function describeFailure(err, nowMs) {
    // APIConnectionError (and its timeout subclass: undici's connect/header timeouts,
    // or the SDK's safety-net timeout, which sits above ours) has no status.
    if (err instanceof APIConnectionError) {
        return { type: 'connection', message: transportMessage(err) };
    }
    if (err instanceof APIError && typeof err.status === 'number') {
        const headers = err.headers;
        const retryAfterMs = headers
            ? parseRetryAfter({ retryAfterMs: headers.get('retry-after-ms'), retryAfter: headers.get('retry-after') }, nowMs)
            : undefined;
        return retryAfterMs === undefined
            ? { type: 'status', status: err.status, message: err.message }
            : { type: 'status', status: err.status, message: err.message, retryAfterMs };
    }
    // The body of a 200 was cut short or is not JSON: the SDK's JSON.parse throws.
    if (err instanceof SyntaxError) {
        return { type: 'connection', message: `invalid JSON in the response body (${err.message})` };
    }
    if (isTransportError(err))
        return { type: 'connection', message: transportMessage(err) };
    return { type: 'unknown', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}
function isTransportError(err) {
    let current = err;
    for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
        const code = current.code;
        if (typeof code === 'string' && TRANSPORT_CODES.has(code))
            return true;
        if (TRANSPORT_MESSAGES.test(current.message))
            return true;
        current = current.cause;
    }
    return false;
}
/** The most specific reason along the cause chain, e.g. "Connection error. (ECONNRESET: other side closed)". */
function transportMessage(err) {
    const parts = [err.message];
    let current = err.cause;
    for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
        const code = current.code;
        parts.push(typeof code === 'string' ? `${code}: ${current.message}` : current.message);
        current = current.cause;
    }
    return parts.length === 1 ? parts[0] : `${parts[0]} (${parts.slice(1).join('; ')})`;
}
