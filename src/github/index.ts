// The GitHub publishing edge: the sticky PR comment and its footer.
export { upsertStickyComment, newestOwn, type StickyCommentOptions, type StickyCommentResult, type StickyCommentLog } from './sticky-comment.js';
export { markerFor, withMarker, bodyBudget, fitBody, GITHUB_COMMENT_LIMIT } from './marker.js';
export { commentFooter, runFooter, workflowRunUrl, type FooterOptions } from './footer.js';
export { resolveIdentity, ACTIONS_BOT_LOGIN, type TokenIdentity } from './identity.js';
export { permissionFor, githubDetail, describeErrorEntry, type CommentTarget } from './failure.js';
export { createGitHubClient, retryAfterRateLimit, GITHUB_RETRY, DO_NOT_RETRY, type GitHubRetryPolicy } from './retry.js';
