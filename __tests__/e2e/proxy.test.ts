// The built CLI behind a proxy, as on a self-hosted runner: https endpoints through a CONNECT
// tunnel (TLS end to end, the test's own certificate trusted through NODE_EXTRA_CA_CERTS),
// and NO_PROXY sending a host direct.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { startProxy, type TestProxy } from './helpers/proxy.js';
import { startWireServer, type WireServer } from './helpers/wire-server.js';

let server: WireServer | undefined;
let proxy: TestProxy | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  await proxy?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  server = proxy = dir = undefined;
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function certificate(at: string): Promise<{ key: string; cert: string; certFile: string }> {
  const keyFile = join(at, 'key.pem');
  const certFile = join(at, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' });
  return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8'), certFile };
}

async function project(url: string): Promise<string> {
  await mkdir(join(dir!, 'evals'));
  const cases = Array.from({ length: 6 }, (_, i) => `- id: c${i}\n  prompt: "ticket ${i}"\n  expect:\n    - type: contains\n      value: ok`);
  await writeFile(join(dir!, 'evals', 'a.yaml'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir!, 'llm-gate.yml'),
    [
      'evals: evals/*.yaml',
      'models:',
      '  baseline:',
      '    model: m-base',
      `    baseUrl: ${url}`,
      '    apiKeyEnv: PROXY_TEST_KEY',
      '    price: { input: 1, output: 2 }',
      '  candidate:',
      '    model: m-cand',
      '    api: responses',
      '    stream: true',
      '    price: { input: 1, output: 2 }',
      'run: { sequential: false }',
    ].join('\n'),
  );
  return dir!;
}

const answer = () => ({ content: 'ok', usage: { prompt: 5, cached: 0, completion: 1, reasoning: 0 }, firstTokenMs: 1 });

describe.runIf(hasOpenssl())('behind a proxy', () => {
  it('reaches an https endpoint through a CONNECT tunnel set by HTTPS_PROXY, key and TLS end to end', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-proxy-'));
    const tls = await certificate(dir);
    server = await startWireServer(answer, tls);
    proxy = await startProxy();
    const cwd = await project(server.url);
    const result = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'r.json', '--quiet'],
      cwd,
      env: baseEnv({ PROXY_TEST_KEY: 'sk-proxy-test-0001', HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: tls.certFile }),
    });
    // The verdict of six cases is not the point (0 pass, 4 inconclusive): the run went through.
    expect([0, 4], result.stderr).toContain(result.code);
    expect(server.calls()).toHaveLength(12);
    expect(server.calls().every((c) => c.headers.authorization === 'Bearer sk-proxy-test-0001')).toBe(true);
    const tunnels = proxy.log.filter((l) => l.method === 'CONNECT');
    expect(tunnels.length).toBeGreaterThan(0);
    expect(tunnels.every((t) => t.target === server!.url.replace(/^https:\/\//, '').replace(/\/v1$/, ''))).toBe(true);
    // Through a tunnel the proxy never sees a request line, let alone the key.
    expect(proxy.log.some((l) => l.method !== 'CONNECT')).toBe(false);
  }, 60_000);

  it('NO_PROXY sends a listed host direct', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-proxy-'));
    server = await startWireServer(answer);
    proxy = await startProxy();
    const cwd = await project(server.url);
    const result = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'r.json', '--quiet'],
      cwd,
      env: baseEnv({ PROXY_TEST_KEY: 'sk-proxy-test-0001', HTTP_PROXY: proxy.url, NO_PROXY: 'example.com, 127.0.0.1' }),
    });
    // The verdict of six cases is not the point (0 pass, 4 inconclusive): the run went through.
    expect([0, 4], result.stderr).toContain(result.code);
    expect(server.calls()).toHaveLength(12);
    expect(proxy.log).toHaveLength(0);
  }, 60_000);
});
