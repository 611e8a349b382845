// Sequential stopping as a user meets it: the built CLI against a scripted server, counting
// the calls the server was sent. A plain regression on a large set is decided at an early
// look and most calls are never sent; `run.sequential: false` sends every one; a small set
// is never looked at.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { startScriptedServer, type ScriptedServer } from './helpers/scripted-openai.js';

const LABELS = ['billing', 'shipping', 'tech'];
let server: ScriptedServer | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** The demo's story: the candidate gains a few points of quality and costs 2.7× more. */
async function regression(): Promise<ScriptedServer> {
  return startScriptedServer((model, user) => {
    const n = Number(/ticket (\d+)/.exec(user)?.[1]);
    const right = model === 'cand-model' ? n % 25 !== 0 : n % 12 !== 0;
    return {
      content: right ? LABELS[n % 3]! : 'unknown',
      delayMs: 1,
      usage: model === 'cand-model' ? { prompt: 100, cached: 0, completion: 27, reasoning: 0 } : { prompt: 100, cached: 0, completion: 10, reasoning: 0 },
    };
  });
}

async function project(url: string, cases: number, run = ''): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-sequential-'));
  dirs.push(dir);
  await mkdir(join(dir, 'evals'));
  const tags = ['routing', 'refunds', 'outages', 'billing'];
  const lines = Array.from({ length: cases }, (_, i) =>
    JSON.stringify({ id: `t-${i}`, tags: [tags[Math.floor((i * tags.length) / cases)]], vars: { n: i }, prompt: 'Route ticket {{n}}', expect: [{ type: 'label', value: LABELS[i % 3] }] }),
  );
  await writeFile(join(dir, 'evals', 'tickets.jsonl'), `${lines.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: base-model, baseUrl: "${url}", apiKeyEnv: SEQ_KEY, price: { input: 1, output: 10 } }`,
      '  candidate: { model: cand-model, price: { input: 1, output: 10 } }',
      'thresholds: { p95Latency: false }',
      `run: { concurrency: 4, retries: 0${run} }`,
    ].join('\n'),
  );
  return dir;
}

interface Report {
  verdict: string;
  models: Record<'baseline' | 'candidate', { calls: number }>;
  run: { sequential?: { enabled: boolean; looks: number[]; decidedAfter?: { look: number; cases: number; of: number }; saved?: { calls: number; usd: number }; afterDecision?: { calls: number; usd: number } } };
  totals: { calls: number };
}

async function gate(dir: string): Promise<{ code: number | null; report: Report; markdown: string }> {
  const result = await runBundle({ bundle: 'cli', args: ['run', '--json', 'r.json', '--markdown', 'r.md', '--quiet'], cwd: dir, env: baseEnv({ SEQ_KEY: 'sk-seq' }) });
  return { code: result.code, report: JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')) as Report, markdown: await readFile(join(dir, 'r.md'), 'utf8') };
}

describe('sequential stopping (built CLI)', () => {
  it('decides a plain regression on 400 cases at the first look and sends well under half the calls', async () => {
    server = await regression();
    const { code, report, markdown } = await gate(await project(server.url, 400));
    expect(code).toBe(1);
    expect(report.verdict).toBe('fail');
    const s = report.run.sequential!;
    expect(s.looks).toEqual([80, 160, 240, 320]);
    expect(s.decidedAfter?.look).toBe(80);
    // What the server was sent, counted on its side: the look's 160 calls, plus those sent
    // while the look was graded, never the whole 800.
    expect(server.served.length).toBeLessThan(400);
    // The report judges exactly the look's 80 cases; every other call the server answered is
    // counted apart, as paid for after the decision.
    expect(s.decidedAfter).toEqual({ look: 80, cases: 80, of: 400 });
    expect(report.models.baseline.calls).toBe(80);
    expect(report.models.candidate.calls).toBe(80);
    expect(server.served.length).toBe(160 + s.afterDecision!.calls);
    expect(report.totals.calls).toBe(server.served.length);
    expect(s.saved!.calls).toBe(800 - server.served.length);
    expect(markdown).toContain('Decided after 80 of 400 cases');
  });

  it('sends every call with run.sequential: false', async () => {
    server = await regression();
    const { report } = await gate(await project(server.url, 400, ', sequential: false'));
    expect(report.verdict).toBe('fail');
    expect(server.served.length).toBe(800);
    expect(report.run.sequential).toMatchObject({ enabled: false, looks: [] });
  });

  it('never looks at a set too small to stop on', async () => {
    server = await regression();
    const { report } = await gate(await project(server.url, 36));
    expect(server.served.length).toBe(72);
    expect(report.run.sequential).toMatchObject({ enabled: false, looks: [] });
  });
});
