import { z } from 'zod';
import type { CallError, CallRecord } from '../../types.js';
import { LlmGateError } from '../../errors.js';
import { defineGrader } from '../define.js';
import { extractJson } from '../extract-json.js';
import { preview } from '../text.js';
import { DEFAULT_GRADES, judgeRequest } from '../judge-request.js';

export { DEFAULT_GRADES, gradesBestFirst, judgeRequest, sectionNonce } from '../judge-request.js';

/** Marks a score that comes from a failed judge call, not from the judge's opinion. */
export const JUDGE_ERROR_PREFIX = 'judge error:';

/**
 * Thrown when the judge call itself failed (cancelled, outage, timeout, bad key): nobody
 * judged the output, and that is not the graded model's fault, so gradeCases leaves the
 * repeat unjudged instead of scoring it 0 — scoring it 0 could fake a regression.
 */
export class JudgeUnavailableError extends Error {
  constructor(
    readonly caseId: string,
    readonly error: CallError,
  ) {
    super(`judge call for case "${caseId}" failed (${error.kind}): ${error.message}`);
    this.name = 'JudgeUnavailableError';
  }
}

/** Reads the judge's record: a grade from the map, or a score of 0 marked as a judge error. */
export function readVerdict(record: CallRecord, grades: Record<string, number>): { score: number; reason: string } {
  if (record.error) return { score: 0, reason: `${JUDGE_ERROR_PREFIX} ${record.error.kind}: ${record.error.message}` };
  if (record.output === null || record.output.trim() === '') {
    return { score: 0, reason: `${JUDGE_ERROR_PREFIX} empty response` };
  }
  const parsed = extractJson(record.output);
  const value = parsed.ok ? parsed.value : undefined;
  const grade = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).grade : undefined;
  if (typeof grade !== 'string' || !Object.hasOwn(grades, grade)) {
    return { score: 0, reason: `${JUDGE_ERROR_PREFIX} invalid grade in ${preview(record.output)}` };
  }
  const why = (value as Record<string, unknown>).reason;
  return { score: grades[grade] ?? 0, reason: typeof why === 'string' && why.trim() ? `${grade}: ${why.trim()}` : grade };
}

export const llmJudge = defineGrader({
  description:
    'The judge model grades the output against a rubric through a forced tool call whose enum lists the grades, each mapped to a score.',
  options: z.object({
    rubric: z.string().min(1).describe('What a good output does; the judge reads it with the input, the output and `ideal`.'),
    grades: z
      .record(z.string(), z.number().min(0).max(1))
      .default(() => ({ ...DEFAULT_GRADES }))
      .describe('Grade names and their scores in [0, 1]. Default: {"pass":1,"partial":0.5,"fail":0}.'),
  }),
  validate({ grades }) {
    if (Object.keys(grades).length < 2) return { field: 'grades', message: 'give at least two grades' };
    return undefined;
  },
  async grade(output, { rubric, grades }, ctx) {
    if (!ctx.judge) {
      const { file, line } = ctx.evalCase.source;
      throw new LlmGateError(`llm-judge on case "${ctx.evalCase.id}" needs a judge model`, {
        file,
        line,
        field: 'expect',
        hint: 'add `judge: { model: ... }` to llm-gate.yml',
      });
    }
    const request = judgeRequest({ evalCase: ctx.evalCase, repeat: ctx.repeat, output, rubric, grades });
    const record = await ctx.judge(request, ctx.signal);
    if (record.error) throw new JudgeUnavailableError(ctx.evalCase.id, record.error);
    return readVerdict(record, grades);
  },
});
