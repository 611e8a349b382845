// Changes with their intervals, in each check's own units, for the table and the headline:
//   quality            "−3.1 pts [−5.0, −1.2]"
//   qualityPerDollar   "−58% [−62%, −54%]"       (also p95Latency and cost)
//   errorRate          "+1.2 pp [−0.5, +2.9]"
// A change whose interval contains 0 is not significant; the table marks it "~" the way
// benchstat does.

import type { GatedCheck } from '../compare/index.js';
import type { CheckMetric } from '../types.js';
import { fmtPct, fmtPoints, fmtPp, fmtSigned } from './format.js';

type Unit = 'points' | 'percent' | 'pp';

const UNIT: Record<CheckMetric | 'cost', Unit> = {
  quality: 'points',
  qualityPerDollar: 'percent',
  p95Latency: 'percent',
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
