// The label grader's normaliser, written as scans over one string instead of regexes.
// The regexes it replaces (/^(["'`*_]+)([\s\S]*?)(["'`*_]+)$/ and friends) backtrack in
// polynomial time: 5,000 quote marks and an "x" took over a minute. Here each step moves a
// start or an end index forward over characters it consumes, and the checks that consume
// nothing are remembered for the start they were made at, so the whole loop is linear in
// the output's length however its wrappers are nested.
import { extractJson } from './extract-json.js';
import type { WorkMeter } from './text.js';

// What String.prototype.trim and \s treat as white space (the same set in JavaScript).
const SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
  0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const QUOTE = new Set([...'"\'`“”‘’*_'].map((c) => c.charCodeAt(0)));
const PUNCT = new Set([...'.!?,;:'].map((c) => c.charCodeAt(0)));
const PREFIXES = ['label', 'category', 'class', 'route'];

const isSpace = (c: number): boolean => SPACE.has(c);
const isWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** ASCII case-insensitive match of a lower-case word at `at` (what /i does for ASCII letters). */
function wordAt(text: string, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let j = 0; j < word.length; j++) {
    let c = text.charCodeAt(at + j);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== word.charCodeAt(j)) return false;
  }
  return true;
}

/** `^```[\w-]*\s*([\s\S]*?)\s*```$` on a trimmed text: the fenced body, trimmed, or undefined. */
function unfence(text: string, meter?: WorkMeter): string | undefined {
  if (text.length < 6 || !text.startsWith('```') || !text.endsWith('```')) return undefined;
  let s = 3;
  const e = text.length - 3;
  while (s < e && (isWord(text.charCodeAt(s)) || text.charCodeAt(s) === 0x2d)) s++;
  if (meter) meter.steps += s;
  return text.slice(s, e).trim();
}

function fromJson(text: string, meter?: WorkMeter): string | undefined {
  if (!text.includes('{')) return undefined;
  const parsed = extractJson(text, meter);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  for (const [k, v] of Object.entries(parsed.value)) {
    if (k.toLowerCase() === 'label' && (typeof v === 'string' || typeof v === 'number')) return String(v);
  }
  return undefined;
}

/**
 * `  "Billing."`, "`billing`", "Label: billing", '{"label": "billing"}' and "billing" all
 * normalise to "billing": trim, unwrap fences, JSON and a `label:` prefix, strip wrapping
 * quotes/backticks/emphasis and trailing punctuation, lowercase, collapse spaces.
 */
export function normaliseLabel(raw: string, meter?: WorkMeter): string {
  let text = raw.trim();
  text = unfence(text, meter) ?? text;
  text = fromJson(text, meter) ?? text;

  // Until nothing changes: trim, drop trailing punctuation, trim, take what follows a
  // `label:` prefix, unwrap one layer of matching quote runs.
  let s = 0;
  let e = text.length;
  let steps = 0;
  let prefixFailedAt = -1;
  let quoteRunFrom = -1;
  let quoteRunEnd = -1;
  for (;;) {
    const s0 = s;
    const e0 = e;
    steps++;
    while (s < e && isSpace(text.charCodeAt(s))) s++, steps++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--, steps++;
    while (e > s && PUNCT.has(text.charCodeAt(e - 1))) e--, steps++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--, steps++;

    // /^(?:label|category|class|route)\s*[:=]\s*([\s\S]+)$/i — failing at a start fails
    // there for any shorter end too, so a failed start is not checked again.
    if (s !== prefixFailedAt) {
      let matched = false;
      for (const word of PREFIXES) {
        if (!wordAt(text, s, e, word)) continue;
        let p = s + word.length;
        while (p < e && isSpace(text.charCodeAt(p))) p++, steps++;
        const sep = text.charCodeAt(p);
        if (p >= e || (sep !== 0x3a && sep !== 0x3d)) continue;
        p++;
        if (p >= e) continue; // [\s\S]+ needs a character
        let q = p;
        while (q < e && isSpace(text.charCodeAt(q))) q++, steps++;
        s = q < e ? q : e - 1; // all white space: the regex leaves one character for the group
        matched = true;
        break;
      }
      if (!matched) prefixFailedAt = s;
    }

    // /^(Q+)([\s\S]*?)(Q+)$/: the whole leading run, the whole trailing run, the middle kept;
    // a text of quote marks only keeps nothing (the first run takes all but the last mark).
    if (s !== quoteRunFrom) {
      quoteRunFrom = s;
      quoteRunEnd = s;
      while (quoteRunEnd < text.length && QUOTE.has(text.charCodeAt(quoteRunEnd))) quoteRunEnd++, steps++;
    }
    const lead = Math.min(quoteRunEnd, e) - s;
    if (lead > 0) {
      if (s + lead === e) {
        if (e - s >= 2) s = e;
      } else {
        let t = e;
        while (t > s + lead && QUOTE.has(text.charCodeAt(t - 1))) t--, steps++;
        if (t < e) {
          s += lead;
          e = t;
        }
      }
    }
    if (s === s0 && e === e0) break;
  }
  if (meter) meter.steps += steps;
  return text.slice(s, e).toLowerCase().replace(/\s+/g, ' ');
}
