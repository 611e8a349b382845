// OpenAI evals data → EvalCase[]. Two shapes, one per line of a JSONL file:
//   openai/evals     {"input": [{"role", "content"}...] | "text", "ideal": "..." | ["...", ...]}
//   Evals API items  {"item": {...}, "sample"?: {...}}, its fields found by `fields:` or by name
// `ideal` becomes the entry's grader: equals (trimmed; a list means any of them), contains
// (any of them), or llm-judge (the judge compares with the reference).
import { basename } from 'node:path';
import type { ChatMessage, EvalCase, Expectation } from '../../types.js';
import { LlmGateError } from '../../errors.js';
import { ROLES } from '../eval-schema.js';
import { validateExpectation } from '../expectations.js';
import { parseJsonLines } from '../documents.js';
import type { LocatedDocument, PathPart } from '../positions.js';
import { describeKind } from '../problems.js';
import { lookupVar } from '../template.js';
import { renderNunjucks } from './nunjucks.js';
import type { FormatContext, FormatResult } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where an Evals API item's fields usually are, first match wins. */
export const ITEM_DEFAULTS = {
  input: ['item.input', 'item.messages', 'item.question', 'item.prompt'],
  ideal: ['item.ideal', 'item.reference', 'item.expected', 'item.answer'],
  id: ['item.id'],
} as const;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const JUDGE_RUBRIC = 'The output gives the same answer as the reference answer: the same facts and conclusion, whatever the wording.';

/** A line of either shape, for detection. */
export function looksLikeOpenAiEvals(value: unknown): boolean {
  if (!isRecord(value) || Object.hasOwn(value, 'expect')) return false;
  if (isRecord(value.item)) return true;
  return Object.hasOwn(value, 'input') && (Object.hasOwn(value, 'ideal') || Array.isArray(value.input));
}

function fail(file: string, doc: LocatedDocument, path: PathPart[], message: string, hint?: string): LlmGateError {
  return new LlmGateError(message, { file, ...doc.locate(path), field: path.map(String).join('.') || undefined, hint });
}

function messagesOf(value: unknown, file: string, doc: LocatedDocument, path: PathPart[]): ChatMessage[] {
  if (typeof value === 'string') {
    if (value.trim() === '') throw fail(file, doc, path, 'the input is empty');
    return [{ role: 'user', content: value }];
  }
  if (!Array.isArray(value) || value.length === 0) throw fail(file, doc, path, `expected the input as text or a list of chat messages, got ${describeKind(value)}`);
  return value.map((m, i) => {
    if (!isRecord(m)) throw fail(file, doc, [...path, i], `expected a chat message ({role, content}), got ${describeKind(m)}`);
    if (typeof m.role !== 'string' || !(ROLES as readonly string[]).includes(m.role)) throw fail(file, doc, [...path, i, 'role'], `expected a role, one of ${ROLES.join(', ')}`);
    if (typeof m.content !== 'string') throw fail(file, doc, [...path, i, 'content'], 'expected the message text as a string');
    return { role: m.role as ChatMessage['role'], content: m.content };
  });
}

function idealsOf(value: unknown, file: string, doc: LocatedDocument, path: PathPart[]): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out = list.map((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v));
  if (out.length === 0 || !out.every((v): v is string => typeof v === 'string')) {
    throw fail(file, doc, path, `expected the ideal answer as a string or a list of strings, got ${describeKind(value)}`);
  }
  return out;
}

function grader(ideals: string[], kind: FormatContext['options']['grader']): Record<string, unknown> {
  if (kind === 'contains') return { type: 'contains', value: ideals, match: 'any' };
  if (kind === 'llm-judge') {
    const rubric = ideals.length === 1 ? JUDGE_RUBRIC : `${JUDGE_RUBRIC} Any one of these answers is right:\n${ideals.map((i) => `- ${i}`).join('\n')}`;
    return { type: 'llm-judge', rubric };
  }
  if (ideals.length === 1) return { type: 'equals', value: ideals[0], trim: true };
  // equals takes one value; "trimmed and equal to one of them" is exactly this anchored alternation.
  return { type: 'regex', pattern: `^\\s*(?:${ideals.map(escapeRegex).join('|')})\\s*$` };
}

/** A dotted path into the line, or a template over it when it holds `{{`. */
function pick(line: Record<string, unknown>, spec: string): unknown {
  if (spec.includes('{{')) {
    const r = renderNunjucks(spec, line);
    return r.ok ? r.text : undefined;
  }
  return lookupVar(line, spec);
}

function firstOf(line: Record<string, unknown>, specs: readonly string[]): { spec: string; value: unknown } | undefined {
  for (const spec of specs) {
    const value = pick(line, spec);
    if (value !== undefined && value !== null) return { spec, value };
  }
  return undefined;
}

export function readOpenAiEvals(text: string, ctx: Omit<FormatContext, 'doc'>): FormatResult {
  const stem = basename(ctx.file).replace(/\.[^.]+$/, '');
  const cases: EvalCase[] = [];
  const fields = ctx.options.fields ?? {};
  for (const { doc, line } of parseJsonLines(text, ctx.file)) {
    const value = doc.value;
    if (!isRecord(value)) throw fail(ctx.file, doc, [], `expected one sample (a JSON object) per line, got ${describeKind(value)}`);
    const item = isRecord(value.item);
    const inputSpecs = fields.input ? [fields.input] : item ? ITEM_DEFAULTS.input : ['input'];
    const idealSpecs = fields.ideal ? [fields.ideal] : item ? ITEM_DEFAULTS.ideal : ['ideal'];
    const input = firstOf(value, inputSpecs);
    const toPath = (spec: string): PathPart[] => (spec.includes('{{') ? [] : spec.split('.'));
    if (!input) {
      throw fail(ctx.file, doc, [], `no input: the line has none of ${inputSpecs.join(', ')}`, item ? 'say where it is with fields: { input: item.<name> } on the evals entry' : 'each line needs "input": [{"role": "user", "content": "..."}]');
    }
    const ideal = firstOf(value, idealSpecs);
    if (!ideal) {
      throw fail(ctx.file, doc, [], `no ideal answer: the line has none of ${idealSpecs.join(', ')}`, item ? 'say where it is with fields: { ideal: item.<name> } on the evals entry' : 'each line needs "ideal": "..." or a list of them');
    }
    const messages = messagesOf(input.value, ctx.file, doc, toPath(input.spec));
    const ideals = idealsOf(ideal.value, ctx.file, doc, toPath(ideal.spec));
    const r = validateExpectation(grader(ideals, ctx.options.grader), 0, { hasJudge: ctx.hasJudge });
    if (Array.isArray(r)) throw fail(ctx.file, doc, toPath(ideal.spec), r[0]!.message, r[0]!.hint ?? (ctx.options.grader === 'llm-judge' ? undefined : undefined));
    const expect: Expectation[] = [r];
    const idValue = firstOf(value, fields.id ? [fields.id] : item ? ITEM_DEFAULTS.id : ['id']);
    const id = typeof idValue?.value === 'string' || typeof idValue?.value === 'number' ? String(idValue.value) : `${stem}-${line}`;
    const at = doc.locate([]);
    cases.push({ id, tags: [], vars: {}, messages, expect, ideal: ideals[0]!, source: { file: ctx.file, line: at.line, column: at.column } });
  }
  return { cases, warnings: [] };
}
