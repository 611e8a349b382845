import { describe, expect, it } from 'vitest';
import { routingAdvice, MIN_SLICE_CASES } from '../../src/compare/routing.js';
import type { EvalCase, GradedSide } from '../../src/types.js';

const side = (score: number, costUsd: number): GradedSide => ({ score, repeatScores: [score], grades: [], output: '', latencyMs: 10, costUsd });
const evalCase = (id: string, tags: string[], file = 'evals/a.yaml'): EvalCase => ({ id, tags, vars: {}, messages: [{ role: 'user', content: id }], expect: [], source: { file, line: 1 } });

describe('routingAdvice', () => {
  it('routes each tag to the cheapest model that keeps quality within the tolerance of all-candidate', () => {
    const cases = [...Array.from({ length: 20 }, (_, i) => evalCase(`a${i}`, ['easy'])), ...Array.from({ length: 20 }, (_, i) => evalCase(`b${i}`, ['hard']))];
    // The cheap model is right on every easy case and on half the hard ones.
    const candidate = cases.map(() => side(1, 4));
    const cheap = cases.map((c, i) => side(c.tags[0] === 'easy' || i % 2 === 0 ? 1 : 0, 1));
    const advice = routingAdvice({ cases, models: [{ model: 'big', sides: candidate }, { model: 'small', sides: cheap }], qualityTolerance: 2, seed: 7, resamples: 50 })!;
    expect(advice.by).toBe('tag');
    expect(advice.assignments).toEqual({ easy: 'small', hard: 'big' });
    expect(advice.qualityChange).toBe(0);
    expect(advice.costChange).toBeCloseTo((20 * 1 + 20 * 4) / (40 * 4) - 1, 12);
    expect(advice.undecided).toEqual([]);
    expect(advice.intervals.resamples).toBeGreaterThan(40);
  });

  it('leaves a slice with too few cases on the candidate, and gives no advice with fewer than two slices to route', () => {
    const few = MIN_SLICE_CASES - 1;
    const cases = [...Array.from({ length: 30 }, (_, i) => evalCase(`a${i}`, ['main'])), ...Array.from({ length: few }, (_, i) => evalCase(`r${i}`, ['rare']))];
    const models = [{ model: 'big', sides: cases.map(() => side(1, 4)) }, { model: 'small', sides: cases.map(() => side(1, 1)) }];
    expect(routingAdvice({ cases, models, qualityTolerance: 2, seed: 1, resamples: 20 })).toBeUndefined();
    const more = [...cases, ...Array.from({ length: 15 }, (_, i) => evalCase(`m${i}`, ['mid']))];
    const sides = [{ model: 'big', sides: more.map(() => side(1, 4)) }, { model: 'small', sides: more.map(() => side(1, 1)) }];
    const advice = routingAdvice({ cases: more, models: sides, qualityTolerance: 2, seed: 1, resamples: 20 })!;
    expect(advice.undecided).toEqual(['rare']);
    expect(advice.assignments).toEqual({ main: 'small', mid: 'small', rare: 'big' });
  });

  it('gives none when no case was judged for every model', () => {
    const cases = [evalCase('a', ['x'])];
    expect(routingAdvice({ cases, models: [{ model: 'big', sides: [{ ...side(1, 1), score: null }] }, { model: 'small', sides: [side(1, 1)] }], qualityTolerance: 2, seed: 1 })).toBeUndefined();
  });
});

describe('routingAdvice on an eval set with hundreds of tags', () => {
  it('searches slice by slice, keeps the quality floor, and the comment names a dozen slices at most', async () => {
    const { routingSentence } = await import('../../src/report/migration.js');
    const tags = 600;
    const cases = Array.from({ length: tags * 10 }, (_, i) => evalCase(`c${i}`, [`t${Math.floor(i / 10)}`]));
    // Even tags: the cheap model is right everywhere; odd tags: it is wrong on half.
    const big = cases.map(() => side(1, 4));
    const mid = cases.map(() => side(1, 2));
    const small = cases.map((_, i) => side(Math.floor(i / 10) % 2 === 0 || i % 2 === 0 ? 1 : 0, 1));
    const advice = routingAdvice({ cases, models: [{ model: 'big', sides: big }, { model: 'mid', sides: mid }, { model: 'small', sides: small }], qualityTolerance: 0, seed: 3, resamples: 5 })!;
    expect(advice.slices).toHaveLength(tags);
    for (const s of advice.slices) expect(s.model).toBe(Number(s.slice.slice(1)) % 2 === 0 ? 'small' : 'mid');
    expect(advice.qualityChange).toBeCloseTo(0, 9);
    const sentence = routingSentence(advice, 'big');
    expect(sentence).toContain(`(and ${tags - 12} more slices: the JSON report has them all)`);
    expect(sentence.length).toBeLessThan(1000);
  });
});
