// Table-driven over __tests__/fixtures/bad-input/<name>/: each folder holds an llm-gate.yml,
// its eval files and expected.txt — the exact formatted error (`file:line:col: field:
// message (hint)`), or lines `contains: <stable part>` (all must appear), or `ok: N cases` for
// input that must load.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { open, rm, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig, loadEvalSet, MAX_FILE_BYTES } from '../../src/config/index.js';
import { LlmGateError } from '../../src/errors.js';

const ROOT = join(import.meta.dirname, '..', 'fixtures', 'bad-input');
const names = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function load(dir: string, env: Record<string, string> = {}) {
  const config = await loadConfig('llm-gate.yml', { cwd: dir, env });
  return loadEvalSet(config, { cwd: dir });
}

describe('bad input fixtures', () => {
  test('there are at least 30 of them', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
  });

  test.each(names)('%s gives its expected outcome', async (name) => {
    const dir = join(ROOT, name);
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd();
    const envFile = join(dir, 'env.json');
    const env = existsSync(envFile) ? (JSON.parse(readFileSync(envFile, 'utf8')) as Record<string, string>) : {};
    const outcome = await load(dir, env).then(
      (set) => ({ ok: true as const, set }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    if (expected.startsWith('ok: ')) {
      if (!outcome.ok) throw outcome.err;
      expect(`ok: ${outcome.set.cases.length} cases`).toBe(expected);
      return;
    }
    expect(outcome.ok, 'loading should fail').toBe(false);
    if (outcome.ok) return;
    expect(outcome.err).toBeInstanceOf(LlmGateError);
    const error = outcome.err as LlmGateError;
    expect(error.code).toBe('config');
    const message = error.format();
    if (!expected.startsWith('contains: ')) {
      expect(message).toBe(expected);
      return;
    }
    for (const line of expected.split('\n')) expect(message).toContain(line.slice('contains: '.length));
  });
});

describe('a file over 50 MB', () => {
  test('is refused by size before it is read, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-big-'));
    try {
      await mkdir(join(dir, 'evals'));
      await writeFile(join(dir, 'llm-gate.yml'), 'evals: evals/*.jsonl\nmodels:\n  baseline: { model: gpt-4o }\n  candidate: { model: gpt-4o-mini }\n');
      // A sparse file: its size is over the limit without writing 50 MB to disk.
      const handle = await open(join(dir, 'evals', 'huge.jsonl'), 'w');
      await handle.truncate(MAX_FILE_BYTES + 1);
      await handle.close();
      const err = await load(dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LlmGateError);
      expect((err as LlmGateError).format()).toBe(
        'evals/huge.jsonl:1:1: eval file is 50.0 MB, over the 50.0 MB limit (split it into several smaller files)',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
