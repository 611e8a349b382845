// The verdict in one plain sentence, e.g.
//   "candidate gpt-5.5 costs 2.4× more for +1.2 quality: quality per dollar −58%, past the 10% limit"
// Plain text: the markdown renderer escapes it like any other string.

import type { Comparison } from '../compare/index.js';
import type { Check, CheckMetric, ModelMetrics } from '../types.js';
import { fmtNumber, fmtPct, fmtPoints, fmtPp, fmtRatio } from './format.js';

const METRIC_WORDS: Record<CheckMetric, string> = {
  quality: 'quality',
  qualityPerDollar: 'quality per dollar',
  p95Latency: 'p95 latency',
  errorRate: 'error rate',
};

/** "quality per dollar −58%, past the 10% limit" */
export function checkPhrase(check: Check): string {
  const words = METRIC_WORDS[check.metric];
  const limit = Math.abs(check.threshold);
  switch (check.metric) {
    case 'quality':
      return `${words} ${fmtPoints(check.change)}, past the ${fmtNumber(limit, limit % 1 === 0 ? 0 : 1)}-point limit`;
    case 'errorRate':
      return `${words} ${fmtPct(check.baseline)} → ${fmtPct(check.candidate)} (${fmtPp(check.change)}), past the ${fmtPct(limit)} limit`;
    default:
      return `${words} ${fmtPct(check.change, { sign: true })}, past the ${fmtPct(limit)} limit`;
  }
}

/** "costs 2.4× more", "costs 38% more", "costs about the same", "costs 40% less". */
export function costPhrase(baseline: ModelMetrics, candidate: ModelMetrics): string {
  const b = baseline.costPer1kCases;
  const c = candidate.costPer1kCases;
  if (b === 0) return c === 0 ? 'costs nothing either' : 'costs money where the baseline cost nothing';
  const ratio = c / b;
  if (ratio >= 1.995) return `costs ${fmtRatio(ratio)} more`;
  if (ratio >= 1.005) return `costs ${fmtPct(ratio - 1)} more`;
  if (ratio > 0.995) return 'costs about the same';
  return `costs ${fmtPct(1 - ratio)} less`;
}

/** "for +1.2 quality", "for the same quality" */
export function qualityPhrase(baseline: ModelMetrics, candidate: ModelMetrics): string {
  const change = candidate.quality - baseline.quality;
  if (Math.abs(change) < 0.05) return 'for the same quality';
  return `for ${fmtPoints(change).replace(/ pts$/, '')} quality`;
}

export function headlineOf(comparison: Comparison): string {
  const { models, reason } = comparison;
  const b = models.baseline;
  const c = models.candidate;
  const trade = `candidate ${c.model} ${costPhrase(b, c)} ${qualityPhrase(b, c)}`;
  switch (reason.kind) {
    case 'incomplete':
      return `run incomplete: ${reason.pairedCases} of ${reason.cases} cases answered by both models before it stopped; no verdict`;
    case 'infra': {
      const m = models[reason.side];
      return (
        `could not judge: ${fmtPct(reason.rate)} of ${reason.side} ${m.model}'s calls failed on infrastructure errors ` +
        `(rate limits, 5xx, connections) after retries, above the ${fmtPct(reason.limit)} limit`
      );
    }
    case 'noPairs':
      return 'could not judge: no case was answered by both models';
    case 'checks': {
      const failed = comparison.checks.filter((k) => k.status === 'fail');
      if (failed.length > 0) return `${trade}: ${failed.map(checkPhrase).join('; ')}`;
      if (reason.inconclusive.length > 0) {
        return `${trade}; not decided: ${reason.inconclusive.map((m) => METRIC_WORDS[m]).join(', ')}`;
      }
      if (comparison.checks.length === 0) return `${trade}; every check is disabled`;
      return `${trade}; every check within its limit`;
    }
  }
}
