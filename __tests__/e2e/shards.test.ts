// Shards on the matrix: three `run --shard i/3` partial reports merged with `llm-gate merge`
// give the single run's quality, cost and verdict; merging partials cut from one run's own
// records gives exactly that run's statistics; a missing or duplicated shard is exit 2.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle, type BundleRun } from './helpers/bundle.js';
import { startScriptedServer, type Script, type ScriptedServer } from './helpers/scripted-openai.js';

const LABELS = ['billing', 'shipping', 'tech'];
const CASES = 45;

let server: ScriptedServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

const script: Script = (model, user) => {
  const n = Number(/ticket (\d+)/.exec(user)?.[1]);
  const wrong = model === 'cand-model' ? n % 5 === 0 : n % 9 === 0;
  return { content: wrong ? 'unknown' : LABELS[n % 3]!, delayMs: 1 + (n % 4), usage: { prompt: 30 + (n % 7), cached: n % 3, completion: 2 + (n % 2), reasoning: 0 } };
};

type Json = Record<string, any>;

async function project(url: string, thresholds: string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'llm-gate-shards-'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: CASES }, (_, i) =>
    [`- id: t${String(i).padStart(2, '0')}`, `  tags: [${['a', 'b', 'c'][i % 3]}]`, `  vars: { n: ${i} }`, `  prompt: "Route ticket {{n}}"`, `  expect:`, `    - type: label`, `      value: ${LABELS[i % 3]}`].join('\n'),
  );
  await writeFile(join(dir, 'evals', 'routing.yaml'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.yaml',
      'models:',
      '  baseline:',
      '    model: base-model',
      `    baseUrl: ${url}`,
      '    apiKeyEnv: E2E_KEY',
      '    price: { input: 2, cachedInput: 1, output: 8 }',
      '  candidate:',
      '    model: cand-model',
      '    price: { input: 1, cachedInput: 0.5, output: 4 }',
      `thresholds: ${thresholds}`,
      'run:',
      '  repeats: 2',
      '  sequential: false',
    ].join('\n'),
  );
  return dir;
}

const cli = (cwd: string, args: string[]): Promise<BundleRun> => runBundle({ bundle: 'cli', args, cwd, env: baseEnv({ E2E_KEY: 'sk-e2e-shards-123456' }) });
const read = async (cwd: string, file: string): Promise<Json> => JSON.parse(await readFile(join(cwd, file), 'utf8')) as Json;

describe('shards and merge', () => {
  it('three shards merged give the single run\'s quality, cost and verdict', async () => {
    server = await startScriptedServer(script);
    const cwd = await project(server.url, '{ p95Latency: false }');
    const single = await cli(cwd, ['run', '--json', 'single.json', '--quiet']);
    const one = await read(cwd, 'single.json');
    let cases = 0;
    for (const i of [1, 2, 3]) {
      const shard = await cli(cwd, ['run', '--shard', `${i}/3`, '--json', `p${i}.json`, '--quiet']);
      expect(shard.stderr).toContain(`shard ${i} of 3`);
      const p = await read(cwd, `p${i}.json`);
      expect(p.shard).toEqual({ index: i, count: 3, cases: CASES });
      cases += p.cases.length;
    }
    expect(cases).toBe(CASES);
    const merged = await cli(cwd, ['merge', 'p1.json', 'p2.json', 'p3.json', '--json', 'merged.json', '--quiet']);
    expect(merged.stderr).not.toMatch(/error/);
    expect(merged.code).toBe(single.code);
    const m = await read(cwd, 'merged.json');
    expect(m.verdict).toBe(one.verdict);
    expect(m.merged).toEqual({ shards: 3, cases: CASES });
    for (const side of ['baseline', 'candidate']) {
      expect(m.models[side].quality).toBe(one.models[side].quality);
      expect(m.models[side].costUsd).toBe(one.models[side].costUsd);
      expect(m.models[side].qualityPerDollar).toBe(one.models[side].qualityPerDollar);
      expect(m.models[side].calls).toBe(one.models[side].calls);
    }
    expect(m.cases.map((c: Json) => c.id)).toEqual(one.cases.map((c: Json) => c.id));
    const quality = (r: Json) => r.checks.find((c: Json) => c.metric === 'quality');
    expect(quality(m)).toEqual(quality(one));
    // With markdown shown the report comes back whole; without, its cases and records are
    // made as they are written: the two JSON files are the same bytes.
    const shown = await cli(cwd, ['merge', 'p1.json', 'p2.json', 'p3.json', '--json', 'merged-whole.json', '--markdown', 'merged.md', '--quiet']);
    expect(shown.code).toBe(merged.code);
    expect(await readFile(join(cwd, 'merged-whole.json'), 'utf8')).toBe(await readFile(join(cwd, 'merged.json'), 'utf8'));
  }, 90_000);

  it('merging partials cut from one run\'s records gives exactly that run\'s statistics', async () => {
    server = await startScriptedServer(script);
    const cwd = await project(server.url, '{ p95Latency: 20% }');
    await cli(cwd, ['run', '--json', 'single.json', '--quiet']);
    const one = await read(cwd, 'single.json');
    // Which shard each case is in, as the shards themselves say.
    const shardOf = new Map<string, number>();
    for (const i of [1, 2, 3]) {
      await cli(cwd, ['run', '--shard', `${i}/3`, '--json', `p${i}.json`, '--quiet']);
      for (const c of (await read(cwd, `p${i}.json`)).cases) shardOf.set(c.id, i);
    }
    for (const i of [1, 2, 3]) {
      const partial = {
        ...one,
        shard: { index: i, count: 3, cases: CASES },
        cases: one.cases.filter((c: Json) => shardOf.get(c.id) === i),
        records: one.records.filter((r: Json) => shardOf.get(r.caseId) === i),
      };
      await writeFile(join(cwd, `cut${i}.json`), JSON.stringify(partial));
    }
    await cli(cwd, ['merge', 'cut3.json', 'cut1.json', 'cut2.json', '--json', 'merged.json', '--quiet']);
    const m = await read(cwd, 'merged.json');
    expect(m.verdict).toBe(one.verdict);
    expect(m.models).toEqual(one.models);
    expect(m.checks).toEqual(one.checks);
    expect(m.statistics).toEqual(one.statistics);
    expect(m.tags).toEqual(one.tags);
    expect(m.cases).toEqual(one.cases);
  }, 90_000);

  it('a shard whose slice holds no case exits 0, sends nothing, and still writes its partial report', async () => {
    server = await startScriptedServer(script);
    const cwd = await project(server.url, '{ p95Latency: false }');
    // Ten times more shards than cases: most slices are empty. Find one, as the shards say.
    const count = CASES * 10;
    let empty: { index: number; run: BundleRun; requests: number } | undefined;
    for (let index = 1; index <= count && !empty; index++) {
      const before = server.requests;
      const run = await cli(cwd, ['run', '--shard', `${index}/${count}`, '--json', `p${index}.json`, '--quiet']);
      if ((await read(cwd, `p${index}.json`)).cases.length === 0) empty = { index, run, requests: server.requests - before };
    }
    expect(empty).toBeDefined();
    expect(empty!.run.code, empty!.run.stderr).toBe(0);
    expect(empty!.run.stderr).toContain(`shard ${empty!.index} of ${count} holds none of the set's ${CASES} cases`);
    const partial = await read(cwd, `p${empty!.index}.json`);
    expect(partial.shard).toEqual({ index: empty!.index, count, cases: CASES });
    expect(partial.records).toEqual([]);
    expect(empty!.requests).toBe(0);
  }, 90_000);

  it('a missing or duplicated shard is exit 2, named', async () => {
    server = await startScriptedServer(script);
    const cwd = await project(server.url, '{ p95Latency: false }');
    for (const i of [1, 2]) await cli(cwd, ['run', '--shard', `${i}/3`, '--json', `p${i}.json`, '--quiet']);
    const missing = await cli(cwd, ['merge', 'p1.json', 'p2.json', '--quiet']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('shard 3 of 3 is missing');
    const twice = await cli(cwd, ['merge', 'p1.json', 'p2.json', 'p2.json', '--quiet']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/shard 2 of 3 is given twice/);
    await writeFile(join(cwd, 'junk.json'), '{"schema":"llm-gate/report@1","cases":[{"id":1}]}');
    const junk = await cli(cwd, ['merge', 'p1.json', 'junk.json', '--quiet']);
    expect(junk.code).toBe(2);
    expect(junk.stderr).toContain('junk.json');
  }, 90_000);
});
