import { afterEach, describe, expect, it } from 'vitest';
import { warmUp } from '../../src/run/index.js';
import { modelAt, sendJson, startTestServer, type TestServer } from './server.js';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function modelsServer(delayMs = 30): Promise<TestServer> {
  const server = await startTestServer((_req, res) => {
    setTimeout(() => sendJson(res, 200, { object: 'list', data: [] }), delayMs);
  });
  servers.push(server);
  return server;
}

describe('warmUp', () => {
  it('opens min(concurrency, 8) connections per distinct endpoint with parallel GET /models', async () => {
    const a = await modelsServer();
    const b = await modelsServer();
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
    const a = await modelsServer();
    await warmUp([modelAt(a.url)], { concurrency: 3 });
    expect(a.connections()).toBe(3);
  });

  it('ignores errors and unreachable endpoints', async () => {
    const down = await modelsServer();
    const url = down.url;
    await down.close();
    servers = [];
    const failing = await startTestServer((_req, res) => void res.socket?.destroy());
    servers.push(failing);
    await expect(warmUp([modelAt(url), modelAt(failing.url)], { concurrency: 2 })).resolves.toBeUndefined();
  });

  it('gives up on a stalled endpoint after its timeout', async () => {
    const stalled = await startTestServer(() => {});
    servers.push(stalled);
    const started = performance.now();
    await warmUp([modelAt(stalled.url)], { concurrency: 2, timeoutMs: 150 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
