// A promptfoo suite → EvalCase[]: a promptfooconfig (prompts, tests, defaultTest,
// scenarios) or a bare list of tests, with `file://` references to prompt, test and var
// files. Each prompt × test pair is one case; assertions map through promptfoo-asserts.ts.
// Providers are not read: the models under test are llm-gate.yml's.
import { extname, basename } from 'node:path';
import type { ChatMessage, EvalCase, EvalWarning, Expectation } from '../../types.js';
import { LlmGateError } from '../../errors.js';
import { ROLES } from '../eval-schema.js';
import { validateExpectation } from '../expectations.js';
import { parseDocument, parseJsonLines } from '../documents.js';
import type { LocatedDocument, PathPart } from '../positions.js';
import { describeKind, formatPath } from '../problems.js';
import { parseCsv } from './csv.js';
import { renderNunjucks } from './nunjucks.js';
import { KNOWN_ASSERTION_TYPES, mapAssertion } from './promptfoo-asserts.js';
import { FORMAT_LIMITS, type FormatContext, type FormatResult, type ReadFile } from './types.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys only a promptfoo config has at its top level. */
export const PROMPTFOO_KEYS = ['prompts', 'providers', 'tests', 'defaultTest', 'scenarios', 'targets'];

/** A value and where it is written: the file, its document and the path inside it. */
interface At {
  file: string;
  doc: LocatedDocument;
  path: PathPart[];
}

interface Prompt {
  label: string;
  messages: ChatMessage[];
  at: At;
}

interface Test {
  raw: Record<string, unknown>;
  at: At;
}

const CODE_FILES = new Set(['.js', '.cjs', '.mjs', '.ts', '.py', '.rb', '.sh']);

function fail(at: At, message: string, hint?: string, prefer?: 'key'): LlmGateError {
  return new LlmGateError(message, { file: at.file, ...at.doc.locate(at.path, prefer), field: formatPath(at.path) || undefined, hint });
}

const child = (at: At, ...parts: PathPart[]): At => ({ ...at, path: [...at.path, ...parts] });

/** `file://x` → `x`; a path with `:function` after a code file's extension names code. */
function refPath(ref: string): string {
  return ref.startsWith('file://') ? ref.slice('file://'.length) : ref;
}

function isCodeRef(ref: string): boolean {
  const path = refPath(ref).replace(/:[\w.]+$/, '');
  return CODE_FILES.has(extname(path).toLowerCase());
}

class Suite {
  readonly warnings: EvalWarning[] = [];
  private files = 0;

  constructor(private readonly ctx: FormatContext) {}

  async read(ref: string, at: At): Promise<ReadFile[]> {
    if (isCodeRef(ref)) throw fail(at, `"${ref}" is code; llm-gate reads prompts, tests and vars from data files only`, 'write the values out to a .yaml, .json, .jsonl, .csv or .txt file');
    const where = at.doc.locate(at.path);
    const files = await this.ctx.reader.read(refPath(ref), at.file, { file: at.file, ...where, field: formatPath(at.path) || undefined });
    this.files += files.length;
    if (this.files > FORMAT_LIMITS.maxReferencedFiles) throw fail(at, `the suite references more than ${FORMAT_LIMITS.maxReferencedFiles} files`, 'split it into several suites');
    return files;
  }

  private warned = new Set<string>();
  private refused: LlmGateError[] = [];
  private refusedAt = new Set<string>();

  private refuse(err: LlmGateError): void {
    const key = `${err.file}:${err.line}:${err.column}`;
    if (this.refusedAt.has(key)) return;
    this.refusedAt.add(key);
    this.refused.push(err);
  }

  /** The first unsupported assertion, with how many there are in all. */
  unsupportedError(): LlmGateError | undefined {
    const [first, ...more] = this.refused;
    if (!first) return undefined;
    const also = more.length > 0 ? ` (and ${more.length} more: ${more.slice(0, 5).map((e) => `${e.file}:${e.line}`).join(', ')}${more.length > 5 ? ', ...' : ''})` : '';
    return new LlmGateError(`${first.message}${also}`, { file: first.file, line: first.line, column: first.column, field: first.field, hint: first.hint });
  }

  /** Once per place: a defaultTest assertion dropped for every test is one warning. */
  warn(at: At, code: string, message: string): void {
    const where = at.doc.locate(at.path);
    const key = `${at.file}:${where.line}:${where.column}:${code}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push({ file: at.file, ...where, code, message });
  }

  // ---- prompts -------------------------------------------------------------------------

  async prompts(value: unknown, at: At): Promise<Prompt[]> {
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return this.promptRef(value, undefined, at);
    if (Array.isArray(value)) {
      const out: Prompt[] = [];
      for (const [i, item] of value.entries()) out.push(...(await this.promptItem(item, child(at, i))));
      return out;
    }
    if (isRecord(value)) {
      // { "file://prompt.txt": "label" }
      const out: Prompt[] = [];
      for (const [ref, label] of Object.entries(value)) out.push(...(await this.promptRef(ref, typeof label === 'string' ? label : undefined, child(at, ref))));
      return out;
    }
    throw fail(at, `expected a prompt, a list of prompts or a file:// reference, got ${describeKind(value)}`);
  }

  private async promptItem(item: unknown, at: At): Promise<Prompt[]> {
    if (typeof item === 'string') return this.promptRef(item, undefined, at);
    if (!isRecord(item)) throw fail(at, `expected a prompt (text or a mapping with raw), got ${describeKind(item)}`);
    const label = typeof item.label === 'string' ? item.label : typeof item.id === 'string' ? item.id : undefined;
    if (typeof item.raw === 'string') return [this.prompt(item.raw, label ?? item.raw, child(at, 'raw'))];
    if (typeof item.id === 'string' && item.id.startsWith('file://')) return this.promptRef(item.id, label, child(at, 'id'));
    throw fail(at, 'a prompt mapping needs "raw" (the text) or "id: file://..."');
  }

  private async promptRef(ref: string, label: string | undefined, at: At): Promise<Prompt[]> {
    if (!ref.startsWith('file://')) return [this.prompt(ref, label ?? ref, at)];
    const out: Prompt[] = [];
    for (const f of await this.read(ref, at)) {
      const ext = extname(f.file).toLowerCase();
      const fileAt = (doc: LocatedDocument, path: PathPart[] = []): At => ({ file: f.file, doc, path });
      if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
        const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
        const v = doc.value;
        if (typeof v === 'string') out.push(this.prompt(v, label ?? f.file, fileAt(doc)));
        else out.push({ label: label ?? f.file, messages: this.chat(v, fileAt(doc)), at: fileAt(doc) });
      } else if (ext === '.jsonl') {
        for (const { doc } of parseJsonLines(f.text, f.file)) out.push({ label: `${label ?? f.file}:${doc.locate([]).line}`, messages: this.chat(doc.value, fileAt(doc)), at: fileAt(doc) });
      } else {
        // A text file may hold several prompts, separated by lines of "---".
        const parts = ext === '.txt' ? splitPrompts(f.text) : [{ text: f.text.replace(/\r\n/g, '\n').replace(/\n+$/, ''), line: 1 }];
        for (const [k, p] of parts.entries()) {
          const doc: LocatedDocument = { value: p.text, locate: () => ({ line: p.line, column: 1 }) };
          out.push(this.prompt(p.text, parts.length > 1 ? `${label ?? f.file}#${k + 1}` : (label ?? f.file), { file: f.file, doc, path: [] }));
        }
      }
    }
    return out;
  }

  /** Text that is a JSON list of messages is a chat prompt, as promptfoo's OpenAI provider reads it. */
  private prompt(text: string, label: string, at: At): Prompt {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(trimmed);
        if (Array.isArray(parsed) && parsed.every((m) => isRecord(m) && typeof m.role === 'string')) return { label, messages: this.chat(parsed, at), at };
      } catch {
        // Not JSON (or JSON only once rendered): plain text.
      }
    }
    return { label, messages: [{ role: 'user', content: text }], at };
  }

  private chat(value: unknown, at: At): ChatMessage[] {
    if (!Array.isArray(value) || value.length === 0) throw fail(at, `expected a list of chat messages ({role, content}), got ${describeKind(value)}`);
    return value.map((m, i) => {
      const mAt = child(at, i);
      if (!isRecord(m)) throw fail(mAt, `expected a chat message ({role, content}), got ${describeKind(m)}`);
      if (typeof m.role !== 'string' || !(ROLES as readonly string[]).includes(m.role)) throw fail(child(mAt, 'role'), `expected a role, one of ${ROLES.join(', ')}`);
      if (typeof m.content !== 'string') throw fail(child(mAt, 'content'), 'expected the message text as a string (images and other parts are not read)');
      return { role: m.role as ChatMessage['role'], content: m.content };
    });
  }

  // ---- tests ---------------------------------------------------------------------------

  async tests(value: unknown, at: At): Promise<Test[]> {
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return this.testRef(value, at);
    if (isRecord(value)) return [{ raw: value, at }];
    if (!Array.isArray(value)) throw fail(at, `expected a list of tests or a file:// reference, got ${describeKind(value)}`);
    const out: Test[] = [];
    for (const [i, item] of value.entries()) {
      const itemAt = child(at, i);
      if (typeof item === 'string') out.push(...(await this.testRef(item, itemAt)));
      else if (isRecord(item)) out.push({ raw: item, at: itemAt });
      else throw fail(itemAt, `expected a test (a mapping with vars and assert), got ${describeKind(item)}`);
    }
    return out;
  }

  private async testRef(ref: string, at: At): Promise<Test[]> {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref) && !ref.startsWith('file://')) {
      throw fail(at, `tests from "${ref.split('://')[0]}://" are not read; llm-gate reads test files in the repository`, 'download the dataset into a .jsonl, .yaml or .csv file and reference it with file://');
    }
    const out: Test[] = [];
    for (const f of await this.read(ref, at)) {
      const ext = extname(f.file).toLowerCase();
      if (ext === '.csv') out.push(...csvTests(f));
      else if (ext === '.jsonl') for (const { doc } of parseJsonLines(f.text, f.file)) out.push(...(await this.tests(doc.value, { file: f.file, doc, path: [] })));
      else if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
        const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
        out.push(...(await this.tests(doc.value, { file: f.file, doc, path: [] })));
      } else throw fail(at, `${f.file}: test files are .yaml, .yml, .json, .jsonl or .csv`);
    }
    return out;
  }

  async defaultTest(value: unknown, at: At): Promise<Test | undefined> {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') {
      const [f, ...more] = await this.read(value, at);
      if (!f || more.length > 0) throw fail(at, 'defaultTest names one file');
      const ext = extname(f.file).toLowerCase();
      const doc = parseDocument(f.text, f.file, ext === '.json' ? 'json' : 'yaml');
      return this.defaultTest(doc.value, { file: f.file, doc, path: [] });
    }
    if (!isRecord(value)) throw fail(at, `expected defaultTest to be a mapping (vars, assert, options), got ${describeKind(value)}`);
    return { raw: value, at };
  }

  /** scenarios: each `config` entry's vars × each of its tests. */
  async scenarios(value: unknown, at: At): Promise<Test[]> {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw fail(at, `expected a list of scenarios, got ${describeKind(value)}`);
    const out: Test[] = [];
    for (const [i, s] of value.entries()) {
      const sAt = child(at, i);
      if (!isRecord(s)) throw fail(sAt, `expected a scenario (config and tests), got ${describeKind(s)}`);
      const configs = Array.isArray(s.config) ? s.config : [{}];
      const tests = await this.tests(s.tests, child(sAt, 'tests'));
      for (const [j, c] of configs.entries()) {
        if (!isRecord(c)) throw fail(child(sAt, 'config', j), `expected a mapping of vars, got ${describeKind(c)}`);
        for (const t of tests) {
          const cVars = isRecord(c.vars) ? c.vars : {};
          const tVars = isRecord(t.raw.vars) ? t.raw.vars : {};
          const description = [s.description, c.description, t.raw.description].filter((d) => typeof d === 'string').join(' / ') || undefined;
          out.push({ raw: { ...c, ...t.raw, vars: { ...cVars, ...tVars }, ...(description ? { description } : {}) }, at: t.at });
        }
      }
    }
    return out;
  }

  // ---- cases ---------------------------------------------------------------------------

  async cases(prompts: Prompt[], tests: Test[], defaults: Test | undefined): Promise<EvalCase[]> {
    const cases: EvalCase[] = [];
    const ids = new Map<string, number>();
    const stem = basename(this.ctx.file).replace(/\.[^.]+$/, '');
    for (const [n, test] of tests.entries()) {
      const merged = await this.merge(test, defaults);
      if (merged === undefined) continue;
      const described = typeof test.raw.description === 'string' && test.raw.description.trim() !== '' ? test.raw.description.trim() : undefined;
      let base = described ?? `${stem}-${n + 1}`;
      const seen = (ids.get(base) ?? 0) + 1;
      ids.set(base, seen);
      if (seen > 1) base = `${base} (${seen})`;
      const combos = expandVars(merged.vars);
      if (combos === undefined) throw fail(child(test.at, 'vars'), `list-valued vars expand into more than ${FORMAT_LIMITS.maxVarCombinations} tests`);
      const usePrompts = prompts.length > 0 ? prompts : [this.configPrompt(test.at)];
      for (const [k, vars] of combos.entries()) {
        const expect = this.expectations(merged.asserts, vars, test);
        if (expect === undefined) continue;
        for (const [p, prompt] of usePrompts.entries()) {
          let id = base;
          if (combos.length > 1) id += ` [${k + 1}]`;
          if (usePrompts.length > 1) id += ` (prompt ${p + 1})`;
          cases.push(this.buildCase(id, prompt, vars, expect, merged, test, usePrompts.length > 1));
          if (cases.length > FORMAT_LIMITS.maxCases) throw fail(test.at, `the suite expands into more than ${FORMAT_LIMITS.maxCases.toLocaleString('en-US')} cases`, 'split it into several suites');
        }
      }
    }
    return cases;
  }

  private configPrompt(at: At): Prompt {
    const p = this.ctx.prompt;
    if (p?.user === undefined) throw fail(at, 'the suite has no prompts, and the config has no prompt.user', `add prompts: to the suite, or prompt.user to ${this.ctx.configFile}`);
    const messages: ChatMessage[] = [];
    if (p.system !== undefined) messages.push({ role: 'system', content: p.system });
    messages.push({ role: 'user', content: p.user });
    return { label: 'prompt', messages, at };
  }

  /** defaultTest under the test: vars and metadata merged, assertions first from defaultTest. */
  private async merge(test: Test, defaults: Test | undefined) {
    const d = defaults?.raw ?? {};
    const t = test.raw;
    const vars: Record<string, unknown> = {};
    for (const source of [defaults, test]) {
      if (!source) continue;
      const v = source.raw.vars;
      if (v === undefined || v === null) continue;
      if (!isRecord(v)) throw fail(child(source.at, 'vars'), `expected a mapping of vars, got ${describeKind(v)}`);
      for (const [name, value] of Object.entries(v)) vars[name] = await this.varValue(value, child(source.at, 'vars', name));
    }
    const asserts: { raw: unknown; at: At }[] = [];
    for (const source of [defaults, test]) {
      if (!source) continue;
      const a = source.raw.assert;
      if (a === undefined || a === null) continue;
      if (!Array.isArray(a)) throw fail(child(source.at, 'assert'), `expected a list of assertions, got ${describeKind(a)}`);
      a.forEach((raw, i) => asserts.push({ raw, at: child(source.at, 'assert', i) }));
    }
    for (const source of [defaults, test]) {
      if (!source) continue;
      const options = source.raw.options;
      if (isRecord(options) && (options.transform !== undefined || options.postprocess !== undefined)) {
        const key = options.transform !== undefined ? 'transform' : 'postprocess';
        const message = `options.${key} changes the output before it is graded; that runs code, which llm-gate does not`;
        if (!this.ctx.skipUnsupported) {
          this.refuse(fail(child(source.at, 'options', key), message, '--skip-unsupported skips the tests it applies to, with a warning'));
          return undefined;
        }
        this.warn(child(source.at, 'options', key), 'unsupported-option', `${message}: the test is skipped`);
        return undefined;
      }
    }
    const threshold = t.threshold ?? d.threshold;
    if (threshold !== undefined) {
      const from = t.threshold !== undefined ? test : defaults!;
      this.warn(child(from.at, 'threshold'), 'threshold-not-applied', 'a test threshold is not applied: the case score is the weighted mean of its graders, with no pass cut-off');
    }
    const metadata = { ...(isRecord(d.metadata) ? d.metadata : {}), ...(isRecord(t.metadata) ? t.metadata : {}) };
    const options = { ...(isRecord(d.options) ? d.options : {}), ...(isRecord(t.options) ? t.options : {}) };
    return { vars, asserts, metadata, prefix: typeof options.prefix === 'string' ? options.prefix : '', suffix: typeof options.suffix === 'string' ? options.suffix : '' };
  }

  /** A var may be a `file://` text file, read as its text (promptfoo reads text files so too). */
  private async varValue(value: unknown, at: At): Promise<unknown> {
    if (typeof value === 'string' && value.startsWith('file://')) {
      const files = await this.read(value, at);
      if (files.length !== 1) throw fail(at, `"${value}" names ${files.length} files; a var takes one`);
      return files[0]!.text;
    }
    return value;
  }

  private expectations(asserts: { raw: unknown; at: At }[], vars: Record<string, unknown>, test: Test): Expectation[] | undefined {
    const expect: Expectation[] = [];
    for (const a of asserts) {
      const mapped = mapAssertion(a.raw, vars, []);
      if (!mapped.ok) {
        const at = child(a.at, ...mapped.path);
        if (mapped.unsupported) {
          if (this.ctx.skipUnsupported) this.warn(at, 'unsupported-assertion', `${mapped.message}: dropped`);
          // Without --skip-unsupported, read on: the error names the first and counts them all.
          else this.refuse(fail(at, mapped.message, mapped.hint));
          continue;
        }
        throw fail(at, mapped.message, mapped.hint);
      }
      for (const raw of mapped.expect) {
        const r = validateExpectation(raw, expect.length, { hasJudge: this.ctx.hasJudge });
        if (Array.isArray(r)) {
          const p = r[0]!;
          // The problem is in the mapped grader; the user wrote the assertion.
          const field = p.path.slice(2);
          const at = child(a.at, ...(field[0] === 'pattern' ? ['value'] : field[0] === 'type' ? ['type'] : []));
          throw fail(at, p.message, p.hint);
        }
        expect.push(r);
      }
    }
    if (expect.length === 0) {
      this.warn(test.at, 'no-assertion', asserts.length === 0 ? 'the test has no assertion: skipped' : 'no assertion of the test is left: skipped');
      return undefined;
    }
    return expect;
  }

  private buildCase(
    id: string,
    prompt: Prompt,
    vars: Record<string, unknown>,
    expect: Expectation[],
    merged: { metadata: Record<string, unknown>; prefix: string; suffix: string },
    test: Test,
    several: boolean,
  ): EvalCase {
    const messages: ChatMessage[] = prompt.messages.map((m, i) => {
      const last = i === prompt.messages.length - 1;
      const template = last && m.role === 'user' ? `${merged.prefix}${m.content}${merged.suffix}` : m.content;
      const r = renderNunjucks(template, vars);
      if (!r.ok) throw fail(prompt.at, `${r.message} (prompt "${prompt.label}")`);
      return { role: m.role, content: r.text };
    });
    const tags: string[] = [];
    for (const [k, v] of Object.entries(merged.metadata)) {
      if ((typeof v === 'string' && v !== '') || typeof v === 'number' || typeof v === 'boolean') tags.push(`${k}:${String(v)}`);
      if (tags.length >= 20) break;
    }
    if (several) tags.push(`prompt:${prompt.label}`);
    const where = test.at.doc.locate(test.at.path);
    return { id, tags, vars, messages, expect, source: { file: test.at.file, line: where.line, column: where.column } };
  }
}

function splitPrompts(text: string): { text: string; line: number }[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: { text: string; line: number }[] = [];
  let start = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end).join('\n').trim();
    if (body !== '') out.push({ text: body, line: start + 1 });
  };
  lines.forEach((l, i) => {
    if (l.trim() === '---') {
      flush(i);
      start = i + 1;
    }
  });
  flush(lines.length);
  return out;
}

/** List-valued vars make one test per combination, as promptfoo does; undefined past the cap. */
function expandVars(vars: Record<string, unknown>): Record<string, unknown>[] | undefined {
  let combos: Record<string, unknown>[] = [{}];
  for (const [name, value] of Object.entries(vars)) {
    const choices = Array.isArray(value) && value.length > 0 ? value : [value];
    if (combos.length * choices.length > FORMAT_LIMITS.maxVarCombinations) return undefined;
    combos = combos.flatMap((c) => choices.map((v) => ({ ...c, [name]: v })));
  }
  return combos;
}

/** CSV tests: a header of var names and the columns promptfoo gives meaning to. */
function csvTests(f: ReadFile): Test[] {
  const rows = parseCsv(f.text);
  const header = rows[0]?.cells.map((h) => h.trim()) ?? [];
  const lines = rows.map((r) => r.line);
  const doc: LocatedDocument = { value: null, locate: (path) => ({ line: lines[typeof path[0] === 'number' ? path[0] + 1 : 0] ?? 1, column: 1 }) };
  return rows.slice(1).map((row, i) => {
    const vars: Record<string, unknown> = {};
    const assert: Record<string, unknown>[] = [];
    const metadata: Record<string, unknown> = {};
    const options: Record<string, unknown> = {};
    let description: string | undefined;
    let threshold: number | undefined;
    header.forEach((name, c) => {
      const cell = row.cells[c] ?? '';
      if (/^__expected\d*$/.test(name)) {
        if (cell.trim() !== '') assert.push(csvAssertion(cell.trim()));
      } else if (name === '__description') description = cell;
      else if (name === '__threshold') threshold = cell.trim() === '' ? undefined : Number(cell);
      else if (name.startsWith('__metadata:')) metadata[name.slice('__metadata:'.length)] = cell;
      else if (name === '__prefix' || name === '__suffix') options[name.slice(2)] = cell;
      else if (!name.startsWith('__')) vars[name] = cell;
    });
    const raw: Record<string, unknown> = { vars, assert, metadata, options, ...(description ? { description } : {}), ...(threshold !== undefined ? { threshold } : {}) };
    return { raw, at: { file: f.file, doc, path: [i] } };
  });
}

/** `contains: foo`, `not-icontains: bar`, `grade: rubric`, `fn: code`, or a bare expected text (equals). */
function csvAssertion(cell: string): Record<string, unknown> {
  const m = /^(not-)?([a-z][a-z0-9-]*)(?:\(([\d.]+)\))?\s*:\s*([\s\S]*)$/.exec(cell);
  const alias: Record<string, string> = { grade: 'llm-rubric', fn: 'javascript', eval: 'javascript', file: 'javascript' };
  if (m) {
    const base = alias[m[2]!] ?? m[2]!;
    if (KNOWN_ASSERTION_TYPES.has(base)) {
      return { type: `${m[1] ?? ''}${base}`, value: m[4], ...(m[3] !== undefined ? { threshold: Number(m[3]) } : {}) };
    }
  }
  if (KNOWN_ASSERTION_TYPES.has(cell)) return { type: cell };
  return { type: 'equals', value: cell };
}

/** Whether a parsed document reads as a promptfoo config or test list rather than llm-gate cases. */
export function looksLikePromptfoo(value: unknown): boolean {
  if (isRecord(value)) return PROMPTFOO_KEYS.some((k) => Object.hasOwn(value, k));
  if (Array.isArray(value) && value.length > 0) {
    const first = value.find(isRecord);
    if (first === undefined || Object.hasOwn(first, 'expect')) return false;
    // llm-gate cases always have an id (and a misspelt expect must stay their error).
    const has = (k: string) => Object.hasOwn(first, k);
    return has('assert') || (has('vars') && !has('id') && !has('prompt') && !has('messages'));
  }
  return false;
}

export async function readPromptfoo(ctx: FormatContext): Promise<FormatResult> {
  const suite = new Suite(ctx);
  const root: At = { file: ctx.file, doc: ctx.doc, path: [] };
  const value = ctx.doc.value;
  let prompts: Prompt[] = [];
  let tests: Test[];
  let defaults: Test | undefined;
  if (Array.isArray(value)) tests = await suite.tests(value, root);
  else if (isRecord(value)) {
    prompts = await suite.prompts(value.prompts, child(root, 'prompts'));
    defaults = await suite.defaultTest(value.defaultTest, child(root, 'defaultTest'));
    tests = [...(await suite.tests(value.tests, child(root, 'tests'))), ...(await suite.scenarios(value.scenarios, child(root, 'scenarios')))];
  } else throw fail(root, `expected a promptfoo config (prompts, tests) or a list of tests, got ${describeKind(value)}`);
  const cases = await suite.cases(prompts, tests, defaults);
  const refused = suite.unsupportedError();
  if (refused) throw refused;
  return { cases, warnings: suite.warnings };
}
