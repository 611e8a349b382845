// runCases: both models' calls, interleaved case by case, in one pool of
// `concurrency` workers. Drift in a provider's speed then hits both models alike.
import { setMaxListeners } from 'node:events';
import { LlmGateError } from '../errors.js';
import { modelField } from './messages.js';
/**
 * Dispatch order: case i repeat r puts both sides next to each other, and which goes
 * first alternates with the parity of i + r, so neither model always leads.
 */
export function planCalls(caseCount, repeats) {
    const plan = [];
    for (let caseIndex = 0; caseIndex < caseCount; caseIndex++) {
        for (let repeat = 0; repeat < repeats; repeat++) {
            const slot = (caseIndex * repeats + repeat) * 2;
            const baseline = { caseIndex, repeat, side: 'baseline', slot };
            const candidate = { caseIndex, repeat, side: 'candidate', slot: slot + 1 };
            if ((caseIndex + repeat) % 2 === 0)
                plan.push(baseline, candidate);
            else
                plan.push(candidate, baseline);
        }
    }
    return plan;
}
export async function runCases(opts) {
    const { cases, callers, repeats, concurrency, onRecord, onProgress } = opts;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`runCases: expected concurrency to be an integer ≥ 1, got ${concurrency}`);
    }
    if (!Number.isInteger(repeats) || repeats < 1) {
        throw new RangeError(`runCases: expected repeats to be an integer ≥ 1, got ${repeats}`);
    }
    const clock = opts.clock ?? performance;
    const plan = planCalls(cases.length, repeats);
    const total = plan.length;
    const slots = new Array(total);
    // One internal signal for every call: the caller's cancel and our own stop (a fatal
    // error) both end up here. Each call in flight listens to it.
    const stop = new AbortController();
    setMaxListeners(0, stop.signal);
    const onOuterAbort = () => stop.abort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    if (opts.signal?.aborted)
        stop.abort();
    let next = 0;
    let done = 0;
    let spentUsd = 0;
    let fatal;
    let bug;
    const started = clock.now();
    const report = () => onProgress?.({ done, total, spentUsd, elapsedMs: clock.now() - started });
    const ticker = onProgress ? setInterval(report, opts.progressIntervalMs ?? 1000) : undefined;
    ticker?.unref();
    async function worker() {
        while (!stop.signal.aborted && next < total) {
            const call = plan[next++];
            const evalCase = cases[call.caseIndex];
            let record;
            try {
                record = await callers[call.side]({ caseId: evalCase.id, repeat: call.repeat, messages: evalCase.messages }, stop.signal);
            }
            catch (error) {
                // A CallFn never throws for API errors, so this is a bug: stop, and rethrow it.
                bug ??= { error };
                stop.abort();
                return;
            }
            slots[call.slot] = record;
            done++;
            spentUsd += record.costUsd;
            onRecord?.(record);
            if (record.error?.kind === 'fatal' && !fatal) {
                fatal = record;
                stop.abort();
            }
        }
    }
    try {
        const workers = [];
        for (let i = 0; i < Math.min(concurrency, total); i++)
            workers.push(worker());
        await Promise.all(workers);
    }
    finally {
        if (ticker)
            clearInterval(ticker);
        opts.signal?.removeEventListener('abort', onOuterAbort);
    }
    report();
    if (bug)
        throw bug.error;
    if (fatal) {
        throw new LlmGateError(fatal.error.message, { code: 'fatal', field: modelField(fatal.side) });
    }
    return slots.filter((r) => r !== undefined);
}
