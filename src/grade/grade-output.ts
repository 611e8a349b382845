import { LlmGateError } from '../errors.js';
import type { Expectation, GraderResult } from '../types.js';
import { GradingCancelledError } from './cancelled.js';
import { JudgeUnavailableError } from './graders/llm-judge.js';
import { graders, isGraderName } from './registry.js';
import type { GradeContext, GraderDefinition, GraderOutcome } from './types.js';

interface Resolved {
  definition: GraderDefinition<Record<string, unknown>>;
  options: Record<string, unknown>;
}

// Options are parsed once per expectation object: defaults filled, then checked by validate().
const resolvedCache = new WeakMap<Expectation, Resolved>();

/**
 * The grader and its parsed options for one expectation. The config loader has already
 * checked them with the same schema, so a failure here points at the case anyway.
 */
export function resolveExpectation(expectation: Expectation, ctx: Pick<GradeContext, 'evalCase'>, index = 0): Resolved {
  const cached = resolvedCache.get(expectation);
  if (cached) return cached;
  const { file, line } = ctx.evalCase.source;
  const where = (field: string) => ({ file, line, field: `expect[${index}]${field ? `.${field}` : ''}` });
  if (!isGraderName(expectation.type)) {
    throw new LlmGateError(`unknown grader "${expectation.type}"`, { ...where('type'), hint: `one of ${Object.keys(graders).join(', ')}` });
  }
  const definition = graders[expectation.type] as unknown as GraderDefinition<Record<string, unknown>>;
  const { type: _type, weight: _weight, ...raw } = expectation;
  const parsed = definition.options.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LlmGateError(issue?.message ?? 'invalid options', where(issue?.path.join('.') ?? ''));
  }
  const options = parsed.data as Record<string, unknown>;
  const problem = definition.validate?.(options);
  if (problem) throw new LlmGateError(problem.message, where(problem.field));
  const resolved = { definition, options };
  resolvedCache.set(expectation, resolved);
  return resolved;
}

/** Clamps into [0, 1]; a NaN from a buggy grader becomes 0 rather than poisoning the mean. */
function clampScore(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(1, Math.max(0, score));
}

/**
 * Weighted mean of grader scores. With no expectations, or weights that sum to 0
 * (informational graders only), nothing is required of the output: 1.
 */
export function weightedMean(grades: Pick<GraderResult, 'score' | 'weight'>[]): number {
  let total = 0;
  let weighted = 0;
  for (const g of grades) {
    total += g.weight;
    weighted += g.weight * g.score;
  }
  return total > 0 ? weighted / total : 1;
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as Promise<T> | undefined)?.then === 'function';
}

/**
 * One grader on one output. Whatever it throws for this output alone (a JSON Schema that
 * recurses without end, a bug) is contained here: that grade is unjudged and the run goes
 * on. Errors about the run itself pass through: config errors, an unavailable judge, an abort.
 */
function gradeOne(
  definition: GraderDefinition<Record<string, unknown>>,
  type: string,
  output: string,
  options: Record<string, unknown>,
  ctx: GradeContext,
): GraderOutcome | Promise<GraderOutcome> {
  const contain = (err: unknown): GraderOutcome => {
    if (err instanceof LlmGateError || err instanceof JudgeUnavailableError || err instanceof GradingCancelledError) throw err;
    if (ctx.signal?.aborted) throw new GradingCancelledError();
    const message = err instanceof Error ? err.message : String(err);
    return { score: 0, unjudged: true, reason: `the ${type} grader failed on this output: ${message}; the grade is left unjudged` };
  };
  try {
    const pending = definition.grade(output, options, ctx);
    return isPromise(pending) ? pending.catch(contain) : pending;
  } catch (err) {
    return contain(err);
  }
}

/**
 * Runs every expectation of a case on one output, in order; judge calls one after another.
 * The score is the weighted mean of the grades that were judged; null when every grade
 * that carries weight was unjudged (nobody could decide, so the output is not judged).
 */
export async function gradeOutput(
  output: string,
  expect: Expectation[],
  ctx: GradeContext,
): Promise<{ score: number | null; grades: GraderResult[] }> {
  const grades: GraderResult[] = [];
  for (const [index, expectation] of expect.entries()) {
    const { definition, options } = resolveExpectation(expectation, ctx, index);
    // A synchronous grader's result is used as is: awaiting it would hand the rest of the
    // case to a microtask, out of reach of the pacing in gradeCases.
    const pending = gradeOne(definition, expectation.type, output, options, ctx);
    const outcome = isPromise(pending) ? await pending : pending;
    grades.push({ type: expectation.type, weight: expectation.weight, ...outcome, score: clampScore(outcome.score) });
  }
  const weighted = grades.filter((g) => g.weight > 0);
  // A copy of exactly its length: the pushed array keeps room for 16 more, and a run keeps every case's grades.
  const kept = grades.slice();
  if (weighted.length > 0 && weighted.every((g) => g.unjudged)) return { score: null, grades: kept };
  return { score: weightedMean(grades.filter((g) => !g.unjudged)), grades: kept };
}
