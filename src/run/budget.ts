// The run's money ledger (run.budget, judge included). Every call reserves its worst case
// before it is sent and settles to its actual cost when it ends, so the spend can never
// pass the budget however many calls are in flight: the first reservation that would
// pass it stops the run from dispatching anything more.
import type { CallRecord } from '../types.js';

export interface Reservation {
  readonly usd: number;
}

export interface BudgetSummary {
  /** undefined: no budget was set (the ledger still counts). */
  budgetUsd: number | undefined;
  /** Actual cost of the calls that ended, from their usage. */
  spentUsd: number;
  /**
   * Worst case kept for calls whose bill we never saw (timed out or cancelled in flight, or
   * answered without usable usage): the provider may charge them anything up to it, so they
   * keep holding budget. Settling those at 0 would let an endpoint that omits usage run
   * through any budget.
   */
  heldUsd: number;
  /** Reserved by calls in flight right now. */
  reservedUsd: number;
  /** A reservation was refused: nothing more is dispatched. */
  stopped: boolean;
  /** Calls that reserved and ended. */
  calls: number;
  /** Calls refused by the budget (never sent, no record in the run). */
  refusedCalls: number;
  /** The reservation that did not fit, when stopped. */
  refusedUsd?: number;
}

export interface BudgetLedger {
  readonly budgetUsd: number | undefined;
  /** True once a reservation was refused; sticky, so the run stops rather than picking cheaper calls. */
  readonly stopped: boolean;
  /** Reserves `usd`, or returns undefined (and stops the ledger) when it would pass the budget. */
  tryReserve(usd: number): Reservation | undefined;
  /**
   * Replaces the reservation by the actual cost; `billUnseen` (no usage seen: a timeout, a
   * cancellation, an answer without usage) keeps the whole reservation held instead.
   */
  settle(reservation: Reservation, outcome: { costUsd: number; billUnseen?: boolean }): void;
  /** Remembers the record a caller returns for a refused call, so runCases can drop it. */
  markRefused(record: CallRecord): void;
  wasRefused(record: CallRecord): boolean;
  summary(): BudgetSummary;
}

/** Float sums of many small costs drift; a budget exactly met must still fit. */
const EPSILON_USD = 1e-9;

export function createBudgetLedger(opts: { budgetUsd?: number | undefined } = {}): BudgetLedger {
  const budgetUsd = opts.budgetUsd;
  if (budgetUsd !== undefined && !(budgetUsd >= 0 && Number.isFinite(budgetUsd))) {
    throw new RangeError(`run budget: expected a finite number of USD ≥ 0, got ${budgetUsd}`);
  }
  let spentUsd = 0;
  let heldUsd = 0;
  let reservedUsd = 0;
  let stopped = false;
  let calls = 0;
  let refusedCalls = 0;
  let refusedUsd: number | undefined;
  const open = new WeakSet<Reservation>();
  const refused = new WeakSet<CallRecord>();

  return {
    budgetUsd,
    get stopped() {
      return stopped;
    },
    tryReserve(usd) {
      if (!(usd >= 0 && Number.isFinite(usd))) throw new RangeError(`budget reservation: expected USD ≥ 0, got ${usd}`);
      const fits = budgetUsd === undefined || spentUsd + heldUsd + reservedUsd + usd <= budgetUsd + EPSILON_USD;
      if (stopped || !fits) {
        if (!stopped) refusedUsd = usd;
        stopped = true;
        refusedCalls++;
        return undefined;
      }
      reservedUsd += usd;
      const reservation: Reservation = Object.freeze({ usd });
      open.add(reservation);
      return reservation;
    },
    settle(reservation, outcome) {
      // Settling twice would release budget that another call may already have taken.
      if (!open.has(reservation)) throw new Error('budget ledger: this reservation was already settled');
      open.delete(reservation);
      reservedUsd = Math.max(0, reservedUsd - reservation.usd);
      calls++;
      spentUsd += outcome.costUsd;
      if (outcome.billUnseen) heldUsd += reservation.usd;
    },
    markRefused(record) {
      refused.add(record);
    },
    wasRefused(record) {
      return refused.has(record);
    },
    summary() {
      const summary: BudgetSummary = { budgetUsd, spentUsd, heldUsd, reservedUsd, stopped, calls, refusedCalls };
      if (refusedUsd !== undefined) summary.refusedUsd = refusedUsd;
      return summary;
    },
  };
}
