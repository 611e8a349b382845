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
}

/**
 * `GET /user` names a personal or App-user token's owner. An installation token (the default
 * GITHUB_TOKEN) gets 403 "Resource not accessible by integration" there; its comments are then
 * authored by `botLogin`, `github-actions[bot]` unless the caller knows its App's slug.
 * Any other failure (a rate-limited 403 included) propagates, for the caller to classify.
 */
export async function resolveIdentity(octokit: Octokit, botLogin: string = ACTIONS_BOT_LOGIN): Promise<TokenIdentity> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, type: data.type === 'Bot' ? 'Bot' : 'User' };
  } catch (err) {
    if (httpStatusOf(err) === 403 && !isRateLimited(err)) return { login: botLogin, type: 'Bot' };
    throw err;
  }
}

/** Logins are case-insensitive on GitHub. */
export function isAuthoredBy(user: { login: string } | null | undefined, identity: TokenIdentity): boolean {
  return user != null && user.login.toLowerCase() === identity.login.toLowerCase();
}
