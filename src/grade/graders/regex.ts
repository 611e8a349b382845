import { z } from 'zod';
import { defineGrader } from '../define.js';
import { sharedRegexRunner } from '../regex-runner.js';
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

/** "/^(a+)+$/" for reasons; a pattern is the user's, but a long one would swamp the line. */
function shown(pattern: string, flags: string | undefined): string {
  const body = pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern;
  return `/${body}/${flags ?? ''}`;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(3))} s` : `${ms} ms`;
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
  // The match runs in a worker under a deadline (regex-runner.ts): a pattern that
  // backtracks without end on this output leaves the grade unjudged instead of hanging
  // the run. That is the pattern's fault, not the model's, so it does not score 0.
  grade(output, { pattern, flags }, ctx) {
    const verdict = (ctx.regex ?? sharedRegexRunner()).test(pattern, flags, output);
    switch (verdict.kind) {
      case 'match':
        return verdict.matched ? { score: 1 } : { score: 0, reason: `no match for ${shown(pattern, flags)}` };
      case 'timeout':
        return {
          score: 0,
          unjudged: true,
          reason: `regex ${shown(pattern, flags)} did not finish within ${seconds(verdict.deadlineMs)} on this output (catastrophic backtracking); the grade is left unjudged`,
        };
      case 'error':
        return { score: 0, unjudged: true, reason: `regex ${shown(pattern, flags)} failed on this output: ${verdict.message}; the grade is left unjudged` };
    }
  },
});
