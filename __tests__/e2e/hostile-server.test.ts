// The built CLI against endpoints that answer with too much: a gzip bomb, answers of
// 100 MB, and hundreds of answers longer than graders read. Each run must end with a
// report, keep its memory bounded (peak RSS measured from /proc), and keep the report small.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GRADE_INPUT_CHARS, REPORT_OUTPUT_CHARS } from '../../src/limits.js';
import { baseEnv, runBundle } from './helpers/bundle.js';

const KEY = 'sk-hostile-server-secret-9f8e7d6c';
const MB = 1000 * 1000;
const MiB = 1024 * 1024;
/** What the process may hold at its peak: the bundle, the run, a few capped bodies in flight. */
const MAX_RSS_MB = 300;

type Handler = (model: string, req: IncomingMessage, res: ServerResponse) => void;

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
async function serve(handler: Handler): Promise<{ url: string; posts: (model: string) => number }> {
  const posts = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"object":"list","data":[]}');
      }
      const model = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model?: unknown }).model);
      posts.set(model, (posts.get(model) ?? 0) + 1);
      handler(model, req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, posts: (model) => posts.get(model) ?? 0 };
}

/** A chat completion's JSON around `content`, split so a huge content can be streamed between the halves. */
function completionParts(model: string): { head: string; tail: string } {
  const marker = '\u0000CONTENT\u0000';
  const text = JSON.stringify({
    id: 'chatcmpl-hostile',
    object: 'chat.completion',
    created: 1,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: marker, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 20, completion_tokens: 2, total_tokens: 22 },
  });
  const at = text.indexOf(JSON.stringify(marker).slice(1, -1));
  return { head: text.slice(0, at), tail: text.slice(at + JSON.stringify(marker).length - 2) };
}

function answer(res: ServerResponse, model: string, content: string): void {
  const { head, tail } = completionParts(model);
  const text = `${head}${content}${tail}`;
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Streams an answer whose content is `chars` × 'a', from one reused chunk, minding backpressure; resolves with the bytes written. */
function streamHugeAnswer(res: ServerResponse, model: string, chars: number): Promise<number> {
  const { head, tail } = completionParts(model);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': head.length + chars + tail.length });
  return new Promise((done) => {
    let left = chars;
    let written = head.length;
    let closed = false;
    res.on('close', () => {
      closed = true;
      done(written);
    });
    res.write(head);
    const pump = (): void => {
      while (!closed && left > 0) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
        left -= piece.length;
        written += piece.length;
        if (!res.write(piece)) return void res.once('drain', pump);
      }
      if (!closed && left === 0) res.end(tail);
    };
    pump();
  });
}

async function project(url: string, cases: number, run: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-hostile-'));
  dirs.push(dir);
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'evals'));
  const lines = Array.from({ length: cases }, (_, i) => JSON.stringify({ id: `c${i}`, prompt: `Say yes ${i}`, expect: [{ type: 'contains', value: 'yes' }] }));
  await writeFile(join(dir, 'evals', 'set.jsonl'), `${lines.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: base-model, baseUrl: "${url}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 }, params: { max_tokens: 50 } }`,
      `  candidate: { model: cand-model, baseUrl: "${url}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 } }`,
      run,
    ].join('\n'),
  );
  return dir;
}

interface ReportSide {
  output: string | null;
  outputChars: number | null;
  gradedOnPrefix?: true;
  error: { kind: string; code?: string; status?: number; message: string } | null;
}
interface Report {
  verdict: string;
  cases: { id: string; baseline: ReportSide; candidate: ReportSide }[];
}

async function gate(dir: string, deadlineMs: number) {
  const result = await runBundle({ bundle: 'cli', args: ['run', '--json', 'report.json'], cwd: dir, env: baseEnv({ E2E_KEY: KEY }), deadlineMs });
  expect(result.killed).toBe(false);
  const reportPath = join(dir, 'report.json');
  const reportText = await readFile(reportPath, 'utf8');
  expect(reportText).not.toContain(KEY);
  return { ...result, report: JSON.parse(reportText) as Report, reportBytes: (await stat(reportPath)).size };
}

describe('the CLI against an endpoint that sends too much', () => {
  // About 1 MB of gzip that inflates to 1 GiB: 1,024 gzip members of a MiB of zeros each
  // (a gzip body may hold several members, and decoders must read them all).
  let bomb: Buffer;
  beforeAll(() => {
    const member = gzipSync(Buffer.alloc(MiB), { level: 9 });
    bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  });

  it('ends a gzip bomb as response-too-large on each call, with a report, in bounded memory', async () => {
    expect(bomb.length).toBeLessThan(2 * MB);
    // Enough cases for the error-rate check to decide (below 10 none does).
    const cases = 12;
    const server = await serve((model, _req, res) => {
      if (model === 'base-model') return answer(res, model, 'yes');
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    const run = await gate(await project(server.url, cases, 'run: { timeout: 20s, retries: 1, concurrency: 6 }'), 60_000);
    // Refused answers are not retried: one request per case.
    expect(server.posts('cand-model')).toBe(cases);
    for (const c of run.report.cases) {
      expect(c.baseline.error).toBeNull();
      expect(c.candidate.error).toMatchObject({ kind: 'request', code: 'response-too-large', message: 'the response was larger than 8 MiB (run.maxResponseSize)' });
    }
    // Every candidate call is the model's error: the candidate fails.
    expect(run.code).toBe(1);
    expect(run.report.verdict).toBe('fail');
    expect(run.peakRssMb).toBeDefined();
    expect(run.peakRssMb!).toBeLessThanOrEqual(MAX_RSS_MB);
  });

  it('stops reading 100 MB answers at the cap, writes the report, and stays in bounded memory', async () => {
    const cases = 6;
    const sent: Promise<number>[] = [];
    const server = await serve((model, _req, res) => {
      if (model === 'base-model') return answer(res, model, 'yes');
      sent.push(streamHugeAnswer(res, model, 100 * MB));
    });
    const run = await gate(await project(server.url, cases, 'run: { timeout: 20s, retries: 1, concurrency: 6 }'), 60_000);
    expect(server.posts('cand-model')).toBe(cases);
    for (const c of run.report.cases) expect(c.candidate.error).toMatchObject({ kind: 'request', code: 'response-too-large' });
    // Each read stopped near the cap: far less than the 600 MB offered left the server.
    const total = (await Promise.all(sent)).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(300 * MB);
    expect(run.peakRssMb).toBeDefined();
    expect(run.peakRssMb!).toBeLessThanOrEqual(MAX_RSS_MB);
  });

  it('keeps each of 300 answers of 300 KB to REPORT_OUTPUT_CHARS in the report, with its full length', async () => {
    const cases = 300;
    const chars = 300 * 1000;
    expect(chars).toBeGreaterThan(GRADE_INPUT_CHARS);
    const content = `yes ${'w'.repeat(chars - 4)}`;
    const server = await serve((model, _req, res) => answer(res, model, content));
    const run = await gate(await project(server.url, cases, 'run: { timeout: 30s, retries: 0, concurrency: 16, sequential: false }'), 90_000);
    expect(run.code).not.toBeNull();
    expect(run.report.cases).toHaveLength(cases);
    for (const c of run.report.cases) {
      for (const side of [c.baseline, c.candidate]) {
        expect(side.error).toBeNull();
        expect(side.output).toBe(content.slice(0, REPORT_OUTPUT_CHARS));
        expect(side.outputChars).toBe(chars);
        expect(side.gradedOnPrefix).toBe(true);
      }
    }
    // 600 outputs of 32 KiB are ~20 MB; the full answers would be 180 MB.
    expect(run.reportBytes).toBeLessThan(40 * MB);
  }, 120_000);
});
