import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadConfig, loadEvalSet } from '../../src/config/index.js';
import { globScope, isInside, repositoryRoot } from '../../src/config/paths.js';
import { formattedError, project } from './helpers.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const MODELS = `models:
  baseline: { model: gpt-4o }
  candidate: { model: gpt-4o-mini }
`;
const CASE = '- id: a\n  prompt: hi\n  expect: [{ type: contains, value: x }]\n';

/** A repository (with a .git directory) under a temp dir that also holds files outside it. */
async function repo(files: Record<string, string>, outside: Record<string, string> = {}) {
  const top = await realpath(await mkdtemp(join(tmpdir(), 'llm-gate-paths-')));
  cleanups.push(() => rm(top, { recursive: true, force: true }));
  const root = join(top, 'repo');
  await mkdir(join(root, '.git'), { recursive: true });
  for (const [name, content] of Object.entries({ ...files })) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), content);
  }
  for (const [name, content] of Object.entries(outside)) {
    await mkdir(join(top, name, '..'), { recursive: true });
    await writeFile(join(top, name), content);
  }
  return { top, root };
}

const load = async (cwd: string, configPath = 'llm-gate.yml') => loadEvalSet(await loadConfig(configPath, { cwd }), { cwd });

describe('the repository root', () => {
  test('is the nearest ancestor of the working directory with .git, a directory or a file', async () => {
    const { root } = await repo({ 'sub/dir/x': '' });
    expect((await repositoryRoot(join(root, 'sub/dir'), 'llm-gate.yml')).real).toBe(root);
    await rm(join(root, '.git'), { recursive: true });
    await writeFile(join(root, '.git'), 'gitdir: /elsewhere/.git/worktrees/x\n');
    expect((await repositoryRoot(join(root, 'sub'), 'llm-gate.yml')).real).toBe(root);
  });

  test("is the config file's directory outside git", async () => {
    const p = await project({ 'gate/llm-gate.yml': '' });
    cleanups.push(p.cleanup);
    expect((await repositoryRoot(p.dir, 'gate/llm-gate.yml')).lexical).toBe(join(p.dir, 'gate'));
  });

  test('contains itself and what is below it, nothing else', () => {
    expect(isInside('/r', '/r')).toBe(true);
    expect(isInside('/r', '/r/a/b')).toBe(true);
    expect(isInside('/r', '/r2/a')).toBe(false);
    expect(isInside('/r', '/')).toBe(false);
    expect(isInside('/r', '/r/../etc')).toBe(false);
  });
});

describe('globs', () => {
  const root = { lexical: '/repo', real: '/repo' };

  test.each([
    ['evals/**/*.yaml', '/repo/gate', '/repo/gate/evals', '**/*.yaml'],
    ['../shared/*.yaml', '/repo/gate', '/repo/shared', '*.yaml'],
    ['a.yaml', '/repo', '/repo', 'a.yaml'],
    ['/repo/evals/*.yaml', '/repo', '/repo/evals', '*.yaml'],
  ])('%s from %s walks %s for %s', (pattern, configDir, cwd, below) => {
    expect(globScope(pattern, configDir, root)).toEqual({ ok: true, cwd, pattern: below });
  });

  test.each([
    ['../../**/*.yml', 'outside'],
    ['/etc/*.conf', 'outside'],
    ['/*', 'outside'],
    ['../*.yaml', 'outside'],
    ['evals/*/../../../x.yaml', 'parent-in-pattern'],
    ['{..,evals}/*.yaml', 'parent-in-pattern'],
    ['evals/**/{a,..}/*.yaml', 'parent-in-pattern'],
  ])('%s is refused (%s)', (pattern, reason) => {
    expect(globScope(pattern, '/repo', root)).toMatchObject({ ok: false, reason });
  });
});

describe('files outside the repository root', () => {
  test('an absolute glob is a config error at its line, naming the root', async () => {
    const { root } = await repo({ 'llm-gate.yml': `${MODELS}evals: /etc/*.conf\n` });
    expect(await formattedError(load(root))).toBe(
      `llm-gate.yml:4:8: evals: "/etc/*.conf" reaches /etc, outside the repository root ${root} (llm-gate reads files only inside the repository: the git root of the working directory, or the config file's directory outside git)`,
    );
  });

  test('a ../ glob that leaves the root is refused before the walk', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: ["a.yaml", "../../**/*.yml"]\n${MODELS}`, 'a.yaml': CASE });
    expect(await formattedError(load(root))).toMatch(new RegExp(`^llm-gate\\.yml:1:19: evals\\[1\\]: "\\.\\./\\.\\./\\*\\*/\\*\\.yml" reaches /[^ ]*, outside the repository root ${root} `));
  });

  test('a ../ glob that stays inside the root is fine', async () => {
    const { root } = await repo({ 'gate/llm-gate.yml': `evals: ../shared/*.yaml\n${MODELS}`, 'shared/a.yaml': CASE });
    expect((await load(root, 'gate/llm-gate.yml')).files).toEqual(['shared/a.yaml']);
  });

  test('an eval file that is a symlink to /proc/self/environ is refused, naming both', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: evals/*.yaml\n${MODELS}`, 'evals/a.yaml': CASE });
    await symlink('/proc/self/environ', join(root, 'evals/env.yaml'));
    const message = await formattedError(load(root));
    expect(message).toMatch(/^llm-gate\.yml:1:8: evals: "evals\/\*\.yaml" matches eval file evals\/env\.yaml is outside the repository root /);
    expect(message).toMatch(/\(it resolves to \/proc\/\d+\/environ\)/);
  });

  test('a symlink to a file outside the root is refused', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: evals/*.yaml\n${MODELS}` }, { 'secret.yaml': CASE });
    await mkdir(join(root, 'evals'));
    await symlink('../../secret.yaml', join(root, 'evals/a.yaml'));
    expect(await formattedError(load(root))).toContain(`matches eval file evals/a.yaml is outside the repository root ${root}`);
  });

  test('a symlinked directory that leaves the root is refused when named, and not entered by **', async () => {
    const { top, root } = await repo({ 'llm-gate.yml': `evals: evals/link/*.yaml\n${MODELS}`, 'evals/a.yaml': CASE }, { 'out/b.yaml': CASE, 'out/deep/c.yaml': CASE });
    await symlink(join(top, 'out'), join(root, 'evals/link'));
    expect(await formattedError(load(root))).toContain(`"evals/link/*.yaml" reaches ${root}/evals/link (it resolves to ${top}/out), outside the repository root ${root}`);
    await writeFile(join(root, 'llm-gate.yml'), `evals: "evals/**/*.yaml"\n${MODELS}`);
    expect((await load(root)).files).toEqual(['evals/a.yaml']);
    await writeFile(join(root, 'llm-gate.yml'), `evals: "*/link/**/*.yaml"\n${MODELS}`);
    expect(await formattedError(load(root))).toContain('matches eval file evals/link/b.yaml is outside the repository root');
  });

  test('a symlink inside the root is followed', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: evals/*.yaml\n${MODELS}`, 'data/a.yaml': CASE });
    await mkdir(join(root, 'evals'));
    await symlink('../data/a.yaml', join(root, 'evals/a.yaml'));
    const set = await load(root);
    expect(set.files).toEqual(['evals/a.yaml']);
    expect(set.cases[0]!.source.file).toBe('evals/a.yaml');
  });

  test('a config file that is a symlink out of the root is refused', async () => {
    const { root } = await repo({}, { 'llm-gate.yml': `evals: a.yaml\n${MODELS}` });
    await symlink('../llm-gate.yml', join(root, 'llm-gate.yml'));
    expect(await formattedError(load(root))).toMatch(new RegExp(`^llm-gate\\.yml: config file llm-gate\\.yml is outside the repository root ${root} \\(it resolves to `));
  });

  test('a prompt file outside the root is refused at prompt.system', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: a.yaml\nprompt:\n  system: ../system.md\n${MODELS}`, 'a.yaml': CASE }, { 'system.md': 'secret' });
    expect(await formattedError(load(root))).toBe(
      `llm-gate.yml:3:11: prompt.system: prompt file ../system.md is outside the repository root ${root} (llm-gate reads files only inside the repository: the git root of the working directory, or the config file's directory outside git)`,
    );
  });

  test('a prompt file that is a symlink to /proc is refused', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: a.yaml\nprompt:\n  system: system.md\n${MODELS}`, 'a.yaml': CASE });
    await symlink('/proc/self/environ', join(root, 'system.md'));
    expect(await formattedError(load(root))).toMatch(/^llm-gate\.yml:3:11: prompt\.system: prompt file system\.md is outside the repository root .* \(it resolves to \/proc\/\d+\/environ\)/);
  });
});

describe('files that are not regular files', () => {
  test('a FIFO named like an eval file is refused without blocking', { timeout: 30_000 }, async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: evals/*.jsonl\n${MODELS}` });
    await mkdir(join(root, 'evals'));
    execFileSync('mkfifo', [join(root, 'evals/pipe.jsonl')]);
    expect(await formattedError(load(root))).toBe('llm-gate.yml:1:8: evals: "evals/*.jsonl" matches evals/pipe.jsonl, which is a FIFO, not a regular file (eval files must be regular files)');
  });

  test('a directory named like a prompt file is refused', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: a.yaml\nprompt:\n  user: prompts/user.md\n${MODELS}`, 'a.yaml': CASE, 'prompts/user.md/x': '' });
    expect(await formattedError(load(root))).toMatch(/^llm-gate\.yml:3:9: prompt\.user: prompt file prompts\/user\.md is a directory, not a regular file/);
  });

  test('a device reached through a symlink is refused (it is outside the root)', async () => {
    const { root } = await repo({ 'llm-gate.yml': `evals: a.yaml\nprompt:\n  user: zero.txt\n${MODELS}`, 'a.yaml': CASE });
    await symlink('/dev/zero', join(root, 'zero.txt'));
    expect(await formattedError(load(root))).toContain('prompt file zero.txt is outside the repository root');
  });
});

describe('kernel pseudo-files', () => {
  test('a config passed as /proc/self/environ is refused even outside git, where it would be its own root', async () => {
    const p = await project({});
    cleanups.push(p.cleanup);
    expect(await formattedError(loadConfig('/proc/self/environ', { cwd: p.dir }))).toMatch(/: config file .*environ is a file of \/proc, not a regular file/);
  });
});
