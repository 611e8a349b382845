// The bundle as a user runs it on eval sets from elsewhere: `init` then `validate` on an
// empty directory, a promptfoo suite with unsupported assertions, OpenAI evals JSONL, and a
// 10,000-line production log imported and gated, each against the built-in simulator.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateCommand } from '../../src/simulator/index.js';
import type { Simulator } from '../../src/simulator/index.js';
import { baseEnv, runBundle } from './helpers/bundle.js';

let dir: string | undefined;
let simulator: Simulator | undefined;
afterEach(async () => {
  await simulator?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  simulator = undefined;
  dir = undefined;
});

async function workspace(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'llm-gate-import-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const CONFIG = (evals: string) => `evals: ${evals}
models:
  baseline: { model: sim-4o, baseUrl: "\${SIM_URL}", apiKeyEnv: SIM_KEY, price: { input: 2.5, output: 10 } }
  candidate: { model: sim-5.5, price: { input: 2.5, output: 15 } }
judge: { model: sim-judge, price: { input: 0.15, output: 0.6 } }
thresholds: { p95Latency: false }
`;

async function simulate(cwd: string): Promise<string> {
  let url = '';
  simulator = await simulateCommand({ config: 'llm-gate.yml', cwd, port: 0, env: { SIM_URL: 'http://127.0.0.1:1/v1' }, latencyScale: 0.01, out: (line) => (url = JSON.parse(line).url) });
  return url;
}

const env = (url: string) => baseEnv({ SIM_URL: url, SIM_KEY: 'sim-key-not-secret' });

describe('llm-gate init && llm-gate validate', () => {
  it('succeed on an empty directory and make no call', async () => {
    const cwd = await workspace({});
    const init = await runBundle({ bundle: 'cli', args: ['init'], cwd, env: baseEnv() });
    expect(init.code).toBe(0);
    expect(await readFile(join(cwd, 'llm-gate.yml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*\n\$schema: /);
    // A base URL that refuses every connection: any call would show as an error.
    const validate = await runBundle({ bundle: 'cli', args: ['validate'], cwd, env: baseEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:1' }) });
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('eval set: 7 cases from 3 files');
    expect(validate.stdout).toContain('no calls were made');
    const again = await runBundle({ bundle: 'cli', args: ['init'], cwd, env: baseEnv() });
    expect(again.code).toBe(2);
  });

  it('validate exits 2 with the same error run gives', async () => {
    const cwd = await workspace({ 'llm-gate.yml': CONFIG('evals.yaml'), 'evals.yaml': '- id: a\n  prompt: hi\n  expect: [{ type: lable, value: x }]\n' });
    const validate = await runBundle({ bundle: 'cli', args: ['validate'], cwd, env: env('http://127.0.0.1:1/v1') });
    const run = await runBundle({ bundle: 'cli', args: ['run', '--quiet'], cwd, env: env('http://127.0.0.1:1/v1') });
    expect(validate.code).toBe(2);
    expect(run.code).toBe(2);
    expect(validate.stderr).toContain('evals.yaml:3:20: expect[0].type: unknown grader "lable"');
    expect(run.stderr).toContain('evals.yaml:3:20: expect[0].type: unknown grader "lable"');
  });
});

const SUITE = `description: support answers
prompts:
  - 'Answer the customer: {{question}}'
providers: [openai:gpt-4.1-mini]
defaultTest:
  assert:
    - type: latency
      threshold: 3000
tests:
${Array.from({ length: 12 }, (_, i) => `  - description: q${i}
    vars: { question: "How do I reset password ${i}?" }
    assert:
      - type: icontains
        value: reset
      - type: javascript
        value: output.length < 2000`).join('\n')}
`;

describe('a promptfoo suite', () => {
  it('is refused at file:line for its unsupported assertions, and runs with --skip-unsupported', async () => {
    const cwd = await workspace({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': SUITE });
    const url = await simulate(cwd);
    const strict = await runBundle({ bundle: 'cli', args: ['run', '--quiet'], cwd, env: env(url) });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('promptfooconfig.yaml:7:13: defaultTest.assert[0].type: assertion type "latency" has no llm-gate grader');
    const lenient = await runBundle({ bundle: 'cli', args: ['run', '--quiet', '--skip-unsupported', '--json', 'report.json'], cwd, env: env(url) });
    expect(lenient.stderr).toContain('warning: 13 unsupported assertion(s) dropped');
    const report = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8'));
    expect(report.cases).toHaveLength(12);
    expect([0, 1, 4]).toContain(lenient.code);
  });
});

describe('OpenAI evals JSONL', () => {
  it('loads and runs', async () => {
    const lines = Array.from({ length: 10 }, (_, i) => JSON.stringify({ input: [{ role: 'system', content: 'Answer with the number only.' }, { role: 'user', content: `What is ${i} + ${i}?` }], ideal: String(2 * i) }));
    const cwd = await workspace({ 'llm-gate.yml': CONFIG('evals/arith.jsonl'), 'evals/arith.jsonl': `${lines.join('\n')}\n` });
    const url = await simulate(cwd);
    const run = await runBundle({ bundle: 'cli', args: ['run', '--quiet', '--json', 'report.json'], cwd, env: env(url) });
    const report = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8'));
    expect(report.cases).toHaveLength(10);
    expect([0, 1, 4]).toContain(run.code);
  });
});

describe('llm-gate import', () => {
  it('turns a 10,000-line log with malformed lines, duplicates and secrets into a stratified sample that runs through the gate', async () => {
    const routes = ['billing', 'billing', 'billing', 'shipping', 'account'];
    const log: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      if (i % 101 === 7) {
        log.push(`{"request": {"messages": [${i}`);
        continue;
      }
      const k = i % 4000;
      const secret = k % 40 === 0 ? ` key sk-live${k}ABCDEFGHIJKLMNOPQRSTUVWX mail a${k}@corp.example phone (415) 555-${String(1000 + (k % 9000)).slice(0, 4)}` : '';
      log.push(JSON.stringify({ request: { model: 'gpt-4o', messages: [{ role: 'user', content: `Ticket ${k}: help with ${routes[k % 5]}${secret}` }] }, response: { choices: [{ message: { role: 'assistant', content: `Reply ${k}` } }] }, metadata: { route: routes[k % 5] } }));
    }
    const cwd = await workspace({ 'prod.log': `${log.join('\n')}\n`, 'llm-gate.yml': CONFIG('evals/prod.jsonl') });
    const imported = await runBundle({ bundle: 'cli', args: ['import', 'prod.log', '--out', 'evals/prod.jsonl', '--sample', '60', '--by', 'metadata.route', '--json', 'summary.json'], cwd, env: baseEnv() });
    expect(imported.code).toBe(0);
    const text = await readFile(join(cwd, 'evals/prod.jsonl'), 'utf8');
    const cases = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(cases).toHaveLength(60);
    expect(text).not.toMatch(/sk-live|@corp\.example|\(415\) 555/);
    const byRoute = new Map<string, number>();
    for (const c of cases) byRoute.set(c.tags[1], (byRoute.get(c.tags[1]) ?? 0) + 1);
    expect(Object.fromEntries(byRoute)).toEqual({ 'route:billing': 36, 'route:shipping': 12, 'route:account': 12 });
    const summary = JSON.parse(await readFile(join(cwd, 'summary.json'), 'utf8'));
    expect(summary.skipped.malformed.count).toBe(99);
    expect(summary.duplicates).toBeGreaterThan(5000);

    const url = await simulate(cwd);
    const run = await runBundle({ bundle: 'cli', args: ['run', '--quiet', '--json', 'report.json'], cwd, env: env(url), deadlineMs: 120_000 });
    const report = JSON.parse(await readFile(join(cwd, 'report.json'), 'utf8'));
    // Every imported case reached the gate: judged, or left unsent by a sequential stop.
    expect(report.evalSet.cases).toBe(60);
    expect(report.cases.length === 60 || report.run.sequential?.decidedAfter?.cases === report.cases.length).toBe(true);
    expect([0, 1, 4]).toContain(run.code);
  }, 180_000);
});
