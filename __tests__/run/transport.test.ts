import { getEventListeners } from 'node:events';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { linkAbort } from '../../src/run/abort.js';
import { attemptSignal, httpFetch } from '../../src/run/transport.js';
import { startTestServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('httpFetch', () => {
  it('sends method, headers and body, and returns status, headers and the whole body', async () => {
    server = await startTestServer((req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1', 'retry-after-ms': '5' });
      res.end(JSON.stringify({ echoed: req.body, method: req.method }));
    });
    const response = await httpFetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: JSON.stringify({ a: 1 }),
    });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(response.headers.get('retry-after-ms')).toBe('5');
    expect(await response.json()).toEqual({ echoed: { a: 1 }, method: 'POST' });
    expect(server.requests[0]!.authorization).toBe('Bearer k');
  });

  it('decodes a gzip body the server sent without being asked', async () => {
    server = await startTestServer((_req, res) => {
      const body = gzipSync(Buffer.from('{"ok":true}'));
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
    });
    const response = await httpFetch(`${server.url}/models`);
    expect(await response.text()).toBe('{"ok":true}');
  });

  it('rejects with ECONNRESET when the connection dies before the body is complete', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(httpFetch(`${server.url}/models`)).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it("aborts on the SDK's signal and on the attempt signal carried by async context", async () => {
    server = await startTestServer(() => {});
    const viaInit = new AbortController();
    const first = httpFetch(`${server.url}/models`, { signal: viaInit.signal });
    setTimeout(() => viaInit.abort(), 30);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });

    const attempt = new AbortController();
    const second = attemptSignal.run(attempt.signal, () => httpFetch(`${server!.url}/models`));
    setTimeout(() => attempt.abort(), 30);
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('linkAbort', () => {
  it('aborts every linked controller when the shared signal aborts, and none once unlinked', () => {
    const run = new AbortController();
    const a = new AbortController();
    const b = new AbortController();
    linkAbort(a, [run.signal]);
    const unlinkB = linkAbort(b, [run.signal, undefined]);
    unlinkB();
    run.abort();
    expect(a.signal.aborted).toBe(true);
    expect(b.signal.aborted).toBe(false);
  });

  it('adds one listener to a long-lived signal, however many calls link to it', () => {
    const run = new AbortController();
    for (let i = 0; i < 100; i++) linkAbort(new AbortController(), [run.signal])();
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(1);
  });

  it('aborts at once when a signal has already aborted', () => {
    const controller = new AbortController();
    linkAbort(controller, [AbortSignal.abort()]);
    expect(controller.signal.aborted).toBe(true);
  });
});
