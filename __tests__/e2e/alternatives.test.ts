// models.alternatives through the built CLI against an independent scripted server: every
// model runs on the same cases, each is compared with the baseline, the ranking's first row
// is the cheapest model that holds every threshold, the routing advice follows the per-tag
// strengths the script gives, traffic turns the cost change into a monthly figure, and the
// verdict and exit code follow the candidate alone.
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanupAfterEach } from './helpers/cleanup.js';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { startScriptedServer, type Script, type ScriptedServer } from './helpers/scripted-openai.js';

const cleanup = cleanupAfterEach();

const TAGS = ['codegen', 'extraction', 'routing'] as const;
const LABELS = ['billing', 'shipping', 'tech'];
const PER_TAG = 100;
// USD per 1M tokens; every answer uses 20 prompt and 2 completion tokens, so a call costs (20 × input + 2 × output) / 1e6.
const PRICES: Record<string, { input: number; output: number }> = {
  'base-model': { input: 1, output: 2 },
  'cand-model': { input: 4, output: 8 },
  'alt-cheap': { input: 0.5, output: 1 },
  'alt-good': { input: 0.8, output: 1.6 },
};
const perCall = (model: string) => (20 * PRICES[model]!.input + 2 * PRICES[model]!.output) / 1e6;

// Who is wrong where: the baseline on a quarter of codegen, alt-cheap on half of extraction;
// the candidate and alt-good are always right.
const wrong = (model: string, tag: string, n: number): boolean => (model === 'base-model' && tag === 'codegen' && n % 4 === 0) || (model === 'alt-cheap' && tag === 'extraction' && n % 2 === 0);

const script: Script = (model, user) => {
  const [, tag, n] = /^(\w+) ticket (\d+)/.exec(user)!;
  const answer = LABELS[Number(n) % 3]!;
  return { content: wrong(model, tag!, Number(n)) ? 'unknown' : answer, delayMs: 1, usage: { prompt: 20, cached: 0, completion: 2, reasoning: 0 } };
};

type Json = Record<string, any>;

describe('models.alternatives', () => {
  it('ranks every model, routes tags by the scripted strengths, prices the month, and keeps the candidate’s verdict', async () => {
    const server = cleanup.server(await startScriptedServer(script));
    const dir = cleanup.dir(await mkdtemp(join(tmpdir(), 'llm-gate-alternatives-')));
    await mkdir(join(dir, 'evals'));
    const lines = TAGS.flatMap((tag) =>
      Array.from({ length: PER_TAG }, (_, n) => JSON.stringify({ id: `${tag}-${n}`, tags: [tag], prompt: `${tag} ticket ${n}`, expect: [{ type: 'label', value: LABELS[n % 3] }] })),
    );
    await writeFile(join(dir, 'evals', 'set.jsonl'), `${lines.join('\n')}\n`);
    const price = (m: string) => `price: { input: ${PRICES[m]!.input}, output: ${PRICES[m]!.output} }`;
    await writeFile(
      join(dir, 'llm-gate.yml'),
      [
        'evals: evals/*.jsonl',
        'models:',
        `  baseline: { model: base-model, baseUrl: "${server.url}", apiKeyEnv: E2E_KEY, ${price('base-model')} }`,
        `  candidate: { model: cand-model, ${price('cand-model')} }`,
        '  alternatives:',
        `    - { model: alt-cheap, ${price('alt-cheap')} }`,
        'traffic: { callsPerMonth: 2000000 }',
        'thresholds: { quality: 2, qualityPerDollar: 10%, p95Latency: false, errorRate: false }',
        'run: { sequential: false, concurrency: 16 }',
      ].join('\n'),
    );
    // The second alternative comes from the command line.
    const run = await runBundle({
      bundle: 'cli',
      args: ['run', '--alternative', 'alt-good', '--json', 'report.json'],
      cwd: dir,
      env: baseEnv({ E2E_KEY: 'sk-e2e-alternatives-123456' }),
    });
    expect(run.stderr).toContain('no price is known for alt-good');
    expect(run.code).toBe(2);
    expect(server.requests).toBe(0);

    // Priced under prices:, the flag's model runs.
    await writeFile(join(dir, 'llm-gate.yml'), `${await readFile(join(dir, 'llm-gate.yml'), 'utf8')}\nprices: { alt-good: { input: 0.8, output: 1.6 } }\n`);
    const priced = await runBundle({ bundle: 'cli', args: ['run', '--alternative', 'alt-good', '--json', 'report.json'], cwd: dir, env: baseEnv({ E2E_KEY: 'sk-e2e-alternatives-123456' }) });
    expect(priced.stderr).not.toContain('internal error');
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Json;

    // Every model answered every case, once.
    for (const model of Object.keys(PRICES)) expect(server.served.filter((s) => s.model === model)).toHaveLength(3 * PER_TAG);

    // The verdict is the candidate's: four times the price for +8.3 points fails quality per dollar.
    expect(report.verdict).toBe('fail');
    expect(priced.code).toBe(1);
    expect(report.checks.find((c: Json) => c.metric === 'qualityPerDollar').status).toBe('fail');

    // Ranking: the holding models first, cheapest first; alt-good is the cheapest that holds.
    expect(report.ranking.map((e: Json) => [e.model, e.role, e.holds])).toEqual([
      ['alt-good', 'alternative', true],
      ['base-model', 'baseline', true],
      ['alt-cheap', 'alternative', false],
      ['cand-model', 'candidate', false],
    ]);
    const byModel = Object.fromEntries(report.ranking.map((e: Json) => [e.model, e]));
    const n = 3 * PER_TAG;
    expect(byModel['alt-good'].quality).toBeCloseTo(100, 9);
    expect(byModel['base-model'].quality).toBeCloseTo(100 * (1 - 25 / n), 9);
    expect(byModel['alt-cheap'].quality).toBeCloseTo(100 * (1 - 50 / n), 9);
    for (const model of Object.keys(PRICES)) expect(byModel[model].costUsd).toBeCloseTo(n * perCall(model), 12);
    expect(byModel['alt-cheap'].notHeld).toEqual([{ metric: 'quality', status: 'fail' }]);

    // Routing: extraction needs a model that gets it right, cheapest such is alt-good;
    // codegen and routing are right on every model but the baseline's codegen: alt-cheap.
    expect(report.routing.by).toBe('tag');
    expect(report.routing.assignments).toEqual({ codegen: 'alt-cheap', extraction: 'alt-good', routing: 'alt-cheap' });
    expect(report.routing.qualityChange).toBeCloseTo(0, 9);
    const routedCost = PER_TAG * (perCall('alt-good') + 2 * perCall('alt-cheap'));
    expect(report.routing.costChange).toBeCloseTo(routedCost / (n * perCall('cand-model')) - 1, 9);
    expect(report.routing.undecided).toEqual([]);
    const [lo, hi] = report.routing.intervals.costChange;
    expect(lo).toBeLessThanOrEqual(report.routing.costChange + 1e-9);
    expect(hi).toBeGreaterThanOrEqual(report.routing.costChange - 1e-9);

    // Traffic: the cost change per month at 2M calls, in the headline too.
    expect(report.monthly.callsPerMonth).toBe(2_000_000);
    expect(report.monthly.costChangeUsd).toBeCloseTo(2_000_000 * (perCall('cand-model') - perCall('base-model')), 6);
    expect(report.headline).toContain('/month at 2.00M calls');
    expect(report.monthly.routingSavingUsd).toBeCloseTo(-2_000_000 * perCall('cand-model') * report.routing.costChange, 6);

    // The comment shows the ranking and the advice.
    expect(priced.stdout).toContain('#### Ranking');
    expect(priced.stdout).toContain('**`alt-good`** (alternative) is the cheapest model that holds every threshold.');
    expect(priced.stdout).toContain('route `codegen`, `routing` → `alt-cheap`; `extraction` → `alt-good`: quality 100.0 (0 pts)');
  }, 60_000);
});
