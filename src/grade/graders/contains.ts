import { z } from 'zod';
import { defineGrader } from '../define.js';
import { preview } from '../text.js';

const valueSchema = z
  .union([z.string(), z.array(z.string()).min(1)])
  .describe('One substring or a list of substrings to look for.');
const ignoreCaseSchema = z.boolean().default(false).describe('Match case-insensitively. Default: false.');

function found(output: string, values: string | string[], ignoreCase: boolean): { hits: string[]; misses: string[] } {
  const list = typeof values === 'string' ? [values] : values;
  const haystack = ignoreCase ? output.toLowerCase() : output;
  const hits: string[] = [];
  const misses: string[] = [];
  for (const v of list) (haystack.includes(ignoreCase ? v.toLowerCase() : v) ? hits : misses).push(v);
  return { hits, misses };
}

const list = (values: string[]) => values.map((v) => preview(v, 40)).join(', ');

// Binary on purpose: a gate reads "contains all of these" as a requirement, and partial
// credit for it belongs to json-fields, where fields are independent facts.
export const contains = defineGrader({
  description: 'The output contains the given substring(s): all of them, or any one of them.',
  options: z.object({
    value: valueSchema,
    match: z
      .enum(['any', 'all'])
      .default('all')
      .describe('"all": every value must appear; "any": at least one. Default: "all".'),
    ignoreCase: ignoreCaseSchema,
  }),
  grade(output, { value, match, ignoreCase }) {
    const { hits, misses } = found(output, value, ignoreCase);
    const ok = match === 'all' ? misses.length === 0 : hits.length > 0;
    if (ok) return { score: 1 };
    return { score: 0, reason: match === 'all' ? `missing ${list(misses)}` : `none of ${list(misses)} found` };
  },
});

// not-contains(match) is exactly the negation of contains(match); its default is "any",
// so by default the output fails as soon as one forbidden value appears.
export const notContains = defineGrader({
  description: 'The output does not contain the given substring(s).',
  options: z.object({
    value: valueSchema,
    match: z
      .enum(['any', 'all'])
      .default('any')
      .describe('"any": fail if any value appears; "all": fail only if every value appears. Default: "any".'),
    ignoreCase: ignoreCaseSchema,
  }),
  grade(output, { value, match, ignoreCase }) {
    const { hits, misses } = found(output, value, ignoreCase);
    const bad = match === 'any' ? hits.length > 0 : misses.length === 0;
    if (!bad) return { score: 1 };
    return { score: 0, reason: `contains forbidden ${list(hits)}` };
  },
});
