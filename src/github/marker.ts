// The hidden marker that ties one sticky comment to one config. It sits at the very start
// of the comment, so a reader never sees it and a search never confuses it with prose.
import { GITHUB_COMMENT_CHARS } from '../limits.js';

/**
 * `<!-- llm-gate:report config=llm-gate.yml -->`. The path is normalised (`./` and
 * backslashes) so that `./llm-gate.yml` and `llm-gate.yml` share one comment, and escaped so
 * that no path can close the HTML comment early (`-->`) or nest one (`--`).
 */
export function markerFor(configPath: string): string {
  const normalised = configPath.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
  const safe = (normalised || 'llm-gate.yml')
    .replace(/[^A-Za-z0-9._/@+~-]/g, (ch) => encodeURIComponent(ch))
    .replace(/--/g, '-%2D');
  return `<!-- llm-gate:report config=${safe} -->`;
}

/** GitHub rejects a comment body longer than this many characters (HTTP 422). */
export const GITHUB_COMMENT_LIMIT = GITHUB_COMMENT_CHARS;

/** The marker goes first, on its own line; the caller's body follows unchanged. */
export function withMarker(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

/** Characters left for the body once the marker and its newline are in. */
export function bodyBudget(marker: string): number {
  return GITHUB_COMMENT_LIMIT - marker.length - 1;
}

/**
 * Last-resort cap for a body the caller did not fit: cut at the budget without splitting a
 * surrogate pair, and say so, since a 422 would lose the whole comment.
 */
export function fitBody(marker: string, body: string): { body: string; truncated: boolean } {
  const budget = bodyBudget(marker);
  if (body.length <= budget) return { body: withMarker(marker, body), truncated: false };
  const note = '\n\n_… truncated: the report is longer than a GitHub comment allows._';
  let end = budget - note.length;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { body: withMarker(marker, body.slice(0, end) + note), truncated: true };
}
