// One raw case (from YAML or a JSONL line) → EvalCase with its messages rendered, its
// expectations validated and its source location kept for errors and annotations.
import type { ChatMessage, EvalCase, Expectation } from '../types.js';
import { validateExpectation } from './expectations.js';
import { caseSchema } from './eval-schema.js';
import type { LocatedDocument, PathPart } from './positions.js';
import { firstError, problemError, zodError, type Problem } from './problems.js';
import { renderTemplate } from './template.js';

export interface CaseContext {
  /** Eval file, relative to cwd. */
  file: string;
  doc: LocatedDocument;
  /** Path of the case inside its document: [index] for YAML lists, [] for a JSONL line. */
  base: PathPart[];
  prompt?: { system?: string; user?: string };
  hasJudge: boolean;
  /** Config file, relative to cwd, for messages about its templates. */
  configFile: string;
  /** Expectation lists already built for earlier cases of the set, by content: identical ones are shared. */
  sharedExpectations?: Map<string, Expectation[]>;
}

export function buildCase(raw: unknown, ctx: CaseContext): EvalCase {
  const errorCtx = { file: ctx.file, doc: ctx.doc, base: ctx.base };
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) throw zodError(parsed.error, { ...errorCtx, schema: caseSchema, input: raw });
  const c = parsed.data;

  const problems: Problem[] = [];
  const expect: Expectation[] = [];
  c.expect.forEach((entry, i) => {
    const r = validateExpectation(entry, i, { hasJudge: ctx.hasJudge });
    if (Array.isArray(r)) problems.push(...r);
    else expect.push(r);
  });
  const first = firstError(problems, errorCtx);
  if (first) throw first;
  const expectations = shared(expect, ctx.sharedExpectations);

  if (c.ideal !== undefined && c.reference !== undefined) {
    throw problemError({ path: ['reference'], at: 'key', message: 'a case takes either ideal or reference, not both', hint: 'they are the same answer; keep one' }, errorCtx);
  }
  const ideal = c.ideal ?? c.reference;

  const messages = renderMessages(c, ctx);
  if (!Array.isArray(messages)) throw problemError(messages, errorCtx);

  const at = ctx.doc.locate(ctx.base);
  const source = { file: ctx.file, line: at.line, column: at.column };
  // Two literals rather than a spread of the optional field: an object made by spreading
  // keeps the fields after the spread in a second object, one more per case.
  return ideal !== undefined
    ? { id: c.id, tags: c.tags, vars: c.vars, messages, expect: expectations, ideal, source }
    : { id: c.id, tags: c.tags, vars: c.vars, messages, expect: expectations, source };
}

function renderMessages(c: { prompt?: string; messages?: ChatMessage[]; vars: Record<string, unknown> }, ctx: CaseContext): ChatMessage[] | Problem {
  if (c.prompt !== undefined && c.messages !== undefined) {
    return { path: ['messages'], at: 'key', message: 'a case takes either prompt or messages, not both', hint: 'move the prompt into messages as a user message' };
  }
  // Arrays are made at their final length: one grown by push keeps spare slots, which a
  // set of 100,000 cases pays for twice (messages and expectations) in every case.
  if (c.messages) {
    const out = new Array<ChatMessage>(c.messages.length);
    for (const [i, m] of c.messages.entries()) {
      const r = renderTemplate(m.content, c.vars);
      if (!r.ok) return missingVar(r.missing, ['messages', i, 'content']);
      out[i] = { role: m.role, content: r.text };
    }
    return out;
  }
  let systemMessage: ChatMessage | undefined;
  const system = ctx.prompt?.system;
  if (system !== undefined) {
    const r = renderTemplate(system, c.vars);
    if (!r.ok) return missingVar(r.missing, [], `prompt.system in ${ctx.configFile}`);
    systemMessage = { role: 'system', content: r.text };
  }
  const own = c.prompt !== undefined;
  const user = c.prompt ?? ctx.prompt?.user;
  if (user === undefined) {
    return { path: [], field: 'prompt', message: 'the case has no prompt', hint: `add prompt: "..." or messages, or set prompt.user in ${ctx.configFile}` };
  }
  const r = renderTemplate(user, c.vars);
  if (!r.ok) return own ? missingVar(r.missing, ['prompt']) : missingVar(r.missing, [], `prompt.user in ${ctx.configFile}`);
  const userMessage: ChatMessage = { role: 'user', content: r.text };
  return systemMessage ? [systemMessage, userMessage] : [userMessage];
}

/**
 * One list for every case that expects the same: most sets repeat one or two expectations
 * across thousands of cases. Only lists of plain values are shared (strings, finite numbers,
 * booleans, null, arrays of them), where equal JSON means equal expectations; anything else
 * (a JSON Schema, say) stays the case's own. Nothing mutates an expectation after loading.
 */
const MAX_SHARED_LISTS = 10_000;
function shared(expect: Expectation[], lists: Map<string, Expectation[]> | undefined): Expectation[] {
  const own = expect.slice();
  if (!lists || !expect.every(plainExpectation)) return own;
  const key = JSON.stringify(expect);
  const known = lists.get(key);
  if (known) return known;
  if (lists.size < MAX_SHARED_LISTS) lists.set(key, own);
  return own;
}

function plainExpectation(e: Expectation): boolean {
  return Object.values(e).every((v) => plainValue(v) || (Array.isArray(v) && v.length <= 100 && v.every(plainValue)));
}

function plainValue(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0));
}

/** A template from the config is reported at the case (whose vars lack the value), field `prompt`. */
function missingVar(name: string, path: PathPart[], source?: string): Problem {
  const of = source ? ` of ${source}` : '';
  return {
    path,
    field: path.length > 0 ? undefined : 'prompt',
    message: `template variable {{${name}}}${of} has no value`,
    hint: `add ${name} to this case's vars`,
  };
}
