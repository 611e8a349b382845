import { describe, expect, it } from 'vitest';
import { resolveApiKeys } from '../../src/gate.js';
import { LlmGateError } from '../../src/errors.js';
import { config } from '../compare/build.js';

function withHosts(baseline: string, candidate: string) {
  const c = config();
  return { ...c, models: { baseline: { ...c.models.baseline, baseUrl: baseline }, candidate: { ...c.models.candidate, baseUrl: candidate } } };
}

describe('resolveApiKeys', () => {
  it('sends the shared api-key to both models when they are served by one host', () => {
    const keys = resolveApiKeys(withHosts('https://api.example.test/v1', 'https://api.example.test/v1'), {}, 'sk-shared-0123456789');
    expect(keys).toEqual({ baseline: 'sk-shared-0123456789', candidate: 'sk-shared-0123456789' });
  });

  it('refuses to send the shared api-key to a second host, naming both and the field to set', () => {
    let error: unknown;
    try {
      resolveApiKeys(withHosts('https://api.example.test/v1', 'http://127.0.0.1:8080/v1'), {}, 'sk-shared-0123456789');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LlmGateError);
    const e = error as LlmGateError;
    expect(e.code).toBe('config');
    expect(e.field).toBe('models.candidate.apiKeyEnv');
    expect(e.message).toContain('https://api.example.test');
    expect(e.message).toContain('http://127.0.0.1:8080');
  });

  it('lets each model on its own host use the key its own variable holds', () => {
    const cfg = withHosts('https://api.example.test/v1', 'http://127.0.0.1:8080/v1');
    cfg.models.candidate = { ...cfg.models.candidate, apiKeyEnv: 'LOCAL_KEY' };
    const keys = resolveApiKeys(cfg, { LOCAL_KEY: 'local-key-abcdef' }, 'sk-shared-0123456789');
    expect(keys).toEqual({ baseline: 'sk-shared-0123456789', candidate: 'local-key-abcdef' });
  });

  it('refuses to send the shared api-key to a judge on another host', () => {
    const cfg = withHosts('https://api.example.test/v1', 'https://api.example.test/v1');
    const judge = { ...cfg.models.baseline, model: 'judge-model', baseUrl: 'https://judge.example.test:8443/v1' };
    let error: unknown;
    try {
      resolveApiKeys({ ...cfg, judge }, {}, 'sk-shared-0123456789');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LlmGateError);
    expect((error as LlmGateError).field).toBe('judge.apiKeyEnv');
    expect((error as LlmGateError).message).toContain('https://judge.example.test:8443');
  });
});
