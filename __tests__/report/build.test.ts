import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { buildReport, buildReportParts, reportRecord, withLists } from '../../src/report/index.js';
import { jsonPieces } from '../../src/shell/json-file.js';
import type { EvalSet } from '../../src/types.js';
import { config, graded, record, side } from '../compare/build.js';

function inputs() {
  const cfg = config({ judge: true, thresholds: { errorRate: 0.5 } });
  const cases = [
    graded('z-last-id', ['t'], side(1, 0.002, { output: 'B1', latencyMs: 100 }), side(0, 0.004, { output: 'C1', latencyMs: 300 })),
    graded('a-first-id', [], side(null, 0, { error: { kind: 'infra', message: '503' } }), side(1, 0.004)),
  ];
  const records = [
    record('z-last-id', 'baseline', 0.002, 100),
    record('z-last-id', 'candidate', 0.004, 300),
    record('a-first-id', 'baseline', 0, null, { error: 'infra' }),
    record('a-first-id', 'candidate', 0.004, 200),
  ];
  const judgeRecords = [record('z-last-id', 'judge', 0.0005, 10)];
  const comparison = compare({ config: cfg, graded: cases, records, judgeRecords, seed: '00000abc1234' });
  const evalSet: EvalSet = { cases: cases.map((g) => g.case), files: ['evals/set.yaml'], contentHash: 'abc123' };
  return { config: cfg, evalSet, comparison, graded: cases };
}

describe('buildReport', () => {
  const report = buildReport({ ...inputs(), run: { startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1234, simulated: true } });

  it('writes the schema id and the top-level fields in a fixed order', () => {
    expect(Object.keys(report)).toEqual([
      'schema', 'verdict', 'headline', 'reason', 'models', 'checks', 'statistics', 'tags', 'labels', 'regressions', 'judge',
      'pairedCases', 'repeats', 'thresholds', 'evalSet', 'totals', 'cases', 'warnings', 'tokens', 'timeouts', 'run',
    ]);
    expect(report.schema).toBe('llm-gate/report@1');
  });

  it('writes model fields in a fixed order, with the price and where it came from', () => {
    expect(Object.keys(report.models.baseline)).toEqual([
      'model', 'cases', 'calls', 'errors', 'errorRate', 'timeouts', 'infraErrors', 'quality', 'costUsd',
      'costPer1kCases', 'qualityPerDollar', 'latencyMs', 'tokens', 'usageMissing', 'cutAtTokenLimit', 'price', 'priceSource', 'api', 'stream',
    ]);
    expect(report.models.candidate.price).toEqual({ input: 1, cachedInput: 0.5, output: 4 });
    expect(report.models.candidate.priceSource).toEqual({ kind: 'config' });
  });

  it('names a built-in price and the month it was checked', () => {
    const base = inputs();
    const candidate = { ...base.config.models.candidate, priceSource: { kind: 'builtin' as const, checked: '2026-11' } };
    const withBuiltin = buildReport({
      ...base,
      config: { ...base.config, models: { ...base.config.models, candidate } },
      run: { startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1, simulated: false },
    });
    expect(withBuiltin.models.candidate.priceSource).toEqual({ kind: 'builtin', checked: '2026-11' });
    expect(withBuiltin.models.baseline.priceSource).toEqual({ kind: 'config' });
  });

  it('writes each check with its interval and MDE, in a fixed key order', () => {
    for (const check of report.checks) {
      const keys = ['metric', 'baseline', 'candidate', 'change', 'threshold', 'status', 'interval', 'mde'];
      const plan = check.casesToDecide !== undefined ? ['casesToDecide'] : check.casesToDecideAtLeast !== undefined ? ['casesToDecideAtLeast'] : [];
      expect(Object.keys(check)).toEqual(check.unmeasured === undefined ? [...keys, ...plan] : [...keys, ...plan, 'unmeasured']);
      expect(check.interval[0]).toBeLessThanOrEqual(check.interval[1]);
    }
  });

  it('records the statistics: method, seed from the content hash, resamples, levels and confidence', () => {
    expect(Object.keys(report.statistics)).toEqual([
      'method',
      'seed',
      'resamples',
      'confidence',
      'failConfidence',
      'failAlpha',
      'thresholdConfidence',
      'failThresholdConfidence',
      'minimumCases',
      'power',
      'cases',
      'cost',
    ]);
    expect(report.statistics).toMatchObject({ method: 'paired case tests', seed: 0xabc, resamples: 20_000, confidence: 0.95, minimumCases: 10, cases: 2 });
    // cost over every record: baseline 0.002, candidate 0.008
    expect(report.statistics.cost.change).toBeCloseTo(3, 9);
  });

  it('totals cost and calls over both models and the judge', () => {
    expect(report.totals.costUsd).toBeCloseTo(0.002 + 0.008 + 0.0005, 12);
    expect(report.totals.calls).toBe(5);
    expect(report.judge).toEqual({ model: 'judge-m', calls: 1, errors: 0, costUsd: 0.0005 });
  });

  it('keeps the cases in eval-set order with their source and both sides', () => {
    expect(report.cases.map((c) => c.id)).toEqual(['z-last-id', 'a-first-id']);
    expect(report.cases[0]).toMatchObject({
      file: 'evals/set.yaml',
      line: 1,
      change: -1,
      baseline: { score: 1, output: 'B1', latencyMs: 100, costUsd: 0.002, error: null },
      candidate: { score: 0, output: 'C1', latencyMs: 300, costUsd: 0.004, error: null },
    });
    expect(report.cases[1]?.change).toBeNull();
    expect(report.cases[1]?.baseline.error).toEqual({ kind: 'infra', message: '503' });
  });

  it('records the eval set, repeats, thresholds and run info', () => {
    expect(report.evalSet).toEqual({ files: ['evals/set.yaml'], cases: 2, contentHash: 'abc123' });
    expect(report.repeats).toBe(1);
    expect(report.thresholds).toEqual({ qualityPerDollar: 0.1, p95Latency: 0.2, quality: 2, errorRate: 0.5 });
    expect(report.run).toEqual({ startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1234, simulated: true, notes: [] });
  });

  it('carries the verdict and a headline written from the comparison', () => {
    // baseline had 1 infra error in 2 calls: 50%, not above the 50% errorRate limit;
    // one paired case is below the 10-case minimum, so no check is decided
    expect(report.verdict).toBe('inconclusive');
    expect(report.headline).toMatch(/^candidate cand-m costs 4\.0× more for −100 quality/);
  });

  it('serialises to the same bytes for the same inputs, with no NaN or Infinity', () => {
    const again = buildReport({ ...inputs(), run: { startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1234, simulated: true } });
    const text = JSON.stringify(report);
    expect(JSON.stringify(again)).toBe(text);
    const numbers: number[] = [];
    JSON.parse(text, (_k, v) => {
      if (typeof v === 'number') numbers.push(v);
      return v;
    });
    expect(numbers.every(Number.isFinite)).toBe(true);
    expect(JSON.stringify([report.models, report.checks, report.tags, report.totals])).not.toContain('null');
  });

  it('defaults missing run info to null and not simulated', () => {
    const plain = buildReport(inputs());
    expect(plain.run).toEqual({ startedAt: null, durationMs: null, simulated: false, notes: [] });
  });
});

describe('buildReportParts: the report with its lists made as they are written', () => {
  it('writes byte for byte the JSON of the whole report, making each item only when the writer reaches it', async () => {
    const base = inputs();
    const records = base.graded.flatMap((g) => [reportRecord(record(g.case.id, 'baseline', 0.002, 100), 'a'.repeat(64), true), reportRecord(record(g.case.id, 'candidate', 0.004, 300))]);
    const options = { ...base, records, run: { startedAt: '2025-01-01T00:00:00.000Z', durationMs: 1234 } };
    const whole = buildReport(options);
    const { report, lists } = buildReportParts(options);
    expect(report.cases).toEqual([]);
    expect(report.records).toEqual([]);
    expect(lists.cases.length).toBe(2);
    expect(lists.records?.length).toBe(4);
    expect(withLists(report, lists)).toEqual(whole);
    expect(Object.keys(withLists(report, lists))).toEqual(Object.keys(whole));

    // Counted as the pieces are pulled: no case exists before the writer asks for it.
    let made = 0;
    const counted = { ...lists, cases: { length: lists.cases.length, *items() { for (const c of lists.cases.items()) { made++; yield c; } } } };
    let text = '';
    let itemPieces = 0;
    for (const piece of jsonPieces(report, counted)) {
      const inCases = text.includes('\n  "cases": ') && !text.includes('\n  "warnings": ');
      if (inCases && /^,?\n {4}\{/.test(piece)) itemPieces++;
      // Each case is made as its own piece is written, never ahead of the writer.
      expect(made).toBe(itemPieces);
      text += piece;
    }
    expect(made).toBe(2);
    expect(text).toBe(JSON.stringify(whole, null, 2));
  });
});
