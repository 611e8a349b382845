#!/usr/bin/env node
import { main } from './cli/main.js';
import { gateWorkerMain, isGateWorker } from './gate-worker.js';

// The same file serves as the gate's worker thread (see gate-worker.ts).
if (isGateWorker()) await gateWorkerMain();
else process.exitCode = await main(process.argv.slice(2), new URL(import.meta.url));
