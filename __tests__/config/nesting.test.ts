import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { NESTING_LIMITS } from '../../src/config/nesting.js';
import { formattedError, project } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const MODELS = `models:
  baseline: { model: gpt-4o }
  candidate: { model: gpt-4o-mini }
`;
const CASE = '- id: a\n  prompt: hi\n  expect: [{ type: contains, value: x }]\n';

/** Nine levels of ten aliases each: about a billion nodes once expanded. */
function bomb(levels = 9): string {
  const lines = [`l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

async function load(files: Record<string, string>) {
  const p = await project(files);
  cleanups.push(p.cleanup);
  return loadConfig('llm-gate.yml', { cwd: p.dir }).then((config) => loadEvalSet(config, { cwd: p.dir }));
}

// The limits are counted on parser events; a generous timeout only guards against a hang.
describe('YAML aliases', () => {
  test('a billion-laughs config is refused at the alias that crosses the node budget', { timeout: 30_000 }, async () => {
    const message = await formattedError(load({ 'llm-gate.yml': bomb() + `evals: a.yaml\n${MODELS}`, 'a.yaml': CASE }));
    // l4 holds ten copies of l3 (11,111 nodes each): the ninth crosses 100,000.
    expect(message).toBe(
      "llm-gate.yml:5:45: YAML aliases expand to more than 100,000 nodes (llm-gate's limit for one file; stopped at *l3) (write the values out, or share less through anchors)",
    );
  });

  test('the same bomb in an eval file is refused at its line', { timeout: 30_000 }, async () => {
    const evals = `- id: a\n  prompt: hi\n  vars:\n${bomb().trimEnd().replace(/^/gm, '    ')}\n  expect: [{ type: contains, value: x }]\n`;
    const message = await formattedError(load({ 'llm-gate.yml': `evals: a.yaml\n${MODELS}`, 'a.yaml': evals }));
    expect(message).toMatch(/^a\.yaml:8:\d+: YAML aliases expand to more than 100,000 nodes/);
  });

  test('a long anchored string repeated by aliases counts its characters', async () => {
    const big = 'x'.repeat(20_000);
    const aliases = Array.from({ length: 600 }, (_, i) => `k${i}: *s`).join('\n');
    const message = await formattedError(load({ 'llm-gate.yml': `s: &s ${big}\n${aliases}\nevals: a.yaml\n${MODELS}`, 'a.yaml': CASE }));
    expect(message).toContain("YAML aliases expand to more than 10,000,000 characters (llm-gate's limit for one file; stopped at *s)");
  });

  test(`more than ${NESTING_LIMITS.maxAliases} aliases are refused at the first one over`, async () => {
    const aliases = Array.from({ length: NESTING_LIMITS.maxAliases + 1 }, (_, i) => `k${i}: *s`).join('\n');
    const message = await formattedError(load({ 'llm-gate.yml': `s: &s 1\n${aliases}\nevals: a.yaml\n${MODELS}`, 'a.yaml': CASE }));
    expect(message).toBe(`llm-gate.yml:${NESTING_LIMITS.maxAliases + 2}:8: more than 1,000 YAML aliases in one file (llm-gate's limit) (write the values out, or share less through anchors)`);
  });

  test('an alias into the node that holds it (a cycle) is refused', async () => {
    const message = await formattedError(load({ 'llm-gate.yml': `evals: a.yaml\n${MODELS}`, 'a.yaml': '- &c\n  id: a\n  prompt: hi\n  vars: { self: *c }\n  expect: [{ type: contains, value: x }]\n' }));
    expect(message).toBe('a.yaml:4:17: YAML alias *c points into the node that contains it, a value without end (anchor a separate node and alias that)');
  });

  test('aliases that stay within the limits load as before', async () => {
    const evals = `- id: a\n  prompt: hi\n  expect: &e [{ type: contains, value: x }]\n- id: b\n  prompt: hi\n  expect: *e\n`;
    const set = await load({ 'llm-gate.yml': `evals: a.yaml\n${MODELS}`, 'a.yaml': evals });
    expect(set.cases.map((c) => c.expect)).toMatchObject([[{ type: 'contains', value: 'x' }], [{ type: 'contains', value: 'x' }]]);
  });
});

describe('nesting depth', () => {
  test('YAML deeper than 100 levels is refused at the line that goes over', async () => {
    const deep = `${'['.repeat(150)}${']'.repeat(150)}`;
    const message = await formattedError(load({ 'llm-gate.yml': `evals: a.yaml\n${MODELS}deep: ${deep}\n`, 'a.yaml': CASE }));
    expect(message).toMatch(/^llm-gate\.yml:5:\d+: YAML nesting deeper than 100 levels \(llm-gate's limit\)/);
  });

  test('aliases that nest a deep anchor deeper are counted once expanded', async () => {
    const anchor = `a: &d ${'['.repeat(60)}1${']'.repeat(60)}`;
    const message = await formattedError(load({ 'llm-gate.yml': `${anchor}\nb: ${'['.repeat(50)}*d${']'.repeat(50)}\nevals: a.yaml\n${MODELS}`, 'a.yaml': CASE }));
    expect(message).toMatch(/^llm-gate\.yml:2:\d+: YAML nesting deeper than 100 levels once \*d is expanded/);
  });

  test('a JSON eval file nested 100,000 levels deep is refused before JSON.parse', async () => {
    const deep = `[{"id": "a", "vars": {"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}]`;
    const message = await formattedError(load({ 'llm-gate.yml': `evals: a.json\n${MODELS}`, 'a.json': deep }));
    expect(message).toBe("a.json:1:125: JSON nesting deeper than 100 levels (llm-gate's limit) (flatten the structure)");
  });

  test('a deep JSONL line is refused at its own line', async () => {
    const ok = JSON.stringify({ id: 'a', prompt: 'hi', expect: [{ type: 'contains', value: 'x' }] });
    const deep = `{"id": "b", "vars": {"x": ${'['.repeat(500)}${']'.repeat(500)}}}`;
    const message = await formattedError(load({ 'llm-gate.yml': `evals: a.jsonl\n${MODELS}`, 'a.jsonl': `${ok}\n${deep}\n` }));
    expect(message).toMatch(/^a\.jsonl:2:\d+: JSON nesting deeper than 100 levels/);
  });

  test('brackets inside JSON strings do not count', async () => {
    const line = JSON.stringify({ id: 'a', prompt: '['.repeat(500), expect: [{ type: 'contains', value: 'x' }] });
    const set = await load({ 'llm-gate.yml': `evals: a.jsonl\n${MODELS}`, 'a.jsonl': `${line}\n` });
    expect(set.cases).toHaveLength(1);
  });
});
