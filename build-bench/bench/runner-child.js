import v8 from 'node:v8'; if (process.env.V8FLAGS) for (const f of process.env.V8FLAGS.split(' ')) v8.setFlagsFromString(f);
// Child process: the runner under test, exactly as the gate uses it (createCaller,
// warmUp, runCases), timed from the first dispatch to the last record.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCaller, runCases, warmUp } from '../src/run/index.js';
import { BENCH_MODELS } from './protocol.js';
const args = JSON.parse(process.argv[2]);
const cases = Array.from({ length: args.cases }, (_, i) => ({
    id: `bench-${i}`,
    tags: [],
    vars: {},
    messages: [
        { role: 'system', content: 'You route customer support messages to one of: billing, shipping, account, other.' },
        { role: 'user', content: `Ticket ${i}: I was charged twice for order ${1000 + i}, please help.` },
    ],
    expect: [],
    source: { file: 'bench', line: i + 1 },
}));
const settings = { concurrency: args.concurrency, repeats: 1, timeoutMs: 30_000, retries: 2 };
const model = (side) => ({
    model: BENCH_MODELS[side],
    baseUrl: args.url,
    apiKeyEnv: 'BENCH_API_KEY',
    params: { temperature: 0, max_tokens: 200 },
    price: { input: 2.5, cachedInput: 1.25, output: 10 },
    priceSource: { kind: 'config' },
});
const callers = {
    baseline: createCaller({ role: 'baseline', model: model('baseline'), apiKey: 'sk-bench', settings }),
    candidate: createCaller({ role: 'candidate', model: model('candidate'), apiKey: 'sk-bench', settings }),
};
await warmUp([model('baseline'), model('candidate')], { concurrency: args.concurrency, apiKeyFor: () => 'sk-bench' });
// BENCH_HEAP_PROFILE=file: sample every allocation site, including garbage, to find what a call allocates.
const heapProfile = process.env['BENCH_HEAP_PROFILE'];
const inspector = heapProfile ? new Session() : undefined;
if (inspector) {
    inspector.connect();
    await inspector.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
    });
}
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const records = await runCases({ cases, callers, repeats: 1, concurrency: args.concurrency });
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
loop.disable();
if (inspector && heapProfile) {
    const { profile } = await inspector.post('HeapProfiler.stopSampling');
    writeFileSync(heapProfile, JSON.stringify(profile));
    inspector.disconnect();
}
const latencies = [];
let errors = 0;
for (const record of records) {
    if (record.error || record.latencyMs === null)
        errors++;
    else
        latencies.push(record.latencyMs);
}
if (process.env['BENCH_MEMORY']) {
    const mb = (n) => (n / 2 ** 20).toFixed(1);
    const before = process.memoryUsage();
    globalThis.gc?.();
    const after = process.memoryUsage();
    console.error(`memory: rss ${mb(before.rss)} heapUsed ${mb(before.heapUsed)} heapTotal ${mb(before.heapTotal)} external ${mb(before.external)} arrayBuffers ${mb(before.arrayBuffers)}; after gc: heapUsed ${mb(after.heapUsed)} heapTotal ${mb(after.heapTotal)} rss ${mb(after.rss)}`);
}
const result = {
    wallMs,
    latencies,
    errors,
    calls: records.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
};
process.send(result, () => process.disconnect?.());
