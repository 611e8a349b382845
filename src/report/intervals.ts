// Changes with their intervals, in each check's own units, for the table and the headline:
//   quality            "−3.1 pts [−5.0, −1.2]"
//   qualityPerDollar   "−58% [−62%, −54%]"       (also p95Latency and cost)
//   errorRate          "+1.2 pp [−0.5, +2.9]"
// A change whose interval contains 0 is not significant; the table marks it "~" the way
// benchstat does.

import type { GatedCheck } from '../compare/index.js';
import type { CheckMetric } from '../types.js';
import { fmtCount, fmtLevel, fmtNumber, fmtPct, fmtPoints, fmtPp, fmtSigned } from './format.js';
import type { GateReport } from './types.js';

type Unit = 'points' | 'percent' | 'pp';

const UNIT: Record<CheckMetric | 'cost', Unit> = {
  quality: 'points',
  qualityPerDollar: 'percent',
  p95Latency: 'percent',
  ttftP95: 'percent',
  errorRate: 'pp',
  cost: 'percent',
};

export function fmtChange(metric: CheckMetric | 'cost', value: number): string {
  switch (UNIT[metric]) {
    case 'points':
      return fmtPoints(value);
    case 'percent':
      return fmtPct(value, { sign: true });
    case 'pp':
      return fmtPp(value);
  }
}

function fmtBound(unit: Unit, value: number): string {
  if (unit === 'percent') return fmtPct(value, { sign: true });
  return fmtSigned(unit === 'pp' ? value * 100 : value, 1);
}

/** "[−5.0, −1.2]", "[−3.1%, +31%]". */
export function fmtBounds(metric: CheckMetric | 'cost', interval: readonly [number, number]): string {
  const unit = UNIT[metric];
  return `[${fmtBound(unit, interval[0])}, ${fmtBound(unit, interval[1])}]`;
}

/** "−3.1 pts [−5.0, −1.2]". */
export function fmtWithInterval(metric: CheckMetric | 'cost', change: number, interval: readonly [number, number] | undefined): string {
  const text = fmtChange(metric, change);
  return interval ? `${text} ${fmtBounds(metric, interval)}` : text;
}

/** Whether the interval rules out no change at all (it lies wholly on one side of 0). */
export function isSignificant(interval: readonly [number, number]): boolean {
  return interval[0] > 0 || interval[1] < 0;
}

/** The check's change as the headline says it: "quality −1.8 pts [−4.9, +1.3]". */
export function checkChange(words: string, check: Pick<GatedCheck, 'metric' | 'change' | 'interval'>): string {
  return `${words} ${fmtWithInterval(check.metric, check.change, check.interval)}`;
}

// Power and plans, in words. The figures come from compare (decide.ts, stats/power.ts):
//   MDE = max(t + z_{1−α_f}·se, z_{1−α₀}·se) + z_{0.8}·se
// the smallest true regression a fail catches 80% of the time, and a sample-size plan
// (z_α + z_β)²σ²/δ² for each inconclusive check, given as "more than 10× this set" beyond that.

const POWER_WORDS: Record<CheckMetric, string> = {
  quality: 'quality',
  qualityPerDollar: 'quality per $',
  p95Latency: 'p95 latency',
  ttftP95: 'TTFT p95',
  errorRate: 'error rate',
};

/** What a regression of this size is called: "14-point drop", "+45% rise", "+6.8-point rise". */
function regressionWords(metric: CheckMetric, value: number): string {
  const size = Math.abs(value);
  switch (metric) {
    case 'quality':
      return `${fmtNumber(size, size < 10 ? 1 : 0).replace(/\.0$/, '')}-point drop in quality`;
    case 'qualityPerDollar':
      return `${fmtPct(size)} drop in quality per dollar`;
    case 'p95Latency':
      return `${fmtPct(size)} rise in p95 latency`;
    case 'ttftP95':
      return `${fmtPct(size)} rise in time to first token (p95)`;
    case 'errorRate':
      return `${fmtNumber(100 * size, 1).replace(/\.0$/, '')}-point rise in the error rate`;
  }
}

/** An MDE that could not be planned (no spread to go on) is shown as "—". */
const planned = (mde: number): boolean => Math.abs(mde) < 1e6;

/** A check whose MDE is at least twice its threshold: this set can only catch much larger regressions. */
export function isUnderpowered(check: Pick<GatedCheck, 'mde' | 'threshold' | 'unmeasured'>): boolean {
  return check.unmeasured === undefined && planned(check.mde) && Math.abs(check.mde) >= 2 * Math.abs(check.threshold);
}

/**
 * "**These 60 cases would catch a 14-point drop in quality, not a 2-point one**; …", or ''
 * when every check can see a regression near its threshold.
 */
export function underpoweredLine(r: Pick<GateReport, 'checks' | 'statistics'>): string {
  const weak = r.checks.filter(isUnderpowered);
  if (weak.length === 0) return '';
  const parts = weak.map((k) => {
    const limit = regressionWords(k.metric, k.threshold).replace(/ (drop|rise) in .*/, ' one');
    return `a ${regressionWords(k.metric, k.mde)}, not a ${limit}`;
  });
  return `**These ${fmtCount(r.statistics.cases)} cases would catch ${parts.join('; ')}** (80% of the time). More cases, or repeats for latency, narrow that.`;
}

/** "quality −7.6 pts · p95 latency +48%" (— when no plan could be made). */
export function mdeList(checks: readonly GatedCheck[]): string {
  return checks.map((k) => `${POWER_WORDS[k.metric]} ${planned(k.mde) ? fmtChange(k.metric, k.mde) : '—'}`).join(' · ');
}

/** The footnote of an inconclusive check: what would decide it. */
export function decideNote(check: GatedCheck, r: Pick<GateReport, 'statistics' | 'pairedCases'>): string {
  const words = POWER_WORDS[check.metric];
  if (check.unmeasured !== undefined) return `${words}: not compared, ${check.unmeasured}.`;
  const minimum = r.statistics.minimumCases;
  const tooFew = minimum !== undefined && r.pairedCases < minimum ? `too few cases (no check is decided below ${minimum}); ` : '';
  if (check.casesToDecideAtLeast !== undefined) {
    return `${words}: ${tooFew}deciding it would take more than 10× this set (over ${fmtCount(check.casesToDecideAtLeast)} cases), if the change held.`;
  }
  if (check.casesToDecide === undefined) return `${words}: ${tooFew}the change sits on the limit; more cases alone may not decide it.`;
  return `${words}: ${tooFew}need about ${fmtCount(check.casesToDecide)} more cases to decide it (80% power, if the change held).`;
}

/** The rule, in one sentence, with the levels the report records. */
export function ruleSentence(s: GateReport['statistics']): string {
  // A level is never rounded up to 100%, and a small chance is shown with the digits it needs.
  const pct = (x: number) => `${fmtLevel(x)}%`;
  if (s.method === 'paired case bootstrap') {
    return `A check fails when its change is past the limit and the regression holds at ${pct(s.failConfidence)} confidence.`;
  }
  const levels = s.failAlpha
    ? ` (${(Object.entries(s.failAlpha) as [CheckMetric, number][]).map(([m, a]) => `${POWER_WORDS[m]} ${pct(1 - a)}`).join(', ')})`
    : '';
  const past = s.failThresholdConfidence === undefined ? 'its interval lies wholly past the limit' : `it is past the limit at ${pct(s.failThresholdConfidence)} confidence`;
  return (
    `A check fails when ${past} and the candidate is worse at all${levels}; ` +
    `it passes when the interval lies wholly inside the limit; an unchanged model fails the gate at most ${pct(1 - s.failConfidence)} of the time.`
  );
}
