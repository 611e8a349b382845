// Pipeline goldens, benchstat style: fixed eval files and scripted call records go through
// the real stages (load config → load evals → grade → compare → build report → render), and
// the JSON report and its markdown are compared with committed fixtures. The numbers in a
// fixture are the pipeline's, so they agree with themselves; each scenario also checks them
// against what its script implies, computed here.
//
// To regenerate after a deliberate change: npm run golden — then read the diff.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { gradeCases } from '../../src/grade/index.js';
import { compare, DEFAULT_STATISTICS } from '../../src/compare/index.js';
import { buildReport, renderMarkdown, type GateReport } from '../../src/report/index.js';
import { callCost } from '../../src/run/cost.js';
import type { CallRecord, GateConfig, Side, TokenUsage } from '../../src/types.js';

// The report stage's own goldens (__tests__/report/golden.test.ts) render these same files.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'report', 'fixtures');
const LABELS = ['billing', 'shipping', 'tech'] as const;
const STARTED_AT = '2026-01-01T09:00:00.000Z';
const DURATION_MS = 42_000;

/** One scripted call: what the model answered (or how it failed), how long it took, its usage. */
interface Scripted {
  output?: string;
  error?: 'timeout' | 'request';
  latencyMs: number;
  usage: TokenUsage;
}

type ScriptPrice = { input: number; cachedInput: number; output: number };

interface Scenario {
  cases: number;
  thresholds?: string;
  prices: Record<Side, ScriptPrice>;
  /** The call of case i (0-based) on one side; `right` is the label the case expects. */
  call(i: number, side: Side, right: string): Scripted;
}

const usage = (prompt: number, completion: number): TokenUsage => ({ prompt, cached: 0, completion, reasoning: 0 });
const wrong = (right: string) => LABELS[(LABELS.indexOf(right as (typeof LABELS)[number]) + 1) % 3]!;
/** A case's size: latencies of both models scale with it, as a long prompt is slow for both. */
const size = (i: number) => 1 + ((i * 37) % 23) / 10;

const SCENARIOS: Record<string, Scenario> = {
  // Same answers, same speed, a cheaper candidate: every check passes.
  pass: {
    cases: 200,
    prices: { baseline: { input: 2.5, cachedInput: 1.25, output: 10 }, candidate: { input: 0.6, cachedInput: 0.3, output: 2.4 } },
    call: (i, side, right) => ({
      output: i % 10 === 0 ? wrong(right) : right,
      latencyMs: Math.round(40 * size(i) + (side === 'baseline' ? 0 : 1)),
      usage: usage(50 + (i % 7), 3),
    }),
  },
  // The candidate misses 20 more of 200 cases: a 10-point drop fails quality.
  fail: {
    cases: 200,
    prices: { baseline: { input: 2.5, cachedInput: 1.25, output: 10 }, candidate: { input: 2.5, cachedInput: 1.25, output: 10 } },
    call: (i, side, right) => ({
      output: i % 10 === 0 || (side === 'candidate' && i % 20 < 3 && i % 10 !== 0) ? wrong(right) : right,
      latencyMs: Math.round(40 * size(i)),
      usage: usage(50 + (i % 7), 3),
    }),
  },
  // 30 cases, the candidate one answer worse at the same price: too few to say.
  inconclusive: {
    cases: 30,
    prices: { baseline: { input: 1, cachedInput: 0.5, output: 4 }, candidate: { input: 1, cachedInput: 0.5, output: 4 } },
    call: (i, side, right) => ({
      output: i % 10 === 0 || (side === 'candidate' && i === 7) ? wrong(right) : right,
      latencyMs: Math.round(40 * size(i)),
      usage: usage(50 + (i % 7), 3),
    }),
  },
  // The baseline times out on 70% of its calls: nothing to compare against, not a regression.
  'model-down': {
    cases: 80,
    prices: { baseline: { input: 1, cachedInput: 0.5, output: 4 }, candidate: { input: 1, cachedInput: 0.5, output: 4 } },
    call: (i, side, right) =>
      side === 'baseline' && i % 10 < 7
        ? { error: 'timeout', latencyMs: 2000, usage: usage(0, 0) }
        : { output: right, latencyMs: Math.round(40 * size(i)), usage: usage(50, 3) },
  },
};

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function project(name: string, s: Scenario): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `llm-gate-golden-${name}-`));
  dirs.push(dir);
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: s.cases }, (_, i) =>
    [`- id: t-${String(i).padStart(3, '0')}`, `  tags: [${i % 2 === 0 ? 'routing' : 'triage'}]`, `  vars: { n: ${i} }`, '  prompt: "Route ticket {{n}}"', '  expect:', '    - type: label', `      value: ${LABELS[i % 3]}`].join('\n'),
  );
  await writeFile(join(dir, 'evals', 'tickets.yaml'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.yaml',
      "prompt: { system: 'You route support tickets.' }",
      'models:',
      '  baseline:',
      '    model: gpt-4o',
      '    baseUrl: https://api.example.com/v1',
      `    price: ${yamlPrice(s.prices.baseline)}`,
      '  candidate:',
      '    model: gpt-5-mini',
      `    price: ${yamlPrice(s.prices.candidate)}`,
      'run: { concurrency: 1, sequential: false, timeout: 2s }',
      ...(s.thresholds ? [s.thresholds] : []),
    ].join('\n'),
  );
  return dir;
}

function records(config: GateConfig, ids: readonly string[], s: Scenario): CallRecord[] {
  const out: CallRecord[] = [];
  ids.forEach((caseId, i) => {
    for (const side of ['baseline', 'candidate'] as const) {
      const c = s.call(i, side, LABELS[i % 3]!);
      const model = config.models[side];
      out.push({
        caseId,
        side,
        repeat: 0,
        model: model.model,
        output: c.error ? null : (c.output ?? ''),
        latencyMs: c.latencyMs,
        usage: c.usage,
        costUsd: c.error ? 0 : callCost(c.usage, model.price),
        attempts: c.error ? 3 : 1,
        ...(c.error ? { error: { kind: c.error, message: c.error === 'timeout' ? 'timed out after 2000 ms' : 'request failed' } } : { finishReason: 'stop' }),
      });
    }
  });
  return out;
}

async function pipeline(name: string, s: Scenario): Promise<{ report: GateReport; markdown: string }> {
  const cwd = await project(name, s);
  const config = await loadConfig(join(cwd, 'llm-gate.yml'), { cwd, env: {} });
  const evalSet = await loadEvalSet(config, { cwd, env: {}, skipUnsupported: false });
  const recs = records(config, evalSet.cases.map((c) => c.id), s);
  const graded = await gradeCases({ cases: evalSet.cases, records: recs, concurrency: 1 });
  const comparison = compare({ config, graded, records: recs, seed: evalSet.contentHash, statistics: DEFAULT_STATISTICS });
  const report = buildReport({ config, evalSet, comparison, graded, run: { startedAt: STARTED_AT, durationMs: DURATION_MS } });
  return { report, markdown: renderMarkdown(report, { footer: '<!-- llm-gate -->' }) };
}

const yamlPrice = (p: ScriptPrice) => `{ input: ${p.input}, cachedInput: ${p.cachedInput}, output: ${p.output} }`;

/** USD of one call, computed here from the script's price, not by the pipeline's cost code. */
function tokenCost(u: TokenUsage, p: ScriptPrice): number {
  return ((u.prompt - u.cached) * p.input + u.cached * p.cachedInput + u.completion * p.output) / 1e6;
}

/** The JSON as committed: two-space indent, a final newline. */
const asJson = (report: GateReport) => `${JSON.stringify(report, null, 2)}\n`;

function golden(file: string, actual: string): void {
  const path = join(FIXTURES, file);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing: npm run golden writes it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('pipeline goldens', () => {
  for (const [name, s] of Object.entries(SCENARIOS)) {
    it(`${name}: eval files and scripted calls → report JSON and markdown`, async () => {
      const { report, markdown } = await pipeline(name, s);
      golden(`${name}.json`, asJson(report));
      golden(`${name}.md`, markdown);

      // What the script implies, computed here rather than read back from the pipeline.
      const scripted = Array.from({ length: s.cases }, (_, i) => ({ b: s.call(i, 'baseline', LABELS[i % 3]!), c: s.call(i, 'candidate', LABELS[i % 3]!) }));
      expect(report.evalSet.cases).toBe(s.cases);
      expect(report.models.baseline.calls).toBe(s.cases);
      expect(report.models.candidate.calls).toBe(s.cases);
      // A model error (a timeout) is an answer scored 0, so every case is paired.
      expect(report.pairedCases).toBe(s.cases);
      const right = (x: Scripted, i: number) => (x.output === LABELS[i % 3] ? 1 : 0);
      const mean = (side: 'b' | 'c') => (100 * scripted.reduce((sum, x, i) => sum + right(x[side], i), 0)) / s.cases;
      expect(report.checks.find((c) => c.metric === 'quality')?.change).toBeCloseTo(mean('c') - mean('b'), 9);
      const cost = (side: Side) => scripted.reduce((sum, x) => sum + (x[side === 'baseline' ? 'b' : 'c'].error ? 0 : tokenCost(x[side === 'baseline' ? 'b' : 'c'].usage, s.prices[side])), 0);
      expect(report.models.baseline.costUsd).toBeCloseTo(cost('baseline'), 12);
      expect(report.models.candidate.costUsd).toBeCloseTo(cost('candidate'), 12);
    });
  }

  it('the committed reports agree with themselves', async () => {
    for (const name of Object.keys(SCENARIOS)) {
      const report = JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8')) as GateReport;
      expect(report.evalSet.cases).toBe(SCENARIOS[name]!.cases);
      const quality = report.checks.find((c) => c.metric === 'quality');
      if (quality && report.pairedCases > 0) expect(quality.change).toBeCloseTo(quality.candidate - quality.baseline, 9);
    }
  });

  it('each scenario ends with the verdict its script was written for', async () => {
    const verdicts = Object.fromEntries(
      await Promise.all(Object.keys(SCENARIOS).map(async (name) => [name, (JSON.parse(await readFile(join(FIXTURES, `${name}.json`), 'utf8')) as GateReport).verdict])),
    );
    expect(verdicts).toEqual({ pass: 'pass', fail: 'fail', inconclusive: 'inconclusive', 'model-down': 'error' });
  });
});
