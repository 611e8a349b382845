// One retry policy, ours (the SDK's own retries are off). Defaults are plain data;
// parsing Retry-After and choosing a delay are pure functions so tests need no clock.
export const RETRY_DEFAULTS = Object.freeze({
    baseDelayMs: 500,
    maxDelayMs: 8_000,
    retryAfterCapMs: 60_000,
    budgetRatio: 0.2,
    budgetReserve: 3,
});
/** 408, 409, 429 and 5xx are worth another try; 401/403/404 stop the run; the rest is the request's fault. */
export function classifyStatus(status) {
    if (status === 401 || status === 403 || status === 404)
        return 'fatal';
    if (status === 408 || status === 409 || status === 429 || status >= 500)
        return 'transient';
    return 'request';
}
/**
 * Milliseconds to wait from `retry-after-ms` (OpenAI's, fractional ms) or `retry-after`
 * (seconds, or an HTTP date relative to nowMs). undefined when absent or unreadable.
 */
export function parseRetryAfter(values, nowMs) {
    const ms = values.retryAfterMs?.trim();
    if (ms && /^\d+(\.\d+)?$/.test(ms))
        return Number(ms);
    const after = values.retryAfter?.trim();
    if (!after)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(after))
        return Number(after) * 1000;
    const date = Date.parse(after);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/**
 * Delay before retry number `retry` (1-based). A server's Retry-After wins, capped;
 * otherwise exponential backoff with full jitter: uniform in [0, min(max, base·2^(retry−1))).
 */
export function backoffDelayMs(opts) {
    const { retry, policy, retryAfterMs, random } = opts;
    if (retryAfterMs !== undefined)
        return Math.min(retryAfterMs, policy.retryAfterCapMs);
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return random() * ceiling;
}
export function createRetryBudget(opts = {}) {
    const ratio = opts.ratio ?? RETRY_DEFAULTS.budgetRatio;
    const reserve = opts.reserve ?? RETRY_DEFAULTS.budgetReserve;
    if (!(ratio >= 0) || !(reserve >= 0)) {
        throw new TypeError(`retry budget: expected ratio ≥ 0 and reserve ≥ 0, got ratio ${ratio}, reserve ${reserve}`);
    }
    let firstAttempts = 0;
    let retries = 0;
    let denied = 0;
    return {
        recordFirstAttempt() {
            firstAttempts++;
        },
        tryTakeRetry() {
            if (retries + 1 > reserve + ratio * firstAttempts) {
                denied++;
                return false;
            }
            retries++;
            return true;
        },
        stats: () => ({ firstAttempts, retries, denied }),
    };
}
/** A small seeded PRNG (mulberry32) so jitter is reproducible in tests and benchmarks. */
export function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
