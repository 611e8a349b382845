const DEFAULT_RETRY_AFTER_MS = 1000;
const DEFAULT_STALL_MS = 60_000;
// Order matters only for which slice of [0, 1) each fault owns; keep it fixed.
const RATE_FIELDS = [
    ['rate429', 429],
    ['rate500', 500],
    ['rateReset', 'reset'],
    ['rateStall', 'stall'],
    ['rateTruncated', 'truncated'],
    ['rate401', 401],
    ['rate404', 404],
];
export function validateFaultPlan(plan) {
    const check = (rates, where) => {
        let sum = 0;
        for (const [field] of RATE_FIELDS) {
            const rate = rates[field] ?? 0;
            if (!(rate >= 0 && rate <= 1))
                throw new RangeError(`faults${where}.${field} must be within 0..1, got ${rate}`);
            sum += rate;
        }
        if (sum > 1 + 1e-9)
            throw new RangeError(`faults${where}: rates add up to ${sum}, more than 1`);
    };
    check(plan, '');
    for (const [model, rates] of Object.entries(plan.models ?? {}))
        check({ ...plan, ...rates }, `.models.${model}`);
    for (const [i, entry] of (plan.script ?? []).entries()) {
        if (!(Number.isInteger(entry.count) && entry.count >= 0))
            throw new RangeError(`faults.script[${i}].count must be a whole number`);
        const status = entry.fault;
        if (typeof status === 'number' && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
            throw new RangeError(`faults.script[${i}].fault must be an HTTP error status (400–599), 'reset', 'stall' or 'truncated'`);
        }
    }
}
export function createFaultPicker(plan) {
    if (!plan)
        return () => undefined;
    validateFaultPlan(plan);
    const script = (plan.script ?? []).map((entry) => ({ entry, seen: 0 }));
    const ratesFor = new Map();
    const merged = (model) => {
        let rates = ratesFor.get(model);
        if (!rates) {
            rates = { ...plan, ...plan.models?.[model] };
            ratesFor.set(model, rates);
        }
        return rates;
    };
    return (model, random) => {
        // Every matching entry counts the request, so each entry's numbering is its own.
        let scripted;
        for (const slot of script) {
            const { entry } = slot;
            if (entry.model !== undefined && entry.model !== model)
                continue;
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
        if (scripted)
            return scripted;
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
