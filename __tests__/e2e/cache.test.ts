// The call cache, replay and regrade, through the built CLI against an independent
// scripted server that counts what it served: a rerun pays only for the candidate, a
// reuse: all rerun and a replay pay nothing, each with the first run's verdict.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle, type BundleRun } from './helpers/bundle.js';
import { startScriptedServer, type Script, type ScriptedServer } from './helpers/scripted-openai.js';

const LABELS = ['billing', 'shipping', 'tech'];
const CASES = 24;
const KEY = 'sk-e2e-cache-secret-123456';

let server: ScriptedServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

const right: Script = (model, user) => {
  const n = Number(/ticket (\d+)/.exec(user)?.[1]);
  const wrong = model === 'cand-model' && n % 6 === 0;
  return { content: wrong ? 'unknown' : LABELS[n % 3]!, delayMs: 2, usage: { prompt: 40, cached: 0, completion: 3, reasoning: 0 } };
};

interface Report {
  verdict: string;
  models: Record<'baseline' | 'candidate', { quality: number; costUsd: number; calls: number; reused?: number }>;
  checks: { metric: string; baselineFromCache?: { reused: number } }[];
  records: { caseId: string; side: string; key?: string; output: string | null }[];
  run: { notes: string[]; cache?: { baseline: { reused: number; made: number; oldestAgeMs: number | null }; candidate: { reused: number; made: number }; corrupt: number } };
}

async function project(url: string, cache: string, extra = ''): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'llm-gate-cache-'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: CASES }, (_, i) =>
    [`- id: t${String(i).padStart(2, '0')}`, `  tags: [${i % 2 ? 'odd' : 'even'}]`, `  vars: { n: ${i} }`, `  prompt: "Route ticket {{n}}"`, `  expect:`, `    - type: label`, `      value: ${LABELS[i % 3]}`].join('\n'),
  );
  await writeFile(join(dir, 'evals', 'routing.yaml'), `${cases.join('\n')}\n`);
  await writeConfig(url, cache, extra);
  return dir;
}

async function writeConfig(url: string, cache: string, extra = ''): Promise<void> {
  await writeFile(
    join(dir!, 'llm-gate.yml'),
    [
      'evals: evals/*.yaml',
      'models:',
      '  baseline:',
      '    model: base-model',
      `    baseUrl: ${url}`,
      '    apiKeyEnv: E2E_KEY',
      '    price: { input: 2, output: 8 }',
      '  candidate:',
      '    model: cand-model',
      '    price: { input: 1, output: 4 }',
      'thresholds: { p95Latency: false }',
      'run:',
      '  sequential: false',
      `  cache: ${cache}`,
      extra,
    ].join('\n'),
  );
}

function cli(cwd: string, args: string[], env: Record<string, string> = { E2E_KEY: KEY }): Promise<BundleRun> {
  return runBundle({ bundle: 'cli', args, cwd, env: baseEnv(env) });
}

async function report(cwd: string, file: string): Promise<Report> {
  return JSON.parse(await readFile(join(cwd, file), 'utf8')) as Report;
}

async function entryFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of await readdir(root)) for (const f of await readdir(join(root, sub))) out.push(join(root, sub, f));
  return out;
}

describe('the call cache', () => {
  it('a second identical run makes half the calls of the first, a reuse: all run none, with the same verdict', async () => {
    server = await startScriptedServer(right);
    const cwd = await project(server.url, 'true');
    const first = await cli(cwd, ['run', '--json', 'r1.json', '--quiet']);
    expect(first.stderr).not.toContain('internal error');
    const calls1 = server.served.length;
    expect(calls1).toBe(2 * CASES);
    const r1 = await report(cwd, 'r1.json');
    expect(r1.run.cache?.baseline).toMatchObject({ reused: 0, made: CASES });

    const second = await cli(cwd, ['run', '--json', 'r2.json', '--quiet']);
    const calls2 = server.served.length - calls1;
    expect(calls2).toBe(CASES);
    expect(server.served.slice(calls1).every((s) => s.model === 'cand-model')).toBe(true);
    const r2 = await report(cwd, 'r2.json');
    expect(second.code).toBe(first.code);
    expect(r2.verdict).toBe(r1.verdict);
    expect(r2.models.baseline.quality).toBe(r1.models.baseline.quality);
    expect(r2.models.baseline.costUsd).toBeCloseTo(r1.models.baseline.costUsd, 12);
    expect(r2.run.cache?.baseline).toMatchObject({ reused: CASES, made: 0 });
    expect(r2.models.baseline.reused).toBe(CASES);
    expect(r2.run.cache?.baseline.oldestAgeMs).toBeGreaterThanOrEqual(0);

    await writeConfig(server.url, '{ reuse: all }');
    const before = server.requests;
    const third = await cli(cwd, ['run', '--json', 'r3.json', '--quiet']);
    expect(server.requests - before).toBe(0);
    const r3 = await report(cwd, 'r3.json');
    expect(third.code).toBe(first.code);
    expect(r3.verdict).toBe(r1.verdict);
    expect(r3.models.candidate.quality).toBe(r1.models.candidate.quality);
    expect(r3.run.cache?.candidate).toMatchObject({ reused: CASES, made: 0 });

    // Nothing of the key reached the cache directory.
    for (const file of await entryFiles(join(cwd, '.llm-gate', 'cache'))) {
      const text = await readFile(file, 'utf8');
      expect(text).not.toContain(KEY);
      expect(text.toLowerCase()).not.toContain('authorization');
    }
  }, 60_000);

  it('a corrupt entry is a miss with a warning, and is made and written again', async () => {
    server = await startScriptedServer(right);
    const cwd = await project(server.url, 'true');
    await cli(cwd, ['run', '--json', 'r1.json', '--quiet']);
    const files: string[] = [];
    for (const f of await entryFiles(join(cwd, '.llm-gate', 'cache'))) if ((await readFile(f, 'utf8')).includes('"base-model"')) files.push(f);
    await writeFile(files[0]!, '{"schema":"llm-gate/cache-entry@1", torn');
    await writeFile(files[1]!, 'x'.repeat(2_000_000));
    const calls1 = server.served.length;
    const second = await cli(cwd, ['run', '--json', 'r2.json', '--quiet']);
    expect(second.stderr).not.toContain('internal error');
    const r2 = await report(cwd, 'r2.json');
    expect(r2.run.cache?.corrupt).toBe(2);
    expect(r2.run.notes.join('\n')).toMatch(/could not be used/);
    // The two corrupt baseline entries are made again, with the candidate's calls, and written whole.
    expect(server.served.length - calls1).toBe(CASES + 2);
    for (const f of files.slice(0, 2)) expect(JSON.parse(await readFile(f, 'utf8'))).toMatchObject({ model: 'base-model' });
  }, 60_000);

  it('--replay runs from the cache with zero requests, and names what is missing (exit 2)', async () => {
    server = await startScriptedServer(right);
    const cwd = await project(server.url, 'true');
    await cli(cwd, ['run', '--json', 'r1.json', '--quiet']);
    const r1 = await report(cwd, 'r1.json');
    const before = server.requests;
    const replay = await cli(cwd, ['run', '--replay', '--json', 'r2.json', '--quiet'], {});
    expect(server.requests - before).toBe(0);
    const r2 = await report(cwd, 'r2.json');
    expect(r2.verdict).toBe(r1.verdict);
    expect(replay.code).not.toBe(2);

    // Add two cases: nothing in the cache for them.
    const extra = [0, 1].map((i) => [`- id: new-${i}`, `  vars: { n: ${100 + i} }`, `  prompt: "Route ticket {{n}}"`, `  expect:`, `    - type: label`, `      value: billing`].join('\n'));
    await writeFile(join(cwd, 'evals', 'more.yaml'), `${extra.join('\n')}\n`);
    const missing = await cli(cwd, ['run', '--replay', '--quiet'], {});
    expect(server.requests - before).toBe(0);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('new-0');
    expect(missing.stderr).toContain('new-1');
    expect(missing.stderr).toContain('base-model');
    expect(missing.stderr).toContain('cand-model');
  }, 60_000);

  it('regrade recomputes grades and verdict from the stored outputs with no model call', async () => {
    server = await startScriptedServer(right);
    const cwd = await project(server.url, 'false');
    await cli(cwd, ['run', '--json', 'r1.json', '--quiet']);
    const r1 = await report(cwd, 'r1.json');
    const calls = server.requests;
    // A grader change: every case now expects "billing".
    const text = await readFile(join(cwd, 'evals', 'routing.yaml'), 'utf8');
    await writeFile(join(cwd, 'evals', 'routing.yaml'), text.replace(/value: \w+/g, 'value: billing'));
    const regraded = await cli(cwd, ['regrade', 'r1.json', '--json', 'r2.json', '--quiet'], {});
    expect(regraded.stderr).not.toContain('error');
    expect(server.requests).toBe(calls);
    const r2 = await report(cwd, 'r2.json');
    expect(r2.models.baseline.quality).toBeCloseTo((100 * 8) / 24, 9);
    expect(r2.models.baseline.quality).not.toBe(r1.models.baseline.quality);
    expect(r2.models.baseline.costUsd).toBe(r1.models.baseline.costUsd);

    // A prompt change makes the stored outputs answers to another request: refused.
    await writeFile(join(cwd, 'evals', 'routing.yaml'), text.replace(/Route ticket/g, 'Please route ticket'));
    const stale = await cli(cwd, ['regrade', 'r1.json', '--quiet'], {});
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/another request/);
  }, 60_000);
});
