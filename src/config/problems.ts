// Turns validation problems (ours and zod's) into one LlmGateError that names the file,
// line, column and field path (`models.baseline.price.input`, `expect[0].type`).
// Values are never echoed: a misplaced API key must not end up in a log.
import type { z } from 'zod';
import { LlmGateError } from '../errors.js';
import type { LocatedDocument, PathPart } from './positions.js';
import { suggestionHint } from './suggest.js';

export interface Problem {
  path: PathPart[];
  message: string;
  hint?: string;
  /** Point at the key (`field:`) rather than its value. */
  at?: 'key' | 'value';
  /** Field to show when it differs from `path` (e.g. a field to add). */
  field?: string;
  /** Something left out rather than written wrong: reported after what was written wrong. */
  missing?: boolean;
}

export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : (out ? '.' : '') + part;
  return out;
}

export function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

export function describeKind(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  object: 'a mapping',
  record: 'a mapping',
  map: 'a mapping',
  array: 'a list',
  tuple: 'a list',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  null: 'an empty value',
  literal: 'a fixed value',
};

type AnySchema = { _zod?: { def: Record<string, any> } } | undefined;

function unwrap(schema: AnySchema): AnySchema {
  let cur = schema;
  for (let guard = 0; guard < 50 && cur?._zod; guard++) {
    const def = cur._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else break;
  }
  return cur;
}

function child(schema: AnySchema, part: PathPart): AnySchema {
  const s = unwrap(schema);
  const def = s?._zod?.def;
  if (!def) return undefined;
  if (def.type === 'object') return def.shape[part];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'union') {
    for (const option of def.options) {
      const found = child(option, part);
      if (found) return found;
    }
  }
  return undefined;
}

/** Keys a mapping at `path` accepts, read from the schema itself so hints never drift. */
export function allowedKeys(schema: z.ZodType, path: readonly PathPart[]): string[] {
  let s: AnySchema = schema as AnySchema;
  for (const part of path) s = child(s, part);
  s = unwrap(s);
  let def = s?._zod?.def;
  if (def?.type === 'union') def = def.options.map((o: AnySchema) => unwrap(o)?._zod?.def).find((d: any) => d?.type === 'object');
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function sizeMessage(issue: { origin?: string; minimum?: unknown; maximum?: unknown; inclusive?: boolean; message: string }, small: boolean): string {
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'array') return small ? `needs at least ${plural(limit, 'item')}` : `allows at most ${plural(limit, 'item')}`;
  if (issue.origin === 'string') {
    if (small && limit === 1) return 'must not be empty';
    return small ? `needs at least ${plural(limit, 'character')}` : `allows at most ${plural(limit, 'character')}`;
  }
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    const word = small ? (issue.inclusive ? 'at least' : 'greater than') : issue.inclusive ? 'at most' : 'less than';
    return `must be ${word} ${limit}`;
  }
  return issue.message;
}

/** One zod issue → problems (an unrecognized_keys issue yields one per key; the caller keeps the earliest). */
export function issueProblems(
  issue: z.core.$ZodIssue,
  ctx: { schema: z.ZodType; input: unknown },
  prefix: PathPart[] = [],
  local: PathPart[] = [],
): Problem[] {
  // `local` addresses the validated input; `prefix` places it in the document (expect[2] …).
  const localPath = [...local, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as PathPart[];
  const path = [...prefix, ...localPath];
  const value = valueAt(ctx.input, localPath);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        const last = path[path.length - 1];
        const parent = formatPath(path.slice(0, -1));
        const hint = typeof last === 'string' ? (parent ? `add "${last}:" under "${parent}"` : `add "${last}:"`) : undefined;
        return [{ path, message: 'is required', hint, missing: true }];
      }
      return [{ path, message: `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeKind(value)}` }];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(ctx.schema, localPath);
      return issue.keys.map((key) => ({ path: [...path, key], at: 'key' as const, message: `unknown key "${key}"`, hint: suggestionHint(key, allowed, 'allowed keys') }));
    }
    case 'invalid_union': {
      if (value === undefined) return [{ path, message: 'is required', missing: true }];
      if (issue.message !== 'Invalid input') return [{ path, message: issue.message }];
      // A branch that got past the type check explains the problem best.
      const deeper = issue.errors.find((branch) => branch.some((i) => i.code !== 'invalid_type' || i.path.length > 0));
      if (deeper) return deeper.flatMap((i) => issueProblems(i, ctx, prefix, localPath));
      const expected = [...new Set(issue.errors.flat().map((i) => (i.code === 'invalid_type' ? (EXPECTED[i.expected] ?? i.expected) : '')))].filter(Boolean);
      return [{ path, message: `expected ${expected.join(' or ')}, got ${describeKind(value)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const hint = typeof value === 'string' ? suggestionHint(value, issue.values.map(String)) : undefined;
      return [{ path, message: `expected one of ${options.join(', ')}`, hint: hint?.startsWith('did you mean') ? hint : undefined }];
    }
    case 'too_small':
      return [{ path, message: sizeMessage(issue, true) }];
    case 'too_big':
      return [{ path, message: sizeMessage(issue, false) }];
    case 'invalid_format':
      if (issue.format === 'url') return [{ path, message: 'expected an http(s) URL', hint: 'e.g. https://api.openai.com/v1' }];
      return [{ path, message: issue.message }];
    case 'custom': {
      const hint = issue.params?.hint;
      const at = issue.params?.at === 'key' ? ('key' as const) : undefined;
      return [{ path, message: issue.message, hint: typeof hint === 'string' ? hint : undefined, at }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

export interface ErrorContext {
  file: string;
  doc: LocatedDocument;
  /** Path of the validated value inside the document (a case's index in its file). */
  base?: PathPart[];
}

export function problemError(problem: Problem, ctx: ErrorContext): LlmGateError {
  const where = ctx.doc.locate([...(ctx.base ?? []), ...problem.path], problem.at);
  return new LlmGateError(problem.message, {
    file: ctx.file,
    line: where.line,
    column: where.column,
    field: problem.field ?? (formatPath(problem.path) || undefined),
    hint: problem.hint,
  });
}

/**
 * One clear error: the problem written earliest in the file. Something written wrong comes
 * before something left out, because a typo ("expct") usually explains the missing key.
 */
export function firstError(problems: Problem[], ctx: ErrorContext): LlmGateError | undefined {
  const ranked = problems.map((p) => ({ missing: p.missing ? 1 : 0, error: problemError(p, ctx) }));
  ranked.sort((a, b) => a.missing - b.missing || (a.error.line ?? 0) - (b.error.line ?? 0) || (a.error.column ?? 0) - (b.error.column ?? 0));
  return ranked[0]?.error;
}

export function zodError(error: z.ZodError, ctx: ErrorContext & { schema: z.ZodType; input: unknown; prefix?: PathPart[] }): LlmGateError {
  const problems = error.issues.flatMap((issue) => issueProblems(issue, ctx, ctx.prefix));
  return firstError(problems, ctx) ?? new LlmGateError(error.message, { file: ctx.file });
}
