import { resolve } from 'node:path';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { judgeRequest, readVerdict } from '../../src/grade/graders/llm-judge.js';
import { graders } from '../../src/grade/registry.js';
import type { GradeContext } from '../../src/grade/types.js';
import { idealOf } from '../../src/simulator/ideal.js';
import { simulateCommand } from '../../src/simulator/command.js';
import { PRESET_MODELS } from '../../src/simulator/presets.js';
import type { CallRecord, EvalCase, GateConfig, Price } from '../../src/types.js';
import { pool, quantile, simulator } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
const configPath = resolve(root, 'examples/llm-gate.yml');

async function load(): Promise<{ config: GateConfig; cases: EvalCase[] }> {
  const config = await loadConfig(configPath, { cwd: root, env: {} });
  const { cases } = await loadEvalSet(config, { cwd: root, env: {} });
  return { config, cases };
}

function deterministicScore(c: EvalCase, output: string): { total: number; weights: number } {
  let total = 0;
  let weights = 0;
  for (const { type, weight, ...options } of c.expect) {
    if (type === 'llm-judge') continue;
    const grader = graders[type as keyof typeof graders];
    const grade = grader.grade as (o: string, p: unknown, ctx: GradeContext) => { score: number };
    total += grade(output, grader.options.parse(options), { evalCase: c, repeat: 0 }).score * weight;
    weights += weight;
  }
  return { total, weights };
}

/** Cost as the guide defines it, computed here from the usage block, independently of the gate. */
function cost(usage: OpenAI.CompletionUsage, price: Price): number {
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  return ((usage.prompt_tokens - cached) * price.input + cached * price.cachedInput + usage.completion_tokens * price.output) / 1e6;
}

describe('the examples', () => {
  it('load through the config loader: simulated models, explicit prices, three workloads of about 20 cases', async () => {
    const { config, cases } = await load();
    expect(config.models.baseline).toMatchObject({ model: 'sim-4o', baseUrl: 'http://127.0.0.1:8787/v1', apiKeyEnv: 'LLM_GATE_SIM_KEY' });
    expect(config.models.candidate).toMatchObject({ model: 'sim-5.5', baseUrl: 'http://127.0.0.1:8787/v1', priceSource: { kind: 'config' } });
    expect(config.judge?.model).toBe('sim-judge');
    expect(config.thresholds).toEqual({ qualityPerDollar: 0.1, p95Latency: 0.2, quality: 2, errorRate: 0.02 });
    for (const workload of ['extraction', 'routing', 'codegen']) {
      const n = cases.filter((c) => c.tags.includes(workload)).length;
      expect(n, workload).toBeGreaterThanOrEqual(18);
      expect(n, workload).toBeLessThanOrEqual(25);
    }
    expect(cases.every((c) => c.messages[0]?.role === 'system' && c.messages[0].content.includes('Acme Outfitters'))).toBe(true);
  });

  it('follow LLM_GATE_SIM_URL when it is set', async () => {
    const config = await loadConfig(configPath, { cwd: root, env: { LLM_GATE_SIM_URL: 'http://127.0.0.1:9999/v1' } });
    expect(config.models.candidate.baseUrl).toBe('http://127.0.0.1:9999/v1');
    expect(config.judge?.baseUrl).toBe('http://127.0.0.1:9999/v1');
  });

  it('have ideal answers that pass their own deterministic graders', async () => {
    const { cases } = await load();
    for (const c of cases) {
      const ideal = idealOf(c);
      expect(ideal, c.id).toBeDefined();
      const { total, weights } = deterministicScore(c, ideal!);
      expect(total, c.id).toBe(weights);
    }
  });

  it('tell the demo’s story: the candidate costs 2–3× more for a point or two of quality and is slower at p95', async () => {
    const { config, cases } = await load();
    const sim = await simulator({ models: [...PRESET_MODELS], cases, seed: 1, latencyScale: 0.05 });
    const api = new OpenAI({ apiKey: 'sim', baseURL: sim.url, maxRetries: 0 });
    const run = async (side: 'baseline' | 'candidate') => {
      const model = config.models[side];
      const results = await pool(cases, 8, async (c) => {
        const res = await api.chat.completions.create({ model: model.model, messages: c.messages, ...model.params });
        const output = res.choices[0]!.message.content ?? '';
        let { total, weights } = deterministicScore(c, output);
        for (const { type, weight, rubric, grades } of c.expect) {
          if (type !== 'llm-judge') continue;
          const gradeMap = (grades as Record<string, number> | undefined) ?? { pass: 1, partial: 0.5, fail: 0 };
          const request = judgeRequest({ evalCase: c, repeat: 0, output, rubric: String(rubric), grades: gradeMap });
          const judged = await api.chat.completions.create({ model: 'sim-judge', messages: request.messages, ...(request.params as object) } as never);
          const call = (judged as OpenAI.ChatCompletion).choices[0]!.message.tool_calls![0] as { function: { arguments: string } };
          const record = { output: call.function.arguments } as CallRecord;
          total += readVerdict(record, gradeMap).score * weight;
          weights += weight;
        }
        return { score: total / weights, cost: cost(res.usage!, model.price) };
      });
      return {
        quality: (100 * results.reduce((a, r) => a + r.score, 0)) / results.length,
        cost: results.reduce((a, r) => a + r.cost, 0),
        // The latencies the simulator drew (seeded), not how long this machine took to serve them.
        p95: quantile(sim.served.filter((s) => s.model === model.model).map((s) => s.plannedMs ?? Number.NaN), 0.95),
      };
    };
    const baseline = await run('baseline');
    const candidate = await run('candidate');
    const ratio = candidate.cost / baseline.cost;
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(3);
    expect(candidate.quality - baseline.quality).toBeGreaterThanOrEqual(0);
    expect(candidate.quality - baseline.quality).toBeLessThanOrEqual(4);
    expect(candidate.p95).toBeGreaterThan(baseline.p95 * 1.2);
    // Quality per dollar drops far past the 10% threshold.
    expect(candidate.quality / candidate.cost / (baseline.quality / baseline.cost)).toBeLessThan(0.9);
  });

  it('serve as the answer key of `llm-gate simulate`, which prints its URL as one JSON line', async () => {
    const lines: string[] = [];
    const sim = await simulateCommand({ config: configPath, port: 0, cwd: root, out: (line) => lines.push(line), latencyScale: 0.01 });
    try {
      expect(lines).toHaveLength(1);
      const printed = JSON.parse(lines[0]!) as { url: string; simulated: boolean; models: string[]; cases: number };
      expect(printed.url).toBe(sim.url);
      expect(printed.simulated).toBe(true);
      expect(printed.models).toEqual(['sim-4o', 'sim-5.5', 'sim-4o-mini', 'sim-judge']);
      const { cases } = await load();
      expect(printed.cases).toBe(cases.length);
      const api = new OpenAI({ apiKey: 'sim', baseURL: printed.url, maxRetries: 0 });
      await api.chat.completions.create({ model: 'sim-4o', messages: cases[3]!.messages });
      expect(sim.served[0]!.caseId).toBe(cases[3]!.id);
    } finally {
      await sim.close();
    }
  });
});
