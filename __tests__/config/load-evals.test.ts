import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { formattedError, project } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const MODELS = `models:
  baseline: { model: gpt-4o }
  candidate: { model: gpt-4o-mini }
`;

const yamlCase = (id: string, extra = '') => `- id: ${id}\n  prompt: "Q ${id}"\n${extra}  expect:\n    - type: contains\n      value: ${id}\n`;
const jsonlCase = (id: string) => JSON.stringify({ id, prompt: `Q ${id}`, expect: [{ type: 'contains', value: id }] });

async function evalSet(files: Record<string, string>, configPath = 'llm-gate.yml', cwdSub = '') {
  const p = await project(files);
  cleanups.push(p.cleanup);
  const cwd = cwdSub ? `${p.dir}/${cwdSub}` : p.dir;
  const config = await loadConfig(configPath, { cwd });
  return { dir: p.dir, config, load: () => loadEvalSet(config, { cwd }) };
}

describe('globs', () => {
  test('are relative to the config file, sorted by path and deduplicated', async () => {
    const { load } = await evalSet({
      'gate/llm-gate.yml': `evals: ["evals/**/*.yaml", "evals/b/*.jsonl", "evals/a.yaml"]\n${MODELS}`,
      'gate/evals/c.yaml': yamlCase('c1'),
      'gate/evals/a.yaml': yamlCase('a1') + yamlCase('a2'),
      'gate/evals/b/x.jsonl': `${jsonlCase('x1')}\n`,
      'gate/evals/b/d.yaml': yamlCase('d1'),
      'gate/evals/notes.md': 'not an eval file',
    }, 'gate/llm-gate.yml');
    const set = await load();
    expect(set.files).toEqual(['gate/evals/a.yaml', 'gate/evals/b/d.yaml', 'gate/evals/b/x.jsonl', 'gate/evals/c.yaml']);
    expect(set.cases.map((c) => c.id)).toEqual(['a1', 'a2', 'd1', 'x1', 'c1']);
  });

  test('paths in the set are relative to the cwd option', async () => {
    const { load } = await evalSet({ 'gate/llm-gate.yml': `evals: e.yaml\n${MODELS}`, 'gate/e.yaml': yamlCase('one') }, 'llm-gate.yml', 'gate');
    const set = await load();
    expect(set.files).toEqual(['e.yaml']);
    expect(set.cases[0]!.source).toEqual({ file: 'e.yaml', line: 1, column: 3 });
  });
});

describe('sources', () => {
  test('YAML cases keep the line and column where each case starts', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\n${MODELS}`,
      'e.yaml': `# routing cases\n\n${yamlCase('one')}\n${yamlCase('two', '  tags: [x]\n')}`,
    });
    const set = await load();
    expect(set.cases.map((c) => c.source)).toEqual([
      { file: 'e.yaml', line: 3, column: 3 },
      { file: 'e.yaml', line: 9, column: 3 },
    ]);
  });

  test('JSONL cases keep their line, with blank lines counted', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.jsonl\n${MODELS}`,
      'e.jsonl': `${jsonlCase('one')}\n\n${jsonlCase('two')}\n`,
    });
    const set = await load();
    expect(set.cases.map((c) => [c.id, c.source.line])).toEqual([
      ['one', 1],
      ['two', 3],
    ]);
  });
});

describe('cases', () => {
  test('render the config system prompt and the case prompt from vars', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\nprompt:\n  system: "You support {{product}}."\n${MODELS}`,
      'e.yaml': `- id: r1
  tags: [routing, billing]
  vars: { product: Acme, message: "refund please", order: { id: 7 } }
  prompt: "Route: {{ message }} (order {{order.id}})"
  ideal: billing
  description: a refund request
  expect:
    - type: label
      value: billing
`,
    });
    const [c] = (await load()).cases;
    expect(c).toMatchObject({
      id: 'r1',
      tags: ['routing', 'billing'],
      ideal: 'billing',
      messages: [
        { role: 'system', content: 'You support Acme.' },
        { role: 'user', content: 'Route: refund please (order 7)' },
      ],
    });
  });

  test('use the config user template when a case has no prompt, and a case own messages as they are', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\nprompt:\n  system: Be brief.\n  user: "Q: {{q}}"\n${MODELS}`,
      'e.yaml': `- id: a
  vars: { q: why }
  expect: [{ type: contains, value: x }]
- id: b
  vars: { who: Ann }
  messages:
    - { role: developer, content: "Talk to {{who}}" }
    - { role: user, content: hi }
  expect: [{ type: contains, value: x }]
`,
    });
    const set = await load();
    expect(set.cases[0]!.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Q: why' },
    ]);
    expect(set.cases[1]!.messages).toEqual([
      { role: 'developer', content: 'Talk to Ann' },
      { role: 'user', content: 'hi' },
    ]);
  });

  test('expectations get weight 1 and the grader defaults; numeric ids become strings', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\n${MODELS}`,
      'e.yaml': `- id: 42
  prompt: hi
  expect:
    - type: contains
      value: [a, b]
    - type: regex
      pattern: "^h"
      weight: 3
`,
    });
    const [c] = (await load()).cases;
    expect(c!.id).toBe('42');
    expect(c!.expect[0]).toMatchObject({ type: 'contains', weight: 1, value: ['a', 'b'], match: 'all', ignoreCase: false });
    expect(c!.expect[1]).toEqual({ type: 'regex', weight: 3, pattern: '^h' });
  });

  test('llm-judge expectations are accepted when the config has a judge', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\njudge: { model: gpt-4o-mini }\n${MODELS}`,
      'e.yaml': `- id: j\n  prompt: hi\n  expect:\n    - type: llm-judge\n      rubric: Polite.\n`,
    });
    const [c] = (await load()).cases;
    expect(c!.expect[0]).toMatchObject({ type: 'llm-judge', weight: 1, rubric: 'Polite.' });
  });
});

describe('expectations shared between cases', () => {
  test('cases that expect the same plain values share one list; others keep their own', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.jsonl\n${MODELS}`,
      'e.jsonl': [
        '{"id":"a","prompt":"hi","expect":[{"type":"contains","value":"x"}]}',
        '{"id":"b","prompt":"hi","expect":[{"type":"contains","value":"x"}]}',
        '{"id":"c","prompt":"hi","expect":[{"type":"contains","value":"y"}]}',
        '{"id":"d","prompt":"hi","expect":[{"type":"json","schema":{"type":"object"}}]}',
        '{"id":"e","prompt":"hi","expect":[{"type":"json","schema":{"type":"object"}}]}',
      ].join('\n'),
    });
    const [a, b, c, d, e] = (await load()).cases;
    expect(a!.expect).toBe(b!.expect);
    expect(c!.expect).not.toBe(a!.expect);
    expect(c!.expect[0]).toMatchObject({ type: 'contains', value: 'y' });
    // A JSON Schema is an object: equal JSON is not taken to mean the same expectation.
    expect(d!.expect).not.toBe(e!.expect);
    expect(d!.expect).toEqual(e!.expect);
  });
});

describe('content hash', () => {
  test('does not depend on key order, folder or case positions, and changes with content', async () => {
    const a = await evalSet({ 'llm-gate.yml': `evals: e.yaml\n${MODELS}`, 'e.yaml': yamlCase('one') });
    const b = await evalSet({
      'x/llm-gate.yml': `${MODELS}evals: cases.jsonl\n`,
      'x/cases.jsonl': `\n${JSON.stringify({ expect: [{ value: 'one', type: 'contains' }], prompt: 'Q one', id: 'one' })}\n`,
    }, 'x/llm-gate.yml');
    const c = await evalSet({ 'llm-gate.yml': `evals: e.yaml\n${MODELS}`, 'e.yaml': yamlCase('one').replace('Q one', 'Q 1') });
    const [ha, hb, hc] = [(await a.load()).contentHash, (await b.load()).contentHash, (await c.load()).contentHash];
    expect(ha).toMatch(/^[0-9a-f]{64}$/);
    expect(hb).toBe(ha);
    expect(hc).not.toBe(ha);
  });
});

describe('content hash of the models', () => {
  const hashOf = async (models: string) => {
    const { load } = await evalSet({ 'llm-gate.yml': `evals: e.yaml\n${models}`, 'e.yaml': yamlCase('one') });
    return (await load()).contentHash;
  };

  test('ignores where a model is served and which variable holds its key, not which model it is', async () => {
    const plain = await hashOf(MODELS);
    const served = await hashOf(`models:
  baseline: { model: gpt-4o, baseUrl: "http://127.0.0.1:43127/v1", apiKeyEnv: SIM_KEY }
  candidate: { model: gpt-4o-mini }
`);
    const otherModel = await hashOf(MODELS.replace('gpt-4o-mini', 'gpt-4.1-mini'));
    const otherParams = await hashOf(MODELS.replace('{ model: gpt-4o }', '{ model: gpt-4o, params: { temperature: 0 } }'));
    expect(served).toBe(plain);
    expect(otherModel).not.toBe(plain);
    expect(otherParams).not.toBe(plain);
  });
});

describe('errors', () => {
  test('a duplicate id names both places', async () => {
    const { load } = await evalSet({ 'llm-gate.yml': `evals: "*.yaml"\n${MODELS}`, 'a.yaml': yamlCase('x'), 'b.yaml': `\n${yamlCase('x')}` });
    expect(await formattedError(load())).toBe(
      'b.yaml:2:7: id: duplicate case id "x", first defined at a.yaml:1:3 (case ids must be unique across the eval set)',
    );
  });

  test('the first problem in a case is reported, a wrong value before a missing one', async () => {
    const { load } = await evalSet({
      'llm-gate.yml': `evals: e.yaml\n${MODELS}`,
      'e.yaml': `- id: a\n  tags: [1]\n  expct: []\n`,
    });
    expect(await formattedError(load())).toBe('e.yaml:2:10: tags[0]: expected a string, got the number 1');
  });
});
