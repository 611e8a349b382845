// What the sticky comment says and whether it is written, for every outcome: a comment left
// by an earlier commit must never stand (a stale ✅ while the step fails), so an error
// replaces it, and a skip refreshes it without posting a new one on a PR that has none.
import type { LlmGateError } from '../errors.js';
import { codeBlock } from '../report/safe-markdown.js';
import type { Verdict } from '../types.js';
import type { CommentPolicy } from './inputs.js';
import type { SecretsWithheld } from './event.js';

/** `upsert`: update ours or create it; `update-only`: update ours if there is one; `none`: leave GitHub alone. */
export type CommentMode = 'upsert' | 'update-only' | 'none';

export const COULD_NOT_JUDGE = 'llm-gate could not judge this commit — not a model regression';

/**
 * A skip called no model, so it has nothing to add to a PR; but an earlier comment would
 * still show that commit's verdict. `on-regression` stays quiet on a pass the same way.
 */
export function commentMode(policy: CommentPolicy, hasPullRequest: boolean, verdict: Verdict): CommentMode {
  if (!hasPullRequest || policy === 'never') return 'none';
  if (verdict === 'skipped') return 'update-only';
  if (policy === 'on-regression' && verdict === 'pass') return 'update-only';
  return 'upsert';
}

/** The body for an error that left no report: config errors, a refused key, a missing key that fails. */
export function errorCommentBody(error: LlmGateError, footer: string): string {
  const what =
    error.code === 'config' || error.code === 'usage' || error.code === 'missing-key'
      ? 'The gate did not run: no model was called.'
      : 'The run stopped before both models could be compared.';
  return [`### ⚠️ ${COULD_NOT_JUDGE}`, codeBlock(error.format()), `${what} The result of an earlier commit no longer applies.`, footer].join('\n\n');
}

/** Why a run was skipped, as the sentence that follows "skipped:". */
export function skipReason(withheld: SecretsWithheld | undefined): string {
  switch (withheld) {
    case 'fork':
      return 'this pull request comes from a fork, and GitHub gives no secrets to workflows that forks trigger';
    case 'dependabot':
      return 'this run was triggered by Dependabot, and GitHub gives Dependabot runs no Actions secrets';
    default:
      return 'on-missing-key is "skip"';
  }
}

export function skippedCommentBody(reason: string, error: LlmGateError, footer: string): string {
  return [
    '### ⏭️ llm-gate: skipped',
    `skipped: ${reason}, so no model was called. The result of an earlier commit no longer applies.`,
    codeBlock(error.message),
    footer,
  ].join('\n\n');
}
