import { describe, expect, it } from 'vitest';
import { createBudgetLedger } from '../../src/run/index.js';
import type { CallRecord } from '../../src/types.js';

const record = (): CallRecord => ({
  caseId: 'c',
  side: 'baseline',
  repeat: 0,
  model: 'm',
  output: null,
  latencyMs: null,
  usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 },
  costUsd: 0,
  attempts: 0,
});

describe('createBudgetLedger', () => {
  it('counts each reservation against the budget until it is settled', () => {
    const ledger = createBudgetLedger({ budgetUsd: 1 });
    const a = ledger.tryReserve(0.4);
    const b = ledger.tryReserve(0.4);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(ledger.summary()).toMatchObject({ reservedUsd: 0.8, spentUsd: 0, stopped: false });
  });

  it('replaces a reservation by the actual cost when the call ends, freeing the difference', () => {
    const ledger = createBudgetLedger({ budgetUsd: 1 });
    const a = ledger.tryReserve(0.6)!;
    // 0.6 reserved + 0.6 would pass 1.0 ...
    ledger.settle(a, { costUsd: 0.1 });
    // ... but after settling at 0.1, 0.1 + 0.6 fits.
    expect(ledger.tryReserve(0.6)).toBeDefined();
    expect(ledger.summary()).toMatchObject({ spentUsd: 0.1, reservedUsd: 0.6, calls: 1, stopped: false });
  });

  it('refuses the reservation that would pass the budget and stops for good, even for cheaper calls', () => {
    const ledger = createBudgetLedger({ budgetUsd: 1 });
    ledger.settle(ledger.tryReserve(0.5)!, { costUsd: 0.5 });
    expect(ledger.tryReserve(0.3)).toBeDefined();
    expect(ledger.tryReserve(0.3)).toBeUndefined();
    expect(ledger.stopped).toBe(true);
    // 0.5 + 0.3 + 0.01 would fit, but the run stops at the first refusal rather than cherry-pick.
    expect(ledger.tryReserve(0.01)).toBeUndefined();
    expect(ledger.summary()).toMatchObject({ stopped: true, refusedCalls: 2, refusedUsd: 0.3 });
  });

  it('lets a reservation that meets the budget exactly through, despite float rounding', () => {
    const ledger = createBudgetLedger({ budgetUsd: 0.3 });
    expect(ledger.tryReserve(0.1)).toBeDefined();
    expect(ledger.tryReserve(0.2)).toBeDefined(); // 0.1 + 0.2 = 0.30000000000000004
    expect(ledger.stopped).toBe(false);
  });

  it('keeps the worst case held for a call whose bill it never saw (timed out, cancelled in flight)', () => {
    const ledger = createBudgetLedger({ budgetUsd: 1 });
    ledger.settle(ledger.tryReserve(0.7)!, { costUsd: 0, billUnseen: true });
    expect(ledger.summary()).toMatchObject({ spentUsd: 0, heldUsd: 0.7, reservedUsd: 0 });
    expect(ledger.tryReserve(0.4)).toBeUndefined();
  });

  it('rejects settling a reservation twice, which would free budget twice', () => {
    const ledger = createBudgetLedger({ budgetUsd: 1 });
    const a = ledger.tryReserve(0.2)!;
    ledger.settle(a, { costUsd: 0.1 });
    expect(() => ledger.settle(a, { costUsd: 0.1 })).toThrow(/already settled/);
  });

  it('never stops without a budget, and still counts what was spent', () => {
    const ledger = createBudgetLedger();
    for (let i = 0; i < 100; i++) ledger.settle(ledger.tryReserve(1000)!, { costUsd: 0.5 });
    expect(ledger.stopped).toBe(false);
    expect(ledger.summary()).toMatchObject({ budgetUsd: undefined, spentUsd: 50, calls: 100 });
  });

  it('remembers which records stand for refused calls', () => {
    const ledger = createBudgetLedger({ budgetUsd: 0 });
    const refused = record();
    ledger.markRefused(refused);
    expect(ledger.wasRefused(refused)).toBe(true);
    expect(ledger.wasRefused(record())).toBe(false);
  });

  it('rejects a budget or a reservation that is not a finite amount ≥ 0', () => {
    expect(() => createBudgetLedger({ budgetUsd: -1 })).toThrow(/USD ≥ 0/);
    expect(() => createBudgetLedger({ budgetUsd: Number.NaN })).toThrow(/USD ≥ 0/);
    expect(() => createBudgetLedger({ budgetUsd: 1 }).tryReserve(Number.POSITIVE_INFINITY)).toThrow(/USD ≥ 0/);
  });
});
