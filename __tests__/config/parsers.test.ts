import { describe, expect, test } from 'vitest';
import { parseDuration, parseFraction, parsePoints, parseSize } from '../../src/config/durations.js';
import { expandEnv, expandString } from '../../src/config/env.js';
import { jsonErrorOffset } from '../../src/config/json-offset.js';
import { closest, editDistance } from '../../src/config/suggest.js';
import { renderTemplate, templateVariables } from '../../src/config/template.js';

describe('durations', () => {
  test.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['2m', 120_000],
    ['1.5s', 1_500],
    [' 1h ', 3_600_000],
    [45, 45_000],
    [0.25, 250],
  ] as const)('%j is %d ms', (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  test.each(['30', '30 secs', '-1s', 'fast', '0s'])('%j is refused', (input) => {
    expect(parseDuration(input).ok).toBe(false);
  });

  test('a zero or negative number of seconds is refused', () => {
    expect(parseDuration(0).ok).toBe(false);
    expect(parseDuration(-3).ok).toBe(false);
  });
});

describe('relative thresholds', () => {
  test('a percentage string becomes a fraction', () => {
    expect(parseFraction('10%')).toEqual({ ok: true, value: 0.1 });
    expect(parseFraction('2.5 %')).toEqual({ ok: true, value: 0.025 });
  });

  test('a bare number is already a fraction', () => {
    expect(parseFraction(0.2)).toEqual({ ok: true, value: 0.2 });
    expect(parseFraction(0)).toEqual({ ok: true, value: 0 });
  });

  test('a bare number above 1 is refused with the percent spelling as the fix', () => {
    expect(parseFraction(10)).toEqual({ ok: false, message: '10 is not a fraction', hint: 'write 10%' });
  });

  test('false disables, true and other strings are refused', () => {
    expect(parseFraction(false)).toEqual({ ok: true, value: false });
    expect(parseFraction(true).ok).toBe(false);
    expect(parseFraction('ten percent').ok).toBe(false);
    expect(parseFraction(-0.1).ok).toBe(false);
  });
});

describe('quality threshold', () => {
  test('is in points, and a percentage is refused with the points spelling', () => {
    expect(parsePoints(2)).toEqual({ ok: true, value: 2 });
    expect(parsePoints(false)).toEqual({ ok: true, value: false });
    const r = parsePoints('3%');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.hint).toContain('write 3');
    expect(parsePoints(101).ok).toBe(false);
  });
});

describe('environment expansion', () => {
  const env = { MODEL: 'gpt-4o', EMPTY: '' };

  test('replaces ${VAR} and uses ${VAR:-default} when unset or empty', () => {
    expect(expandString('${MODEL}-x', env)).toEqual({ value: 'gpt-4o-x' });
    expect(expandString('${NOPE:-fallback}', env)).toEqual({ value: 'fallback' });
    expect(expandString('${EMPTY:-fallback}', env)).toEqual({ value: 'fallback' });
    expect(expandString('${EMPTY}', env)).toEqual({ value: '' });
  });

  test('an unset variable with no default is a problem naming it', () => {
    const r = expandString('${NOPE}', env);
    expect('message' in r && r.message).toBe('environment variable NOPE is not set');
  });

  test('$${ writes a literal ${', () => {
    expect(expandString('cost: $${total}', env)).toEqual({ value: 'cost: ${total}' });
  });

  test('walks nested values and reports the path of the first problem', () => {
    expect(expandEnv({ a: ['x', { b: '${MODEL}' }], n: 3 }, env)).toEqual({ value: { a: ['x', { b: 'gpt-4o' }], n: 3 } });
    const r = expandEnv({ models: { candidate: { model: '${CAND}' } } }, env);
    expect('path' in r && r.path).toEqual(['models', 'candidate', 'model']);
  });
});

describe('templates', () => {
  test('fill variables, whitespace tolerant, with dotted paths and non-string values', () => {
    const vars = { name: 'Ann', order: { id: 42, items: ['a', 'b'] }, 'a.b': 'exact' };
    expect(renderTemplate('Hi {{name}}, {{ order.id }} / {{order.items.1}} / {{a.b}} / {{order}}', vars)).toEqual({
      ok: true,
      text: 'Hi Ann, 42 / b / exact / {"id":42,"items":["a","b"]}',
    });
  });

  test('report the first variable with no value; an empty string is a value', () => {
    expect(renderTemplate('{{a}} {{b}} {{c}}', { a: '', c: null })).toEqual({ ok: false, missing: 'b' });
    expect(renderTemplate('{{c}}', { c: null })).toEqual({ ok: false, missing: 'c' });
  });

  test('leave other brace syntax alone', () => {
    expect(renderTemplate('{{#if x}} {{ 1bad }} {x}', {})).toEqual({ ok: true, text: '{{#if x}} {{ 1bad }} {x}' });
    expect(templateVariables('{{a}} {{ b.c }} {{a}}')).toEqual(['a', 'b.c']);
  });
});

describe('did you mean', () => {
  test('counts a transposition as one edit', () => {
    expect(editDistance('lable', 'label')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('ignores case and separators, and stays quiet when nothing is close', () => {
    expect(closest('base_url', ['baseUrl', 'model'])).toBe('baseUrl');
    expect(closest('treshold', ['thresholds', 'run'])).toBe('thresholds');
    expect(closest('banana', ['model', 'price'])).toBeUndefined();
  });
});

describe('JSON error offsets', () => {
  test.each([
    ['{"a": 1,}', 8],
    ['{"a": }', 6],
    ['[1, 2', 5],
    ['{"a": tru}', 9],
    ['{"a": "x\ty"}', 8],
    ['{"a": 1} x', 9],
    ['{a: 1}', 1],
  ])('%j breaks at offset %d', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test('valid JSON has no error offset before its end', () => {
    const text = '{"a": [1, -2.5e3, true, null, "\\u00e9"], "b": {}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

describe('secret references', () => {
  const env = { OPENAI_API_KEY: 'sk-live-0123456789', MY_KEYLESS: 'x', PLAIN: 'fine', RUNNER_OS: 'Linux', LLM_ACCESS: 'abc' };
  const keys = new Set(['OPENAI_API_KEY', 'LLM_ACCESS']);

  test.each(['OPENAI_API_KEY', 'LLM_ACCESS', 'GITHUB_TOKEN', 'GH_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'INPUT_API_KEY', 'RUNNER_OS', 'AWS_SECRET_ACCESS_KEY', 'DB_PASSWORD', 'SMTP_PASSWD', 'GCP_CREDENTIALS', 'NPM_TOKEN'])(
    '${%s} is refused, set or not, with a default or not',
    (name) => {
      for (const text of [`\${${name}}`, `x \${${name}:-fallback} y`]) {
        const r = expandString(text, env, { keyVariables: keys });
        expect(r).toMatchObject({ message: expect.stringContaining(`\${${name}}`) });
        expect('message' in r && r.message).toContain('would put a secret into the prompt, which the model, the report and the PR comment can echo');
      }
    },
  );

  test('the reason names why the variable is a secret', () => {
    expect(expandString('${LLM_ACCESS}', env, { keyVariables: keys })).toMatchObject({ message: expect.stringMatching(/^\$\{LLM_ACCESS\} holds an API key in use;/) });
    expect(expandString('${RUNNER_OS}', env, { keyVariables: keys })).toMatchObject({ message: expect.stringMatching(/^\$\{RUNNER_OS\} is a CI runner variable \(RUNNER_\*\);/) });
    expect(expandString('${DB_PASSWORD}', env, { keyVariables: keys })).toMatchObject({ message: expect.stringMatching(/^\$\{DB_PASSWORD\} is named like a secret;/) });
  });

  test('other variables and literal $${ still expand', () => {
    expect(expandString('${PLAIN} $${GITHUB_TOKEN}', env, { keyVariables: keys })).toEqual({ value: 'fine ${GITHUB_TOKEN}' });
  });

  test('the value of a secret never appears in the problem', () => {
    const r = expandEnv({ prompt: { system: 'token=${OPENAI_API_KEY}' } }, env, { keyVariables: keys });
    expect(JSON.stringify(r)).not.toContain('sk-live');
    expect(r).toMatchObject({ path: ['prompt', 'system'] });
  });
});

describe('sizes', () => {
  test.each([
    ['8MB', 8 * 1024 * 1024],
    ['512KB', 512 * 1024],
    ['512 kib', 512 * 1024],
    ['1.5MB', 1.5 * 1024 * 1024],
    ['1GB', 1024 ** 3],
    [4096, 4096],
    ['2048B', 2048],
  ])('%s is %d bytes', (input, bytes) => {
    expect(parseSize(input)).toEqual({ ok: true, value: bytes });
  });

  test.each(['8', '8 MBs', 'lots', '-1MB', '2GB', '100B', 0, -5, 1.5e12, Number.NaN])('%s is refused with the expected form', (input) => {
    expect(parseSize(input)).toMatchObject({ ok: false, message: expect.stringMatching(/^(expected a size such as "8MB"|must be between 1KB and 1GB)/) });
  });
});
