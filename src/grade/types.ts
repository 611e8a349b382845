import type { z } from 'zod';
import type { CallFn, EvalCase, GraderResult } from '../types.js';
import type { RegexRunner } from './regex-runner.js';

export interface GradeContext {
  evalCase: EvalCase;
  /** Present when the config has a `judge`; calls the judge model (its records are kept by the caller). */
  judge?: CallFn;
  /** Repeat index of the output being graded (judge calls are keyed by it). */
  repeat: number;
  signal?: AbortSignal;
  /** Runs `regex` patterns under a deadline. Default: one shared worker (sharedRegexRunner). */
  regex?: RegexRunner;
}

/** What a grader returns; type and weight are added by the caller. */
export type GraderOutcome = Omit<GraderResult, 'type' | 'weight'>;

export interface GraderDefinition<Options extends Record<string, unknown>> {
  /** One line for docs and the JSON Schema. */
  description: string;
  /** The grader's own options (everything besides `type` and `weight`), as a plain zod object. */
  options: z.ZodObject;
  /**
   * Checks that need more than a type: a regex that compiles, a JSON Schema that compiles.
   * Returns problems as { field, message } so config errors can point at the option's line.
   */
  validate?(options: Options): { field: string; message: string } | undefined;
  grade(output: string, options: Options, ctx: GradeContext): GraderOutcome | Promise<GraderOutcome>;
}
