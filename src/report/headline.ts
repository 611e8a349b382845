// The verdict in one plain sentence, e.g.
//   "candidate gpt-5.5 costs 2.4× more for +1.2 quality: quality per dollar −58% [−62%, −54%], past the 10% limit"
//   "candidate b costs 38% more for −1.8 quality; inconclusive: quality −1.8 pts [−4.9, +1.3]
//    cannot rule out a drop past the 2-point limit; 180 more cases would decide it"
// Plain text: the markdown renderer escapes it like any other string.

import type { Comparison, GatedCheck } from '../compare/index.js';
import { fmtCount, fmtNumber, fmtPct, fmtPoints, fmtRatio } from './format.js';
import { fmtWithInterval } from './intervals.js';
import { errorHeadline, timedOutWords } from './error-words.js';
import type { Check, CheckMetric, ModelMetrics } from '../types.js';

const METRIC_WORDS: Record<CheckMetric, string> = {
  quality: 'quality',
  qualityPerDollar: 'quality per dollar',
  p95Latency: 'p95 latency',
  ttftP95: 'TTFT p95',
  errorRate: 'error rate',
};

const REGRESSION_WORDS: Record<CheckMetric, string> = {
  quality: 'drop',
  qualityPerDollar: 'drop',
  p95Latency: 'rise',
  ttftP95: 'rise',
  errorRate: 'rise',
};

/** "the 2-point limit", "the 10% limit". */
function limitWords(check: Check): string {
  const limit = Math.abs(check.threshold);
  return check.metric === 'quality' ? `the ${fmtNumber(limit, limit % 1 === 0 ? 0 : 1)}-point limit` : `the ${fmtPct(limit)} limit`;
}

/** "quality −1.8 pts [−4.9, +1.3]"; error rate also shows both rates. */
function changeWords(check: Check): string {
  const words = METRIC_WORDS[check.metric];
  const change = fmtWithInterval(check.metric, check.change, check.interval);
  if (check.metric === 'errorRate') return `${words} ${fmtPct(check.baseline)} → ${fmtPct(check.candidate)} (${change})`;
  return `${words} ${change}`;
}

/** "quality per dollar −58% [−62%, −54%], past the 10% limit" */
export function checkPhrase(check: Check): string {
  return `${changeWords(check)}, past ${limitWords(check)}`;
}

/** Why an inconclusive check is undecided, in words. */
export function undecidedPhrase(check: Check & { unmeasured?: string }): string {
  if (check.unmeasured !== undefined) return `${METRIC_WORDS[check.metric]} not compared: ${check.unmeasured}`;
  const pastLimit = check.metric === 'quality' || check.metric === 'qualityPerDollar' ? check.change < check.threshold : check.change > check.threshold;
  if (pastLimit) return `${changeWords(check)} is past ${limitWords(check)} but not beyond doubt`;
  return `${changeWords(check)} cannot rule out a ${REGRESSION_WORDS[check.metric]} past ${limitWords(check)}`;
}

/** "; 180 more cases would decide it", or nothing when no figure is known. */
function casesPhrase(checks: readonly GatedCheck[]): string {
  const figures = checks.map((c) => c.casesToDecide);
  if (figures.length === 0 || figures.some((f) => f === undefined)) return '';
  const most = Math.max(...(figures as number[]));
  return `; ${fmtCount(most)} more case${most === 1 ? '' : 's'} would decide ${checks.length === 1 ? 'it' : 'them'}`;
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
    case 'rejected':
    case 'outage':
    case 'infra':
    case 'costUnmeasured':
      return errorHeadline(reason, models);
    case 'noPairs':
      return 'could not judge: no case was answered by both models';
    case 'checks': {
      const failed = comparison.checks.filter((k) => k.status === 'fail');
      if (failed.length > 0) {
        const partial = reason.partial
          ? ` (the run stopped early; the ${reason.partial.pairedCases} of ${reason.partial.cases} cases that finished already show it)`
          : '';
        const timedOut = reason.timedOut ? `${timedOutWords(c, reason.timedOut)}: ` : '';
        return `${timedOut}${trade}: ${failed.map(checkPhrase).join('; ')}${partial}`;
      }
      if (reason.inconclusive.length > 0) {
        const undecided = comparison.checks.filter((k) => k.status === 'inconclusive');
        if (undecided.length === 0) return `${trade}; inconclusive: ${reason.inconclusive.map((m) => METRIC_WORDS[m]).join(', ')}`;
        return `${trade}; inconclusive: ${undecided.map(undecidedPhrase).join('; ')}${casesPhrase(undecided)}`;
      }
      if (comparison.checks.length === 0) return `${trade}; every check is disabled`;
      return `${trade}; every check within its limit`;
    }
  }
}
