// Temp projects for loader tests: a directory with the given files, cleaned up by the caller.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LlmGateError } from '../../src/errors.js';

export async function project(files: Record<string, string | Buffer>): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-config-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The formatted LlmGateError a promise rejects with (fails the test on success or another error). */
export async function formattedError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof LlmGateError) return err.format();
    throw err;
  }
  throw new Error('expected an LlmGateError, but loading succeeded');
}
