// Child process: runs the measured run (runner-core.ts) on its main thread, or with
// --worker-young-mb in a worker thread whose young generation is capped, and reports
// the figures with the whole process's peak RSS.
import { Worker } from 'node:worker_threads';
import { GATE_WORKER_LIMITS } from '../src/worker-limits.js';
import type { RunnerArgs, RunnerResult } from './protocol.js';
import { measureRun } from './runner-core.js';

const args = JSON.parse(process.argv[2]!) as RunnerArgs;

let measured: Omit<RunnerResult, 'maxRssMb'>;
if (args.workerYoungMb === undefined) {
  measured = await measureRun(args);
} else {
  const worker = new Worker(new URL('./runner-worker.js', import.meta.url), {
    workerData: args,
    resourceLimits: { ...GATE_WORKER_LIMITS, maxYoungGenerationSizeMb: args.workerYoungMb },
  });
  measured = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
}
const result: RunnerResult = { ...measured, maxRssMb: process.resourceUsage().maxRSS / 1024 };
process.send!(result, () => process.disconnect?.());
