import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { config, graded, labelGrade, scenario, side } from './build.js';
import { warningWords } from '../../src/report/warnings.js';

describe('compare: regressions, tags and labels', () => {
  const { cases, records } = scenario();
  const result = compare({ config: config(), graded: cases, records });

  it('lists paired cases the candidate scored lower on, worst first', () => {
    expect(result.regressions).toEqual([
      { id: 'c3', baseline: 1, candidate: 0, change: -1 },
      { id: 'c1', baseline: 1, candidate: 0.5, change: -0.5 },
    ]);
  });

  it('breaks regression ties by case id', () => {
    const tied = compare({
      config: config(),
      graded: [graded('b', [], side(1, 0), side(0, 0)), graded('a', [], side(1, 0), side(0, 0))],
      records: [],
    });
    expect(tied.regressions.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('computes per-tag rows on each tag’s cases, tags sorted', () => {
    expect(result.tags.map((t) => t.tag)).toEqual(['a', 'b']);
    const [a, b] = result.tags;
    // tag a: c1, c2
    expect(a).toMatchObject({ cases: 2, pairedCases: 2 });
    expect(a?.baseline.quality).toBeCloseTo(75, 9);
    expect(a?.candidate.quality).toBeCloseTo(75, 9);
    expect(a?.baseline.costUsd).toBeCloseTo(0.004, 12);
    expect(a?.baseline.qualityPerDollar).toBeCloseTo(150 / 0.004, 6);
    expect(a?.candidate.qualityPerDollar).toBeCloseTo(150 / 0.008, 6);
    expect(a?.baseline.p95LatencyMs).toBeCloseTo(195, 9);
    expect(a?.candidate.p95LatencyMs).toBeCloseTo(390, 9);
    expect(a?.change.quality).toBeCloseTo(0, 9);
    expect(a?.change.costUsd).toBeCloseTo(1, 9);
    expect(a?.change.qualityPerDollar).toBeCloseTo(-0.5, 9);
    expect(a?.change.p95LatencyMs).toBeCloseTo(1, 9);
    // tag b: c2, c3
    expect(b?.candidate.quality).toBeCloseTo(50, 9);
    expect(b?.change.quality).toBeCloseTo(-25, 9);
    expect(b?.change.costUsd).toBeCloseTo(0, 9);
    expect(b?.change.qualityPerDollar).toBeCloseTo(25_000 / 37_500 - 1, 9);
    // c3's candidate call timed out: only c2's 400 ms answer is a latency
    expect(b?.candidate.p95LatencyMs).toBeCloseTo(400, 9);
  });

  it('has no label tables when no case uses the label grader', () => {
    expect(result.labels).toEqual({});
  });

  it('builds a confusion table per side with shared rows and an "other" column', () => {
    const labelled = compare({
      config: config(),
      graded: [
        graded('r1', [], side(1, 0, { grades: [labelGrade('billing', 'billing')] }), side(0, 0, { grades: [labelGrade('billing', 'refund')] })),
        graded('r2', [], side(1, 0, { grades: [labelGrade('tech', 'tech')] }), side(0, 0, { grades: [labelGrade('tech', 'billing')] })),
        graded('r3', [], side(0, 0, { grades: [labelGrade('tech', 'billing')] }), side(0, 0, { grades: [labelGrade('tech', 'refund')] })),
      ],
      records: [],
    });
    expect(labelled.labels.baseline).toEqual({
      labels: ['billing', 'tech'],
      matrix: [
        [1, 0, 0],
        [1, 1, 0],
      ],
      other: {},
      total: 3,
      correct: 2,
    });
    expect(labelled.labels.candidate).toEqual({
      labels: ['billing', 'tech'],
      matrix: [
        [0, 0, 1],
        [1, 0, 1],
      ],
      other: { refund: 2 },
      total: 3,
      correct: 0,
    });
  });

  it('warns about unpaired cases and timeouts', () => {
    expect(result.warnings).toContainEqual({ code: 'unpaired', unpaired: 1, cases: 4 });
    expect(result.warnings).toContainEqual({ code: 'timeouts', side: 'candidate', model: 'cand-m', calls: 4, timeouts: 1, timeoutMs: 30_000 });
    expect(result.warnings.map(warningWords)).toContain('candidate cand-m: 1 of 4 calls over your 30s timeout (counted as errors).');
  });
});
