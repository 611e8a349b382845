// The cost estimate both shells print before the first call, so nobody is surprised by the bill.
import type { RunCostEstimate } from '../run/index.js';
import { fmtUsd } from '../report/format.js';

export function estimateLine(estimate: RunCostEstimate, budgetUsd: number | undefined): string {
  const calls = estimate.calls + estimate.judgeCalls;
  const budget = budgetUsd === undefined ? 'no run.budget set' : `run.budget ${fmtUsd(budgetUsd)}`;
  return `estimated cost ${fmtUsd(estimate.expectedUsd)} for ${calls} calls (at most ${fmtUsd(estimate.worstCaseUsd)}); ${budget}`;
}
