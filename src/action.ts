import * as core from '@actions/core';
import { runAction } from './action/run-action.js';
import { gateWorkerMain, isGateWorker } from './gate-worker.js';

// The same file serves as the gate's worker thread (see gate-worker.ts).
if (isGateWorker()) {
  await gateWorkerMain();
} else {
  try {
    await runAction(new URL(import.meta.url));
  } catch (err) {
    core.setFailed(`llm-gate: internal error: ${(err as Error).message}`);
  }
}
