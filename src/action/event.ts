// What the triggering event means for the gate: is there a PR to comment on, and does it
// come from a fork (no secrets, read-only token)?

export interface EventInfo {
  eventName: string;
  pullRequest?: { number: number; owner: string; repo: string };
  isFork: boolean;
  runUrl?: string;
  apiUrl: string;
}

interface ContextLike {
  eventName: string;
  payload: { pull_request?: { number?: number; head?: { repo?: { fork?: boolean; full_name?: string } | null }; base?: { repo?: { full_name?: string } } } };
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
  return {
    eventName: context.eventName,
    pullRequest: pr?.number !== undefined && repo ? { number: pr.number, ...repo } : undefined,
    isFork,
    runUrl: repo && context.runId ? `${context.serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}` : undefined,
    apiUrl: context.apiUrl,
  };
}
