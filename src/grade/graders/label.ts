import { z } from 'zod';
import { defineGrader } from '../define.js';
import { extractJson } from '../extract-json.js';
import { preview } from '../text.js';

// Long enough for any real label, short enough that a rambling answer can't blow up a
// confusion table.
const MAX_LABEL = 60;
const QUOTES = /^(["'`“”‘’*_]+)([\s\S]*?)(["'`“”‘’*_]+)$/;
const FENCED = /^```[\w-]*\s*([\s\S]*?)\s*```$/;
const PREFIXED = /^(?:label|category|class|route)\s*[:=]\s*([\s\S]+)$/i;

function fromJson(text: string): string | undefined {
  if (!text.includes('{')) return undefined;
  const parsed = extractJson(text);
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
export function normaliseLabel(raw: string): string {
  let text = raw.trim();
  const fenced = FENCED.exec(text);
  if (fenced) text = (fenced[1] ?? '').trim();
  text = fromJson(text) ?? text;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.trim().replace(/[.!?,;:]+$/, '').trim();
    const prefixed = PREFIXED.exec(text);
    if (prefixed) text = prefixed[1] ?? '';
    const quoted = QUOTES.exec(text);
    if (quoted) text = quoted[2] ?? '';
  }
  return text.toLowerCase().replace(/\s+/g, ' ');
}

export const label = defineGrader({
  description:
    'The normalised output equals the expected label (routing, classification); reports gather a confusion table per label.',
  options: z.object({
    value: z.string().min(1).describe('The expected label, compared after the same normalisation as the output.'),
  }),
  grade(output, { value }) {
    const expected = normaliseLabel(value);
    const full = normaliseLabel(output);
    const actual = full.length > MAX_LABEL ? `${full.slice(0, MAX_LABEL - 1)}…` : full;
    if (full === expected) return { score: 1, label: { expected, actual } };
    return { score: 0, reason: `expected label ${preview(expected)}, got ${preview(actual)}`, label: { expected, actual } };
  },
});
