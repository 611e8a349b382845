// Runs the built bundle (dist/cli.js) as a child process against an independent scripted
// OpenAI-compatible server, and checks verdict, exit code and numbers against values the
// test computes itself from what the server served.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle, type BundleRun } from './helpers/bundle.js';
import { quantile7, startScriptedServer, type Script, type ScriptedServer } from './helpers/scripted-openai.js';

const LABELS = ['billing', 'shipping', 'tech'];
const CASES = 40;
const PRICE = { input: 2.5, cachedInput: 1.25, output: 10 };

interface Report {
  verdict: string;
  models: Record<'baseline' | 'candidate', { model: string; quality: number; costUsd: number; qualityPerDollar: number; latencyMs: { p50: number; p95: number; p99: number }; calls: number }>;
  checks: { metric: string; baseline: number; candidate: number; change: number; threshold: number; status: string; interval?: [number, number] }[];
  cases: { id: string; file: string; line: number; baseline: { score: number }; candidate: { score: number } }[];
}

let server: ScriptedServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

function caseNumber(user: string): number {
  return Number(/ticket (\d+)/.exec(user)?.[1]);
}

const ALL_CHECKS = 'thresholds: { qualityPerDollar: 10%, p95Latency: 20%, quality: 2, errorRate: 2% }';
// For runs whose point is not speed: a p95 check on real delays measures this machine's load too.
const NO_P95 = 'thresholds: { qualityPerDollar: 10%, p95Latency: false, quality: 2, errorRate: 2% }';

async function writeProject(url: string, extra = '', thresholds = ALL_CHECKS, caseCount = CASES): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'llm-gate-e2e-'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: caseCount }, (_, i) => [
    `- id: ticket-${String(i).padStart(2, '0')}`,
    `  tags: [${i % 2 ? 'odd' : 'even'}]`,
    `  vars: { n: ${i} }`,
    `  prompt: "Route ticket {{n}} to a queue"`,
    `  expect:`,
    `    - type: label`,
    `      value: ${LABELS[i % 3]}`,
  ].join('\n'));
  await writeFile(join(dir, 'evals', 'routing.yaml'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.yaml',
      'models:',
      '  baseline:',
      '    model: base-model',
      `    baseUrl: ${url}`,
      '    apiKeyEnv: E2E_TEST_KEY',
      `    price: { input: ${PRICE.input}, cachedInput: ${PRICE.cachedInput}, output: ${PRICE.output} }`,
      '  candidate:',
      '    model: cand-model',
      `    price: { input: ${PRICE.input}, cachedInput: ${PRICE.cachedInput}, output: ${PRICE.output} }`,
      thresholds,
      extra,
    ].join('\n'),
  );
  return dir;
}

const KEY_ENV = { E2E_TEST_KEY: 'sk-e2e-secret-key-123' };

function runCli(cwd: string, args: string[]): Promise<BundleRun> {
  return runBundle({ bundle: 'cli', args, cwd, env: baseEnv(KEY_ENV) });
}

function expectedSide(served: ScriptedServer['served'], model: string, rightAnswers: (n: number) => boolean) {
  const calls = served.filter((s) => s.model === model && s.status === 200);
  const cost = calls.reduce((sum, s) => {
    const u = s.usage!;
    return sum + ((u.prompt - u.cached) * PRICE.input + u.cached * PRICE.cachedInput + u.completion * PRICE.output) / 1e6;
  }, 0);
  const scores = Array.from({ length: CASES }, (_, n) => (rightAnswers(n) ? 1 : 0));
  const quality = (100 * scores.reduce((a: number, b) => a + b, 0)) / CASES;
  return { calls: calls.length, cost, quality, qpd: (100 * scores.reduce((a: number, b) => a + b, 0)) / cost, p95: quantile7(calls.map((c) => c.servedMs), 0.95) };
}

describe('llm-gate run (built bundle, real HTTP)', () => {
  it('fails a candidate that buys +5 quality points with 10× the spend, with exact cost and honest p95', async () => {
    const baselineRight = (n: number) => n % 10 !== 3;
    const candidateRight = (n: number) => n % 20 !== 3;
    const script: Script = (model, user) => {
      const n = caseNumber(user);
      const base = model === 'base-model';
      const right = base ? baselineRight(n) : candidateRight(n);
      return {
        content: right ? LABELS[n % 3]! : LABELS[(n + 1) % 3]!,
        delayMs: base ? 100 + ((n * 7) % 30) * 3 : 130 + ((n * 11) % 40) * 3,
        usage: base ? { prompt: 120 + n, cached: 40, completion: 6, reasoning: 0 } : { prompt: 120 + n, cached: 0, completion: 206, reasoning: 200 },
      };
    };
    server = await startScriptedServer(script);
    const cwd = await writeProject(server.url, 'run: { concurrency: 4, retries: 0, sequential: false }');
    const result = await runCli(cwd, ['run', '--config', 'llm-gate.yml', '--json', 'out/report.json', '--markdown', 'out/report.md']);
    expect(result.stderr).not.toContain('internal error');
    expect(result.code).toBe(1);

    const report = JSON.parse(await readFile(join(cwd, 'out/report.json'), 'utf8')) as Report;
    const base = expectedSide(server.served, 'base-model', baselineRight);
    const cand = expectedSide(server.served, 'cand-model', candidateRight);
    expect(report.verdict).toBe('fail');
    expect(base.calls).toBe(CASES);
    expect(cand.calls).toBe(CASES);
    expect(report.models.baseline.quality).toBeCloseTo(base.quality, 9);
    expect(report.models.candidate.quality).toBeCloseTo(cand.quality, 9);
    expect(Math.abs(report.models.baseline.costUsd - base.cost)).toBeLessThan(1e-9);
    expect(Math.abs(report.models.candidate.costUsd - cand.cost)).toBeLessThan(1e-9);
    expect(report.models.candidate.qualityPerDollar / cand.qpd).toBeCloseTo(1, 9);
    // Every measured latency contains the time the server took, so no quantile can come out
    // below the served one; how close it comes is the runner benchmark's figure, not a test's.
    expect(report.models.baseline.latencyMs.p95).toBeGreaterThanOrEqual(base.p95);
    expect(report.models.candidate.latencyMs.p95).toBeGreaterThanOrEqual(cand.p95);

    const qpd = report.checks.find((c) => c.metric === 'qualityPerDollar')!;
    expect(qpd.change).toBeCloseTo(cand.qpd / base.qpd - 1, 9);
    expect(qpd.threshold).toBeCloseTo(-0.1, 12);
    expect(qpd.status).toBe('fail');
    const quality = report.checks.find((c) => c.metric === 'quality')!;
    expect(quality.change).toBeCloseTo(cand.quality - base.quality, 9);
    // 40 cases of 0/1 scores: a +5-point gain cannot rule out a 2-point drop.
    expect(quality.interval![0]).toBeLessThan(-2);
    expect(quality.status).toBe('inconclusive');

    const markdown = await readFile(join(cwd, 'out/report.md'), 'utf8');
    expect(result.stdout).toContain(markdown.trim().split('\n')[0]);
    expect(markdown).toMatch(/quality per dollar/i);
    const ticket3 = report.cases.find((c) => c.id === 'ticket-03')!;
    expect(ticket3.file).toBe('evals/routing.yaml');
    expect(ticket3.line).toBe(1 + 7 * 3);
    expect([ticket3.baseline.score, ticket3.candidate.score]).toEqual([0, 0]);
    for (const out of [result.stdout, result.stderr, markdown, JSON.stringify(report)]) expect(out).not.toContain('sk-e2e-secret-key-123');
  });

  it('passes a candidate that answers like the baseline at the same price', async () => {
    server = await startScriptedServer((_model, user) => {
      const n = caseNumber(user);
      return { content: LABELS[n % 3]!, delayMs: 15 + ((n * 7) % 20), usage: { prompt: 100, cached: 0, completion: 5, reasoning: 0 } };
    });
    // 40 cases could not pass: 40 agreeing pairs leave a quality interval of about ±9 points,
    // and 0 errors in 40 calls an error-rate interval as wide. 400 rule out a 2-point drop.
    const cwd = await writeProject(server.url, 'run: { concurrency: 8 }', NO_P95, 400);
    const result = await runCli(cwd, ['run', '--json', 'r.json', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('pass');
    expect(report.models.baseline.quality).toBe(100);
    expect(report.checks.map((c) => c.status)).toEqual(report.checks.map(() => 'pass'));
  });

  it('says "could not judge" (exit 3), never "fail", when the candidate endpoint keeps answering 500', async () => {
    server = await startScriptedServer((model, user) => ({
      content: LABELS[caseNumber(user) % 3]!,
      delayMs: 1,
      usage: { prompt: 10, cached: 0, completion: 1, reasoning: 0 },
      status: model === 'cand-model' ? 500 : undefined,
    }));
    const cwd = await writeProject(server.url, 'run: { concurrency: 4, retries: 0 }');
    const result = await runCli(cwd, ['run', '--json', 'r.json', '--quiet']);
    expect(result.code).toBe(3);
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('error');
  });

  it('on SIGTERM stops the slow calls and writes a parseable report of what finished, marked incomplete', async () => {
    let slowArrived = 0;
    server = await startScriptedServer((_model, user) => {
      const n = caseNumber(user);
      if (n >= 8) slowArrived++;
      return { content: LABELS[n % 3]!, delayMs: n < 8 ? 50 : 20_000, usage: { prompt: 10, cached: 0, completion: 1, reasoning: 0 } };
    });
    const cwd = await writeProject(server.url, 'run: { concurrency: 4, timeout: 60s, sequential: false }');
    // Cases go in file order and each of the 4 workers sends its next call only once the
    // last one is recorded: when 4 slow calls have arrived, every fast one is recorded on the
    // gate's side. The slow calls would take 20 s; a process that ignored the signal is
    // killed by the deadline, which fails the test without timing a healthy run.
    const result = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'r.json', '--markdown', 'r.md', '--quiet'],
      cwd,
      env: baseEnv(KEY_ENV),
      deadlineMs: 15_000,
      onSpawn: (child) => {
        void (async () => {
          while (slowArrived < 4) await new Promise((r) => setTimeout(r, 20));
          child.kill('SIGTERM');
        })();
      },
    });
    const { code, stderr } = result;
    expect(result.killed).toBe(false);
    expect(code).toBe(3);
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8')) as Report;
    expect(report.verdict).toBe('incomplete');
    expect(report.cases.filter((c) => c.baseline.score === 1 && c.candidate.score === 1).map((c) => c.id)).toEqual(
      Array.from({ length: 8 }, (_, i) => `ticket-${String(i).padStart(2, '0')}`),
    );
    expect(await readFile(join(cwd, 'r.md'), 'utf8')).toMatch(/incomplete/i);
    expect(stderr).toContain('verdict incomplete');
  });

  it('stops at once on a bad key (401), naming the model and endpoint, exit 3 and no retries', async () => {
    server = await startScriptedServer((model, user) => ({
      content: LABELS[caseNumber(user) % 3]!,
      delayMs: 1,
      usage: { prompt: 10, cached: 0, completion: 1, reasoning: 0 },
      status: model === 'cand-model' ? 401 : undefined,
    }));
    const cwd = await writeProject(server.url, 'run: { concurrency: 2, retries: 2 }');
    const result = await runCli(cwd, ['run', '--json', 'r.json']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('cand-model');
    expect(result.stderr).toContain(server.url);
    const candidateCalls = server.served.filter((s) => s.model === 'cand-model');
    expect(candidateCalls.length).toBeLessThanOrEqual(2);
    expect(result.stderr).not.toContain('sk-e2e-secret-key-123');
  });

  it('stops dispatching at run.budget and reports the run as incomplete (exit 3)', async () => {
    server = await startScriptedServer((_model, user) => ({
      content: LABELS[caseNumber(user) % 3]!,
      delayMs: 5,
      usage: { prompt: 100, cached: 0, completion: 500, reasoning: 0 },
    }));
    // Each call costs $0.00525, so the 80 calls ($0.42) cannot fit in $0.10; before each call the
    // ledger holds its worst case (max_tokens 1000 → ≈ $0.01) on top of what was spent.
    const cwd = await writeProject(server.url, 'run: { concurrency: 2, budget: 0.1 }', NO_P95);
    await writeFile(
      join(cwd, 'llm-gate.yml'),
      (await readFile(join(cwd, 'llm-gate.yml'), 'utf8')).replace("apiKeyEnv: E2E_TEST_KEY", 'apiKeyEnv: E2E_TEST_KEY\n    params: { max_tokens: 1000 }'),
    );
    const result = await runCli(cwd, ['run', '--json', 'r.json', '--quiet']);
    expect(result.stderr).toMatch(/estimated cost \$[\d.]+ for 80 calls .*run\.budget \$0\.10/);
    expect(result.code).toBe(3);
    const report = JSON.parse(await readFile(join(cwd, 'r.json'), 'utf8')) as Report & { run: { control: { stoppedForBudget: boolean; budget: { spentUsd: number } } } };
    expect(report.verdict).toBe('incomplete');
    expect(report.run.control.stoppedForBudget).toBe(true);
    expect(server.served.length).toBeGreaterThan(0);
    expect(server.served.length).toBeLessThan(2 * CASES);
    const spent = server.served.reduce((sum) => sum + (100 * PRICE.input + 500 * PRICE.output) / 1e6, 0);
    expect(report.run.control.budget.spentUsd).toBeCloseTo(spent, 9);
    expect(spent).toBeLessThanOrEqual(0.1);
  });

  it('rejects a bad eval file with file:line, exit 2 and zero calls', async () => {
    server = await startScriptedServer(() => ({ content: 'x', delayMs: 0, usage: { prompt: 1, cached: 0, completion: 1, reasoning: 0 } }));
    const cwd = await writeProject(server.url);
    await writeFile(join(cwd, 'evals', 'zz-bad.yaml'), '- id: broken\n  prompt: "hi"\n  expect:\n    - type: lable\n      value: x\n');
    const result = await runCli(cwd, ['run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('evals/zz-bad.yaml:4');
    expect(result.stderr).toContain('did you mean "label"');
    expect(server.requests).toBe(0);
  });

  it('prints usage help with the exit codes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-e2e-'));
    const result = await runCli(dir, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Exit codes:[\s\S]*3\s+could not judge/);
  });
});
