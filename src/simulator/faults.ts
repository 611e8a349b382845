// Which fault, if any, a request gets. Scripted faults count requests in arrival order
// (tests want "the first two calls fail"); rate faults draw from the request's own
// seeded stream, so they are the same for a seed whatever the concurrency.
import type { Random } from './rng.js';
import type { FaultKind, FaultPlan, FaultRates } from './types.js';

export interface Fault {
  kind: FaultKind;
  retryAfterMs: number;
  stallMs: number;
}

const DEFAULT_RETRY_AFTER_MS = 1000;
const DEFAULT_STALL_MS = 60_000;

// Order matters only for which slice of [0, 1) each fault owns; keep it fixed.
const RATE_FIELDS: [keyof FaultRates, FaultKind][] = [
  ['rate429', 429],
  ['rate500', 500],
  ['rateReset', 'reset'],
  ['rateStall', 'stall'],
  ['rateTruncated', 'truncated'],
  ['rate401', 401],
  ['rate404', 404],
];

export type FaultPicker = (model: string, random: Random) => Fault | undefined;

export function validateFaultPlan(plan: FaultPlan): void {
  const check = (rates: FaultRates, where: string): void => {
    let sum = 0;
    for (const [field] of RATE_FIELDS) {
      const rate = rates[field] ?? 0;
      if (!(rate >= 0 && rate <= 1)) throw new RangeError(`faults${where}.${field} must be within 0..1, got ${rate}`);
      sum += rate;
    }
    if (sum > 1 + 1e-9) throw new RangeError(`faults${where}: rates add up to ${sum}, more than 1`);
  };
  check(plan, '');
  for (const [model, rates] of Object.entries(plan.models ?? {})) check({ ...plan, ...rates }, `.models.${model}`);
  for (const [i, entry] of (plan.script ?? []).entries()) {
    if (!(Number.isInteger(entry.count) && entry.count >= 0)) throw new RangeError(`faults.script[${i}].count must be a whole number`);
    const status = entry.fault;
    if (typeof status === 'number' && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
      throw new RangeError(`faults.script[${i}].fault must be an HTTP error status (400–599), 'reset', 'stall' or 'truncated'`);
    }
  }
}

export function createFaultPicker(plan: FaultPlan | undefined): FaultPicker {
  if (!plan) return () => undefined;
  validateFaultPlan(plan);
  const script = (plan.script ?? []).map((entry) => ({ entry, seen: 0 }));
  const ratesFor = new Map<string, FaultRates>();
  const merged = (model: string): FaultRates => {
    let rates = ratesFor.get(model);
    if (!rates) {
      rates = { ...plan, ...plan.models?.[model] };
      ratesFor.set(model, rates);
    }
    return rates;
  };

  return (model, random) => {
    // Every matching entry counts the request, so each entry's numbering is its own.
    let scripted: Fault | undefined;
    for (const slot of script) {
      const { entry } = slot;
      if (entry.model !== undefined && entry.model !== model) continue;
      slot.seen++;
      const after = entry.after ?? 0;
      if (!scripted && slot.seen > after && slot.seen <= after + entry.count) {
        scripted = {
          kind: entry.fault,
          retryAfterMs: entry.retryAfterMs ?? merged(model).retryAfterMs ?? DEFAULT_RETRY_AFTER_MS,
          stallMs: entry.stallMs ?? merged(model).stallMs ?? DEFAULT_STALL_MS,
        };
      }
    }
    if (scripted) return scripted;

    const rates = merged(model);
    const u = random();
    let edge = 0;
    for (const [field, kind] of RATE_FIELDS) {
      edge += rates[field] ?? 0;
      if (u < edge) {
        return { kind, retryAfterMs: rates.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS, stallMs: rates.stallMs ?? DEFAULT_STALL_MS };
      }
    }
    return undefined;
  };
}
