// `llm-gate demo` as a user runs it: the built bundle, which starts the built-in simulator as
// a child process and runs the real gate against it over HTTP. Report files land where the
// user stands, not in the package.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('llm-gate demo', () => {
  it('runs the simulated gate, writes --json/--markdown relative to the caller, and exits 0 on its fail verdict', async () => {
    dir = await mkdtemp(join(tmpdir(), 'llm-gate-demo-'));
    const result = await runBundle({ bundle: 'cli', args: ['demo', '--json', 'out/report.json', '--markdown', 'out/report.md', '--quiet'], cwd: dir, env: baseEnv() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/`llm-gate run` would exit with code 1/);
    const report = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')) as {
      schema: string;
      verdict: string;
      models: Record<'baseline' | 'candidate', { model: string; calls: number }>;
      run: { sequential?: { looks: number[]; decidedAfter?: { look: number; cases: number; of: number }; saved?: { calls: number }; afterDecision?: { calls: number } } };
    };
    expect(report.schema).toBe('llm-gate/report@1');
    expect(report.verdict).toBe('fail');
    expect([report.models.baseline.model, report.models.candidate.model]).toEqual(['sim-4o', 'sim-5.5']);
    // The demo's regression is plain at the first look (36 of its 60 cases), so the gate stops
    // sending there and judges exactly those 36; calls already under way finish, paid, apart.
    const sequential = report.run.sequential!;
    expect(sequential.looks).toEqual([36, 48]);
    expect(sequential.decidedAfter).toEqual({ look: 36, cases: 36, of: 60 });
    expect(report.models.baseline.calls).toBe(36);
    expect(report.models.candidate.calls).toBe(36);
    expect(sequential.saved!.calls).toBe(120 - 72 - sequential.afterDecision!.calls);
    const markdown = await readFile(join(dir, 'out', 'report.md'), 'utf8');
    expect(markdown).toMatch(/Simulated run/);
    expect(markdown).toMatch(/❌ \*\*fail\*\*/);
  }, 60_000);
});
