// Making untrusted text (model output, provider error messages, and for good measure
// case ids, tags and model names) inert in GitHub-flavoured markdown. After these
// functions, such text cannot:
// - open raw HTML, images or links (markdown punctuation is backslash-escaped);
// - auto-link (a zero-width joiner breaks "scheme://", "www." and e-mail addresses);
// - ping anyone: @user and @org/team get a zero-width joiner after the "@", and
//   "#123" one after the "#", so no notification or cross-reference is made;
// - break a table (pipes escaped, newlines folded) or close a code fence early (the
//   fence is longer than any backtick run in the text);
// - reorder what a reader sees with bidirectional control characters (removed).

/** Zero-width joiner: invisible, but it splits the tokens GitHub links. */
export const ZWJ = '\u200D';

// C0 controls other than tab and newline, DEL, C1 controls, and bidi overrides/isolates.
const UNSAFE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Break mentions, references and auto-links; drop control characters. Keeps newlines. */
export function neutralise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE_CONTROLS, '')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, `$1${ZWJ}://`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}

// Every character that can start inline markdown or a GitHub extension ($ is math).
// Parentheses need no escape: a link cannot form once its brackets are escaped.
const INLINE_SPECIALS = /[\\`*_[\]<>|!#~&$]/g;

/** Untrusted text as inline markdown on one line: for table cells and sentences. */
export function inlineText(text: string): string {
  return neutralise(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(INLINE_SPECIALS, (c) => `\\${c}`);
}

/** Alias that says where it is used: a pipe in a cell is escaped, a newline folded. */
export const tableCell = inlineText;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Untrusted text inside our own HTML (a <summary>, a <th>): entities, one line. */
export function htmlText(text: string): string {
  return neutralise(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, info = 'text'): string {
  const body = neutralise(text).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${fence}${info}\n${body}\n${fence}`;
}

/** An inline code span for short names (models, case ids), on one line. */
export function codeSpan(text: string): string {
  const body = neutralise(text).replace(/\s*\n\s*/g, ' ');
  const ticks = '`'.repeat(longestBacktickRun(body) + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

export interface Truncated {
  text: string;
  truncated: boolean;
  /** Length of the whole text, in characters (code points). */
  totalChars: number;
  totalLines: number;
}

/** The first maxChars characters and maxLines lines, cut on code points (never half an emoji). */
export function truncateText(text: string, limits: { maxChars: number; maxLines: number }): Truncated {
  const chars = Array.from(text);
  const lines = text.split('\n');
  let kept = lines.slice(0, limits.maxLines).join('\n');
  const keptChars = Array.from(kept);
  if (keptChars.length > limits.maxChars) kept = keptChars.slice(0, limits.maxChars).join('');
  return { text: kept, truncated: kept.length < text.length, totalChars: chars.length, totalLines: lines.length };
}
