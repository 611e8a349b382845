import { describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseCommitFromEnv, baseCommitOf } from '../../src/shell/base-commit.js';

const SHA = 'a'.repeat(40);

describe('the base commit of the triggering event', () => {
  test('a pull request gives its base sha, a merge queue its base_sha; other events and non-shas give none', () => {
    expect(baseCommitOf('pull_request', { pull_request: { base: { sha: SHA } } })).toBe(SHA);
    expect(baseCommitOf('pull_request_target', { pull_request: { base: { sha: SHA } } })).toBe(SHA);
    expect(baseCommitOf('merge_group', { merge_group: { base_sha: SHA } })).toBe(SHA);
    expect(baseCommitOf('merge_group', { pull_request: { base: { sha: SHA } } })).toBeUndefined();
    expect(baseCommitOf('push', { before: SHA })).toBeUndefined();
    expect(baseCommitOf('pull_request', { pull_request: { base: { sha: '--upload-pack=evil' } } })).toBeUndefined();
    expect(baseCommitOf('pull_request', null)).toBeUndefined();
  });

  test('from GITHUB_EVENT_PATH; an unreadable or broken file gives none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-event-'));
    try {
      const file = join(dir, 'event.json');
      await writeFile(file, JSON.stringify({ merge_group: { base_sha: SHA } }));
      expect(await baseCommitFromEnv({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: file })).toBe(SHA);
      await writeFile(file, '{ not json');
      expect(await baseCommitFromEnv({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_EVENT_PATH: file })).toBeUndefined();
      expect(await baseCommitFromEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'missing.json') })).toBeUndefined();
      expect(await baseCommitFromEnv({})).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
