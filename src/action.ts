// The Action's entry (dist/index.js). The same file serves as the gate's worker thread (see
// gate-worker.ts). Importing the gate needs nothing newer than Node 20, so run() can check
// the version first and an old runner gets one line, not a stack trace.
import { gateWorkerMain, isGateWorker } from './gate-worker.js';
import { run } from './main.js';

if (isGateWorker()) await gateWorkerMain();
else await run(new URL(import.meta.url));
