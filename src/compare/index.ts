// compare(): graded cases and call records in, metrics, checks and a verdict out.
// Pure: it works from serialised records as well as from a live run, so shard
// reports can later be merged and re-compared.

import { sumBy } from '../stats/index.js';
import { SIDES, type CallRecord, type GateConfig, type GradedCase, type ModelMetrics, type Side } from '../types.js';
import type { Extended } from './change.js';
import { buildChecks } from './checks.js';
import { labelTables } from './labels.js';
import { modelMetrics, pairedSide, qualityPerDollarExact } from './metrics.js';
import { tagRows } from './tags.js';
import type { Comparison, JudgeUsage, Regression } from './types.js';
import { DEFAULT_INFRA_LIMIT, decideVerdict } from './verdict.js';

export type { Comparison, JudgeUsage, LabelTable, Regression, TagRow, TagSideMetrics, VerdictReason } from './types.js';
export { relativeChange, qualityPerDollarOf } from './change.js';
export { CHECK_ORDER, buildChecks, isPastThreshold } from './checks.js';
export { DEFAULT_INFRA_LIMIT, decideVerdict, type VerdictInput } from './verdict.js';

export interface CompareOptions {
  config: GateConfig;
  graded: GradedCase[];
  /** Baseline and candidate records (judge records found here are counted as judge). */
  records: CallRecord[];
  judgeRecords?: CallRecord[];
  /** The run stopped before every call was made (budget, cancellation). */
  incomplete?: boolean;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Paired cases where the candidate scored lower, worst first; ties by case id. */
function regressionsOf(paired: readonly GradedCase[]): Regression[] {
  return paired
    .map((g) => {
      const baseline = g.baseline.score ?? 0;
      const candidate = g.candidate.score ?? 0;
      return { id: g.case.id, baseline, candidate, change: candidate - baseline };
    })
    .filter((r) => r.change < 0)
    .sort((a, b) => a.change - b.change || byId(a, b));
}

function judgeUsage(config: GateConfig, records: readonly CallRecord[]): JudgeUsage | undefined {
  if (records.length === 0) return undefined;
  return {
    model: config.judge?.model ?? records[0]?.model ?? 'judge',
    calls: records.length,
    errors: records.filter((r) => r.error !== undefined).length,
    costUsd: sumBy(records, (r) => r.costUsd),
  };
}

function warningsOf(opts: {
  config: GateConfig;
  cases: number;
  pairedCases: number;
  models: Record<Side, ModelMetrics>;
  qualityPerDollar: Record<Side, Extended>;
  records: Record<Side, readonly CallRecord[]>;
}): string[] {
  const warnings: string[] = [];
  const unpaired = opts.cases - opts.pairedCases;
  if (unpaired > 0) {
    warnings.push(
      `${unpaired} of ${opts.cases} cases were not answered by both models (infra errors or cancelled) and are left out of quality and quality per dollar.`,
    );
  }
  for (const side of SIDES) {
    const m = opts.models[side];
    if (m.timeouts > 0) {
      const seconds = opts.config.run.timeoutMs / 1000;
      warnings.push(`${side} ${m.model}: ${m.timeouts} of ${m.calls} calls over your ${seconds}s timeout (counted as errors).`);
    }
    if (opts.qualityPerDollar[side] === Number.POSITIVE_INFINITY) {
      warnings.push(`${side} ${m.model} cost $0 on the paired cases: its quality per dollar is unbounded and shown as 0.`);
    }
    if (m.calls > 0 && opts.records[side].every((r) => r.latencyMs === null)) {
      warnings.push(`${side} ${m.model}: no call has a latency; latency is shown as 0.`);
    }
  }
  return warnings;
}

export function compare(opts: CompareOptions): Comparison {
  const { config, graded } = opts;
  const repeats = config.run.repeats;
  const records: Record<Side, CallRecord[]> = {
    baseline: opts.records.filter((r) => r.side === 'baseline'),
    candidate: opts.records.filter((r) => r.side === 'candidate'),
  };
  const judgeRecords = [...(opts.judgeRecords ?? []), ...opts.records.filter((r) => r.side === 'judge')];
  const paired = graded.filter((g) => g.baseline.score !== null && g.candidate.score !== null);

  const metricsOf = (side: Side) => {
    const sidePaired = paired.map((g) => pairedSide(g[side], repeats));
    return {
      metrics: modelMetrics({ model: config.models[side].model, records: records[side], paired: sidePaired }),
      qpd: qualityPerDollarExact(sidePaired),
    };
  };
  const b = metricsOf('baseline');
  const c = metricsOf('candidate');
  const models = { baseline: b.metrics, candidate: c.metrics };
  const qualityPerDollar = { baseline: b.qpd, candidate: c.qpd };

  const checks = buildChecks({ thresholds: config.thresholds, models, qualityPerDollar });
  const infraRate = (m: ModelMetrics) => (m.calls === 0 ? 0 : m.infraErrors / m.calls);
  const errorRateLimit = config.thresholds.errorRate;
  const { verdict, reason } = decideVerdict({
    incomplete: opts.incomplete ?? false,
    cases: graded.length,
    pairedCases: paired.length,
    infraRate: { baseline: infraRate(models.baseline), candidate: infraRate(models.candidate) },
    infraLimit: errorRateLimit === false ? DEFAULT_INFRA_LIMIT : errorRateLimit,
    checks,
  });

  const judge = judgeUsage(config, judgeRecords);
  return {
    models,
    tags: tagRows({ graded, records, repeats }),
    checks,
    verdict,
    reason,
    labels: labelTables(graded, SIDES),
    regressions: regressionsOf(paired),
    ...(judge ? { judge } : {}),
    pairedCases: paired.length,
    cases: graded.length,
    warnings: warningsOf({ config, cases: graded.length, pairedCases: paired.length, models, qualityPerDollar, records }),
  };
}
