// How hard the GitHub edge tries before a comment becomes a warning: a 5xx or a dropped
// connection is retried with back-off (@octokit/plugin-retry), a rate limit after the wait
// GitHub asks for (@octokit/plugin-throttling), and both are bounded so a GitHub outage
// costs the step about a minute, never the job's timeout.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface GitHubRetryPolicy {
  /** Retries of one request after a 5xx or a failed connection; plugin-retry waits (n+1)² s before retry n (1, 4, 9 s). */
  serverErrorRetries: number;
  /** Retries of one request after a rate limit (a secondary limit's 403/429, or a spent quota). */
  rateLimitRetries: number;
  /** Seconds of rate-limit waiting one client may add up; a limit that asks for more gives up at once. */
  maxRateLimitWaitS: number;
  /** Milliseconds per second of back-off: 1000, or a few in tests so they do not sleep. */
  msPerSecond: number;
}

/** Worst case per request: 14 s of 5xx back-off; per client: 60 s of rate-limit waits. */
export const GITHUB_RETRY: GitHubRetryPolicy = { serverErrorRetries: 3, rateLimitRetries: 3, maxRateLimitWaitS: 60, msPerSecond: 1000 };

/**
 * plugin-retry's own list of statuses that a retry cannot fix, plus 429: rate limits are
 * the throttling plugin's, which knows to wait for retry-after instead of guessing.
 */
export const DO_NOT_RETRY: readonly number[] = [400, 401, 403, 404, 410, 422, 429, 451];

/** Whether to wait `retryAfterS` and try again, given the tries and waits so far. Pure, so it is tested without a clock. */
export function retryAfterRateLimit(policy: GitHubRetryPolicy, retryAfterS: number, retryCount: number, waitedS: number): boolean {
  return retryCount < policy.rateLimitRetries && waitedS + retryAfterS <= policy.maxRateLimitWaitS;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  policy?: Partial<GitHubRetryPolicy>;
  log: { info(message: string): void };
}

/** Each client gets its own throttling key: GitHub's spacing of writes is honoured within it, and tests are not spaced against each other. */
let clients = 0;

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const policy = { ...GITHUB_RETRY, ...options.policy };
  let waitedS = 0;
  const onLimit = (kind: string) => (retryAfterS: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const again = retryAfterRateLimit(policy, retryAfterS, retryCount, waitedS);
    if (again) waitedS += retryAfterS;
    options.log.info(
      `llm-gate: GitHub ${kind} on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfterS} s` : `giving up (it asks for ${retryAfterS} s)`}`,
    );
    return again;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      // octokit's own notices (deprecations, limiter errors) go to the log, not to stderr unredacted.
      log: { debug: () => {}, info: () => {}, warn: options.log.info, error: options.log.info },
      retry: { retries: policy.serverErrorRetries, retryAfterBaseValue: policy.msPerSecond, doNotRetry: [...DO_NOT_RETRY] },
      throttle: {
        id: `llm-gate-${++clients}`,
        retryAfterBaseValue: policy.msPerSecond,
        onRateLimit: onLimit('rate limit (quota spent)'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}
