// What a verdict costs in production: the run's per-call costs times the traffic the
// config says production sends each month. The run measures the relative cost change with
// an interval; the monthly figure is that change applied to what the baseline's calls cost,
// so it carries the same uncertainty.
import type { GateConfig } from '../types.js';
import type { Comparison, MonthlyCost, RoutingAdvice } from './types.js';

export function monthlyCost(config: Pick<GateConfig, 'traffic' | 'run'>, comparison: Comparison, routing?: RoutingAdvice): MonthlyCost | undefined {
  const traffic = config.traffic;
  if (!traffic) return undefined;
  const { baseline, candidate } = comparison.models;
  const perCall = (costUsd: number, calls: number): number => (calls > 0 ? costUsd / calls : 0);
  const basePerCall = perCall(baseline.costUsd, baseline.calls);
  const candPerCall = perCall(candidate.costUsd, candidate.calls);
  const tagged = Object.entries(traffic.byTag ?? {});
  const taggedCalls = tagged.reduce((sum, [, n]) => sum + n, 0);
  const callsPerMonth = Math.max(traffic.callsPerMonth ?? 0, taggedCalls);
  // Each tag at its own rates (the run's records of its cases); a tag the run has no call
  // for, and any traffic beyond the tags, at the whole set's rates.
  let baseMonthly = 0;
  let changeMonthly = 0;
  const rows = new Map(comparison.tags.map((t) => [t.tag, t]));
  for (const [tag, calls] of tagged) {
    const row = rows.get(tag);
    const callsOfTag = row ? row.cases * config.run.repeats : 0;
    const b = row && callsOfTag > 0 ? row.baseline.costUsd / callsOfTag : basePerCall;
    const c = row && callsOfTag > 0 ? row.candidate.costUsd / callsOfTag : candPerCall;
    baseMonthly += calls * b;
    changeMonthly += calls * (c - b);
  }
  const rest = callsPerMonth - taggedCalls;
  baseMonthly += rest * basePerCall;
  changeMonthly += rest * (candPerCall - basePerCall);
  const [lo, hi] = comparison.statistics.cost.interval;
  const candidateMonthly = baseMonthly + changeMonthly;
  return {
    callsPerMonth,
    costChangeUsd: changeMonthly,
    costChangeInterval: [baseMonthly * lo, baseMonthly * hi],
    ...(routing
      ? {
          routingSavingUsd: -candidateMonthly * routing.costChange,
          routingSavingInterval: [-candidateMonthly * routing.intervals.costChange[1], -candidateMonthly * routing.intervals.costChange[0]] as [number, number],
        }
      : {}),
  };
}
