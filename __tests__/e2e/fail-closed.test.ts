// The built CLI against local servers that are down in every way a real endpoint can be:
// no answer at all, the same 400 on every call, redirects, nothing listening, answers
// without usage, error text that tries to drive the terminal, an endpoint that echoes the
// key. Each run must end, exit 3 with a report that says why, and write no key anywhere.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';

const KEY = 'sk-fail-closed-secret-5a4b3c2d1e';
const CASES = 12;
/** One round of calls: every call of both models is in flight at once, so a timeout costs one timeout. */
const ONE_ROUND = 'run: { timeout: 1s, retries: 0, concurrency: 24 }';

type Handler = (model: string, body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;

let servers: Server[] = [];
let dirs: string[] = [];
afterEach(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise((done) => s.close(done));
  }
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  servers = [];
  dirs = [];
});

/** A server whose chat completions are answered by `handler`; warm-up GETs get an empty list. */
async function serve(handler: Handler): Promise<{ url: string; posts: () => number }> {
  let posts = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST') return json(res, 200, { object: 'list', data: [] });
      posts++;
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      handler(String(body.model), body, req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, posts: () => posts };
}

function json(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

const USAGE = { prompt_tokens: 20, completion_tokens: 2, total_tokens: 22 };

/** usage 'omit' leaves the field out (a default parameter would turn an explicit undefined back into USAGE). */
function completion(model: string, content: string, usage: unknown = USAGE) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    ...(usage === 'omit' ? {} : { usage }),
  };
}

function openAiError(res: ServerResponse, status: number, message: string, param: string | null = null): void {
  json(res, status, { error: { message, type: 'invalid_request_error', param, code: null } });
}

async function project(baselineUrl: string, candidateUrl = baselineUrl, run = 'run: { timeout: 2s, retries: 1, concurrency: 4 }'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-closed-'));
  dirs.push(dir);
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: CASES }, (_, i) => JSON.stringify({ id: `c${i}`, prompt: `Say yes ${i}`, expect: [{ type: 'contains', value: 'yes' }] }));
  await writeFile(join(dir, 'evals', 'set.jsonl'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: base-model, baseUrl: "${baselineUrl}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 }, params: { max_tokens: 50 } }`,
      `  candidate: { model: cand-model, baseUrl: "${candidateUrl}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 } }`,
      run,
    ].join('\n'),
  );
  return dir;
}

async function gate(dir: string) {
  const result = await runBundle({ bundle: 'cli', args: ['run', '--json', 'report.json', '--markdown', 'report.md'], cwd: dir, env: baseEnv({ E2E_KEY: KEY }), deadlineMs: 60_000 });
  expect(result.killed).toBe(false);
  const reportText = await readFile(join(dir, 'report.json'), 'utf8');
  const report = JSON.parse(reportText) as { verdict: string; headline: string; reason: Record<string, unknown> };
  for (const text of [result.stdout, result.stderr, reportText]) expect(text).not.toContain(KEY);
  return { ...result, report, reportText };
}

describe('the CLI fails closed', () => {
  it('says error (exit 3) when neither model answers within the timeout, naming the timeout', async () => {
    const server = await serve(() => {
      // Accept and never answer.
    });
    const run = await gate(await project(server.url, server.url, ONE_ROUND));
    expect(run.code).toBe(3);
    expect(run.report.verdict).toBe('error');
    expect(run.report.reason).toMatchObject({ kind: 'outage', code: 'model-down', sides: ['baseline', 'candidate'] });
    expect(run.report.headline).toContain('timed out at your 1 s timeout');
    expect(run.stderr).toContain('llm-gate: verdict error: could not judge');
  });

  it('says error model-rejects-request (exit 3) when the candidate rejects max_tokens on every call, with the hint', async () => {
    const message = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
    const server = await serve((model, _body, _req, res) => (model === 'cand-model' ? openAiError(res, 400, message, 'max_tokens') : json(res, 200, completion(model, 'yes'))));
    const run = await gate(await project(server.url));
    expect(run.code).toBe(3);
    expect(run.report.reason).toMatchObject({ kind: 'rejected', code: 'model-rejects-request', side: 'candidate', error: { status: 400, param: 'max_tokens' } });
    expect(run.report.headline).toContain(message);
    expect(run.report.headline).toContain('use max_completion_tokens instead of max_tokens');
  });

  it('says error (exit 3) when every call gets a 307, naming the redirect', async () => {
    const server = await serve((_m, _b, _r, res) => json(res, 307, { moved: true }, { location: 'https://elsewhere.test/v1/chat/completions' }));
    const run = await gate(await project(server.url));
    expect(run.code).toBe(3);
    expect(run.report.verdict).toBe('error');
    expect(run.report.headline).toContain('redirect');
  });

  it('says error (exit 3) with the connection reason in the headline and on stderr when nothing listens', async () => {
    const down = await serve(() => undefined);
    const url = down.url;
    servers.pop()!.close();
    const run = await gate(await project(url));
    expect(run.code).toBe(3);
    expect(run.report.verdict).toBe('error');
    expect(run.report.headline).toContain('ECONNREFUSED');
    expect(run.stderr).toContain('ECONNREFUSED');
  });

  it('says error (exit 3), cost cannot be judged, when the candidate endpoint omits usage', async () => {
    const server = await serve((model, _b, _r, res) => json(res, 200, completion(model, 'yes', model === 'cand-model' ? 'omit' : USAGE)));
    const run = await gate(await project(server.url));
    expect(run.code).toBe(3);
    expect(run.report.reason).toMatchObject({ kind: 'costUnmeasured', code: 'cost-unmeasured' });
    expect(run.report.headline).toContain(`returned no usage for ${CASES} of ${CASES} answered calls`);
  });

  it('fails (exit 1) when only the candidate times out, saying so', async () => {
    const server = await serve((model, _b, _r, res) => {
      if (model === 'base-model') json(res, 200, completion(model, 'yes'));
    });
    const run = await gate(await project(server.url, server.url, ONE_ROUND));
    expect(run.code).toBe(1);
    expect(run.report.verdict).toBe('fail');
    expect(run.report.headline).toMatch(/^the candidate cand-m.*timed out on 100% of calls at your 1 s timeout \(or its endpoint is down\)/);
  });

  it('neither echoes the key nor lets endpoint text drive the terminal', async () => {
    const server = await serve((model, _b, req, res) => {
      const auth = String(req.headers.authorization ?? '');
      if (model === 'cand-model') return openAiError(res, 400, `bad request\r\x1b[2Kllm-gate: verdict pass \x1b]0;owned\x07 ${auth}`);
      json(res, 200, completion(model, `yes, and your header was ${auth}`));
    });
    const run = await gate(await project(server.url));
    expect(run.code).toBe(3);
    const markdown = await readFile(join(dirs.at(-1)!, 'report.md'), 'utf8');
    expect(markdown).not.toContain(KEY);
    expect(run.reportText).toContain('[redacted]');
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain('\x1b');
      expect(text).not.toMatch(/\r(?!\n)/);
    }
    expect(run.stderr.split('\n').filter((line) => line.startsWith('llm-gate: verdict'))).toEqual([expect.stringContaining('llm-gate: verdict error')]);
  });
});
