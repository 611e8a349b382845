// Everything a run shares between its callers and its pool: the retry budget, the money
// ledger and the adaptive concurrency. The gate makes one per run and hands it to every
// createCaller (judge included) and to runCases, then reads summary() for the report.
import type { Clock, RunSettings } from '../types.js';
import { createAdaptiveConcurrency, type AdaptiveConcurrency, type ConcurrencyStats } from './adaptive.js';
import { createBudgetLedger, type BudgetLedger, type BudgetSummary } from './budget.js';
import { createRetryBudget, RETRY_DEFAULTS, type RetryBudget, type RetryPolicy } from './retry.js';

export interface RunControl {
  retryBudget: RetryBudget;
  ledger: BudgetLedger;
  adaptive: AdaptiveConcurrency;
  summary(): RunControlSummary;
}

export interface RunControlSummary {
  /** The run stopped dispatching because the next call's worst case would pass run.budget. */
  stoppedForBudget: boolean;
  budget: BudgetSummary;
  retries: { firstAttempts: number; retries: number; denied: number };
  concurrency: ConcurrencyStats;
}

export interface RunControlOptions {
  settings: Pick<RunSettings, 'concurrency' | 'budgetUsd'>;
  clock?: Clock;
  /** Only the budget fields are read here (budgetRatio, budgetReserve); pass the same policy to createCaller. */
  retryPolicy?: Partial<RetryPolicy>;
  /** Consecutive successes that win back one slot of concurrency. Default 2 (DEFAULT_RECOVER_AFTER). */
  recoverAfter?: number;
}

export function createRunControl(opts: RunControlOptions): RunControl {
  const policy = { ...RETRY_DEFAULTS, ...opts.retryPolicy };
  const retryBudget = createRetryBudget({ ratio: policy.budgetRatio, reserve: policy.budgetReserve });
  const ledger = createBudgetLedger({ budgetUsd: opts.settings.budgetUsd });
  const adaptive = createAdaptiveConcurrency({
    max: opts.settings.concurrency,
    ...(opts.recoverAfter === undefined ? {} : { recoverAfter: opts.recoverAfter }),
    ...(opts.clock === undefined ? {} : { clock: opts.clock }),
  });
  return {
    retryBudget,
    ledger,
    adaptive,
    summary: () => ({
      stoppedForBudget: ledger.stopped,
      budget: ledger.summary(),
      retries: retryBudget.stats(),
      concurrency: adaptive.stats(),
    }),
  };
}
