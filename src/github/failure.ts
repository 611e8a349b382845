// How a failed GitHub call is judged. A comment is a side channel: a read-only token
// (fork PRs, a missing `permissions:` block) must cost a warning, never the verdict.

export type CommentTarget = 'pull-request' | 'issue';

/** What octokit's RequestError carries; duck-typed so we need not depend on its package. */
interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function httpStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('status' in err)) return undefined;
  const status = (err as { status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** GitHub's own `message` field, falling back to the client's message. */
export function githubMessage(err: unknown): string {
  const data = (err as HttpFailure | undefined)?.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return err instanceof Error ? err.message : String(err);
}

export function isRateLimited(err: unknown): boolean {
  const headers = (err as HttpFailure | undefined)?.response?.headers ?? {};
  return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(githubMessage(err));
}

export function permissionFor(target: CommentTarget): string {
  return target === 'issue' ? 'issues: write' : 'pull-requests: write';
}

/**
 * A reason to skip the comment, or undefined when the failure is not one we can shrug off
 * (5xx, bugs), so the caller throws.
 */
export function skipReason(err: unknown, action: string, target: CommentTarget): string | undefined {
  const status = httpStatusOf(err);
  const said = githubMessage(err);
  if (status === 429 || (status === 403 && isRateLimited(err))) {
    return `could not ${action}: GitHub rate-limited the token (${status} ${said}); the verdict is unaffected`;
  }
  if (status === 401) {
    return `could not ${action}: GitHub rejected the token (401 ${said}); check the github-token input. The verdict is unaffected`;
  }
  if (status === 403 || status === 404) {
    const permission = permissionFor(target);
    return (
      `could not ${action}: GitHub answered ${status} ${said}. The token lacks \`${permission}\`: ` +
      `add \`permissions: { ${permission} }\` to the job (on pull requests from forks GITHUB_TOKEN is ` +
      `read-only, so the report is in the job summary instead). The verdict is unaffected`
    );
  }
  return undefined;
}

/** A clear Error for failures we do not skip, keeping the original as the cause. */
export function githubError(err: unknown, action: string, where: string): Error {
  const status = httpStatusOf(err);
  const code = status === undefined ? 'network error' : `HTTP ${status}`;
  return new Error(`llm-gate: GitHub API ${code} while trying to ${action} on ${where}: ${githubMessage(err)}`, { cause: err });
}
