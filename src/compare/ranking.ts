// Every model of the run side by side: the baseline, the candidate and each alternative,
// each compared paired against the baseline with the same checks. The first row answers
// the question a migration asks: the cheapest model that holds every threshold.
import type { ModelConfig } from '../types.js';
import type { Comparison, RankingEntry } from './types.js';

export interface RankedAlternative {
  model: ModelConfig;
  comparison: Comparison;
}

function entry(role: RankingEntry['role'], comparison: Comparison, side: 'baseline' | 'candidate'): RankingEntry {
  const m = comparison.models[side];
  // The baseline is the reference every check is measured against: it holds by definition.
  const notHeld =
    role === 'baseline'
      ? []
      : comparison.checks.filter((c) => c.status !== 'pass').map((c) => ({ metric: c.metric, status: c.status as 'fail' | 'inconclusive' }));
  return {
    model: m.model,
    role,
    quality: m.quality,
    costUsd: m.costUsd,
    qualityPerDollar: m.usageMissing > 0 || !(m.costUsd > 0) ? null : m.qualityPerDollar,
    p95LatencyMs: m.calls - m.errors > 0 ? m.latencyMs.p95 : null,
    holds: notHeld.length === 0,
    notHeld,
  };
}

/** Holding models first, cheapest first; then the rest, cheapest first; ties by quality, then id. */
export function rankModels(main: Comparison, alternatives: readonly RankedAlternative[]): RankingEntry[] {
  const entries = [entry('baseline', main, 'baseline'), entry('candidate', main, 'candidate'), ...alternatives.map((a) => entry('alternative', a.comparison, 'candidate'))];
  return entries.sort((a, b) => Number(b.holds) - Number(a.holds) || a.costUsd - b.costUsd || b.quality - a.quality || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
