// The built CLI against a local server whose candidate answers what a misbehaving model can:
// 200,000 "{" for a json grader, 5,000 quote marks and an "x" for a label grader, and
// "aaaa…a!" for a user regex that backtracks without end. Each run must end with a report
// (the hang guard is runBundle's deadline), grade the first two 0 and leave the regex grade
// unjudged; a SIGTERM while a regex hangs must end the run with an incomplete report.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { exitCodeForVerdict } from '../../src/cli/exit-codes.js';

const KEY = 'sk-hostile-output-0123456789';
const HANGS = `${'a'.repeat(40)}!`;

interface Grade {
  type: string;
  score: number;
  reason?: string;
  unjudged?: true;
}
interface Side {
  score: number | null;
  error: { kind: string; code?: string; message: string } | null;
  grades: Grade[];
  outputChars: number | null;
}
interface Report {
  verdict: string;
  cases: { id: string; baseline: Side; candidate: Side }[];
}

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

/** Answers each chat completion with answer(model, prompt); warm-up GETs get an empty list. */
async function serve(answer: (model: string, prompt: string) => string): Promise<string> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let payload: unknown = { object: 'list', data: [] };
      if (req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model: string; messages: { role: string; content: string }[] };
        const prompt = body.messages.findLast((m) => m.role === 'user')?.content ?? '';
        payload = {
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 1,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: answer(body.model, prompt), refusal: null }, finish_reason: 'stop', logprobs: null }],
          usage: { prompt_tokens: 20, completion_tokens: 5, total_tokens: 25 },
        };
      }
      const text = JSON.stringify(payload);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
}

async function project(url: string, cases: object[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-hostile-'));
  dirs.push(dir);
  await mkdir(join(dir, '.git'));
  await mkdir(join(dir, 'evals'));
  await writeFile(join(dir, 'evals', 'set.jsonl'), `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: base-model, baseUrl: "${url}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 } }`,
      `  candidate: { model: cand-model, baseUrl: "${url}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 } }`,
      // Latency is not the point here, and this machine's load would be in it.
      'thresholds: { p95Latency: false }',
      'run: { timeout: 10s, retries: 0, concurrency: 8 }',
    ].join('\n'),
  );
  return dir;
}

const NORMAL = Array.from({ length: 20 }, (_, i) => ({ id: `yes-${i}`, prompt: `Say yes ${i}`, expect: [{ type: 'contains', value: 'yes' }] }));

describe('the CLI on hostile model output', () => {
  it('ends with a report: the json and label grades 0, the runaway regex grade unjudged', async () => {
    const url = await serve((model, prompt) => {
      const hostile = model === 'cand-model';
      if (prompt.startsWith('Say yes')) return 'yes';
      if (prompt === 'json please') return hostile ? '{'.repeat(200_000) : '{"ok": true}';
      if (prompt === 'label please') return hostile ? `${'"'.repeat(5000)}x` : 'billing';
      return hostile ? HANGS : 'aaaa';
    });
    const dir = await project(url, [
      ...NORMAL,
      { id: 'braces', prompt: 'json please', expect: [{ type: 'json' }] },
      { id: 'quotes', prompt: 'label please', expect: [{ type: 'label', value: 'billing' }] },
      { id: 'backtracking', prompt: 'a please', expect: [{ type: 'regex', pattern: '^(a+)+$' }] },
    ]);
    // Before: the json grade never finished, the label grade took over a minute, the regex never.
    const run = await runBundle({ bundle: 'cli', args: ['run', '--json', 'report.json', '--quiet'], cwd: dir, env: baseEnv({ E2E_KEY: KEY }), deadlineMs: 45_000 });
    expect(run.killed).toBe(false);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
    expect(['pass', 'fail', 'inconclusive']).toContain(report.verdict);
    expect(run.code).toBe(exitCodeForVerdict(report.verdict as Parameters<typeof exitCodeForVerdict>[0]));
    const side = (id: string) => report.cases.find((c) => c.id === id)!;

    expect(side('braces').baseline.score).toBe(1);
    expect(side('braces').candidate).toMatchObject({ score: 0, outputChars: 200_000 });
    expect(side('braces').candidate.grades[0]?.reason).toMatch(/^output is not JSON/);
    expect(side('quotes').candidate).toMatchObject({ score: 0 });
    expect(side('quotes').baseline).toMatchObject({ score: 1 });

    const regex = side('backtracking').candidate;
    expect(regex.score).toBeNull();
    expect(regex.grades[0]).toMatchObject({ type: 'regex', unjudged: true, reason: expect.stringContaining('did not finish within 1 s') });
    expect(regex.error).toMatchObject({ kind: 'infra', code: 'ungraded' });
    expect(side('backtracking').baseline.score).toBe(1);
  });

  it('ends an incomplete run with a report when SIGTERM arrives while a regex hangs', async () => {
    const url = await serve(() => HANGS);
    // 30 cases x 2 models of runaway matches: 60 s of grading at 1 s each, past the deadline.
    const cases = Array.from({ length: 30 }, (_, i) => ({ id: `bt-${i}`, prompt: `a please ${i}`, expect: [{ type: 'regex', pattern: '^(a+)+$' }] }));
    const dir = await project(url, cases);
    let sent = false;
    let child: { kill(signal?: NodeJS.Signals): boolean } | undefined;
    const run = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'report.json', '--quiet'],
      cwd: dir,
      env: baseEnv({ E2E_KEY: KEY }),
      deadlineMs: 30_000,
      onSpawn: (c) => (child = c),
      // The progress line for the last call: every answer is in, grading is next.
      onStderr: (chunk) => {
        if (!sent && chunk.includes('60/60 calls')) {
          sent = true;
          setTimeout(() => child?.kill('SIGTERM'), 300);
        }
      },
    });
    expect(sent).toBe(true);
    expect(run.killed).toBe(false);
    expect(run.code).toBe(3);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('incomplete');
    const errors = report.cases.flatMap((c) => [c.baseline.error, c.candidate.error]);
    // The match in progress ran to its deadline; the outputs after it were never graded.
    expect(errors.some((e) => e?.code === 'ungraded')).toBe(true);
    expect(errors.some((e) => e?.kind === 'cancelled' && e.message.startsWith('grading stopped'))).toBe(true);
    expect(run.stderr).toContain('llm-gate: verdict incomplete');
  });
});
