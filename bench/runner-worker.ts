// Worker thread entry for runner-child.ts --worker-young-mb.
import { parentPort, workerData } from 'node:worker_threads';
import type { RunnerArgs } from './protocol.js';
import { measureRun } from './runner-core.js';

parentPort!.postMessage(await measureRun(workerData as RunnerArgs));
