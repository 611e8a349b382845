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

/** GitHub's answer goes into a warning line: enough to act on, never a page of JSON. */
const MAX_DETAIL_CHARS = 1000;

/**
 * One entry of a 422's `errors[]`: GitHub sends `{ resource, field, code, message? }` or a
 * plain string. `body: body is too long (maximum is 65536 characters) [custom]`.
 */
export function describeErrorEntry(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (typeof entry !== 'object' || entry === null) return JSON.stringify(entry) ?? String(entry);
  const { field, code, message } = entry as { field?: unknown; code?: unknown; message?: unknown };
  const where = typeof field === 'string' && field !== '' ? `${field}: ` : '';
  const said = typeof message === 'string' && message !== '' ? message : undefined;
  const kind = typeof code === 'string' && code !== '' ? code : undefined;
  if (said === undefined) return `${where}${kind ?? JSON.stringify(entry)}`;
  return `${where}${said}${kind === undefined ? '' : ` [${kind}]`}`;
}

/**
 * GitHub's whole answer in one line: its message and every `errors[]` entry, which is where
 * a 422 says what was wrong (`Validation Failed` alone tells nobody anything).
 */
export function githubDetail(err: unknown): string {
  const message = githubMessage(err);
  const data = (err as HttpFailure | undefined)?.response?.data;
  const entries = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  const text = !Array.isArray(entries) || entries.length === 0 ? message : `${message}: ${entries.map(describeErrorEntry).join('; ')}`;
  return text.length <= MAX_DETAIL_CHARS ? text : `${text.slice(0, MAX_DETAIL_CHARS)}…`;
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
  const said = githubDetail(err);
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

/**
 * A clear Error for failures we do not skip, keeping the original as the cause. `action`
 * names the PR already ("create a comment on acme/widgets#7"), so nothing is added to it.
 */
export function githubError(err: unknown, action: string): Error {
  const status = httpStatusOf(err);
  const code = status === undefined ? 'a network error' : `HTTP ${status}`;
  return new Error(`GitHub answered ${code} while trying to ${action}: ${githubDetail(err)}`, { cause: err });
}
