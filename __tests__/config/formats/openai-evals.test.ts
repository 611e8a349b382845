import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, loadEvalSet } from '../../../src/config/index.js';
import { formattedError, project } from '../helpers.js';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

const MODELS = 'models:\n  baseline: { model: gpt-4o }\n  candidate: { model: gpt-4o-mini }\njudge: { model: gpt-4o-mini }\n';

async function load(evals: string, files: Record<string, string>) {
  const p = await project({ 'llm-gate.yml': `evals: ${evals}\n${MODELS}`, ...files });
  cleanups.push(p.cleanup);
  const config = await loadConfig('llm-gate.yml', { cwd: p.dir });
  return loadEvalSet(config, { cwd: p.dir });
}

const SAMPLES = [
  { input: [{ role: 'system', content: 'Answer with a number.' }, { role: 'user', content: '2+2?' }], ideal: '4' },
  { input: [{ role: 'user', content: 'Colour of the sky?' }], ideal: ['blue', 'Blue'] },
]
  .map((s) => JSON.stringify(s))
  .join('\n');

describe('OpenAI evals data', () => {
  it('is detected from the content; ideal becomes equals, a list any of them', async () => {
    const set = await load('samples.jsonl', { 'samples.jsonl': SAMPLES });
    expect(set.cases.map((c) => c.id)).toEqual(['samples-1', 'samples-2']);
    expect(set.cases[0]!.expect).toEqual([{ type: 'equals', value: '4', trim: true, ignoreCase: false, weight: 1 }]);
    const any = new RegExp(set.cases[1]!.expect[0]!.pattern as string);
    expect([any.test(' Blue\n'), any.test('blue'), any.test('light blue')]).toEqual([true, true, false]);
    expect(set.cases[1]!.ideal).toBe('blue');
  });

  it('takes another grader from the evals entry', async () => {
    const set = await load('[{ path: samples.jsonl, grader: llm-judge }]', { 'samples.jsonl': SAMPLES });
    expect(set.cases[0]!.expect[0]).toMatchObject({ type: 'llm-judge' });
    const contains = await load('{ path: samples.jsonl, grader: contains }', { 'samples.jsonl': SAMPLES });
    expect(contains.cases[1]!.expect[0]).toMatchObject({ type: 'contains', value: ['blue', 'Blue'], match: 'any' });
  });

  it('reads Evals API items with a mapping of their fields', async () => {
    const items = [{ item: { q: 'Capital of France?', a: 'Paris', key: 'fr' } }, { item: { q: 'Capital of Spain?', a: 'Madrid', key: 'es' } }].map((s) => JSON.stringify(s)).join('\n');
    const set = await load('{ path: items.jsonl, fields: { input: "Answer: {{item.q}}", ideal: item.a, id: item.key } }', { 'items.jsonl': items });
    expect(set.cases.map((c) => [c.id, c.messages[0]!.content, c.expect[0]!.value])).toEqual([
      ['fr', 'Answer: Capital of France?', 'Paris'],
      ['es', 'Answer: Capital of Spain?', 'Madrid'],
    ]);
  });

  it('names the line and the field of a sample without an ideal answer', async () => {
    const message = await formattedError(load('samples.jsonl', { 'samples.jsonl': `${SAMPLES}\n{"input": [{"role": "user", "content": "x"}]}\n` }));
    expect(message).toMatch(/^samples\.jsonl:3:1: no ideal answer/);
  });
});
