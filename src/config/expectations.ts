// One `expect[]` entry → Expectation, validated by the grader registry: a known `type`,
// a positive `weight`, options that fit the grader's own zod schema (unknown options are
// errors), then the grader's `validate` (a regex that compiles, a JSON Schema that compiles).
import type { Expectation } from '../types.js';
import { GRADER_NAMES, graders, type GraderName } from '../grade/registry.js';
import type { PathPart } from './positions.js';
import { describeKind, issueProblems, type Problem } from './problems.js';
import { findSchemaCycle } from './schema-check.js';
import { suggestionHint } from './suggest.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ExpectationContext {
  /** Whether the config has a judge model (llm-judge needs one). */
  hasJudge: boolean;
}

// One strict schema per grader, built once: zod compiles a schema on its first parse, and
// building it per expectation made loading 500 cases spend 60 ms compiling the same schema.
const STRICT_OPTIONS = new Map<GraderName, ReturnType<(typeof graders)[GraderName]['options']['strict']>>();
function strictOptions(type: GraderName) {
  let schema = STRICT_OPTIONS.get(type);
  if (!schema) {
    schema = graders[type].options.strict();
    STRICT_OPTIONS.set(type, schema);
  }
  return schema;
}

/** Problems come back with paths relative to the case (`expect[1].pattern`), all of them; the caller keeps the earliest. */
export function validateExpectation(raw: Record<string, unknown>, index: number, ctx: ExpectationContext): Expectation | Problem[] {
  const at: PathPart[] = ['expect', index];
  const { type, weight, ...options } = raw;
  if (type === undefined) {
    return [{ path: at, message: 'needs a "type"', hint: `one of: ${GRADER_NAMES.join(', ')}` }];
  }
  if (typeof type !== 'string') return [{ path: [...at, 'type'], message: `expected a grader name, got ${describeKind(type)}` }];
  if (!Object.hasOwn(graders, type)) {
    return [{ path: [...at, 'type'], message: `unknown grader "${type}"`, hint: suggestionHint(type, GRADER_NAMES, 'graders') }];
  }
  if (type === 'llm-judge' && !ctx.hasJudge) {
    return [{ path: [...at, 'type'], message: 'llm-judge needs a judge model', hint: 'add judge: { model: gpt-4o-mini } to llm-gate.yml' }];
  }
  const problems: Problem[] = [];
  if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0)) {
    problems.push({ path: [...at, 'weight'], message: `expected a positive number, got ${describeKind(weight)}` });
  }
  const grader = graders[type as GraderName];
  const schema = strictOptions(type as GraderName);
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of issueProblems(issue, { schema, input: options }, at)) {
        // The entry also accepts `type` and `weight`: name them when a key is close to them.
        if (p.message.startsWith('unknown key')) {
          const key = String(p.path[p.path.length - 1]);
          p.hint = suggestionHint(key, [...Object.keys(grader.options.shape), 'weight'], `options of ${type}`);
        }
        problems.push(p);
      }
    }
  }
  if (problems.length > 0) return problems;
  const data = parsed.data as Record<string, unknown>;
  // Before ajv sees it: some of these loops overflow the stack while compiling.
  if (type === 'json' && isRecord(data.schema)) {
    const cycle = findSchemaCycle(data.schema);
    if (cycle) return [{ path: [...at, 'schema', ...cycle.path], message: cycle.message, hint: cycle.hint }];
  }
  const invalid = (grader.validate as ((o: Record<string, unknown>) => { field: string; message: string } | undefined) | undefined)?.(data);
  if (invalid) {
    const field = invalid.field.split('.').filter(Boolean);
    return [{ path: [...at, ...field], message: invalid.message }];
  }
  return { type, weight: (weight as number | undefined) ?? 1, ...data };
}
