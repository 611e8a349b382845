// Metrics of one side over a set of call records and paired graded cases.
// Definitions (copied into the README):
// - quality = 100 × mean case score over the paired cases (both sides score !== null).
// - costUsd = Σ costUsd of every call record of the model: every repeat, every call,
//   errors included (a failed call may still have been billed).
// - costPer1kCases = 1000 × costUsd / number of cases the model was called for.
// - qualityPerDollar = 100 × Σ score / Σ case cost over the paired cases, where a case's
//   cost is its cost per repeat (GradedSide.costUsd / repeats), so that repeats do not
//   change the scale.
// - ttft p50/p95/p99 (streamed calls only): type-7 quantiles of dispatch → first content
//   delta over the answered calls that streamed, on the latency clock.
// - latency p50/p95/p99: type-7 quantiles over the answered calls (no error). A timeout
//   or a failed request is not the time an answer took: it is counted in the error rate,
//   which has its own check. Pooling a 30 s timeout with 100 ms answers let two or three
//   timeouts decide the p95 of a 200-call run, double-counted the error rate, and made
//   the p95 interval so wide that a real +30% rise was missed (BENCHMARKS.md, Statistics);
//   a fast 5xx pulled the p50 down.
// - calls = records; errors = records with an error of any kind;
//   errorRate = (timeouts + request errors) / calls; infra errors are counted apart.
// - tokens: input = Σ (prompt − cached), cachedInput = Σ cached,
//   output = Σ completion (reasoning included), reasoning = Σ reasoning. These are the
//   billing classes: cost = (input·price.input + cachedInput·price.cachedInput + output·price.output) / 1e6.

import { mean, quantiles, sumBy } from '../stats/index.js';
import type { CallRecord, GradedSide, LatencySummary, ModelMetrics } from '../types.js';
import { type Extended, finiteOrZero, qualityPerDollarOf } from './change.js';

export interface PairedSide {
  score: number;
  /** GradedSide.costUsd / repeats. */
  costPerRepeat: number;
}

export function pairedSide(side: GradedSide, repeats: number): PairedSide {
  return { score: side.score ?? 0, costPerRepeat: side.costUsd / Math.max(1, repeats) };
}

export function qualityOf(paired: readonly PairedSide[]): number {
  return 100 * (mean(paired.map((p) => p.score)) ?? 0);
}

/** Unbounded (∞) when the paired cases cost nothing but scored; see change.ts. */
export function qualityPerDollarExact(paired: readonly PairedSide[]): Extended {
  return qualityPerDollarOf(
    sumBy(paired, (p) => p.score),
    sumBy(paired, (p) => p.costPerRepeat),
  );
}

/** The call's latency if it is the time an answer took: answered calls only. */
export function answerLatency(r: CallRecord): number | null {
  return r.error === undefined ? r.latencyMs : null;
}

/** A call's time to first token, when it was answered and streamed. */
export function answerTtft(r: CallRecord): number | null {
  return r.error === undefined && typeof r.ttftMs === 'number' ? r.ttftMs : null;
}

/** Type-7 p50/p95/p99 of the answered calls' latencies; zeros when no call was answered. */
export function latencyOf(records: readonly CallRecord[]): LatencySummary {
  const latencies = records.flatMap((r) => {
    const latency = answerLatency(r);
    return latency === null ? [] : [latency];
  });
  if (latencies.length === 0) return { p50: 0, p95: 0, p99: 0 };
  const [p50, p95, p99] = quantiles(latencies, [0.5, 0.95, 0.99] as const);
  return { p50, p95, p99 };
}

/**
 * Time to first token over the answered calls that streamed (type-7 p50/p95/p99), and how
 * many calls that is; undefined when none streamed, so a model that does not stream shows no
 * figure rather than zeros.
 */
export function ttftOf(records: readonly CallRecord[]): (LatencySummary & { calls: number }) | undefined {
  const values = records.flatMap((r) => {
    const ttft = answerTtft(r);
    return ttft === null ? [] : [ttft];
  });
  if (values.length === 0) return undefined;
  const [p50, p95, p99] = quantiles(values, [0.5, 0.95, 0.99] as const);
  return { p50, p95, p99, calls: values.length };
}

export function modelMetrics(opts: {
  model: string;
  records: readonly CallRecord[];
  paired: readonly PairedSide[];
}): ModelMetrics {
  const { records, paired } = opts;
  const calls = records.length;
  const count = (kind: string) => records.filter((r) => r.error?.kind === kind).length;
  const timeouts = count('timeout');
  const requestErrors = count('request');
  const costUsd = sumBy(records, (r) => r.costUsd);
  const casesCalled = new Set(records.map((r) => r.caseId)).size;
  const ttft = ttftOf(records);
  return {
    model: opts.model,
    cases: paired.length,
    calls,
    errors: records.filter((r) => r.error !== undefined).length,
    errorRate: calls === 0 ? 0 : (timeouts + requestErrors) / calls,
    timeouts,
    infraErrors: count('infra'),
    quality: qualityOf(paired),
    costUsd,
    costPer1kCases: casesCalled === 0 ? 0 : (1000 * costUsd) / casesCalled,
    qualityPerDollar: finiteOrZero(qualityPerDollarExact(paired)),
    latencyMs: latencyOf(records),
    ...(ttft ? { ttftMs: ttft } : {}),
    tokens: {
      input: sumBy(records, (r) => r.usage.prompt - r.usage.cached),
      cachedInput: sumBy(records, (r) => r.usage.cached),
      output: sumBy(records, (r) => r.usage.completion),
      reasoning: sumBy(records, (r) => r.usage.reasoning),
    },
    usageMissing: records.filter((r) => r.error === undefined && r.usageMissing === true).length,
    cutAtTokenLimit: records.filter((r) => r.error === undefined && r.finishReason === 'length').length,
  };
}
