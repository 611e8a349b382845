// What the triggering event means for the gate: is there a PR to comment on, and does the
// run get no secrets (a fork's pull request, or one Dependabot opened)?
import { baseCommitOf } from '../shell/base-commit.js';

/** Dependabot's login; GitHub gives its runs Dependabot secrets only, never Actions secrets. */
export const DEPENDABOT_LOGIN = 'dependabot[bot]';

/** Why GitHub gave this run no secrets, when it is one of the runs that never get them. */
export type SecretsWithheld = 'fork' | 'dependabot';

export interface EventInfo {
  eventName: string;
  pullRequest?: { number: number; owner: string; repo: string };
  isFork: boolean;
  /** A fork's pull request or a Dependabot run: a missing key is expected there, not a setup mistake. */
  secretsWithheld?: SecretsWithheld;
  runUrl?: string;
  apiUrl: string;
  /** The pull request's base commit, or the merge queue's: the default baseline ref for models.baseline: { from: base }. */
  baseCommit?: string;
}

interface ContextLike {
  eventName: string;
  actor?: string;
  payload: {
    pull_request?: {
      number?: number;
      user?: { login?: string } | null;
      head?: { repo?: { fork?: boolean; full_name?: string } | null };
      base?: { repo?: { full_name?: string }; sha?: string };
    };
    merge_group?: { base_sha?: string };
  };
  repo: { owner: string; repo: string };
  runId: number;
  serverUrl: string;
  apiUrl: string;
}

export function describeEvent(context: ContextLike): EventInfo {
  const pr = context.payload.pull_request;
  let repo: { owner: string; repo: string } | undefined;
  try {
    repo = context.repo;
  } catch {
    // GITHUB_REPOSITORY unset (local runs): nothing to link to or comment on.
  }
  const headRepo = pr?.head?.repo;
  const isFork = pr !== undefined && (headRepo?.fork === true || (headRepo?.full_name !== undefined && headRepo.full_name !== pr.base?.repo?.full_name));
  const isDependabot = [pr?.user?.login, context.actor].some((login) => login?.toLowerCase() === DEPENDABOT_LOGIN);
  const secretsWithheld: SecretsWithheld | undefined = isFork ? 'fork' : isDependabot ? 'dependabot' : undefined;
  return {
    eventName: context.eventName,
    pullRequest: pr?.number !== undefined && repo ? { number: pr.number, ...repo } : undefined,
    isFork,
    ...(secretsWithheld === undefined ? {} : { secretsWithheld }),
    runUrl: repo && context.runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}` : undefined,
    apiUrl: context.apiUrl,
    ...((sha) => (sha ? { baseCommit: sha } : {}))(baseCommitOf(context.eventName, context.payload)),
  };
}
