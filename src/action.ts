import * as core from '@actions/core';
import { runAction } from './action/run-action.js';

try {
  await runAction();
} catch (err) {
  core.setFailed(`llm-gate: internal error: ${(err as Error).message}`);
}
