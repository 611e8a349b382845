// promptfoo assertions → llm-gate expectations, as data: each supported type names the
// grader it becomes and how its value maps. A type that is not in the table has no honest
// mapping (it runs code, compares embeddings, or measures cost or latency, which the gate
// measures itself) and is reported as unsupported, never approximated.
import type { PathPart } from '../positions.js';
import { renderNunjucks } from './nunjucks.js';

export type Mapped =
  | { ok: true; expect: Record<string, unknown>[] }
  | { ok: false; unsupported: boolean; message: string; path: PathPart[]; hint?: string };

type Value = unknown;
type Build = (value: Value, assertion: Record<string, unknown>) => Record<string, unknown> | string;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function text(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** contains-any / contains-all take a list, or (as in promptfoo) one comma-separated string. */
function list(value: Value): string[] | undefined {
  if (Array.isArray(value)) {
    const items = value.map(text);
    return items.every((v): v is string => v !== undefined) && items.length > 0 ? items : undefined;
  }
  const one = text(value);
  if (one === undefined) return undefined;
  const items = one.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length > 0 ? items : undefined;
}

const needText = 'expects a string value';
const needList = 'expects a list of strings (or one comma-separated string)';

function containsOf(grader: 'contains' | 'not-contains', match: 'any' | 'all' | undefined, ignoreCase: boolean, many: boolean): Build {
  return (value) => {
    const v = many ? list(value) : text(value);
    if (v === undefined) return many ? needList : needText;
    return { type: grader, value: v, ...(match ? { match } : {}), ...(ignoreCase ? { ignoreCase: true } : {}) };
  };
}

/** A JSON Schema given inline, or nothing; a file:// schema is read before mapping. */
function jsonOf(value: Value): Record<string, unknown> | string {
  if (value === undefined || value === null || value === '') return { type: 'json' };
  if (isRecord(value)) return { type: 'json', schema: value };
  return 'expects a JSON Schema (a mapping) as its value, or none';
}

function rubricOf(invert: boolean): Build {
  return (value, assertion) => {
    const rubric = text(value);
    if (rubric === undefined || rubric.trim() === '') return 'expects the rubric as a string value';
    // promptfoo passes a graded score over `threshold`; the judge's grades carry that cut.
    let grades: Record<string, number> = { pass: 1, partial: 0.5, fail: 0 };
    const threshold = assertion.threshold;
    if (typeof threshold === 'number') {
      grades = Object.fromEntries(Object.entries(grades).map(([g, s]) => [g, s >= threshold ? 1 : 0]));
      if (Object.values(grades).every((s) => s === 1)) grades.fail = 0;
    }
    if (invert) grades = Object.fromEntries(Object.entries(grades).map(([g, s]) => [g, 1 - s]));
    return { type: 'llm-judge', rubric, grades };
  };
}

/** The supported types. `not-` forms appear only where a grader expresses the negation exactly. */
export const ASSERTION_MAP: Record<string, Build> = {
  equals: (value) => {
    const v = text(value);
    if (v === undefined) return isRecord(value) || Array.isArray(value) ? 'with a JSON value has no exact llm-gate grader (json-fields gives partial credit)' : needText;
    // promptfoo compares exactly; so does this.
    return { type: 'equals', value: v, trim: false };
  },
  contains: containsOf('contains', undefined, false, false),
  'not-contains': containsOf('not-contains', undefined, false, false),
  icontains: containsOf('contains', undefined, true, false),
  'not-icontains': containsOf('not-contains', undefined, true, false),
  'contains-any': containsOf('contains', 'any', false, true),
  'not-contains-any': containsOf('not-contains', 'any', false, true),
  'contains-all': containsOf('contains', 'all', false, true),
  'not-contains-all': containsOf('not-contains', 'all', false, true),
  'icontains-any': containsOf('contains', 'any', true, true),
  'not-icontains-any': containsOf('not-contains', 'any', true, true),
  'icontains-all': containsOf('contains', 'all', true, true),
  'not-icontains-all': containsOf('not-contains', 'all', true, true),
  'starts-with': (value) => {
    const v = text(value);
    return v === undefined ? needText : { type: 'regex', pattern: `^${escapeRegex(v)}` };
  },
  // Without the m flag `^` is the start of the output only, so the lookahead is the negation.
  'not-starts-with': (value) => {
    const v = text(value);
    return v === undefined ? needText : { type: 'regex', pattern: `^(?!${escapeRegex(v)})` };
  },
  regex: (value) => {
    const v = text(value);
    return v === undefined ? needText : { type: 'regex', pattern: v };
  },
  // No match anywhere: a lookahead at the start that scans the whole output.
  'not-regex': (value) => {
    const v = text(value);
    return v === undefined ? needText : { type: 'regex', pattern: `^(?![\\s\\S]*?(?:${v}))` };
  },
  // llm-gate's json grader also accepts JSON inside code fences or prose: for is-json that
  // is more lenient than promptfoo, and exactly contains-json.
  'is-json': jsonOf,
  'contains-json': jsonOf,
  'llm-rubric': rubricOf(false),
  'not-llm-rubric': rubricOf(true),
};

export const SUPPORTED_ASSERTIONS = Object.keys(ASSERTION_MAP);

/** Why a known promptfoo type is left out, for the message; unknown types get the list only. */
const WHY_NOT: Record<string, string> = {
  javascript: 'it runs JavaScript',
  python: 'it runs Python',
  ruby: 'it runs Ruby',
  webhook: 'it calls a webhook',
  similar: 'it compares embeddings',
  cost: 'llm-gate measures cost itself, per dollar of quality',
  latency: 'llm-gate measures latency itself, as p95 against the baseline',
  perplexity: 'it needs log-probabilities',
  'perplexity-score': 'it needs log-probabilities',
  levenshtein: 'llm-gate has no edit-distance grader',
  'rouge-n': 'llm-gate has no ROUGE grader',
  bleu: 'llm-gate has no BLEU grader',
  gleu: 'llm-gate has no GLEU grader',
  meteor: 'llm-gate has no METEOR grader',
  moderation: 'it calls a moderation API',
  classifier: 'it runs a classifier model',
  'select-best': 'it compares outputs of several prompts',
  'max-score': 'it compares outputs of several prompts',
  'not-equals': 'llm-gate has no negated equals grader',
  'not-is-json': 'llm-gate has no negated json grader',
  'not-contains-json': 'llm-gate has no negated json grader',
};

const MAX_SET_DEPTH = 8;

/**
 * One assertion (with its index path inside the test) → expectations. Values are rendered
 * with the test's vars first, as promptfoo does. An assert-set is flattened: its children's
 * weights are scaled so the case's weighted mean is the one promptfoo computes.
 */
export function mapAssertion(raw: unknown, vars: Record<string, unknown>, path: PathPart[], depth = 0): Mapped {
  if (!isRecord(raw)) return { ok: false, unsupported: false, message: 'expected an assertion (a mapping with "type")', path };
  const type = raw.type;
  if (typeof type !== 'string') return { ok: false, unsupported: false, message: 'needs a "type"', path, hint: `one of: ${SUPPORTED_ASSERTIONS.join(', ')}` };
  const weight = raw.weight ?? 1;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
    return { ok: false, unsupported: false, message: 'expected a number of 0 or more', path: [...path, 'weight'] };
  }
  if (raw.transform !== undefined) {
    return { ok: false, unsupported: true, message: `a "${type}" assertion with a transform has no llm-gate mapping (the transform runs code)`, path: [...path, 'transform'] };
  }
  if (type === 'assert-set') return mapSet(raw, vars, path, weight, depth);
  const build = Object.hasOwn(ASSERTION_MAP, type) ? ASSERTION_MAP[type] : undefined;
  if (!build) {
    const base = type.startsWith('not-') ? type.slice(4) : type;
    const why = WHY_NOT[type] ?? WHY_NOT[base];
    return {
      ok: false,
      unsupported: true,
      message: `assertion type "${type}" has no llm-gate grader${why ? ` (${why})` : ''}`,
      path: [...path, 'type'],
      hint: `supported: ${SUPPORTED_ASSERTIONS.join(', ')}; --skip-unsupported drops the others with a warning`,
    };
  }
  const value = renderValue(raw.value, vars);
  if (value instanceof TemplateProblem) return { ok: false, unsupported: false, message: value.message, path: [...path, 'value'] };
  const built = build(value, raw);
  if (typeof built === 'string') return { ok: false, unsupported: false, message: `"${type}" ${built}`, path: [...path, 'value'] };
  // A weight of 0 keeps the assertion in promptfoo's report but out of its score.
  if (weight === 0) return { ok: true, expect: [] };
  return { ok: true, expect: [{ ...built, weight }] };
}

function mapSet(raw: Record<string, unknown>, vars: Record<string, unknown>, path: PathPart[], weight: number, depth: number): Mapped {
  if (raw.threshold !== undefined) {
    return { ok: false, unsupported: true, message: 'an assert-set with a threshold has no llm-gate mapping (the case score is a weighted mean, with no pass cut-off)', path: [...path, 'threshold'] };
  }
  if (depth >= MAX_SET_DEPTH) return { ok: false, unsupported: false, message: `assert-set nested deeper than ${MAX_SET_DEPTH} levels`, path };
  const children = raw.assert;
  if (!Array.isArray(children) || children.length === 0) return { ok: false, unsupported: false, message: 'an assert-set needs a list of assertions under "assert"', path: [...path, 'assert'] };
  const out: Record<string, unknown>[] = [];
  for (const [i, child] of children.entries()) {
    const m = mapAssertion(child, vars, [...path, 'assert', i], depth + 1);
    if (!m.ok) return m;
    out.push(...m.expect);
  }
  const total = out.reduce((s, e) => s + (e.weight as number), 0);
  if (total === 0 || weight === 0) return { ok: true, expect: [] };
  return { ok: true, expect: out.map((e) => ({ ...e, weight: (weight * (e.weight as number)) / total })) };
}

class TemplateProblem {
  constructor(readonly message: string) {}
}

/** Strings (and strings inside lists) are templates over the test's vars. */
function renderValue(value: unknown, vars: Record<string, unknown>): unknown {
  const one = (s: string): string | TemplateProblem => {
    const r = renderNunjucks(s, vars);
    return r.ok ? r.text : new TemplateProblem(r.message);
  };
  if (typeof value === 'string') return one(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const v of value) {
      const r = typeof v === 'string' ? one(v) : v;
      if (r instanceof TemplateProblem) return r;
      out.push(r);
    }
    return out;
  }
  return value;
}

/** Every type name promptfoo documents that this table knows of, for reading CSV shorthand. */
export const KNOWN_ASSERTION_TYPES = new Set([...SUPPORTED_ASSERTIONS, ...Object.keys(WHY_NOT), 'assert-set', 'factuality', 'model-graded-closedqa', 'answer-relevance', 'context-faithfulness', 'context-recall', 'context-relevance', 'g-eval', 'is-valid-openai-tools-call', 'is-valid-openai-function-call', 'is-sql', 'is-xml', 'contains-xml', 'contains-sql', 'is-html', 'contains-html', 'is-refusal', 'word-count', 'finish-reason', 'trace-span-count', 'pi', 'guardrails', 'search-rubric']);
