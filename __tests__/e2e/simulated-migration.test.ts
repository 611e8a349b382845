// The demo's eval set against the simulator, as the usual migration: the baseline on Chat
// Completions, the candidate streamed on the Responses API, the llm-judge on the Responses
// API too, all keyless. Checks what the simulator says it served against the report.
import { afterEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simulateCommand, type Simulator } from '../../src/simulator/index.js';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { quantile7 } from './helpers/scripted-openai.js';

let sim: Simulator | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  sim = dir = undefined;
});

const CONFIG = `evals:
  - evals/*.yaml
  - evals/*.jsonl
prompt:
  system: prompts/assistant.md
models:
  baseline:
    model: sim-4o
    baseUrl: \${LLM_GATE_SIM_URL}
    apiKeyEnv: none
    params: { temperature: 0, max_completion_tokens: 1200 }
    price: { input: 2.50, cachedInput: 1.25, output: 10.00 }
  candidate:
    model: sim-5.5
    api: responses
    stream: true
    price: { input: 2.50, cachedInput: 0.25, output: 15.00 }
judge:
  model: sim-judge
  api: responses
  price: { input: 0.15, cachedInput: 0.075, output: 0.60 }
run: { concurrency: 8, sequential: false }
`;

describe('a simulated migration to the Responses API', () => {
  it('runs the demo set with a streamed Responses candidate and a Responses judge, keyless', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-migration-'));
    const examples = resolve(import.meta.dirname, '../../examples');
    await cp(join(examples, 'evals'), join(dir, 'evals'), { recursive: true });
    await cp(join(examples, 'prompts'), join(dir, 'prompts'), { recursive: true });
    await writeFile(join(dir, 'llm-gate.yml'), CONFIG);
    sim = await simulateCommand({ config: join(dir, 'llm-gate.yml'), port: 0, cwd: dir, env: { LLM_GATE_SIM_URL: 'http://127.0.0.1:1/v1' }, out: () => {}, latencyScale: 0.2 });
    const result = await runBundle({
      bundle: 'cli',
      args: ['run', '--json', 'r.json', '--markdown', 'r.md', '--quiet'],
      cwd: dir,
      env: baseEnv({ LLM_GATE_SIM_URL: sim.url }),
    });
    expect([0, 1, 4], result.stderr).toContain(result.code);
    const report = JSON.parse(await readFile(join(dir, 'r.json'), 'utf8'));
    expect(report.models.candidate).toMatchObject({ api: 'responses', stream: true, errors: 0 });
    expect(report.models.baseline).toMatchObject({ api: 'chat', stream: false, errors: 0 });
    expect(sim.served.every((s) => !s.authorized)).toBe(true);

    const judged = sim.served.filter((s) => s.model === 'sim-judge');
    expect(judged.length).toBeGreaterThan(0);
    expect(judged.every((s) => s.api === 'responses' && s.status === 200)).toBe(true);
    expect(report.judge.calls).toBe(judged.length);
    expect(report.cases.some((c: any) => c.candidate.grades.some((g: any) => g.type === 'llm-judge' && !/judge error/i.test(g.reason ?? '')))).toBe(true);

    // Tokens as served.
    const served = sim.served.filter((s) => s.model === 'sim-5.5');
    expect(report.models.candidate.tokens.output).toBe(served.reduce((sum, s) => sum + s.completionTokens, 0));
    expect(report.models.candidate.tokens.reasoning).toBe(served.reduce((sum, s) => sum + s.reasoningTokens, 0));
    // TTFT is measured after the server sent the first token, before the answer ended.
    const firstServed = quantile7(served.map((s) => s.firstTokenMs!), 0.95);
    expect(report.models.candidate.ttftMs.calls).toBe(served.length);
    expect(report.models.candidate.ttftMs.p95).toBeGreaterThanOrEqual(firstServed - 1);
    expect(report.models.candidate.ttftMs.p95).toBeLessThanOrEqual(report.models.candidate.latencyMs.p95);
  }, 90_000);
});
