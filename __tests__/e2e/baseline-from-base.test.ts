// models.baseline: { from: base } through the built CLI in a real git repository: the
// baseline is the candidate (model and prompt file) as the config defined it at the base
// commit; a later commit that changes nothing a call is made of is skipped with no request;
// a base commit the clone lacks is exit 2 naming the fix. And a model's own prompt is sent
// (seen at the server) and named in the report.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { cleanupAfterEach } from './helpers/cleanup.js';
import { baseEnv, runBundle, type BundleRun } from './helpers/bundle.js';
import { startScriptedServer, type Script, type ScriptedServer } from './helpers/scripted-openai.js';

const cleanup = cleanupAfterEach();

const LABELS = ['billing', 'shipping', 'tech'];
// The new model is wrong on every third ticket, the old one on every eleventh: a real regression.
const script: Script = (model, user) => {
  const n = Number(/ticket (\d+)/.exec(user)?.[1]);
  const wrong = model === 'new-model' ? n % 3 === 0 : n % 11 === 0;
  return { content: wrong ? 'unknown' : LABELS[n % 3]!, delayMs: 1, usage: { prompt: 20, cached: 0, completion: 2, reasoning: 0 } };
};

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: { PATH: process.env.PATH, ...GIT_ENV }, encoding: 'utf8' }).trim();

function config(url: string, model: string, extra: string[] = []): string {
  return [
    'evals: evals/*.yaml',
    'prompt:',
    '  system: prompts/system.md',
    'models:',
    '  baseline: { from: base }',
    '  candidate:',
    `    model: ${model}`,
    `    baseUrl: ${url}`,
    '    apiKeyEnv: E2E_KEY',
    '    price: { input: 1, output: 2 }',
    ...extra,
    'thresholds: { quality: 2, qualityPerDollar: false, p95Latency: false }',
    'run: { sequential: false }',
  ].join('\n');
}

async function repository(url: string): Promise<{ dir: string; first: string }> {
  const dir = cleanup.dir(await mkdtemp(join(tmpdir(), 'llm-gate-from-base-')));
  await mkdir(join(dir, 'evals'));
  await mkdir(join(dir, 'prompts'));
  const cases = Array.from({ length: 60 }, (_, i) => [`- id: t${i}`, `  vars: { n: ${i} }`, '  prompt: "Route ticket {{n}}"', '  expect:', '    - type: label', `      value: ${LABELS[i % 3]}`].join('\n'));
  await writeFile(join(dir, 'evals', 'routing.yaml'), `${cases.join('\n')}\n`);
  await writeFile(join(dir, 'prompts', 'system.md'), 'Route the ticket. Version one.\n');
  await writeFile(join(dir, 'llm-gate.yml'), config(url, 'old-model'));
  await writeFile(join(dir, 'README.md'), 'routing\n');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'production runs old-model');
  return { dir, first: git(dir, 'rev-parse', 'HEAD') };
}

const cli = (cwd: string, args: string[], env: Record<string, string> = {}): Promise<BundleRun> =>
  runBundle({ bundle: 'cli', args, cwd, env: baseEnv({ E2E_KEY: 'sk-e2e-from-base-123456', ...env }) });

type Json = Record<string, any>;

describe('models.baseline: { from: base }', () => {
  it('gates the new production model and prompt against the base commit’s, then skips a README-only commit with zero requests', async () => {
    const server = cleanup.server(await startScriptedServer(script));
    const { dir: repo, first } = await repository(server.url);
    // Commit 2: the production model and its prompt file change.
    await writeFile(join(repo, 'llm-gate.yml'), config(server.url, 'new-model'));
    await writeFile(join(repo, 'prompts', 'system.md'), 'Route the ticket. Version two.\n');
    git(repo, 'commit', '-q', '-am', 'switch to new-model');

    const run = await cli(repo, ['run', '--baseline-ref', first, '--json', 'report.json', '--quiet']);
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(1);
    const report = JSON.parse(await readFile(join(repo, 'report.json'), 'utf8')) as Json;
    expect(report.verdict).toBe('fail');
    expect(report.models.baseline.model).toBe('old-model');
    expect(report.models.candidate.model).toBe('new-model');
    expect(report.models.baseline.from).toEqual({ ref: first, commit: first });
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(report.models.baseline.prompt.system).toEqual({ file: 'prompts/system.md', sha256: sha('Route the ticket. Version one.') });
    expect(report.models.candidate.prompt.system).toEqual({ file: 'prompts/system.md', sha256: sha('Route the ticket. Version two.') });
    // Each model was sent its own commit's prompt, seen at the server.
    const systems = (model: string) => new Set(server!.served.filter((s) => s.model === model).map((s) => s.system));
    expect(systems('old-model')).toEqual(new Set(['Route the ticket. Version one.']));
    expect(systems('new-model')).toEqual(new Set(['Route the ticket. Version two.']));
    expect(server.served.filter((s) => s.model === 'old-model')).toHaveLength(60);
    expect(server.served.filter((s) => s.model === 'new-model')).toHaveLength(60);

    // Commit 3 changes only the README: gated against commit 2, nothing to gate.
    const second = git(repo, 'rev-parse', 'HEAD');
    await writeFile(join(repo, 'README.md'), 'routing, now documented\n');
    git(repo, 'commit', '-q', '-am', 'docs');
    const before = server.requests;
    const skipped = await cli(repo, ['run', '--baseline-ref', second, '--json', 'skipped.json', '--quiet']);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain('skipped: nothing to gate');
    expect(server.requests).toBe(before);
    const skip = JSON.parse(await readFile(join(repo, 'skipped.json'), 'utf8')) as Json;
    expect(skip.verdict).toBe('skipped');
    expect(skip.skipped.baseline).toEqual({ model: 'new-model', ref: second, commit: second });

    // --force runs anyway: the same model against itself, every case sent to both sides.
    // Sixty cases cannot show a 2-point tolerance holds, so the honest verdict is inconclusive.
    const forced = await cli(repo, ['run', '--baseline-ref', second, '--force', '--json', 'forced.json', '--quiet']);
    expect(forced.code, forced.stderr).toBe(4);
    const forcedReport = JSON.parse(await readFile(join(repo, 'forced.json'), 'utf8')) as Json;
    expect(forcedReport.checks.find((c: Json) => c.metric === 'quality').change).toBe(0);
    expect(server.served.length).toBe(120 + 120);

    // An eval file that changed is something to gate, even with the same model and prompt.
    await writeFile(join(repo, 'evals', 'routing.yaml'), `${(await readFile(join(repo, 'evals', 'routing.yaml'), 'utf8')).replace('Route ticket', 'Route this ticket')}`);
    const afterEdit = server.requests;
    const edited = await cli(repo, ['run', '--baseline-ref', second, '--json', 'edited.json', '--quiet']);
    expect(edited.stderr).not.toContain('skipped');
    expect(edited.code).toBe(4);
    expect(server.requests).toBeGreaterThan(afterEdit);
  }, 60_000);

  it('takes the base commit from the workflow’s pull_request event, and names the fix when the clone lacks it', async () => {
    const server = cleanup.server(await startScriptedServer(script));
    const { dir: repo, first } = await repository(server.url);
    await writeFile(join(repo, 'README.md'), 'only docs\n');
    git(repo, 'commit', '-q', '-am', 'docs');
    const event = join(repo, '..', `${repo.split('/').pop()}-event.json`);
    await writeFile(event, JSON.stringify({ pull_request: { number: 7, base: { sha: first } } }));
    try {
      const skipped = await cli(repo, ['run', '--quiet'], { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event });
      expect(skipped.code).toBe(0);
      expect(skipped.stderr).toContain(`skipped: nothing to gate: the candidate (old-model: its params, API settings and prompt) and the eval files are the same as at ${first}`);
      expect(server.requests).toBe(0);

      const missing = 'f'.repeat(40);
      const lacking = await cli(repo, ['run', '--baseline-ref', missing, '--quiet']);
      expect(lacking.code).toBe(2);
      expect(lacking.stderr).toContain(`the base commit ${missing} is not in this clone`);
      expect(lacking.stderr).toContain('fetch-depth: 0');
      expect(server.requests).toBe(0);

      const noRef = await cli(repo, ['run', '--quiet']);
      expect(noRef.code).toBe(2);
      expect(noRef.stderr).toMatch(/llm-gate\.yml:5:\d+.*models\.baseline: \{ from: base \} needs the base commit/);
    } finally {
      await rm(event, { force: true });
    }
  }, 60_000);
});

describe('a model’s own prompt', () => {
  it('sends the candidate its own system prompt and names each model’s prompt in the report', async () => {
    const server = cleanup.server(await startScriptedServer(script));
    const dir = cleanup.dir(await mkdtemp(join(tmpdir(), 'llm-gate-own-prompt-')));
    await mkdir(join(dir, 'evals'));
    await mkdir(join(dir, 'prompts'));
    const cases = Array.from({ length: 30 }, (_, i) => [`- id: t${i}`, `  vars: { n: ${i} }`, '  expect:', '    - type: label', `      value: ${LABELS[i % 3]}`].join('\n'));
    await writeFile(join(dir, 'evals', 'routing.yaml'), `${cases.join('\n')}\n`);
    await writeFile(join(dir, 'prompts', 'candidate.md'), 'Answer with one label. Recalibrated for the new model.\n');
    await writeFile(
      join(dir, 'llm-gate.yml'),
      [
        'evals: evals/*.yaml',
        'prompt:',
        '  system: You route tickets.',
        '  user: "Route ticket {{n}}"',
        'models:',
        `  baseline: { model: old-model, baseUrl: "${server.url}", apiKeyEnv: E2E_KEY, price: { input: 1, output: 2 } }`,
        '  candidate:',
        '    model: new-model',
        '    price: { input: 1, output: 2 }',
        '    prompt: { system: prompts/candidate.md }',
        'run: { sequential: false }',
      ].join('\n'),
    );
    const run = await cli(dir, ['run', '--json', 'report.json']);
    expect(run.stderr).not.toContain('internal error');
    // Both models answer every ticket alike: thirty cases cannot show the tolerances hold.
    expect(run.code).toBe(4);
    const systems = (model: string) => new Set(server!.served.filter((s) => s.model === model).map((s) => s.system));
    expect(systems('old-model')).toEqual(new Set(['You route tickets.']));
    expect(systems('new-model')).toEqual(new Set(['Answer with one label. Recalibrated for the new model.']));
    // The user template is shared: both were asked the same tickets.
    expect(new Set(server.served.map((s) => s.user)).size).toBe(30);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Json;
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(report.models.baseline.prompt).toEqual({ system: { sha256: sha('You route tickets.') }, user: { sha256: sha('Route ticket {{n}}') }, own: false });
    expect(report.models.candidate.prompt).toEqual({
      system: { file: 'prompts/candidate.md', sha256: sha('Answer with one label. Recalibrated for the new model.') },
      user: { sha256: sha('Route ticket {{n}}') },
      own: true,
    });
    // The comment's model table says which prompt each model used.
    const row = run.stdout.split('\n').find((line) => line.startsWith('| prompt |'));
    expect(row).toBe(`| prompt | system inline (${sha('You route tickets.').slice(0, 8)}) · user inline (${sha('Route ticket {{n}}').slice(0, 8)}) | system \`prompts/candidate.md\` (${sha('Answer with one label. Recalibrated for the new model.').slice(0, 8)}) · user inline (${sha('Route ticket {{n}}').slice(0, 8)}) |  |  |  |`);
  }, 60_000);
});
