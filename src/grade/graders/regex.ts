import { z } from 'zod';
import { defineGrader } from '../define.js';
import { preview } from '../text.js';

function compileError(pattern: string, flags: string | undefined): { field: string; message: string } | undefined {
  try {
    new RegExp('', flags);
  } catch (err) {
    return { field: 'flags', message: `invalid regex flags ${preview(flags)}: ${(err as Error).message}` };
  }
  try {
    new RegExp(pattern, flags);
  } catch (err) {
    return { field: 'pattern', message: `invalid regex: ${(err as Error).message}` };
  }
  return undefined;
}

export const regex = defineGrader({
  description: 'The output matches a JavaScript regular expression (anywhere, unless anchored).',
  options: z.object({
    pattern: z.string().describe('JavaScript regular expression source, e.g. "^def \\\\w+\\\\(".'),
    flags: z.string().optional().describe('RegExp flags such as "i", "m", "s". Default: none.'),
  }),
  validate({ pattern, flags }) {
    return compileError(pattern, flags);
  },
  grade(output, { pattern, flags }) {
    // A fresh RegExp per call: the g and y flags make a shared one stateful.
    const re = new RegExp(pattern, flags);
    if (re.test(output)) return { score: 1 };
    return { score: 0, reason: `no match for /${pattern}/${flags ?? ''}` };
  },
});
