// The call key: what makes two calls the same call. It covers where the call goes (the
// endpoint's host and path, never its credentials or query), which API it speaks and whether
// it streams, the
// whole request body as sent (model, messages, params) and the repeat index, so a changed
// prompt, parameter or model is a different call and repeat 2 never stands in for repeat 1.
import { createHash } from 'node:crypto';
import type { CallRequest, ChatMessage, ModelConfig } from '../types.js';

/** Bumped when the key's recipe changes: old entries then simply stop matching. */
export const CALL_KEY_VERSION = 1;

/** The API a model's calls go through; Chat Completions unless the model says otherwise. */
export function apiKindOf(model: ModelConfig): string {
  const api = (model as { api?: unknown }).api;
  return typeof api === 'string' && api !== '' ? api : 'chat';
}

/** host[:port]/path of a base URL: where calls go, without what could carry a secret. */
export function endpointKey(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.host}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return baseUrl;
  }
}

/** The request body the caller sends for this request (the caller builds it the same way). */
export function requestBody(model: ModelConfig, messages: readonly ChatMessage[], params?: Record<string, unknown>): Record<string, unknown> {
  return { model: model.model, messages, ...model.params, ...params };
}

export function callKey(model: ModelConfig, request: Pick<CallRequest, 'messages' | 'params' | 'repeat'>): string {
  const material = {
    v: CALL_KEY_VERSION,
    endpoint: endpointKey(model.baseUrl),
    api: apiKindOf(model),
    // A streamed call measures what a whole one does not (time to first token); only set
    // when true, so the keys of calls that never streamed stay what they were.
    ...(model.stream === true ? { stream: true } : {}),
    body: requestBody(model, request.messages, request.params),
    repeat: request.repeat,
  };
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}

/** JSON with keys sorted by code point, so a key never depends on the order params were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
