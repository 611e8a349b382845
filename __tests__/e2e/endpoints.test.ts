// The built CLI against an independent server that speaks Chat Completions and the
// Responses API, whole and streamed, through a real local proxy: the usual migration
// (baseline on Chat Completions, candidate on the Responses API, streamed), gateway headers
// and query, keyless endpoints, and numbers the test computes itself from what it served.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { startProxy, type TestProxy } from './helpers/proxy.js';
import { startWireServer, type WireRequest, type WireServer } from './helpers/wire-server.js';
import { quantile7 } from './helpers/scripted-openai.js';

const CASES = 24;
const LABELS = ['billing', 'shipping', 'tech'];
const PRICE = { input: 2.5, cachedInput: 1.25, output: 10 };

let server: WireServer | undefined;
let proxy: TestProxy | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  await proxy?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  server = proxy = dir = undefined;
});

const caseOf = (req: WireRequest): number => {
  const text = JSON.stringify(req.body.messages ?? req.body.input);
  return Number(/ticket (\d+)/.exec(text)?.[1]);
};

async function project(models: string[], extra: string[] = [], count = CASES, concurrency = 4): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'llm-gate-endpoints-'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: count }, (_, i) =>
    [`- id: t-${String(i).padStart(2, '0')}`, `  vars: { n: ${i} }`, `  prompt: "Route ticket {{n}}"`, '  expect:', '    - type: label', `      value: ${LABELS[i % 3]}`].join('\n'),
  );
  await writeFile(join(dir, 'evals', 'a.yaml'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    ['evals: evals/*.yaml', "prompt: { system: 'You route support tickets.' }", 'models:', ...models, `run: { concurrency: ${concurrency}, sequential: false }`, ...extra].join('\n'),
  );
  return dir;
}

const price = `    price: { input: ${PRICE.input}, cachedInput: ${PRICE.cachedInput}, output: ${PRICE.output} }`;

describe('endpoints people migrate between', () => {
  it('baseline on Chat Completions, candidate streamed on the Responses API, through an HTTP proxy, with gateway headers, query and no key', async () => {
    server = await startWireServer((req) => {
      const n = caseOf(req);
      const responses = req.api === 'responses';
      return {
        content: LABELS[n % 3]!,
        usage: { prompt: 40 + n, cached: n % 4 === 0 ? 16 : 0, completion: responses ? 12 + (n % 5) : 3, reasoning: responses ? 9 + (n % 5) : 0 },
        // The candidate's first token comes later than the baseline's whole answer would.
        firstTokenMs: responses ? 30 + (n % 7) * 4 : 10 + (n % 5),
        restMs: 5,
      };
    });
    proxy = await startProxy();
    const cwd = await project([
      '  baseline:',
      '    model: gpt-4o',
      `    baseUrl: ${server.url}`,
      '    apiKeyEnv: none',
      '    headers: { X-Gateway-Key: "${GATEWAY_TOKEN}", X-Title: llm-gate }',
      '    query: { api-version: "2024-10-21" }',
      price,
      '  candidate:',
      '    model: gpt-6-luna',
      '    api: responses',
      '    stream: true',
      '    params: { max_tokens: 64, reasoning: { effort: low } }',
      price,
    ], ['thresholds: { p95Latency: false }']);
    const secret = 'gw-secret-token-0123456789';
    const result = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'r.json', '--markdown', 'r.md', '--quiet'],
      cwd,
      env: baseEnv({ GATEWAY_TOKEN: secret, HTTP_PROXY: proxy.url }),
    });
    expect(result.stderr).not.toContain(secret);
    expect([0, 1, 4], result.stderr).toContain(result.code);

    const calls = server.calls();
    expect(calls).toHaveLength(2 * CASES);
    for (const call of calls) {
      expect(call.headers.authorization).toBeUndefined();
      expect(call.headers['x-gateway-key']).toBe(secret);
      expect(call.headers['x-title']).toBe('llm-gate');
      expect(call.query['api-version']).toBe('2024-10-21');
    }
    // Every request, warm-up included, went through the proxy in absolute form.
    const proxied = proxy.log.filter((l) => l.method === 'POST');
    expect(proxied).toHaveLength(2 * CASES);
    expect(proxied.every((l) => l.target.startsWith(`http://${server!.origin}/v1/`))).toBe(true);

    const responses = calls.filter((c) => c.api === 'responses');
    expect(responses).toHaveLength(CASES);
    for (const r of responses) {
      expect(r.stream).toBe(true);
      expect(r.body.instructions).toBe('You route support tickets.');
      expect(r.body.input).toEqual([{ role: 'user', content: expect.stringMatching(/^Route ticket \d+$/) }]);
      expect(r.body.max_output_tokens).toBe(64);
      expect(r.body.max_tokens).toBeUndefined();
      expect(r.body.reasoning).toEqual({ effort: 'low' });
    }

    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8'));
    const raw = await readFile(join(cwd, 'r.json'), 'utf8');
    expect(raw).not.toContain(secret);
    expect(report.models.baseline).toMatchObject({ api: 'chat', stream: false });
    expect(report.models.candidate).toMatchObject({ api: 'responses', stream: true });
    expect(report.models.baseline.ttftMs).toBeUndefined();

    // Cost, from what was served, computed here.
    const cost = (rs: WireRequest[], usage: (n: number) => { prompt: number; cached: number; completion: number }) =>
      rs.reduce((sum, r) => {
        const u = usage(caseOf(r));
        return sum + ((u.prompt - u.cached) * PRICE.input + u.cached * PRICE.cachedInput + u.completion * PRICE.output) / 1e6;
      }, 0);
    const chat = calls.filter((c) => c.api === 'chat');
    expect(report.models.baseline.costUsd).toBeCloseTo(cost(chat, (n) => ({ prompt: 40 + n, cached: n % 4 === 0 ? 16 : 0, completion: 3 })), 9);
    expect(report.models.candidate.costUsd).toBeCloseTo(cost(responses, (n) => ({ prompt: 40 + n, cached: n % 4 === 0 ? 16 : 0, completion: 12 + (n % 5) })), 9);
    expect(report.models.candidate.tokens.reasoning).toBe(responses.reduce((s, r) => s + 9 + (caseOf(r) % 5), 0));
    expect(report.models.candidate.quality).toBe(100);

    // TTFT is at least what the server took to send the first token, and close to it.
    const served = responses.map((r) => r.servedFirstMs!);
    const p95 = quantile7(served, 0.95);
    expect(report.models.candidate.ttftMs.calls).toBe(CASES);
    expect(report.models.candidate.ttftMs.p95).toBeGreaterThanOrEqual(p95 - 1);
    expect(report.models.candidate.ttftMs.p95).toBeLessThan(report.models.candidate.latencyMs.p95 + 1);
    // The call records keep it, so merge and regrade rebuild the same TTFT.
    const records = report.records.filter((r: any) => r.side === 'candidate');
    expect(records).toHaveLength(CASES);
    expect(records.every((r: any) => typeof r.ttftMs === 'number' && r.ttftMs <= r.latencyMs)).toBe(true);
    const md = await readFile(join(cwd, 'r.md'), 'utf8');
    expect(md).toContain('TTFT p95');
    expect(md).toContain('Responses, streamed');
  }, 60_000);

  it('gates time to first token when both models stream: a candidate whose first token comes 1.5 s later fails ttftP95', async () => {
    const count = 80;
    server = await startWireServer((req) => {
      const n = caseOf(req);
      const candidate = req.body.model === 'gpt-slow-start';
      return {
        content: LABELS[n % 3]!,
        usage: { prompt: 30, cached: 0, completion: 2, reasoning: 0 },
        // The server holds the candidate's first token 1.5 s or more: no scheduling delay makes
        // it come sooner, and what a starved client adds to the baseline's tail (tens to a few
        // hundred ms on a loaded machine) stays far below it. Every call is in flight at once,
        // so the test takes about as long as one candidate call.
        firstTokenMs: candidate ? 1500 + 5 * (n % 9) : 4 + (n % 9),
        restMs: 2,
      };
    });
    const streamed = (role: string, model: string) => [`  ${role}:`, `    model: ${model}`, `    baseUrl: ${server!.url}`, '    apiKeyEnv: none', '    stream: true', price];
    const cwd = await project([...streamed('baseline', 'gpt-steady'), ...streamed('candidate', 'gpt-slow-start')], ['thresholds: { p95Latency: false }'], count, 2 * count);
    const result = await runBundle({ bundle: 'cli', args: ['run', '--json', 'r.json', '--quiet'], cwd, env: baseEnv({}) });
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8'));
    expect(result.code, JSON.stringify(report.checks.map((c: any) => [c.metric, c.status, c.change, c.interval, c.unmeasured]))).toBe(1);
    const ttft = report.checks.find((c: any) => c.metric === 'ttftP95');
    // No threshold in the config: on by default at 20% because both models stream.
    expect(ttft).toMatchObject({ status: 'fail', threshold: 0.2 });
    // What the server guarantees: the candidate's first tokens never come sooner than 1.5 s. The
    // baseline's tail is the client's scheduling on this machine, so the size of the change is
    // asserted only past the threshold it must cross.
    expect(report.models.candidate.ttftMs.p95).toBeGreaterThanOrEqual(1500);
    expect(ttft.change).toBeGreaterThan(0.2);
    expect(report.models.baseline.ttftMs.calls).toBe(count);
    expect(report.models.candidate.ttftMs.calls).toBe(count);
    expect(report.verdict).toBe('fail');
    expect(report.checks.find((c: any) => c.metric === 'quality').status).not.toBe('fail');
  }, 60_000);

  it('prices gpt-6-luna and claude-opus-4-8 without config and names the source', async () => {
    server = await startWireServer(() => ({ content: 'billing', usage: { prompt: 10, cached: 0, completion: 2, reasoning: 0 }, firstTokenMs: 1 }));
    const cwd = await project([
      '  baseline:',
      '    model: claude-opus-4-8',
      `    baseUrl: ${server.url}`,
      '    apiKeyEnv: none',
      '  candidate:',
      '    model: gpt-6-luna',
      '    api: responses',
    ]);
    const result = await runBundle({ bundle: 'cli', args: ['run', '--json', 'r.json', '--quiet'], cwd, env: baseEnv({}) });
    expect(result.stderr).not.toMatch(/no built-in price/);
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8'));
    for (const side of ['baseline', 'candidate'] as const) {
      expect(report.models[side].priceSource).toMatchObject({ kind: 'builtin', table: expect.stringMatching(/^genai-prices /), checked: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    }
    expect(report.models.baseline.price).toEqual({ input: 5, cachedInput: 0.5, output: 25 });
    expect(server.calls().every((c) => c.headers.authorization === undefined)).toBe(true);
  }, 60_000);
});
