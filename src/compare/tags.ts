// Per-tag rows: the headline metrics restricted to the cases carrying one tag, with
// the same definitions as the model metrics (see metrics.ts).

import type { CallRecord, GradedCase, Side } from '../types.js';
import { sumBy } from '../stats/index.js';
import { finiteOrZero, relativeChange } from './change.js';
import { latencyOf, pairedSide, qualityOf, qualityPerDollarExact } from './metrics.js';
import type { TagRow, TagSideMetrics } from './types.js';

export function tagRows(opts: {
  graded: readonly GradedCase[];
  records: Record<Side, readonly CallRecord[]>;
  repeats: number;
}): TagRow[] {
  const tags = [...new Set(opts.graded.flatMap((g) => g.case.tags))].sort();
  return tags.map((tag) => {
    const cases = opts.graded.filter((g) => g.case.tags.includes(tag));
    const ids = new Set(cases.map((g) => g.case.id));
    const paired = cases.filter((g) => g.baseline.score !== null && g.candidate.score !== null);
    const side = (s: Side) => {
      const sidePaired = paired.map((g) => pairedSide(g[s], opts.repeats));
      const records = opts.records[s].filter((r) => ids.has(r.caseId));
      const qpd = qualityPerDollarExact(sidePaired);
      const metrics: TagSideMetrics = {
        quality: qualityOf(sidePaired),
        costUsd: sumBy(records, (r) => r.costUsd),
        qualityPerDollar: finiteOrZero(qpd),
        p95LatencyMs: latencyOf(records).p95,
      };
      return { metrics, qpd };
    };
    const b = side('baseline');
    const c = side('candidate');
    return {
      tag,
      cases: cases.length,
      pairedCases: paired.length,
      baseline: b.metrics,
      candidate: c.metrics,
      change: {
        quality: c.metrics.quality - b.metrics.quality,
        costUsd: relativeChange(b.metrics.costUsd, c.metrics.costUsd),
        qualityPerDollar: relativeChange(b.qpd, c.qpd),
        p95LatencyMs: relativeChange(b.metrics.p95LatencyMs, c.metrics.p95LatencyMs),
      },
    };
  });
}
