// The measured run: the runner exactly as the gate uses it (createCaller, warmUp,
// runCases), timed from the first dispatch to the last record.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCaller, runCases, warmUp } from '../src/run/index.js';
import type { CallFn, EvalCase, ModelConfig, RunSettings, Side } from '../src/types.js';
import { BENCH_MODELS, type RunnerArgs, type RunnerResult } from './protocol.js';

export async function measureRun(args: RunnerArgs): Promise<Omit<RunnerResult, 'maxRssMb'>> {
  const cases: EvalCase[] = Array.from({ length: args.cases }, (_, i) => ({
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

  const settings: RunSettings = { concurrency: args.concurrency, repeats: 1, timeoutMs: 30_000, retries: 2 };
  const model = (side: Side): ModelConfig => ({
    model: BENCH_MODELS[side],
    baseUrl: args.url,
    apiKeyEnv: 'BENCH_API_KEY',
    params: { temperature: 0, max_tokens: 200 },
    price: { input: 2.5, cachedInput: 1.25, output: 10 },
    priceSource: { kind: 'config' },
  });
  const callers: Record<Side, CallFn> = {
    baseline: createCaller({ role: 'baseline', model: model('baseline'), apiKey: 'sk-bench', settings }),
    candidate: createCaller({ role: 'candidate', model: model('candidate'), apiKey: 'sk-bench', settings }),
  };

  await warmUp([model('baseline'), model('candidate')], { concurrency: args.concurrency, apiKeyFor: () => 'sk-bench' });

  // BENCH_HEAP_PROFILE=file: sample allocation sites of objects that outlive a young-generation GC.
  const heapProfile = process.env['BENCH_HEAP_PROFILE'];
  const inspector = heapProfile ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: false,
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

  const latencies: number[] = [];
  let errors = 0;
  for (const record of records) {
    if (record.error || record.latencyMs === null) errors++;
    else latencies.push(record.latencyMs);
  }
  return {
    wallMs,
    latencies,
    errors,
    calls: records.length,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
  };
}
