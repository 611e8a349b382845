import { describe, expect, it } from 'vitest';
import { contains, notContains } from '../../src/grade/graders/contains.js';
import { equals } from '../../src/grade/graders/equals.js';
import { regex } from '../../src/grade/graders/regex.js';
import { ctxFor } from './helpers.js';

const ctx = ctxFor();

describe('equals', () => {
  it('trims by default and compares case-sensitively', () => {
    const opts = equals.options.parse({ value: 'Paris' });
    expect(opts).toEqual({ value: 'Paris', trim: true, ignoreCase: false });
    expect(equals.grade('  Paris\n', opts, ctx)).toEqual({ score: 1 });
    expect(equals.grade('paris', opts, ctx)).toMatchObject({ score: 0, reason: 'expected "Paris", got "paris"' });
  });

  it('keeps whitespace significant when trim is off and folds case when asked', () => {
    expect(equals.grade(' Paris', equals.options.parse({ value: 'Paris', trim: false }), ctx).score).toBe(0);
    expect(equals.grade('PARIS', equals.options.parse({ value: 'paris', ignoreCase: true }), ctx).score).toBe(1);
  });
});

describe('contains', () => {
  it('requires every value by default', () => {
    const opts = contains.options.parse({ value: ['def ', 'return'] });
    expect(opts.match).toBe('all');
    expect(contains.grade('def f():\n  return 1', opts, ctx).score).toBe(1);
    expect(contains.grade('def f(): pass', opts, ctx)).toEqual({ score: 0, reason: 'missing "return"' });
  });

  it('accepts one value as a string and any-of lists', () => {
    expect(contains.grade('hello world', contains.options.parse({ value: 'world' }), ctx).score).toBe(1);
    const any = contains.options.parse({ value: ['cat', 'dog'], match: 'any' });
    expect(contains.grade('a dog', any, ctx).score).toBe(1);
    expect(contains.grade('a bird', any, ctx).score).toBe(0);
  });

  it('ignores case only when asked', () => {
    expect(contains.grade('REFUND', contains.options.parse({ value: 'refund' }), ctx).score).toBe(0);
    expect(contains.grade('REFUND', contains.options.parse({ value: 'refund', ignoreCase: true }), ctx).score).toBe(1);
  });

  it('rejects an empty list of values', () => {
    expect(contains.options.safeParse({ value: [] }).success).toBe(false);
  });
});

describe('not-contains', () => {
  it('fails as soon as any forbidden value appears', () => {
    const opts = notContains.options.parse({ value: ['eval(', 'exec('] });
    expect(notContains.grade('x = 1', opts, ctx).score).toBe(1);
    expect(notContains.grade('eval(x)', opts, ctx)).toEqual({ score: 0, reason: 'contains forbidden "eval("' });
  });

  it('with match all, fails only when every value appears', () => {
    const opts = notContains.options.parse({ value: ['a', 'b'], match: 'all' });
    expect(notContains.grade('a only', opts, ctx).score).toBe(1);
    expect(notContains.grade('a and b', opts, ctx).score).toBe(0);
  });

  it('folds case when asked', () => {
    expect(notContains.grade('SORRY', notContains.options.parse({ value: 'sorry', ignoreCase: true }), ctx).score).toBe(0);
  });
});

describe('regex', () => {
  it('matches anywhere unless anchored, with flags', () => {
    expect(regex.grade('```python\ndef add(a, b):', regex.options.parse({ pattern: 'def \\w+\\(' }), ctx).score).toBe(1);
    expect(regex.grade('x\nDEF f(', regex.options.parse({ pattern: '^def', flags: 'im' }), ctx).score).toBe(1);
    expect(regex.grade('x def f(', regex.options.parse({ pattern: '^def' }), ctx)).toEqual({ score: 0, reason: 'no match for /^def/' });
  });

  it('gives the same answer on every call even with the g flag', () => {
    const opts = regex.options.parse({ pattern: 'a', flags: 'g' });
    expect([regex.grade('a', opts, ctx).score, regex.grade('a', opts, ctx).score]).toEqual([1, 1]);
  });

  it('validate rejects a pattern that does not compile, with the engine reason', () => {
    const problem = regex.validate?.({ pattern: 'def (' });
    expect(problem?.field).toBe('pattern');
    expect(problem?.message).toMatch(/invalid regex: .*Unterminated group/);
    expect(regex.validate?.({ pattern: 'ok' })).toBeUndefined();
  });

  it('validate rejects unknown flags on the flags field', () => {
    expect(regex.validate?.({ pattern: 'a', flags: 'q' })?.field).toBe('flags');
  });
});
