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

  if (c.ideal !== undefined && c.reference !== undefined) {
    throw problemError({ path: ['reference'], at: 'key', message: 'a case takes either ideal or reference, not both', hint: 'they are the same answer; keep one' }, errorCtx);
  }
  const ideal = c.ideal ?? c.reference;

  const messages = renderMessages(c, ctx);
  if (!Array.isArray(messages)) throw problemError(messages, errorCtx);

  const at = ctx.doc.locate(ctx.base);
  return {
    id: c.id,
    tags: c.tags,
    vars: c.vars,
    messages,
    expect,
    ...(ideal !== undefined ? { ideal } : {}),
    source: { file: ctx.file, line: at.line, column: at.column },
  };
}

function renderMessages(c: { prompt?: string; messages?: ChatMessage[]; vars: Record<string, unknown> }, ctx: CaseContext): ChatMessage[] | Problem {
  if (c.prompt !== undefined && c.messages !== undefined) {
    return { path: ['messages'], at: 'key', message: 'a case takes either prompt or messages, not both', hint: 'move the prompt into messages as a user message' };
  }
  if (c.messages) {
    const out: ChatMessage[] = [];
    for (const [i, m] of c.messages.entries()) {
      const r = renderTemplate(m.content, c.vars);
      if (!r.ok) return missingVar(r.missing, ['messages', i, 'content']);
      out.push({ role: m.role, content: r.text });
    }
    return out;
  }
  const out: ChatMessage[] = [];
  const system = ctx.prompt?.system;
  if (system !== undefined) {
    const r = renderTemplate(system, c.vars);
    if (!r.ok) return missingVar(r.missing, [], `prompt.system in ${ctx.configFile}`);
    out.push({ role: 'system', content: r.text });
  }
  const own = c.prompt !== undefined;
  const user = c.prompt ?? ctx.prompt?.user;
  if (user === undefined) {
    return { path: [], field: 'prompt', message: 'the case has no prompt', hint: `add prompt: "..." or messages, or set prompt.user in ${ctx.configFile}` };
  }
  const r = renderTemplate(user, c.vars);
  if (!r.ok) return own ? missingVar(r.missing, ['prompt']) : missingVar(r.missing, [], `prompt.user in ${ctx.configFile}`);
  out.push({ role: 'user', content: r.text });
  return out;
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
