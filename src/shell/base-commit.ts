// The commit a pull request (or a merge-queue entry) is gated against when the config says
// models.baseline: { from: base }: the PR's base commit, or the queue's base. Both shells use
// it: the Action from its event context, the CLI from the event file a workflow gives it.
import { readFile, stat } from 'node:fs/promises';

interface EventPayload {
  pull_request?: { base?: { sha?: unknown } };
  merge_group?: { base_sha?: unknown };
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The base commit of a pull_request(_target) or merge_group event; undefined for any other event. */
export function baseCommitOf(eventName: string | undefined, payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const p = payload as EventPayload;
  const sha = eventName === 'merge_group' ? p.merge_group?.base_sha : p.pull_request?.base?.sha;
  return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}

/** An event file larger than this is not GitHub's: the payloads are capped far below it. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/** The base commit from GITHUB_EVENT_NAME and GITHUB_EVENT_PATH, when the CLI runs in a workflow. */
export async function baseCommitFromEnv(env: Record<string, string | undefined>): Promise<string | undefined> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return undefined;
  try {
    if ((await stat(path)).size > MAX_EVENT_BYTES) return undefined;
    return baseCommitOf(env.GITHUB_EVENT_NAME, JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return undefined;
  }
}
