// The GitHub publishing edge: the sticky PR comment and its footer.
export { upsertStickyComment, newestOwn, type StickyCommentOptions, type StickyCommentResult, type StickyCommentLog } from './sticky-comment.js';
export { markerFor, withMarker, bodyBudget, fitBody, GITHUB_COMMENT_LIMIT } from './marker.js';
export { commentFooter, workflowRunUrl, type FooterOptions } from './footer.js';
export { resolveIdentity, ACTIONS_BOT_LOGIN, type TokenIdentity } from './identity.js';
export { permissionFor, type CommentTarget } from './failure.js';
