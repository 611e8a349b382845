import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { config, graded, record, scenario, side, uniformCases } from './build.js';
import { warningWords } from '../../src/report/warnings.js';

describe('compare: model metrics', () => {
  const { cases, records } = scenario();
  const result = compare({ config: config(), graded: cases, records });
  const { baseline: b, candidate: c } = result.models;

  it('counts as paired only the cases both models scored', () => {
    expect(result.pairedCases).toBe(3);
    expect(result.cases).toBe(4);
    expect(b.cases).toBe(3);
    expect(c.cases).toBe(3);
  });

  it('computes quality as 100 × the mean paired case score', () => {
    expect(b.quality).toBeCloseTo((100 * (1 + 0.5 + 1)) / 3, 9);
    expect(c.quality).toBeCloseTo((100 * (0.5 + 1 + 0)) / 3, 9);
  });

  it('sums the cost of every call record, errors and unpaired cases included', () => {
    expect(b.costUsd).toBeCloseTo(0.006, 12);
    expect(c.costUsd).toBeCloseTo(0.012, 12);
  });

  it('divides cost per 1k cases by the cases the model was called for', () => {
    expect(b.costPer1kCases).toBeCloseTo((1000 * 0.006) / 4, 9);
    expect(c.costPer1kCases).toBeCloseTo((1000 * 0.012) / 4, 9);
  });

  it('computes quality per dollar over the paired cases only', () => {
    expect(b.qualityPerDollar).toBeCloseTo((100 * 2.5) / 0.006, 6);
    expect(c.qualityPerDollar).toBeCloseTo((100 * 1.5) / 0.008, 6);
  });

  it('takes type-7 latency quantiles over the answered calls only', () => {
    // baseline 100, 200, 300 (the infra error has no answer)
    expect(b.latencyMs).toEqual({ p50: 200, p95: expect.closeTo(290, 9), p99: expect.closeTo(298, 9) });
    // candidate 100, 200, 400; the 30 s timeout is an error, not an answer's latency:
    // p50 h=1, p95 h=1.9, p99 h=1.98 (0-based)
    expect(c.latencyMs.p50).toBeCloseTo(200, 9);
    expect(c.latencyMs.p95).toBeCloseTo(200 + 0.9 * 200, 9);
    expect(c.latencyMs.p99).toBeCloseTo(200 + 0.98 * 200, 9);
  });

  it('leaves a fast failed request out of the latency quantiles', () => {
    const { cases: cs, records: rs } = scenario();
    const fast = rs.map((r) => (r.caseId === 'c3' && r.side === 'candidate' ? { ...r, latencyMs: 5, error: { kind: 'request' as const, status: 400, message: 'bad' } } : r));
    const withFastError = compare({ config: config(), graded: cs, records: fast });
    expect(withFastError.models.candidate.latencyMs).toEqual(c.latencyMs);
  });

  it('counts timeouts in the error rate and infra errors apart', () => {
    expect(b).toMatchObject({ calls: 4, errors: 1, timeouts: 0, infraErrors: 1, errorRate: 0 });
    expect(c).toMatchObject({ calls: 4, errors: 1, timeouts: 1, infraErrors: 0, errorRate: 0.25 });
  });

  it('splits tokens into billing classes', () => {
    // baseline: c1 (1000, 400 cached, 300 out, 100 reasoning) + three records of (100, 20, 50, 10)
    expect(b.tokens).toEqual({ input: 600 + 3 * 80, cachedInput: 400 + 3 * 20, output: 300 + 3 * 50, reasoning: 100 + 30 });
  });

  it('names each side with its configured model', () => {
    expect(b.model).toBe('base-m');
    expect(c.model).toBe('cand-m');
  });
});

describe('compare: checks and verdict', () => {
  const { cases, records } = scenario();

  it('signs each threshold and computes each change in its own units', () => {
    const result = compare({ config: config({ thresholds: { errorRate: 0.5 } }), graded: cases, records });
    const byMetric = Object.fromEntries(result.checks.map((c) => [c.metric, c]));
    expect(result.checks.map((c) => c.metric)).toEqual(['quality', 'qualityPerDollar', 'p95Latency', 'errorRate']);
    expect(byMetric.quality).toMatchObject({ threshold: -2 });
    expect(byMetric.quality?.change).toBeCloseTo(50 - 250 / 3, 9);
    expect(byMetric.qualityPerDollar).toMatchObject({ threshold: -0.1 });
    expect(byMetric.qualityPerDollar?.change).toBeCloseTo(18_750 / (250 / 0.006) - 1, 9);
    expect(byMetric.p95Latency).toMatchObject({ baseline: expect.closeTo(290, 9), threshold: 0.2 });
    expect(byMetric.p95Latency?.change).toBeCloseTo(380 / 290 - 1, 9);
    expect(byMetric.errorRate).toMatchObject({ baseline: 0, candidate: 0.25, change: 0.25, threshold: 0.5 });
  });

  it('keeps each quality interval within the range of a score change, and decides nothing on 3 cases', () => {
    // paired case changes: −50, +50, −100 points; 3 cases are below the 10-case minimum
    const result = compare({ config: config({ thresholds: { errorRate: 0.5 } }), graded: cases, records });
    const quality = result.checks.find((c) => c.metric === 'quality');
    const [lo, hi] = quality?.interval ?? [Number.NaN, Number.NaN];
    expect(lo).toBeGreaterThanOrEqual(-100);
    expect(hi).toBeLessThanOrEqual(100);
    expect(lo).toBeLessThan(hi);
    expect(quality?.status).toBe('inconclusive');
  });

  it('says error, not fail, when a model has more infra errors than the errorRate threshold', () => {
    const result = compare({ config: config(), graded: cases, records });
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'infra', side: 'baseline', rate: 0.25, limit: 0.02, error: { kind: 'infra', count: 1 } });
  });

  it('fails when the infra errors stay under the threshold and a check fails beyond doubt', () => {
    // 20 cases all lose a full point; one baseline infra error (1 of 21 calls) stays under 50%
    const many = uniformCases(20, { baseline: 1, candidate: 0 });
    const extra = graded('infra', [], side(null, 0), side(1, 0.004));
    const result = compare({
      config: config({ thresholds: { errorRate: 0.5 } }),
      graded: [...many.cases, extra],
      records: [...many.records, record('infra', 'baseline', 0, null, { error: 'infra' }), record('infra', 'candidate', 0.004, 100)],
    });
    expect(result.verdict).toBe('fail');
    // 21 answered calls per model are too few for a p95
    expect(result.reason).toEqual({ kind: 'checks', failed: ['quality', 'qualityPerDollar'], inconclusive: ['p95Latency'] });
  });

  it('uses a 2% infra limit when the errorRate check is disabled', () => {
    const result = compare({ config: config({ thresholds: { errorRate: false } }), graded: cases, records });
    expect(result.checks.map((c) => c.metric)).not.toContain('errorRate');
    expect(result.reason).toMatchObject({ kind: 'infra', limit: 0.02 });
  });

  it('leaves out disabled checks', () => {
    const result = compare({
      config: config({ thresholds: { quality: false, qualityPerDollar: false, p95Latency: false, errorRate: 0.5 } }),
      graded: cases,
      records,
    });
    expect(result.checks.map((c) => c.metric)).toEqual(['errorRate']);
    expect(result.reason).toMatchObject({ kind: 'checks', failed: [] });
  });

  it('never fails, and never claims certainty, when every case scores and costs the same on both sides', () => {
    // 30 cases with no disagreement cannot rule out a 2-point drop: the score interval is not [0, 0]
    const same = uniformCases(30, { baseline: 0.5, candidate: 0.5 });
    const result = compare({ config: config(), graded: same.cases, records: same.records });
    const quality = result.checks.find((c) => c.metric === 'quality');
    expect(quality?.interval[0]).toBeLessThan(-2);
    expect(quality?.status).toBe('inconclusive');
    expect(result.checks.map((c) => c.status)).not.toContain('fail');
    expect(result.verdict).toBe('inconclusive');
  });

  it('is inconclusive when as many cases improve as regress', () => {
    // 20 cases: 10 gain a full point, 10 lose one. Mean 0, SE 100/√20 ≈ 22 points: the
    // interval cannot exclude a 2-point drop, and nothing failed.
    const mixed = uniformCases(20, { baseline: 0, candidate: 1 }, (i) => (i % 2 === 0 ? { baseline: 1, candidate: 0 } : undefined));
    const result = compare({ config: config({ thresholds: { qualityPerDollar: false } }), graded: mixed.cases, records: mixed.records });
    const quality = result.checks.find((c) => c.metric === 'quality');
    expect(quality?.change).toBeCloseTo(0, 9);
    expect(quality?.status).toBe('inconclusive');
    expect(quality?.interval[0]).toBeLessThan(-2);
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toEqual({ kind: 'checks', failed: [], inconclusive: ['quality', 'p95Latency', 'errorRate'] });
  });

  it('says incomplete before anything else when the run stopped early', () => {
    const result = compare({ config: config(), graded: cases, records, incomplete: true });
    expect(result.verdict).toBe('incomplete');
    expect(result.reason).toEqual({ kind: 'incomplete', pairedCases: 3, cases: 4 });
  });

  it('says error when no case was answered by both models', () => {
    const result = compare({
      config: config(),
      graded: [graded('x', [], side(1, 0.01), side(null, 0))],
      records: [record('x', 'baseline', 0.01, 50), record('x', 'candidate', 0, null, { error: 'cancelled' })],
    });
    expect(result.verdict).toBe('error');
    expect(result.reason).toEqual({ kind: 'noPairs' });
    expect(result.models.candidate.quality).toBe(0);
  });

  it('does not fail a quality drop of exactly the threshold despite float noise (one case decides nothing)', () => {
    // 100 × 0.12 − 100 × 0.14 = −2.0000000000000018 in floating point
    const result = compare({
      config: config({ thresholds: { qualityPerDollar: false } }),
      graded: [graded('x', [], side(0.14, 0.01), side(0.12, 0.01))],
      records: [record('x', 'baseline', 0.01, 50), record('x', 'candidate', 0.01, 50)],
    });
    const quality = result.checks.find((c) => c.metric === 'quality');
    expect(quality?.change).toBeLessThan(-2);
    expect(quality?.status).toBe('inconclusive');
    expect(result.verdict).toBe('inconclusive');
  });
});

describe('compare: repeats, zero costs and the judge', () => {
  it('uses the cost per repeat in quality per dollar, so repeats do not change the scale', () => {
    const result = compare({
      config: config({ repeats: 2 }),
      graded: [graded('x', [], side(1, 0.002), side(0.5, 0.002))],
      records: [
        record('x', 'baseline', 0.001, 50),
        record('x', 'candidate', 0.001, 50),
        record('x', 'baseline', 0.001, 60, { repeat: 1 }),
        record('x', 'candidate', 0.001, 70, { repeat: 1 }),
      ],
    });
    expect(result.models.baseline.qualityPerDollar).toBeCloseTo((100 * 1) / 0.001, 6);
    expect(result.models.candidate.qualityPerDollar).toBeCloseTo((100 * 0.5) / 0.001, 6);
    expect(result.models.baseline.costUsd).toBeCloseTo(0.002, 12);
    expect(result.models.baseline.calls).toBe(2);
    expect(result.models.baseline.costPer1kCases).toBeCloseTo(2, 9);
  });

  it('reports a free baseline against a paid candidate as −100% quality per dollar, never NaN', () => {
    const result = compare({
      config: config(),
      graded: [graded('x', [], side(1, 0), side(1, 0.01))],
      records: [record('x', 'baseline', 0, 50), record('x', 'candidate', 0.01, 50)],
    });
    const qpd = result.checks.find((c) => c.metric === 'qualityPerDollar');
    // one case: shown, never decided
    expect(qpd).toMatchObject({ baseline: 0, candidate: 10_000, change: -1, status: 'inconclusive' });
    expect(result.warnings).toContainEqual({ code: 'free-model', side: 'baseline', model: 'base-m', calls: expect.any(Number) });
    expect(result.warnings.map(warningWords).join('\n')).toMatch(/baseline base-m cost \$0.*unbounded/);
  });

  it('reports two free models as no change in quality per dollar', () => {
    const result = compare({
      config: config(),
      graded: [graded('x', [], side(1, 0), side(1, 0))],
      records: [record('x', 'baseline', 0, 50), record('x', 'candidate', 0, 50)],
    });
    expect(result.checks.find((c) => c.metric === 'qualityPerDollar')).toMatchObject({ change: 0, status: 'inconclusive' });
  });

  it('reports zero latencies, with a warning, and no p95 verdict when a model answered no call', () => {
    const result = compare({
      config: config({ thresholds: { errorRate: false } }),
      graded: [graded('x', [], side(1, 0.01), side(1, 0.01))],
      records: [record('x', 'baseline', 0.01, null), record('x', 'candidate', 0.01, 40)],
    });
    expect(result.models.baseline.latencyMs).toEqual({ p50: 0, p95: 0, p99: 0 });
    // from 0 ms to 40 ms reads as +100% (capped), but there is nothing to compare with
    const p95 = result.checks.find((c) => c.metric === 'p95Latency');
    expect(p95).toMatchObject({ change: 1, status: 'inconclusive' });
    expect(p95).not.toHaveProperty('casesToDecide');
    expect(result.warnings.map((w) => w.code)).toContain('no-latency');
    expect(result.warnings.map(warningWords).join('\n')).toMatch(/baseline base-m: no call was answered/);
  });

  it('does not fail p95 latency when every baseline call timed out', () => {
    const result = compare({
      config: config({ thresholds: { errorRate: false } }),
      graded: [graded('x', [], side(0, 0), side(1, 0.01))],
      records: [record('x', 'baseline', 0, 30_000, { error: 'timeout' }), record('x', 'candidate', 0.01, 40)],
    });
    expect(result.checks.find((c) => c.metric === 'p95Latency')).toMatchObject({ status: 'inconclusive', unmeasured: 'the baseline answered no call' });
    expect(result.verdict).not.toBe('fail');
  });

  it('sums the judge calls apart from both models', () => {
    const result = compare({
      config: config({ judge: true }),
      graded: [graded('x', [], side(1, 0.01), side(1, 0.01))],
      records: [record('x', 'baseline', 0.01, 50), record('x', 'candidate', 0.01, 50), record('x', 'judge', 0.0005, 20)],
      judgeRecords: [record('x', 'judge', 0.00025, 20, { error: 'request' })],
    });
    expect(result.judge).toEqual({ model: 'judge-m', calls: 2, errors: 1, costUsd: 0.00075 });
    expect(result.models.baseline.calls).toBe(1);
  });

  it('has no judge entry when there were no judge calls', () => {
    const { cases, records } = scenario();
    expect(compare({ config: config(), graded: cases, records }).judge).toBeUndefined();
  });
});

