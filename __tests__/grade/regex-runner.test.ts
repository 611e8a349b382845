import { afterAll, describe, expect, it } from 'vitest';
import { regex } from '../../src/grade/graders/regex.js';
import { REGEX_DEADLINE_MS, createRegexRunner } from '../../src/grade/regex-runner.js';
import { ctxFor } from './helpers.js';

// 2^40 backtracking steps: no machine finishes this, so the deadline always decides.
const HANGS = { pattern: '^(a+)+$', input: `${'a'.repeat(40)}!` };

describe('the regex runner', () => {
  const runner = createRegexRunner({ deadlineMs: 200 });
  afterAll(() => runner.close());

  it('answers like RegExp.test, flags included, the same on every call with the g flag', () => {
    expect(runner.test('^def', 'im', 'x\nDEF f(')).toEqual({ kind: 'match', matched: true });
    expect(runner.test('^def', undefined, 'x def')).toEqual({ kind: 'match', matched: false });
    expect([runner.test('a', 'g', 'a'), runner.test('a', 'g', 'a')]).toEqual([
      { kind: 'match', matched: true },
      { kind: 'match', matched: true },
    ]);
  });

  it('gives up on a catastrophic match at its deadline, then answers the next one on a fresh worker', () => {
    expect(runner.test(HANGS.pattern, undefined, HANGS.input)).toEqual({ kind: 'timeout', deadlineMs: 200 });
    expect(runner.test(HANGS.pattern, undefined, 'aaaa')).toEqual({ kind: 'match', matched: true });
  });

  it('reports a pattern the engine rejects as an error, not a match', () => {
    expect(runner.test('(', undefined, 'x')).toMatchObject({ kind: 'error', message: expect.stringMatching(/Unterminated group/) });
  });

  it('matches a full grader input', () => {
    expect(runner.test('b$', undefined, `${'a'.repeat(256 * 1024)}b`)).toEqual({ kind: 'match', matched: true });
  });
});

describe('the regex grader', () => {
  it('leaves the grade unjudged when the match does not finish, saying why', () => {
    const outcome = regex.grade(HANGS.input, regex.options.parse({ pattern: HANGS.pattern }), ctxFor());
    expect(REGEX_DEADLINE_MS).toBe(1000);
    expect(outcome).toEqual({
      score: 0,
      unjudged: true,
      reason: 'regex /^(a+)+$/ did not finish within 1 s on this output (catastrophic backtracking); the grade is left unjudged',
    });
  });
});
