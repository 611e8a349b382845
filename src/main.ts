// The Action's logic as one function, the shape actions/typescript-action uses: dist/index.js
// (src/action.ts) calls it, and so can GitHub's @github/local-action, which imports this file
// and calls run() (`npm run local-action`).
import * as core from '@actions/core';
import { nodeTooOld } from './shell/node-version.js';
import { createRedactor, secretsFromEnv } from './shell/redact.js';
import { runAction } from './action/run-action.js';

/**
 * Runs the Action. `entry` is the bundle file to start the gate's worker thread from; without
 * one (local-action runs this file from source), the gate runs on this thread.
 */
export async function run(entry?: URL): Promise<void> {
  const tooOld = nodeTooOld();
  if (tooOld) {
    core.setFailed(`llm-gate: ${tooOld} (action.yml runs it with node24; a self-hosted runner may need a newer one)`);
    // The CLI's exit code for a setup problem, so both bundles say it the same way.
    process.exitCode = 2;
    return;
  }
  try {
    await runAction(entry);
  } catch (err) {
    // Last resort: runAction redacts what it writes, but this message never went through it.
    core.setFailed(createRedactor(secretsFromEnv(process.env))(`llm-gate: internal error: ${(err as Error).message}`));
  }
}
