import { describe, expect, it } from 'vitest';
import { LARGEST_DRIFTS, tokenChange, tokenDrift } from '../../src/compare/drift.js';
import type { CallErrorKind, CallRecord, EvalCase, Side } from '../../src/types.js';

// Hand-made fixtures: every token count below is chosen by hand, and every expected value
// is worked out from them in the comments.

function evalCase(id: string, tags: string[], extra: Partial<EvalCase> = {}): EvalCase {
  return {
    id,
    tags,
    vars: {},
    messages: [{ role: 'user', content: `question ${id}` }],
    expect: [{ type: 'equals', weight: 1, value: 'x' }],
    source: { file: 'evals/set.yaml', line: 1 },
    ...extra,
  };
}

function call(
  caseId: string,
  side: Side,
  repeat: number,
  prompt: number,
  completion: number,
  extra: { error?: CallErrorKind; usageMissing?: true } = {},
): CallRecord {
  return {
    caseId,
    side,
    repeat,
    model: side === 'baseline' ? 'base-m' : 'cand-m',
    output: extra.error ? null : 'out',
    latencyMs: 100,
    usage: { prompt, cached: 0, completion, reasoning: 0 },
    costUsd: 0.001,
    attempts: 1,
    ...(extra.error ? { error: { kind: extra.error, message: extra.error } } : {}),
    ...(extra.usageMissing ? { usageMissing: true as const } : {}),
  };
}

// Four common cases, two repeats on most:
//   c1 [billing]          base in 100,100  out 50,70  → 100 / 60 | cand in 110,110 out 100,140 → 110 / 120
//   c2 [billing, refunds] base in 200,200  out 100,100 → 200 / 100 | cand 230/90, repeat 1 timed out → 230 / 90
//   c3 [refunds]          base 400/200, repeat 1 usageMissing → 400 / 200 | cand 440/300, 440/500 → 440 / 400
//   c4 []                 base 50/20 (one repeat) | cand 60/20
//   c5 [billing, legacy]  base 500/100 | cand: infra errors only → not common
//   ghost (not a case)    records on both sides → left out
function scenario() {
  const cases = [
    evalCase('c1', ['billing']),
    evalCase('c2', ['billing', 'refunds']),
    evalCase('c3', ['refunds']),
    evalCase('c4', []),
    evalCase('c5', ['billing', 'legacy']),
  ];
  const baseline = [
    call('c1', 'baseline', 0, 100, 50),
    call('c1', 'baseline', 1, 100, 70),
    call('c2', 'baseline', 0, 200, 100),
    call('c2', 'baseline', 1, 200, 100),
    call('c3', 'baseline', 0, 400, 200),
    call('c3', 'baseline', 1, 0, 0, { usageMissing: true }),
    call('c4', 'baseline', 0, 50, 20),
    call('c5', 'baseline', 0, 500, 100),
    call('ghost', 'baseline', 0, 1, 1),
  ];
  const candidate = [
    call('c1', 'candidate', 0, 110, 100),
    call('c1', 'candidate', 1, 110, 140),
    call('c2', 'candidate', 0, 230, 90),
    call('c2', 'candidate', 1, 9_999, 9_999, { error: 'timeout' }),
    call('c3', 'candidate', 0, 440, 300),
    call('c3', 'candidate', 1, 440, 500),
    call('c4', 'candidate', 0, 60, 20),
    call('c5', 'candidate', 0, 0, 0, { error: 'infra' }),
    call('c5', 'candidate', 1, 0, 0, { error: 'infra' }),
    call('ghost', 'candidate', 0, 1_000, 1_000),
  ];
  return { cases, records: { baseline, candidate } };
}

describe('tokenDrift', () => {
  const drift = tokenDrift(scenario());

  it('takes every figure over the cases both models answered with usage, and counts their calls', () => {
    expect(drift.cases).toBe(4);
    // baseline: c1 ×2, c2 ×2, c3 ×1 (repeat 1 had no usage), c4 ×1; candidate: c1 ×2, c2 ×1 (timeout), c3 ×2, c4 ×1
    expect(drift.calls).toEqual({ baseline: 6, candidate: 6 });
    expect(drift.promptsDiffer).toBe(0);
  });

  it('averages each case over its repeats, leaving out errors and answers without usage', () => {
    expect(drift.byCase).toEqual([
      { id: 'c1', input: { baseline: 100, candidate: 110 }, output: { baseline: 60, candidate: 120 }, inputChange: 110 / 100 - 1, outputChange: 120 / 60 - 1 },
      { id: 'c2', input: { baseline: 200, candidate: 230 }, output: { baseline: 100, candidate: 90 }, inputChange: 230 / 200 - 1, outputChange: 90 / 100 - 1 },
      { id: 'c3', input: { baseline: 400, candidate: 440 }, output: { baseline: 200, candidate: 400 }, inputChange: 440 / 400 - 1, outputChange: 400 / 200 - 1 },
      { id: 'c4', input: { baseline: 50, candidate: 60 }, output: { baseline: 20, candidate: 20 }, inputChange: 60 / 50 - 1, outputChange: 0 },
    ]);
  });

  it('gives prompt tokens per call per model with each case weighted the same on both sides', () => {
    // baseline (100 + 200 + 400 + 50) / 4 = 187.5; candidate (110 + 230 + 440 + 60) / 4 = 210 → +12%.
    // A mean over calls would give the candidate (2·110 + 230 + 2·440 + 60) / 6 ≈ 231.7: c2's lost repeat shifts the mix.
    expect(drift.input).toEqual({ baseline: 187.5, candidate: 210, change: 210 / 187.5 - 1 });
    expect(drift.input?.change).toBeCloseTo(0.12, 12);
  });

  it('gives output tokens per case per model, with the change in tokens and relative', () => {
    // baseline (60 + 100 + 200 + 20) / 4 = 95; candidate (120 + 90 + 400 + 20) / 4 = 157.5
    expect(drift.output).toEqual({ baseline: 95, candidate: 157.5, change: 157.5 / 95 - 1, difference: 62.5 });
  });

  it('has a row per tag, a case counting in each of its tags, untagged cases in none', () => {
    expect(drift.tags).toEqual([
      // billing: c1, c2 (c5 is not common) → (100 + 200) / 2 = 150 vs (110 + 230) / 2 = 170
      { tag: 'billing', cases: 2, input: { baseline: 150, candidate: 170, change: 170 / 150 - 1 } },
      // legacy: only c5, which the candidate never answered
      { tag: 'legacy', cases: 0, input: null },
      // refunds: c2, c3 → (200 + 400) / 2 = 300 vs (230 + 440) / 2 = 335
      { tag: 'refunds', cases: 2, input: { baseline: 300, candidate: 335, change: 335 / 300 - 1 } },
    ]);
  });

  it('lists the largest output drifts by absolute size, ties by case id, no-change cases left out', () => {
    // |change|: c1 1, c3 1 (tie → by id), c2 0.1; c4 0 is no drift
    expect(drift.largest.map((c) => c.id)).toEqual(['c1', 'c3', 'c2']);
  });

  it(`keeps at most ${LARGEST_DRIFTS} cases in largest`, () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    // baseline 100 output tokens everywhere; candidate 110, 80, 150, 100, 10, 300, 60 → changes +0.1, −0.2, +0.5, 0, −0.9, +2, −0.4
    const out = [110, 80, 150, 100, 10, 300, 60];
    const result = tokenDrift({
      cases: ids.map((id) => evalCase(id, [])),
      records: {
        baseline: ids.map((id) => call(id, 'baseline', 0, 10, 100)),
        candidate: ids.map((id, i) => call(id, 'candidate', 0, 10, out[i] as number)),
      },
    });
    expect(result.largest.map((c) => c.id)).toEqual(['f', 'e', 'c', 'g', 'b']);
  });

  it('gives a null change, never a division by zero, when a side reports zero tokens', () => {
    // The candidate's endpoint reports 0 tokens without flagging the usage as missing.
    const result = tokenDrift({
      cases: [evalCase('z', ['t'])],
      records: { baseline: [call('z', 'baseline', 0, 100, 50)], candidate: [call('z', 'candidate', 0, 0, 0)] },
    });
    expect(result.byCase).toEqual([{ id: 'z', input: { baseline: 100, candidate: 0 }, output: { baseline: 50, candidate: 0 }, inputChange: null, outputChange: null }]);
    expect(result.input).toEqual({ baseline: 100, candidate: 0, change: null });
    expect(result.output).toEqual({ baseline: 50, candidate: 0, change: null, difference: -50 });
    expect(result.tags).toEqual([{ tag: 't', cases: 1, input: { baseline: 100, candidate: 0, change: null } }]);
    expect(result.largest).toEqual([]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('has nothing to measure when no case was answered with usage on both sides', () => {
    const result = tokenDrift({
      cases: [evalCase('m', ['t'])],
      records: { baseline: [call('m', 'baseline', 0, 100, 50)], candidate: [call('m', 'candidate', 0, 0, 0, { usageMissing: true })] },
    });
    expect(result).toEqual({
      cases: 0,
      promptsDiffer: 0,
      calls: { baseline: 0, candidate: 0 },
      input: null,
      output: null,
      tags: [{ tag: 't', cases: 0, input: null }],
      byCase: [],
      largest: [],
    });
  });

  it('counts the common cases whose prompt differs between the models', () => {
    const own = { candidate: [{ role: 'user' as const, content: 'rephrased question' }] };
    const same = { candidate: [{ role: 'user' as const, content: 'question s' }] };
    const result = tokenDrift({
      cases: [evalCase('p', [], { sideMessages: own }), evalCase('s', [], { sideMessages: same }), evalCase('q', [], { sideMessages: own })],
      records: {
        baseline: [call('p', 'baseline', 0, 10, 10), call('s', 'baseline', 0, 10, 10)],
        // q is not common: its differing prompt is not counted
        candidate: [call('p', 'candidate', 0, 12, 10), call('s', 'candidate', 0, 10, 10)],
      },
    });
    expect(result.cases).toBe(2);
    expect(result.promptsDiffer).toBe(1);
  });

  it('orders cases and tags by code unit, whatever order the inputs come in', () => {
    const cases = [evalCase('b', ['z', 'a']), evalCase('B', ['a']), evalCase('a', [])];
    const records = {
      baseline: cases.map((c) => call(c.id, 'baseline', 0, 10, 10)).reverse(),
      candidate: cases.map((c) => call(c.id, 'candidate', 0, 20, 10)),
    };
    const result = tokenDrift({ cases, records });
    expect(result.byCase.map((c) => c.id)).toEqual(['B', 'a', 'b']);
    expect(result.tags.map((t) => t.tag)).toEqual(['a', 'z']);
  });
});

describe('tokenChange', () => {
  it('is candidate / baseline − 1, and null when either side is 0', () => {
    expect(tokenChange(200, 230)).toBe(230 / 200 - 1);
    expect(tokenChange(0, 10)).toBeNull();
    expect(tokenChange(10, 0)).toBeNull();
    expect(tokenChange(0, 0)).toBeNull();
  });
});

describe('per-case means kept as running sums', () => {
  it('equal mean() of the same values in record order, fractions and large counts included', async () => {
    const { mean } = await import('../../src/stats/index.js');
    // Values whose plain sum differs from the compensated one: 1e16 + 1 + (−1e16) is 0 plainly, 1 compensated.
    const prompts = [1e16, 1, -1e16 + 2, 0.1, 0.2];
    const cases = [evalCase('p', [])];
    const baseline = prompts.map((p, i) => call('p', 'baseline', i, Math.abs(p), 0.1 * (i + 1)));
    const candidate = prompts.map((p, i) => call('p', 'candidate', i, p === 1e16 ? 3 : 0.3 + i, 0.7 / (i + 1)));
    const drift = tokenDrift({ cases, records: { baseline, candidate } });
    const [row] = drift.byCase;
    expect(row!.input.baseline).toBe(mean(baseline.map((r) => r.usage.prompt)));
    expect(row!.input.candidate).toBe(mean(candidate.map((r) => r.usage.prompt)));
    expect(row!.output.baseline).toBe(mean(baseline.map((r) => r.usage.completion)));
    expect(row!.output.candidate).toBe(mean(candidate.map((r) => r.usage.completion)));
    expect(drift.calls).toEqual({ baseline: 5, candidate: 5 });
  });
});
