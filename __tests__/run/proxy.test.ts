import { describe, expect, it } from 'vitest';
import { bypassesProxy, parseProxyUrl, proxyAuthorization, proxyEnvFrom, proxyFor } from '../../src/run/proxy.js';

describe('proxies from the environment', () => {
  it('reads lower-case names first, and empty values as unset', () => {
    expect(proxyEnvFrom({ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2', HTTP_PROXY: ' ', NO_PROXY: 'a.com' })).toEqual({ httpsProxy: 'http://lower:2', noProxy: 'a.com' });
  });

  it('https falls back to HTTP_PROXY; http never takes HTTPS_PROXY', () => {
    expect(proxyFor(new URL('https://api.openai.com/v1'), { httpProxy: 'http://p:3128' })?.host).toBe('p:3128');
    expect(proxyFor(new URL('http://vllm:8000/v1'), { httpsProxy: 'http://p:3128' })).toBeUndefined();
  });

  it('NO_PROXY: *, host and subdomains, leading dots, ports, IP literals', () => {
    const u = (s: string) => new URL(s);
    expect(bypassesProxy(u('https://api.openai.com'), '*')).toBe(true);
    expect(bypassesProxy(u('https://api.openai.com'), 'openai.com')).toBe(true);
    expect(bypassesProxy(u('https://api.openai.com'), '.openai.com')).toBe(true);
    expect(bypassesProxy(u('https://api.openai.com'), '*.openai.com')).toBe(true);
    expect(bypassesProxy(u('https://notopenai.com'), 'openai.com')).toBe(false);
    expect(bypassesProxy(u('http://127.0.0.1:8000'), '127.0.0.1:8000')).toBe(true);
    expect(bypassesProxy(u('http://127.0.0.1:8001'), '127.0.0.1:8000')).toBe(false);
    expect(bypassesProxy(u('https://api.openai.com'), 'example.com,  openai.com')).toBe(true);
    expect(bypassesProxy(u('http://[::1]:8000'), '::1')).toBe(true);
    expect(bypassesProxy(u('http://localhost:8000'), undefined)).toBe(false);
  });

  it('a proxy without a scheme is http; credentials become Proxy-Authorization', () => {
    expect(parseProxyUrl('proxy.corp:3128').href).toBe('http://proxy.corp:3128/');
    expect(() => parseProxyUrl('socks5://p:1080')).toThrow(/expected http: or https:/);
    expect(proxyAuthorization(parseProxyUrl('http://u%40x:p%3Aw@p:1'))).toBe(`Basic ${Buffer.from('u@x:p:w').toString('base64')}`);
    expect(proxyAuthorization(parseProxyUrl('http://p:1'))).toBeUndefined();
  });
});

describe('a proxy that fails', () => {
  it('is a connection failure of the call, in the words of what went wrong', async () => {
    const { createServer } = await import('node:net');
    const { createCaller } = await import('../../src/run/index.js');
    // A port nothing listens on: bind, read the port, close.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((done) => probe.close(() => done()));
    const call = createCaller({
      role: 'baseline',
      model: { model: 'm', baseUrl: 'https://api.example.invalid/v1', apiKeyEnv: 'K', params: {}, price: { input: 1, cachedInput: 1, output: 1 }, priceSource: { kind: 'config' } },
      apiKey: 'sk-test-000000',
      settings: { concurrency: 1, repeats: 1, timeoutMs: 5_000, retries: 0 },
      proxy: { httpsProxy: `http://127.0.0.1:${port}` },
    });
    const record = await call({ caseId: 'c', repeat: 0, messages: [{ role: 'user', content: 'hi' }] });
    expect(record.error).toMatchObject({ kind: 'infra', code: 'EPROXY' });
    expect(record.error?.message).toMatch(/could not reach the proxy 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});
