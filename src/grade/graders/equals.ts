import { z } from 'zod';
import { defineGrader } from '../define.js';
import { preview } from '../text.js';

export const equals = defineGrader({
  description: 'The output equals the expected text exactly (after optional trimming and case folding).',
  options: z.object({
    value: z.string().describe('The expected output.'),
    trim: z.boolean().default(true).describe('Ignore leading and trailing whitespace on both sides. Default: true.'),
    ignoreCase: z.boolean().default(false).describe('Compare case-insensitively. Default: false.'),
  }),
  grade(output, { value, trim, ignoreCase }) {
    const norm = (s: string) => {
      const t = trim ? s.trim() : s;
      return ignoreCase ? t.toLowerCase() : t;
    };
    if (norm(output) === norm(value)) return { score: 1 };
    return { score: 0, reason: `expected ${preview(value)}, got ${preview(output)}` };
  },
});
