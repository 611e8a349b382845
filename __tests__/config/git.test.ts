import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCommit } from '../../src/config/git.js';
import { LlmGateError } from '../../src/errors.js';

const GIT_ENV = { PATH: process.env.PATH, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent' };

describe('reading the base commit', () => {
  it('refuses a ref that git would read as an option, or one with control characters, before running git', async () => {
    for (const ref of ['--upload-pack=touch /tmp/x', '-c core.pager=x', 'main\nHEAD']) {
      const err = await openCommit('/nonexistent', ref).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LlmGateError);
      expect((err as LlmGateError).code).toBe('usage');
    }
  });

  it('reads a file as it was at the commit, and nothing outside the repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
      await writeFile(join(dir, 'a.md'), 'one\n');
      git('init', '-q');
      git('add', '-A');
      git('commit', '-q', '-m', 'one');
      const first = git('rev-parse', 'HEAD');
      await writeFile(join(dir, 'a.md'), 'two\n');
      const at = await openCommit(dir, first);
      expect(at.commit).toBe(first);
      expect(await at.read(join(dir, 'a.md'))).toBe('one\n');
      expect(await at.read(join(dir, 'missing.md'))).toBeUndefined();
      expect(await at.read(join(dir, '..', 'outside.md'))).toBeUndefined();
      expect(await at.changedSince(['a.md'])).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
