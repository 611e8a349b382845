// The time-to-first-token check: gated by thresholds.ttftP95, measured on streamed answers of
// both models, and unmeasured (never green) when a side did not stream.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import type { CallRecord } from '../../src/types.js';
import { config, uniformCases } from './build.js';

/** A seeded draw in (0, 1): the same cases on every run. */
function draws(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 2 ** 32;
  };
}

/**
 * `n` cases with equal scores and latencies; each answered call streams with a first token
 * after a case-sized time, times `scale[side]` (undefined: that side did not stream).
 */
function streamed(n: number, scale: { baseline?: number; candidate?: number }) {
  const set = uniformCases(n, { baseline: 1, candidate: 1 });
  const next = draws(7);
  const caseMs = Array.from({ length: n }, () => 40 + 200 * next());
  const records: CallRecord[] = set.records.map((r, i) => {
    const factor = scale[r.side as 'baseline' | 'candidate'];
    const base = caseMs[Math.floor(i / 2)] as number;
    return factor === undefined ? r : { ...r, ttftMs: base * factor * (0.9 + 0.2 * next()) };
  });
  return { cases: set.cases, records };
}

const ttft = (r: ReturnType<typeof compare>) => r.checks.find((c) => c.metric === 'ttftP95');
const gatedTtft = () => config({ thresholds: { ttftP95: 0.2, p95Latency: 0.2 } });

describe('ttftP95 check', () => {
  it('is not a check unless the config gates it', () => {
    const set = streamed(120, { baseline: 1, candidate: 2 });
    const result = compare({ config: config(), graded: set.cases, records: set.records });
    expect(ttft(result)).toBeUndefined();
    expect(result.statistics.failAlpha).not.toHaveProperty('ttftP95');
  });

  it('fails a candidate whose first token comes twice as late, and nothing else moves', () => {
    const set = streamed(120, { baseline: 1, candidate: 2 });
    const result = compare({ config: gatedTtft(), graded: set.cases, records: set.records });
    expect(ttft(result)?.status).toBe('fail');
    expect(ttft(result)?.change).toBeGreaterThan(0.8);
    expect(result.checks.find((c) => c.metric === 'p95Latency')?.status).not.toBe('fail');
    expect(result.verdict).toBe('fail');
  });

  it('passes an unchanged time to first token', () => {
    const set = streamed(400, { baseline: 1, candidate: 1 });
    const result = compare({ config: gatedTtft(), graded: set.cases, records: set.records });
    expect(ttft(result)?.status).toBe('pass');
  });

  it('takes its level out of p95 latency, so the gate still spends 1%', () => {
    const set = streamed(120, { baseline: 1, candidate: 1 });
    const result = compare({ config: gatedTtft(), graded: set.cases, records: set.records });
    expect(result.statistics.failAlpha?.ttftP95).toBeCloseTo(0.0004, 12);
    expect(result.statistics.failAlpha?.p95Latency).toBeCloseTo(0.0008, 12);
    expect(result.statistics.failConfidence).toBeCloseTo(0.99, 12);
  });

  it('is unmeasured, not green, when one model did not stream', () => {
    const set = streamed(120, { candidate: 1 });
    const result = compare({ config: gatedTtft(), graded: set.cases, records: set.records });
    expect(ttft(result)?.status).toBe('inconclusive');
    expect(ttft(result)?.unmeasured).toMatch(/baseline streamed no answered call/);
    expect(result.verdict).not.toBe('pass');
  });

  it('is unmeasured below 60 streamed answers per model', () => {
    const set = streamed(40, { baseline: 1, candidate: 1 });
    const result = compare({ config: gatedTtft(), graded: set.cases, records: set.records });
    expect(ttft(result)?.status).toBe('inconclusive');
    expect(ttft(result)?.unmeasured).toMatch(/at least 60 streamed answers per model, and one model has 40/);
  });
});
