// Finds the JSON value in a model's output. Models wrap JSON in code fences and prose
// ("Here is the result: ```json {...} ``` Hope this helps"), so we try, in order:
// the whole output, each fenced block (json-tagged first), then the first balanced
// {...} or [...] that parses.
//
// The output is the model's, so the work is linear in its length: a hostile answer
// (200,000 "{", a wall of backticks) costs what a short one costs per character. Where
// each bracket's span ends is found by scans that record, on the way, the end of every
// bracket they pass, so most brackets are never scanned from; the characters scanned and
// parsed are each capped at a small multiple of the output's length. Within those caps the
// answer is the one a scan from every bracket would give.

import type { WorkMeter } from './text.js';

export type ExtractResult = { ok: true; value: unknown; from: 'whole' | 'fence' | 'embedded' } | { ok: false; reason: string };

/** At most this many fence bodies and spans are handed to JSON.parse per output. */
const MAX_CANDIDATES = 256;
/** What they parse adds up to at most this many times the output's length (plus a little). */
const PARSE_BUDGET_FACTOR = 4;
/** What the bracket scans read adds up to at most this many times the output's length (plus a little). */
const SCAN_BUDGET_FACTOR = 8;
const BUDGET_SLACK = 4096;

/** What is left to spend on candidates for one output; a failed JSON.parse costs an exception. */
interface Budget {
  candidates: number;
  chars: number;
  scanned: number;
}

/** Takes one candidate of `chars` characters from the budget; false once it is spent. */
function spend(budget: Budget, chars: number): boolean {
  budget.candidates--;
  budget.chars -= chars;
  return budget.candidates >= 0 && budget.chars >= 0;
}

function tryParse(text: string, meter?: WorkMeter): { ok: true; value: unknown } | { ok: false; message: string } {
  if (meter) meter.steps += text.length;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/**
 * Code fences: ``` then an info string to the end of the line (its first word is the
 * language), then the body up to the next ```. The same matches as the regex
 * /```[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)```/g, found with indexOf so that a wall of
 * backticks without a newline costs one scan instead of one per backtick.
 */
export function findFences(text: string, meter?: WorkMeter): { lang: string; body: string }[] {
  const fences: { lang: string; body: string }[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('```', from);
    if (open === -1) break;
    const newline = text.indexOf('\n', open + 3);
    // No newline after this fence: none after any later one either.
    if (newline === -1) break;
    const close = text.indexOf('```', newline + 1);
    // No closing fence after the newline: a later opening could only lie on this line.
    if (close === -1) break;
    if (meter) meter.steps += close + 3 - from;
    const lang = /^[ \t]*([\w+-]*)/.exec(text.slice(open + 3, newline))?.[1] ?? '';
    fences.push({ lang: lang.toLowerCase(), body: text.slice(newline + 1, close) });
    from = close + 3;
  }
  return fences;
}

const UNKNOWN = 0;
const UNBALANCED = -1;

/**
 * Scans from the bracket at `start` to where it closes, skipping strings, and records in
 * `ends` (index past the closing bracket, or UNBALANCED) the outcome for `start` and for
 * every bracket it passes outside a string: a scan from such a bracket would see exactly
 * the same characters in the same state. Brackets inside a string of this scan stay
 * UNKNOWN: from their own start, that string may be prose. False once the budget is spent.
 */
function scanFrom(text: string, start: number, ends: Int32Array, stack: Int32Array, budget: Budget, meter?: WorkMeter): boolean {
  let depth = 0;
  let inString = false;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) stack[depth++] = i;
    else if (ch === 0x7d || ch === 0x5d) {
      const open = stack[--depth] as number;
      // A closing bracket of the wrong kind: every bracket still open here is unbalanced.
      if ((text.charCodeAt(open) === 0x7b) !== (ch === 0x7d)) {
        ends[open] = UNBALANCED;
        break;
      }
      ends[open] = i + 1;
      if (depth === 0) break;
    }
  }
  for (let d = 0; d < depth; d++) ends[stack[d] as number] = UNBALANCED;
  const scanned = Math.min(i + 1, text.length) - start;
  if (meter) meter.steps += scanned;
  budget.scanned -= scanned;
  return budget.scanned >= 0;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Could a JSON object or array start here? Rules out `{x`, `[note`, `{{` before paying for a parse. */
function plausibleStart(text: string, start: number): boolean {
  let i = start + 1;
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  const next = text[i];
  if (text.charCodeAt(start) === 0x7b) return next === '"' || next === '}';
  return next !== undefined && /[-0-9"[{tfn\]]/.test(next);
}

/** The first bracket, left to right, whose balanced span parses. */
function firstEmbedded(text: string, budget: Budget, meter?: WorkMeter): { ok: true; value: unknown } | undefined {
  if (text.length === 0) return undefined;
  const ends = new Int32Array(text.length);
  const stack = new Int32Array(text.length);
  for (let start = 0; start < text.length; start++) {
    const ch = text.charCodeAt(start);
    if (ch !== 0x7b && ch !== 0x5b) continue;
    if (meter) meter.steps++;
    if (ends[start] === UNKNOWN && !scanFrom(text, start, ends, stack, budget, meter)) return undefined;
    const end = ends[start] as number;
    if (end === UNBALANCED || !plausibleStart(text, start)) continue;
    if (!spend(budget, end - start)) return undefined;
    const parsed = tryParse(text.slice(start, end), meter);
    if (parsed.ok) return parsed;
  }
  return undefined;
}

export function extractJson(output: string, meter?: WorkMeter): ExtractResult {
  const trimmed = output.trim();
  if (trimmed === '') return { ok: false, reason: 'output is empty' };
  const whole = tryParse(trimmed, meter);
  if (whole.ok) return { ok: true, value: whole.value, from: 'whole' };

  const budget: Budget = {
    candidates: MAX_CANDIDATES,
    chars: PARSE_BUDGET_FACTOR * trimmed.length + BUDGET_SLACK,
    scanned: SCAN_BUDGET_FACTOR * trimmed.length + BUDGET_SLACK,
  };
  const fences = findFences(trimmed, meter);
  fences.sort((a, b) => Number(b.lang === 'json') - Number(a.lang === 'json')); // stable: json-tagged first
  for (const fence of fences) {
    const body = fence.body.trim();
    if (body === '') continue;
    if (!spend(budget, body.length)) break;
    const parsed = tryParse(body, meter);
    if (parsed.ok) return { ok: true, value: parsed.value, from: 'fence' };
    const inner = firstEmbedded(fence.body, budget, meter);
    if (inner) return { ok: true, value: inner.value, from: 'fence' };
  }

  const embedded = firstEmbedded(trimmed, budget, meter);
  if (embedded) return { ok: true, value: embedded.value, from: 'embedded' };
  return { ok: false, reason: `output is not JSON (${whole.message})` };
}
