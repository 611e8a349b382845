import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, loadEvalSet } from '../../../src/config/index.js';
import { formattedError, project } from '../helpers.js';

const CONFIG = (evals: string, judge = true) => `evals: ${evals}
models:
  baseline: { model: gpt-4o }
  candidate: { model: gpt-4o-mini }
${judge ? 'judge: { model: gpt-4o-mini }\n' : ''}`;

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function load(files: Record<string, string>, options: { skipUnsupported?: boolean } = {}) {
  const p = await project(files);
  cleanups.push(p.cleanup);
  const config = await loadConfig('llm-gate.yml', { cwd: p.dir });
  return loadEvalSet(config, { cwd: p.dir, skipUnsupported: options.skipUnsupported ?? false });
}

const SUITE = `description: translation
prompts:
  - 'Convert this English to {{language}}: {{input}}'
  - 'Translate to {{ language }}: {{ input }}'
providers: [openai:gpt-4.1]
defaultTest:
  vars: { input: Hello }
tests:
  - vars: { language: French, input: Hello world }
    assert:
      - type: icontains
        value: bonjour
  - description: spanish
    vars: { language: Spanish }
    assert:
      - type: contains-any
        value: [Hola, Buenas]
        weight: 2
      - type: starts-with
        value: "H"
`;

describe('promptfoo suites', () => {
  it('make one case per prompt × test, ids from the description or the index and the prompt', async () => {
    const set = await load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': SUITE });
    expect(set.cases.map((c) => c.id)).toEqual(['promptfooconfig-1 (prompt 1)', 'promptfooconfig-1 (prompt 2)', 'spanish (prompt 1)', 'spanish (prompt 2)']);
    expect(set.cases[0]!.messages).toEqual([{ role: 'user', content: 'Convert this English to French: Hello world' }]);
    // defaultTest vars fill what the test leaves out.
    expect(set.cases[3]!.messages[0]!.content).toBe('Translate to Spanish: Hello');
    expect(set.cases[0]!.source).toEqual({ file: 'promptfooconfig.yaml', line: 9, column: 5 });
  });

  it('map assertions to graders, weights carried', async () => {
    const set = await load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': SUITE });
    expect(set.cases[0]!.expect).toEqual([{ type: 'contains', value: 'bonjour', ignoreCase: true, match: 'all', weight: 1 }]);
    expect(set.cases[2]!.expect).toEqual([
      { type: 'contains', value: ['Hola', 'Buenas'], match: 'any', ignoreCase: false, weight: 2 },
      { type: 'regex', pattern: '^H', weight: 1 },
    ]);
  });

  it('carry an llm-rubric threshold into the judge grades, and invert not-llm-rubric', async () => {
    const suite = `prompts: ['{{q}}']
tests:
  - vars: { q: hi }
    assert:
      - { type: llm-rubric, value: "is polite about {{q}}", threshold: 0.8 }
      - { type: not-llm-rubric, value: is rude }
      - { type: not-regex, value: "\\\\d+" }
      - { type: is-json, value: { type: object } }
`;
    const set = await load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': suite });
    const [rubric, inverted, notRegex, json] = set.cases[0]!.expect;
    expect(rubric).toMatchObject({ type: 'llm-judge', rubric: 'is polite about hi', grades: { pass: 1, partial: 0, fail: 0 } });
    expect(inverted).toMatchObject({ type: 'llm-judge', grades: { pass: 0, partial: 0.5, fail: 1 } });
    expect(new RegExp(notRegex!.pattern as string).test('no digits')).toBe(true);
    expect(new RegExp(notRegex!.pattern as string).test('has 42')).toBe(false);
    expect(json).toMatchObject({ type: 'json', schema: { type: 'object' } });
  });

  it('report an unsupported assertion at file:line, listing what is supported', async () => {
    const suite = `prompts: ['{{q}}']
tests:
  - vars: { q: hi }
    assert:
      - type: contains
        value: hi
      - type: javascript
        value: output.length < 10
      - type: similar
        value: hello
`;
    const files = { 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': suite };
    const message = await formattedError(load(files));
    expect(message).toMatch(/^promptfooconfig\.yaml:7:15: tests\[0\]\.assert\[1\]\.type: assertion type "javascript" has no llm-gate grader \(it runs JavaScript\) \(and 1 more: promptfooconfig\.yaml:9\)/);
    expect(message).toContain('supported: equals, contains');
  });

  it('with skipUnsupported, drop and count unsupported assertions and skip tests left with none', async () => {
    const suite = `prompts: ['{{q}}']
tests:
  - vars: { q: a }
    assert: [{ type: contains, value: a }, { type: cost, threshold: 0.01 }]
  - vars: { q: b }
    assert: [{ type: python, value: file://check.py }]
  - vars: { q: c }
`;
    const set = await load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': suite }, { skipUnsupported: true });
    expect(set.cases).toHaveLength(1);
    expect(set.warnings?.map((w) => `${w.line} ${w.code}`)).toEqual(['4 unsupported-assertion', '6 unsupported-assertion', '5 no-assertion', '7 no-assertion']);
  });

  it('read tests from file:// references: YAML, JSONL and CSV with __expected', async () => {
    const set = await load({
      'llm-gate.yml': CONFIG('suite/promptfooconfig.yaml'),
      'suite/promptfooconfig.yaml': `prompts: [file://prompts/chat.json]\ntests:\n  - file://tests/*.yaml\n  - file://more.csv\n`,
      'suite/prompts/chat.json': '[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "{{question}}"}]',
      'suite/tests/a.yaml': '- vars: { question: "2+2?" }\n  assert: [{ type: equals, value: "4" }]\n',
      'suite/more.csv': 'question,__expected,__description\n"Capital of France?",contains: Paris,capital\n"Say hi",hi,greeting\n',
    });
    expect(set.cases.map((c) => c.id)).toEqual(['promptfooconfig-1', 'capital', 'greeting']);
    expect(set.cases[0]!.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: '2+2?' },
    ]);
    expect(set.cases[1]!.expect[0]).toMatchObject({ type: 'contains', value: 'Paris' });
    expect(set.cases[2]!.expect[0]).toMatchObject({ type: 'equals', value: 'hi' });
    expect(set.cases[1]!.source).toEqual({ file: 'suite/more.csv', line: 2, column: 1 });
  });

  it('read a bare list of tests with the config prompt', async () => {
    const config = `${CONFIG('tests.yaml')}prompt:\n  user: "Q: {{q}}"\n`;
    const set = await load({ 'llm-gate.yml': config, 'tests.yaml': '- vars: { q: one }\n  assert: [{ type: contains, value: "1" }]\n' });
    expect(set.cases[0]!.messages).toEqual([{ role: 'user', content: 'Q: one' }]);
  });

  it('refuse a file:// reference outside the repository, at the reference', async () => {
    const message = await formattedError(load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': "prompts: ['x']\ntests: file://../../../etc/passwd\n" }));
    expect(message).toMatch(/^promptfooconfig\.yaml:2:8: tests: /);
  });

  it('name a template tag it cannot read', async () => {
    const message = await formattedError(load({ 'llm-gate.yml': CONFIG('promptfooconfig.yaml'), 'promptfooconfig.yaml': "prompts: ['{% if x %}y{% endif %}']\ntests:\n  - assert: [{ type: contains, value: y }]\n" }));
    expect(message).toContain('template tag "{% if x %}" is not supported');
  });
});
