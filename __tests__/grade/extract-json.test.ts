import { describe, expect, it } from 'vitest';
import { GRADE_INPUT_CHARS } from '../../src/limits.js';
import { extractJson, findFences } from '../../src/grade/extract-json.js';
import type { WorkMeter } from '../../src/grade/text.js';
import { randomStrings, regexExtractJson } from './reference/regex-versions.js';

/** Steps extractJson takes on `make(n)`. */
const stepsFor = (make: (n: number) => string, n: number): number => {
  const meter: WorkMeter = { steps: 0 };
  extractJson(make(n), meter);
  return meter.steps;
};

// Each shape made the regex version quadratic or worse (200,000 "{" never finished).
const HOSTILE: Record<string, (n: number) => string> = {
  'open braces': (n) => '{'.repeat(n),
  'open brackets': (n) => '['.repeat(n),
  'braces and brackets': (n) => '{['.repeat(n / 2),
  'opened, then closed wrongly': (n) => '{'.repeat(n / 2) + ']'.repeat(n / 2),
  'nested brackets around junk': (n) => `${'['.repeat(n / 2 - 1)}x${']'.repeat(n / 2)}`,
  'unclosed string openers': (n) => '{"a":"'.repeat(n / 6),
  'backticks without a newline': (n) => '`'.repeat(n),
  'empty fences': (n) => '```\n'.repeat(n / 4),
  'fences that are not JSON': (n) => '```\n{"a": x}\n```\n'.repeat(n / 16),
  'many spans that are not JSON': (n) => '{"a": x} '.repeat(n / 9),
  'quotes and braces': (n) => '"{'.repeat(n / 2),
  'braces inside strings of spans': (n) => '{"{"'.repeat(n / 4),
};

describe('extractJson on hostile output', () => {
  it.each(Object.entries(HOSTILE))('does work linear in the length for %s', (_name, make) => {
    const n = 64 * 1024;
    const one = stepsFor(make, n);
    const two = stepsFor(make, 2 * n);
    // Twice the text, at most about twice the work, and a small multiple of the length.
    expect(two / one).toBeLessThan(2.1);
    expect(two).toBeLessThan(10 * 2 * n);
  });

  it('ends on 200,000 "{" and on a full grader input of each shape, saying it is not JSON', () => {
    // A hang guard with a wide margin: the regex version never finished the first of these.
    expect(extractJson('{'.repeat(200_000))).toMatchObject({ ok: false, reason: expect.stringMatching(/^output is not JSON/) });
    for (const make of Object.values(HOSTILE)) expect(extractJson(make(GRADE_INPUT_CHARS)).ok).toBe(false);
  });

  it('still finds JSON after a hostile prefix that stays within the parse budget', () => {
    expect(extractJson(`${'{ '.repeat(1000)} and then {"ok": true}`)).toMatchObject({ ok: true, value: { ok: true } });
  });
});

describe('extractJson agrees with the regex version it replaced', () => {
  const agree = (s: string) => JSON.stringify(extractJson(s)) === JSON.stringify(regexExtractJson(s));

  it('on 20,000 short random outputs of prose, stray quotes, fences and JSON', () => {
    const alphabet = [
      'Here is ', 'the result: ', '{"a": 1}', '[1, 2]', '{"msg": "a } brace { here"}', '"', "it's ", '5" screen ', '```json\n',
      '```\n', '\n', ' ', '{', '}', '[', ']', '[note]', 'Hope this helps.', '{"nested": {"x": [true, null]}}', ':', ',', '\\',
    ];
    expect(randomStrings(3, alphabet, 20_000, 12).filter((s) => !agree(s))).toEqual([]);
  });

  it('on 20,000 short random strings of brackets, quotes, escapes and fences', () => {
    const alphabet = ['{', '}', '[', ']', '"', ' ', ':', ',', 'a', '1', '\\', '```', '\n', 'json', '"a"', 'true'];
    expect(randomStrings(1, alphabet, 20_000, 24).filter((s) => !agree(s))).toEqual([]);
  });

  it('finds JSON that a stray bracket and quote before it would hide from a single pass', () => {
    expect(extractJson('Sure {here is the JSON: "{"a": 1}"')).toMatchObject({ ok: true, value: { a: 1 } });
    expect(extractJson('Hope this helps.{:"{"msg": "a } brace"} it\'s 5" wide')).toMatchObject({ ok: true, value: { msg: 'a } brace' } });
  });
});

describe('findFences', () => {
  it('finds what the fence regex found: language from the info string, body to the next fence', () => {
    const text = 'x ```JSON extra\n{"a":1}\n``` y ```\nplain\n``` ```no newline';
    expect(findFences(text)).toEqual([
      { lang: 'json', body: '{"a":1}\n' },
      { lang: '', body: 'plain\n' },
    ]);
  });
});
