import type { z } from 'zod';
import type { GradeContext, GraderDefinition, GraderOutcome } from './types.js';

/**
 * Ties a grader's option type to its zod schema, so each grader file declares its
 * options once and `grade`/`validate` receive the parsed (defaults filled) shape.
 * Keeps whether `grade` is sync, so direct callers (tests, the simulator) need no await.
 */
export function defineGrader<S extends z.ZodObject, R extends GraderOutcome | Promise<GraderOutcome>>(def: {
  description: string;
  options: S;
  validate?(options: z.output<S>): { field: string; message: string } | undefined;
  grade(output: string, options: z.output<S>, ctx: GradeContext): R;
}): Omit<GraderDefinition<z.output<S>>, 'options' | 'grade'> & {
  options: S;
  grade(output: string, options: z.output<S>, ctx: GradeContext): R;
} {
  return def;
}
