#!/usr/bin/env node
import module from 'node:module';
import { nodeTooOld } from './shell/node-version.js';
import { HELP } from './cli/help.js';
import { VERSION } from './version.js';

// Only what --help and --version need is loaded up front; the gate (the SDK, zod, ajv, the
// worker) is imported when a command runs. The same file serves as the gate's worker
// thread (see gate-worker.ts), which needs no version check: its parent made one.
const tooOld = nodeTooOld();
// V8's code cache on disk (Node 22.1+): a second run skips compiling the bundle's 3 MB.
if (!tooOld) module.enableCompileCache?.();
const argv = process.argv.slice(2);
const { isMainThread } = await import('node:worker_threads');
if (isMainThread && tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else if (isMainThread && argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (isMainThread && argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')) {
  process.stdout.write(HELP);
} else {
  const { gateWorkerMain, isGateWorker } = await import('./gate-worker.js');
  if (isGateWorker()) await gateWorkerMain();
  else {
    const { main } = await import('./cli/main.js');
    process.exitCode = await main(argv, new URL(import.meta.url));
  }
}
