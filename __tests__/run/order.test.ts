import { describe, expect, it } from 'vitest';
import { dispatchOrder, planCalls } from '../../src/run/index.js';

const tagged = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([tag, n]) => Array.from({ length: n }, () => ({ tags: [tag] })));

describe('dispatchOrder', () => {
  it('is a permutation, the same for the same seed and different for another', () => {
    const cases = tagged({ a: 50, b: 30, c: 20 });
    const order = dispatchOrder(cases, 7);
    expect([...order].sort((x, y) => x - y)).toEqual(cases.map((_, i) => i));
    expect(dispatchOrder(cases, 7)).toEqual(order);
    expect(dispatchOrder(cases, 8)).not.toEqual(order);
  });

  it('keeps every prefix within two cases of each tag’s share of the set', () => {
    const cases = tagged({ routing: 200, refunds: 120, outages: 60, other: 20 });
    const order = dispatchOrder(cases, 12345);
    const share = { routing: 200 / 400, refunds: 120 / 400, outages: 60 / 400, other: 20 / 400 };
    const seen: Record<string, number> = { routing: 0, refunds: 0, outages: 0, other: 0 };
    order.forEach((index, k) => {
      seen[cases[index]!.tags[0]!]!++;
      for (const [tag, s] of Object.entries(share)) expect(Math.abs(seen[tag]! - (k + 1) * s)).toBeLessThanOrEqual(2);
    });
  });

  it('shuffles within a tag: a file grouped by topic does not come out in file order', () => {
    const cases = tagged({ only: 100 });
    const order = dispatchOrder(cases, 1);
    expect(order).not.toEqual(cases.map((_, i) => i));
  });
});

describe('planCalls with an order', () => {
  it('sends cases in the given order and keeps slots in case order', () => {
    const plan = planCalls(3, 1, [2, 0, 1]);
    expect(plan.map((c) => c.caseIndex)).toEqual([2, 2, 0, 0, 1, 1]);
    // Which side goes first still alternates with the case's parity.
    expect(plan.map((c) => c.slot)).toEqual([4, 5, 0, 1, 3, 2]);
  });

  it('refuses an order that is not a permutation', () => {
    expect(() => planCalls(3, 1, [0, 0, 1])).toThrow(/permutation/);
    expect(() => planCalls(3, 1, [0, 1])).toThrow(/permutation/);
  });
});
