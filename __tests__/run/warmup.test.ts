import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { warmUp } from '../../src/run/index.js';
import { modelAt, sendJson, startTestServer, until, type TestServer } from './server.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/**
 * Holds every answer until `expected` requests are in, so they are all in flight at once
 * whatever the machine's speed: each needs a connection of its own.
 */
async function modelsServer(expected: number): Promise<TestServer> {
  const held: ServerResponse[] = [];
  let released = false;
  const answer = (res: ServerResponse): void => sendJson(res, 200, { object: 'list', data: [] });
  const server = await startTestServer((_req, res) => {
    if (released) return answer(res);
    held.push(res);
    if (held.length < expected) return;
    released = true;
    held.splice(0).forEach(answer);
  });
  servers.push(server);
  return server;
}

describe('warmUp', () => {
  it('opens min(concurrency, 8) connections per distinct endpoint with parallel GET /models', async () => {
    const a = await modelsServer(8);
    const b = await modelsServer(8);
    await warmUp([modelAt(a.url, 'one'), modelAt(a.url, 'two'), modelAt(b.url, 'three')], {
      concurrency: 32,
      apiKeyFor: () => 'sk-warm-key',
    });
    expect(a.requests).toHaveLength(8);
    expect(a.connections()).toBe(8);
    expect(b.connections()).toBe(8);
    expect(a.requests.every((r) => r.method === 'GET' && r.path === '/v1/models')).toBe(true);
    expect(a.requests[0]!.authorization).toBe('Bearer sk-warm-key');
  });

  it('opens no more connections than the run will use', async () => {
    const a = await modelsServer(3);
    await warmUp([modelAt(a.url)], { concurrency: 3 });
    expect(a.connections()).toBe(3);
  });

  it('ignores errors and unreachable endpoints', async () => {
    const down = await modelsServer(1);
    const url = down.url;
    await down.close();
    servers = [];
    const failing = await startTestServer((_req, res) => void res.socket?.destroy());
    servers.push(failing);
    await expect(warmUp([modelAt(url), modelAt(failing.url)], { concurrency: 2 })).resolves.toBeUndefined();
  });

  it('gives up on a stalled endpoint when its timeout fires, abandoning the requests', async () => {
    const stalled = await startTestServer(() => {});
    servers.push(stalled);
    const asked: number[] = [];
    const timeout = new AbortController();
    const timeoutSignal = (ms: number): AbortSignal => {
      asked.push(ms);
      return timeout.signal;
    };
    const done = warmUp([modelAt(stalled.url)], { concurrency: 2, timeoutMs: 150, timeoutSignal });
    await until(() => stalled.requests.length === 2, 'both warm-up requests to arrive');
    // The stalled server never answers: only the timeout can end the warm-up.
    timeout.abort();
    await expect(done).resolves.toBeUndefined();
    await until(() => stalled.abandoned() === 2, 'the server to see both requests abandoned');
    expect(asked).toEqual([150]);

    await warmUp([modelAt(stalled.url)], { concurrency: 1, timeoutSignal });
    expect(asked).toEqual([150, 5_000]);
  });
});
