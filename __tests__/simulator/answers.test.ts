import { describe, expect, it } from 'vitest';
import { graders } from '../../src/grade/registry.js';
import type { GradeContext } from '../../src/grade/types.js';
import type { EvalCase } from '../../src/types.js';
import { difficultyOf } from '../../src/simulator/answers.js';
import { client, evalCase, fastModel, pool, simulator } from './helpers.js';

/** Scores an output with the project's own graders, the way the gate will. */
function score(c: EvalCase, output: string): number {
  let total = 0;
  let weights = 0;
  for (const e of c.expect) {
    const { type, weight, ...options } = e;
    const grader = graders[type as keyof typeof graders];
    if (type === 'llm-judge') continue;
    const parsed = grader.options.parse(options);
    const ctx: GradeContext = { evalCase: c, repeat: 0 };
    const outcome = (grader.grade as (o: string, p: unknown, c: GradeContext) => { score: number })(output, parsed, ctx);
    total += outcome.score * weight;
    weights += weight;
  }
  return total / weights;
}

const LABELS = ['billing', 'shipping', 'returns', 'technical', 'account'];

function labelCases(n: number): EvalCase[] {
  return Array.from({ length: n }, (_, i) =>
    evalCase(`route-${i}`, `Task: route\n\nmessage number ${i}`, [{ type: 'label', value: LABELS[i % LABELS.length] }]),
  );
}

async function answer(sim: Awaited<ReturnType<typeof simulator>>, model: string, c: EvalCase): Promise<string> {
  const res = await client(sim).chat.completions.create({ model, messages: c.messages });
  return res.choices[0]!.message.content ?? '';
}

describe('answers from the answer key', () => {
  it('answers known cases right about as often as the model’s quality, and wrong with another label of the set', async () => {
    const cases = labelCases(300);
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0.8 })], cases, seed: 5 });
    const outputs = await pool(cases, 16, (c) => answer(sim, 'sim-a', c));
    const scores = cases.map((c, i) => score(c, outputs[i]!));
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThan(0.72);
    expect(mean).toBeLessThan(0.88);
    for (const output of outputs) expect(LABELS).toContain(output);
    expect(sim.served.map((s) => s.caseId).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  it('makes two models miss mostly the same cases, as difficulty is shared', async () => {
    const cases = labelCases(300);
    const sim = await simulator({ models: [fastModel('weak', { quality: 0.7 }), fastModel('strong', { quality: 0.9 })], cases, seed: 5 });
    const right = async (model: string) => (await pool(cases, 16, (c) => answer(sim, model, c))).map((o, i) => score(cases[i]!, o) === 1);
    const weak = await right('weak');
    const strong = await right('strong');
    const weakOnly = weak.filter((w, i) => w && !strong[i]).length;
    const strongOnly = strong.filter((s, i) => s && !weak[i]).length;
    // Independent draws would give ≈ 0.7 × 0.1 × 300 = 21 weak-only cases.
    expect(weakOnly).toBeLessThan(12);
    expect(strongOnly).toBeGreaterThan(weakOnly * 2);
  });

  it('answers json-fields cases wrong with valid JSON and some fields off (partial credit)', async () => {
    const cases = Array.from({ length: 60 }, (_, i) =>
      evalCase(`extract-${i}`, `Task: extract ${i}`, [
        { type: 'json' },
        { type: 'json-fields', fields: { name: `Customer ${i}`, 'order.id': `A-${1000 + i}`, total: 10 + i, paid: i % 2 === 0 } },
      ]),
    );
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0.3 })], cases, seed: 2 });
    const outputs = await pool(cases, 16, (c) => answer(sim, 'sim-a', c));
    const scores = cases.map((c, i) => score(c, outputs[i]!));
    expect(scores.filter((s) => s === 1).length).toBeGreaterThan(5);
    expect(scores.filter((s) => s > 0.4 && s < 1).length).toBeGreaterThan(15);
    for (const output of outputs) expect(() => JSON.parse(output)).not.toThrow();
  });

  it('answers json cases wrong with broken or off-schema JSON', async () => {
    const schema = { type: 'object', required: ['sku', 'qty'], properties: { sku: { type: 'string' }, qty: { type: 'integer' } } };
    const cases = Array.from({ length: 40 }, (_, i) =>
      evalCase(`json-${i}`, `Give the line ${i} as JSON`, [{ type: 'json', schema }], { ideal: JSON.stringify({ sku: `S-${i}`, qty: i }) }),
    );
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0 })], cases, seed: 9 });
    const outputs = await pool(cases, 16, (c) => answer(sim, 'sim-a', c));
    const parses = (o: string) => {
      try {
        JSON.parse(o);
        return true;
      } catch {
        return false;
      }
    };
    expect(cases.every((c, i) => score(c, outputs[i]!) === 0)).toBe(true);
    expect(outputs.filter(parses).length).toBeGreaterThan(5); // off-schema
    expect(outputs.filter((o) => !parses(o)).length).toBeGreaterThan(5); // broken
  });

  it('answers code cases wrong by dropping what regex/contains look for, or cutting the code off', async () => {
    const code = '```python\nimport re\n\n\ndef slugify(title: str) -> str:\n    slug = re.sub(r"[^a-z0-9]+", "-", title.lower())\n    return slug.strip("-")\n```';
    const cases = Array.from({ length: 30 }, (_, i) =>
      evalCase(`code-${i}`, `Task: code ${i}`, [
        { type: 'regex', pattern: 'def\\s+slugify\\s*\\(' },
        { type: 'contains', value: ['re.sub', '.lower()'] },
      ], { ideal: code }),
    );
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0 }), fastModel('sim-b', { quality: 1 })], cases, seed: 4 });
    const wrong = await pool(cases, 16, (c) => answer(sim, 'sim-a', c));
    const right = await pool(cases, 16, (c) => answer(sim, 'sim-b', c));
    expect(right.every((o) => o === code)).toBe(true);
    expect(cases.every((c, i) => score(c, wrong[i]!) < 1)).toBe(true);
    expect(wrong.every((o) => o.length > 0 && o.length < code.length)).toBe(true);
  });

  it('answers equals cases wrong with another value of the set', async () => {
    const cases = Array.from({ length: 20 }, (_, i) => evalCase(`eq-${i}`, `What is ${i} + ${i}?`, [{ type: 'equals', value: String(2 * i) }]));
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0 })], cases, seed: 4 });
    const outputs = await pool(cases, 8, (c) => answer(sim, 'sim-a', c));
    const values = cases.map((c) => c.expect[0]!.value);
    expect(cases.every((c, i) => outputs[i] !== c.expect[0]!.value)).toBe(true);
    expect(outputs.every((o) => values.includes(o))).toBe(true);
  });

  it('sometimes puts the forbidden text of a not-contains check into a wrong answer', async () => {
    const cases = Array.from({ length: 30 }, (_, i) =>
      evalCase(`nc-${i}`, `Reply to customer ${i}`, [{ type: 'contains', value: 'refund' }, { type: 'not-contains', value: 'As an AI' }], {
        ideal: `Hello customer ${i}, your refund is on its way.`,
      }),
    );
    const sim = await simulator({ models: [fastModel('sim-a', { quality: 0 })], cases, seed: 4 });
    const outputs = await pool(cases, 8, (c) => answer(sim, 'sim-a', c));
    expect(outputs.filter((o) => o.includes('As an AI')).length).toBeGreaterThan(5);
    expect(cases.every((c, i) => score(c, outputs[i]!) < 1)).toBe(true);
  });

  it('varies repeats of the same case yet replays the whole run for a seed', async () => {
    // A case of middle difficulty: an easy one would (rightly) be answered right every time.
    const cases = labelCases(50);
    const c = [...cases].sort((a, b) => Math.abs(difficultyOf(a.id) - 0.5) - Math.abs(difficultyOf(b.id) - 0.5))[0];
    const run = async (seed: number) => {
      const sim = await simulator({ models: [fastModel('sim-a', { quality: 0.5 })], cases, seed });
      const outputs: string[] = [];
      for (let i = 0; i < 40; i++) outputs.push(await answer(sim, 'sim-a', c!));
      return outputs;
    };
    const first = await run(1);
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(first.filter((o) => o === c!.expect[0]!.value).length).toBeGreaterThan(8);
    expect(await run(1)).toEqual(first);
    expect(await run(2)).not.toEqual(first);
  });

  it('gives unknown prompts a generic answer of plausible length', async () => {
    const sim = await simulator({ models: [fastModel('sim-a')], cases: labelCases(3) });
    const res = await client(sim).chat.completions.create({ model: 'sim-a', messages: [{ role: 'user', content: 'Tell me about tents.' }] });
    const tokens = res.usage!.completion_tokens;
    expect(tokens).toBeGreaterThanOrEqual(20);
    expect(tokens).toBeLessThanOrEqual(130);
    expect(sim.served[0]!.caseId).toBeUndefined();
  });
});
