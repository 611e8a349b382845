import { describe, expect, it } from 'vitest';
import { exhaustedError, nextStep } from '../../src/run/next-step.js';
import type { ModelConfig } from '../../src/types.js';

const model = { model: 'cand-model', baseUrl: 'http://127.0.0.1:9/v1', apiKeyEnv: 'K', params: {}, price: { input: 1, cachedInput: 1, output: 1 } } as unknown as ModelConfig;
const ctx = { role: 'candidate' as const, model, endpoint: 'http://127.0.0.1:9/v1' };

describe('nextStep', () => {
  it('retries 408, 409, 429 and 5xx, keeping the latency of an answered status', () => {
    for (const status of [408, 409, 429, 500, 503, 599]) {
      expect(nextStep({ type: 'status', status, message: 'x' }, ctx)).toMatchObject({ retry: true, keepLatency: true });
    }
  });

  it('stops on 401/403/404 as fatal, naming the model', () => {
    const step = nextStep({ type: 'status', status: 401, message: 'bad key' }, ctx);
    expect(step.retry).toBe(false);
    if (!step.retry) expect(step.error).toMatchObject({ kind: 'fatal', status: 401 });
  });

  it('makes any other 4xx a request error with the param the endpoint named', () => {
    const step = nextStep({ type: 'status', status: 400, message: 'Unsupported parameter', param: 'max_tokens', code: 'unsupported_parameter' }, ctx);
    expect(step).toEqual({ retry: false, keepLatency: true, error: { kind: 'request', status: 400, message: 'Unsupported parameter', param: 'max_tokens', code: 'unsupported_parameter' } });
  });

  it('names the endpoint in a connection error, and does not retry a permanent one', () => {
    expect(nextStep({ type: 'connection', message: 'connection refused (ECONNREFUSED)', code: 'ECONNREFUSED' }, ctx)).toEqual({
      retry: true,
      keepLatency: false,
      failure: { type: 'connection', message: 'connection refused (ECONNREFUSED) at http://127.0.0.1:9/v1', code: 'ECONNREFUSED' },
    });
    const tls = nextStep({ type: 'connection', message: 'certificate expired (CERT_HAS_EXPIRED)', code: 'CERT_HAS_EXPIRED', permanent: true }, ctx);
    expect(tls).toMatchObject({ retry: false, error: { kind: 'infra', code: 'CERT_HAS_EXPIRED' } });
  });

  it('scores a too-large answer as the model’s (request), a redirect as infra, neither retried', () => {
    expect(nextStep({ type: 'refused', code: 'response-too-large', status: 200, message: 'too large' }, ctx)).toMatchObject({ retry: false, error: { kind: 'request', code: 'response-too-large' } });
    expect(nextStep({ type: 'refused', code: 'redirect', status: 307, message: 'redirect' }, ctx)).toMatchObject({ retry: false, error: { kind: 'infra', code: 'redirect' } });
  });

  it('records an exhausted retryable failure as infra, with its status or transport code', () => {
    expect(exhaustedError({ type: 'status', status: 503, message: 'busy' }, 'after 3 attempts')).toEqual({ kind: 'infra', status: 503, message: 'busy (after 3 attempts)' });
    expect(exhaustedError({ type: 'connection', message: 'reset', code: 'ECONNRESET' }, 'after 1 attempt')).toEqual({ kind: 'infra', code: 'ECONNRESET', message: 'reset (after 1 attempt)' });
  });
});
