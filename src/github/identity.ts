// Whose comments are ours. Only comments by the token's own identity may be updated, so a
// human quoting the marker (or another bot) is never overwritten.
import type { getOctokit } from '@actions/github';
import { httpStatusOf, isRateLimited } from './failure.js';

type Octokit = ReturnType<typeof getOctokit>;

/** The author of comments made with the default GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface TokenIdentity {
  login: string;
  type: 'User' | 'Bot';
  /** An installation token taken for github-actions[bot] without proof. */
  assumed?: boolean;
}

/**
 * Who the token comments as, before reading the comments:
 * 1. `explicitLogin` (the `comment-author` input), when the caller knows it;
 * 2. `GET /user`: a personal or App-user token's owner;
 * 3. an installation token gets 403 "Resource not accessible by integration" there. It is
 *    `github-actions[bot]` (GITHUB_TOKEN) or an App's `<slug>[bot]` (e.g. from
 *    actions/create-github-app-token), and no REST endpoint tells which: the identity is
 *    then `assumed`, and the caller confirms it with viewerLogin() only when the comments
 *    make it matter (see upsertStickyComment).
 * Any other failure of `GET /user` (a rate-limited 403 included) propagates, for the caller
 * to classify.
 */
export async function resolveIdentity(octokit: Octokit, explicitLogin?: string): Promise<TokenIdentity> {
  if (explicitLogin) return { login: explicitLogin, type: /\[bot\]$/i.test(explicitLogin) ? 'Bot' : 'User' };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, type: data.type === 'Bot' ? 'Bot' : 'User' };
  } catch (err) {
    if (httpStatusOf(err) === 403 && !isRateLimited(err)) return { login: ACTIONS_BOT_LOGIN, type: 'Bot', assumed: true };
    throw err;
  }
}

/**
 * GraphQL's `viewer` names an installation token's bot (`<slug>[bot]`, or
 * `github-actions[bot]`); undefined when GraphQL is unavailable (a proxy, an old GHES).
 */
export async function viewerLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = data.viewer?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
  } catch {
    return undefined;
  }
}

/** Logins are case-insensitive on GitHub. */
export function isAuthoredBy(user: { login: string } | null | undefined, identity: TokenIdentity): boolean {
  return user != null && user.login.toLowerCase() === identity.login.toLowerCase();
}
