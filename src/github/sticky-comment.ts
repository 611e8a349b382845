// One comment per pull request per config, updated in place on every run: found by the
// hidden marker AND the token's own identity, across every page of comments.
import { fitBody } from './marker.js';
import { githubError, permissionFor, skipReason, type CommentTarget } from './failure.js';
import { createGitHubClient, type GitHubRetryPolicy } from './retry.js';
import { isAuthoredBy, resolveIdentity, viewerLogin, type TokenIdentity } from './identity.js';

export interface StickyCommentLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface StickyCommentOptions {
  token: string;
  /** GITHUB_API_URL, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  /** From markerFor(configPath); one per config, so several gates on one PR keep their own comments. */
  marker: string;
  /** Rendered and capped by the caller (see bodyBudget); the marker is added here. */
  body: string;
  /** Decides which permission a 403 names. Default `pull-request`. */
  target?: CommentTarget;
  /** Who the token comments as, when the caller knows (`comment-author`); otherwise detected (see resolveIdentity). */
  botLogin?: string;
  /** false: only update an existing comment (a passing run then clears a stale red comment without adding noise). Default true. */
  create?: boolean;
  log?: StickyCommentLog;
  /** Back-off and retry bounds; the defaults are GITHUB_RETRY, tests shorten the waits. */
  retry?: Partial<GitHubRetryPolicy>;
}

export type StickyCommentResult =
  | { status: 'created' | 'updated'; url: string; id: number }
  | { status: 'skipped'; reason: string }
  | { status: 'absent' };

interface ListedComment {
  id: number;
  body?: string | null;
  created_at: string;
  user: { login: string; type?: string } | null;
}

const silent: StickyCommentLog = { info: () => {}, warning: () => {} };

export async function upsertStickyComment(opts: StickyCommentOptions): Promise<StickyCommentResult> {
  const log = opts.log ?? silent;
  const target = opts.target ?? 'pull-request';
  const where = `${opts.owner}/${opts.repo}#${opts.issueNumber}`;
  if (!opts.token) return skip(log, `could not comment on ${where}: no github-token was given (needs \`${permissionFor(target)}\`)`);

  const octokit = createGitHubClient({ token: opts.token, apiUrl: opts.apiUrl, policy: opts.retry, log });
  const params = { owner: opts.owner, repo: opts.repo, issue_number: opts.issueNumber };
  const { body, truncated } = fitBody(opts.marker, opts.body);
  if (truncated) log.warning(`llm-gate: the comment body was longer than GitHub allows and was cut; the job summary has the full report`);

  let identity: TokenIdentity;
  let comments: ListedComment[];
  try {
    identity = await resolveIdentity(octokit, opts.botLogin);
    comments = await octokit.paginate(octokit.rest.issues.listComments, { ...params, per_page: 100 });
  } catch (err) {
    return skipOrThrow(err, log, `read the comments of ${where}`, target);
  }

  // An installation token taken for github-actions[bot] may be a GitHub App's <slug>[bot]:
  // when another bot left a marked comment, ask who we are, or an App would add a new
  // comment every run (and could overwrite github-actions[bot]'s). Only then: the common
  // cases (no comment yet, or only github-actions[bot]'s) cost no extra request.
  if (identity.assumed && otherBotsMarked(comments, opts.marker, identity)) {
    const login = await viewerLogin(octokit);
    identity = login === undefined ? identity : { login, type: 'Bot' };
  }
  const ours = newestOwn(comments, opts.marker, identity);
  if (ours) {
    try {
      const { data } = await octokit.rest.issues.updateComment({ owner: opts.owner, repo: opts.repo, comment_id: ours.id, body });
      return { status: 'updated', url: data.html_url, id: data.id };
    } catch (err) {
      return skipOrThrow(err, log, `update comment ${ours.id} on ${where}`, target);
    }
  }
  if (opts.create === false) return { status: 'absent' };
  try {
    const { data } = await octokit.rest.issues.createComment({ ...params, body });
    return { status: 'created', url: data.html_url, id: data.id };
  } catch (err) {
    return skipOrThrow(err, log, `create a comment on ${where}`, target);
  }
}

/**
 * Older versions may have left several; the newest is the one readers look at, the rest stay
 * as history. The author check, not the marker, is what keeps a human's quote safe.
 */
export function newestOwn<C extends ListedComment>(comments: readonly C[], marker: string, identity: TokenIdentity): C | undefined {
  let best: C | undefined;
  for (const c of comments) {
    if (!isAuthoredBy(c.user, identity) || !(c.body ?? '').includes(marker)) continue;
    if (!best || c.created_at > best.created_at || (c.created_at === best.created_at && c.id > best.id)) best = c;
  }
  return best;
}

function otherBotsMarked(comments: readonly ListedComment[], marker: string, identity: TokenIdentity): boolean {
  return comments.some((c) => c.user?.type === 'Bot' && !isAuthoredBy(c.user, identity) && (c.body ?? '').includes(marker));
}

/** What is still failing after the retries: a warning when the token cannot do it, an error for the caller otherwise. */
function skipOrThrow(err: unknown, log: StickyCommentLog, action: string, target: CommentTarget): StickyCommentResult {
  const reason = skipReason(err, action, target);
  if (reason === undefined) throw githubError(err, action);
  return skip(log, reason);
}

function skip(log: StickyCommentLog, reason: string): StickyCommentResult {
  log.warning(`llm-gate: ${reason}`);
  return { status: 'skipped', reason };
}
