import * as core from '@actions/core';
import { isMainThread } from 'node:worker_threads';
import { nodeTooOld } from './shell/node-version.js';
import { createRedactor, secretsFromEnv } from './shell/redact.js';
import { runAction } from './action/run-action.js';
import { gateWorkerMain, isGateWorker } from './gate-worker.js';

// The same file serves as the gate's worker thread (see gate-worker.ts). Importing the gate
// needs nothing newer than Node 20, so the check can come first in the body: an old runner
// gets one line, not a stack trace from deep inside a run.
const tooOld = isMainThread ? nodeTooOld() : undefined;
if (tooOld) {
  core.setFailed(`llm-gate: ${tooOld} (action.yml runs it with node24; a self-hosted runner may need a newer one)`);
} else if (isGateWorker()) {
  await gateWorkerMain();
} else {
  try {
    await runAction(new URL(import.meta.url));
  } catch (err) {
    // Last resort: runAction redacts what it writes, but this message never went through it.
    core.setFailed(createRedactor(secretsFromEnv(process.env))(`llm-gate: internal error: ${(err as Error).message}`));
  }
}
