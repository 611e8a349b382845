// `llm-gate init` then `llm-gate validate` in an empty directory, as a new user starts:
// a starter that loads, a plan, and no call (there is no key and no server to call).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('llm-gate init and validate', () => {
  it('writes a starter that validates with zero calls, and never overwrites a file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-init-'));
    const init = await runBundle({ bundle: 'cli', args: ['init', '--candidate', 'gpt-5.1'], cwd: dir, env: baseEnv() });
    expect(init.code, init.stderr).toBe(0);
    const config = await readFile(join(dir, 'llm-gate.yml'), 'utf8');
    expect(config).toMatch(/^# yaml-language-server: \$schema=/);
    expect(config).toContain('model: gpt-5.1');
    for (const file of ['evals/extraction.yaml', 'evals/routing.jsonl', 'evals/codegen.yaml']) expect(init.stderr).toContain(`wrote ${file}`);

    const validate = await runBundle({ bundle: 'cli', args: ['validate'], cwd: dir, env: baseEnv() });
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('6 cases × 1 repeat(s): gpt-4.1-mini (baseline) vs gpt-5.1 (candidate)');
    expect(validate.stdout).toContain('12 calls');
    expect(validate.stdout).toContain('no call was made');

    await writeFile(join(dir, 'llm-gate.yml'), 'evals: nothing/*.yaml\n');
    const again = await runBundle({ bundle: 'cli', args: ['init'], cwd: dir, env: baseEnv() });
    expect(again.code).toBe(0);
    expect(await readFile(join(dir, 'llm-gate.yml'), 'utf8')).toBe('evals: nothing/*.yaml\n');
  });

  it('exits 2 with the same file:line error as run on a bad config', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-init-'));
    await runBundle({ bundle: 'cli', args: ['init'], cwd: dir, env: baseEnv() });
    await writeFile(join(dir, 'llm-gate.yml'), `${await readFile(join(dir, 'llm-gate.yml'), 'utf8')}threshold: {}\n`);
    const validate = await runBundle({ bundle: 'cli', args: ['validate'], cwd: dir, env: baseEnv() });
    const run = await runBundle({ bundle: 'cli', args: ['run'], cwd: dir, env: baseEnv({ OPENAI_API_KEY: 'sk-never-used-0000' }) });
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/llm-gate\.yml:\d+:\d+: threshold/);
    expect(run.code).toBe(2);
    expect(validate.stderr.split('\n')[0]).toBe(run.stderr.split('\n').find((l) => l.startsWith('llm-gate: error:')));
  });
});
