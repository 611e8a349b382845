// GateConfig → EvalSet: globs (relative to the config's directory, sorted, deduplicated),
// eval files read and parsed, cases built, ids checked unique across the set.
import { createHash } from 'node:crypto';
import { glob, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { alternativeSlot, promptFor, type ModelSlot, type ChatMessage, type EvalCase, type EvalSet, type EvalSourceOptions, type EvalWarning, type Expectation, type GateConfig, type ModelConfig, type PromptTemplate } from '../types.js';
import { LlmGateError } from '../errors.js';
import { buildCase } from './cases.js';
import { EVAL_EXTENSIONS, listOfCases, parseDocument, parseEvalFile, parseJsonLines, type RawCase } from './documents.js';
import { detectDocumentFormat, detectLinesFormat } from './formats/detect.js';
import { readOpenAiEvals } from './formats/openai-evals.js';
import { readPromptfoo } from './formats/promptfoo.js';
import type { SourceReader } from './formats/types.js';
import type { LocatedDocument } from './positions.js';
import { OUTSIDE_ROOT_HINT, displayPath, outsideRootMessage, readSourceFile } from './files.js';
import { evalsError } from './load-config.js';
import { confine, globScope, isInside, outsideDirectory, repositoryRoot, type RepositoryRoot } from './paths.js';

export interface LoadEvalSetOptions {
  /** Paths in errors and EvalSet.files are relative to it. Default: process.cwd(). */
  cwd?: string;
  /**
   * Imported suites: drop what has no honest llm-gate mapping (a promptfoo `javascript`
   * assertion, say) with a warning, instead of failing. Default: true, for readers that
   * only need the cases (the simulator's answer key); the gate passes false unless the
   * user asked for it (--skip-unsupported), so a run never drops a check silently.
   */
  skipUnsupported?: boolean;
  /** Reserved: eval files are not env-expanded (their text is data, not settings). */
  env?: Record<string, string | undefined>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An eval file: the path it was found under (shown everywhere), the file it really is (read), and its entry. */
interface EvalFile {
  abs: string;
  real: string;
  source: EvalSourceOptions;
}

const DEFAULT_SOURCE: EvalSourceOptions = { format: 'auto', grader: 'equals' };

/** The directory a glob starts from, checked to be inside the root before the walk, symlinks resolved. */
async function scopeOf(pattern: string, config: GateConfig, root: RepositoryRoot): Promise<{ cwd: string; pattern: string } | { message: string; hint: string }> {
  const scope = globScope(pattern, config.rootDir, root);
  if (!scope.ok) {
    return scope.reason === 'outside'
      ? { message: `"${pattern}" reaches ${scope.base}, outside the repository root ${root.real}`, hint: OUTSIDE_ROOT_HINT }
      : { message: `"${pattern}" has ".." after a wildcard, which could climb out of the repository root ${root.real}`, hint: 'put the ".." segments before the first wildcard, e.g. ../shared/**/*.yaml' };
  }
  let real: string;
  try {
    real = await realpath(scope.cwd);
  } catch {
    // Nothing there: the glob matches nothing, which is reported as such.
    return scope;
  }
  if (!isInside(root.real, real)) return { message: `"${pattern}" reaches ${scope.cwd} (it resolves to ${real}), outside the repository root ${root.real}`, hint: OUTSIDE_ROOT_HINT };
  return { cwd: scope.cwd, pattern: scope.pattern };
}

/** Files matched by each glob, in config order; each glob must match at least one eval file. */
async function matchFiles(config: GateConfig, cwd: string, root: RepositoryRoot): Promise<EvalFile[]> {
  const found = new Map<string, EvalFile>();
  const exclude = outsideDirectory(root);
  for (const [i, pattern] of config.evals.entries()) {
    const scope = await scopeOf(pattern, config, root);
    if ('message' in scope) throw evalsError(config, cwd, i, scope.message, scope.hint);
    const matched: string[] = [];
    const skipped: string[] = [];
    // The walk starts at the checked directory, in the form the config names it, so the
    // paths shown stay the ones the user wrote.
    for await (const entry of glob(scope.pattern, { cwd: scope.cwd, withFileTypes: true, exclude })) {
      if (entry.isDirectory()) continue;
      const abs = resolve(join(entry.parentPath, entry.name));
      (Object.hasOwn(EVAL_EXTENSIONS, extname(abs).toLowerCase()) ? matched : skipped).push(abs);
    }
    if (matched.length === 0) {
      const others = skipped.map((f) => displayPath(cwd, f)).sort(byCodePoint);
      const message = others.length > 0
        ? `"${pattern}" matches no eval file, only ${others.slice(0, 3).join(', ')}${others.length > 3 ? ' ...' : ''}`
        : `"${pattern}" matches no eval file`;
      const hint = others.length > 0 ? 'eval files end in .yaml, .yml, .json or .jsonl' : 'globs are relative to the config file';
      throw evalsError(config, cwd, i, message, hint);
    }
    for (const abs of matched) {
      const shown = displayPath(cwd, abs);
      const c = await confine(abs, root);
      if (!c.ok) {
        const message =
          c.reason === 'outside'
            ? `"${pattern}" matches ${outsideRootMessage('eval file', shown, abs, c.real, root)}`
            : c.reason === 'not-a-file'
              ? `"${pattern}" matches ${shown}, which is ${c.kind}, not a regular file`
              : `"${pattern}" matches ${shown}, which cannot be read (${c.code ?? 'unknown error'})`;
        throw evalsError(config, cwd, i, message, c.reason === 'outside' ? OUTSIDE_ROOT_HINT : 'eval files must be regular files');
      }
      // A file named by two entries is read as the first one says.
      if (!found.has(shown)) found.set(shown, { abs, real: c.real, source: config.evalSources?.[i] ?? DEFAULT_SOURCE });
    }
  }
  return [...found.keys()].sort(byCodePoint).map((shown) => found.get(shown)!);
}

/** Canonical JSON (sorted keys) so the hash does not depend on key order in the files. */
/** Canonical JSON (keys sorted by code point) as one string: for values of a case's size. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => byCodePoint(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Feeds `hash` the canonical JSON of `value` (keys sorted by code point) piece by piece:
 * the same bytes as one string would give, without building a string of the whole set.
 */
function hashCanonical(hash: { update(text: string): unknown }, value: unknown, depth = 0): void {
  // Below the set's own list, each item (a case) is small: one string each is fastest.
  if (depth >= 2) {
    hash.update(canonical(value));
    return;
  }
  if (Array.isArray(value)) {
    hash.update('[');
    value.forEach((item, i) => {
      if (i > 0) hash.update(',');
      hashCanonical(hash, item, depth + 1);
    });
    hash.update(']');
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => byCodePoint(a, b));
    hash.update('{');
    entries.forEach(([k, v], i) => {
      hash.update(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`);
      hashCanonical(hash, v, depth + 1);
    });
    hash.update('}');
    return;
  }
  hash.update(JSON.stringify(value) ?? 'null');
}

/**
 * What was asked, not where it is written or served: paths, globs, source positions, and
 * each model's endpoint, key variable, headers and query are left out. The same eval set against the same
 * models hashes alike on a proxy, a local simulator on a random port (the demo) or the
 * vendor's API, so it draws the same bootstrap and its report diffs cleanly.
 */
export function contentHash(config: GateConfig, cases: EvalCase[]): string {
  const { configFile: _file, rootDir: _root, evals: _globs, evalsAt: _at, evalSources: _sources, promptFiles: _promptFiles, models, alternatives, judge, run: { cache: _cache, ...run }, ...others } = config;
  const asked = (m: ModelConfig) => {
    // Headers and query say where and how it is served (a gateway, an api-version), and may hold secrets.
    // Where a prompt was read from, and which commit a baseline came from, change no call.
    const { baseUrl: _url, apiKeyEnv: _key, headers: _headers, query: _query, secretFields: _secrets, promptFiles: _files, from: _from, ...what } = m;
    return what;
  };
  const settings = {
    ...others,
    run,
    models: { baseline: asked(models.baseline), candidate: asked(models.candidate) },
    ...(alternatives === undefined ? {} : { alternatives: alternatives.map(asked) }),
    ...(judge === undefined ? {} : { judge: asked(judge) }),
  };
  const body = cases.map(({ source: _source, ...rest }) => rest);
  const hash = createHash('sha256');
  // Pieces are small; the hash takes them in 64 KiB batches.
  let pending = '';
  const batched = {
    update(text: string) {
      pending += text;
      if (pending.length >= 65_536) {
        hash.update(pending);
        pending = '';
      }
    },
  };
  hashCanonical(batched, { settings, cases: body });
  return hash.update(pending).digest('hex');
}

/** Bytes of the eval files the config's globs match (0 when a glob is wrong: loading says why). */
export async function evalFileBytes(config: GateConfig, options: { cwd?: string } = {}): Promise<number> {
  const cwd = resolve(options.cwd ?? process.cwd());
  try {
    const root = await repositoryRoot(cwd, config.configFile);
    let bytes = 0;
    for (const { real } of await matchFiles(config, cwd, root)) bytes += (await stat(real)).size;
    return bytes;
  } catch {
    return 0;
  }
}

export async function loadEvalSet(config: GateConfig, options: LoadEvalSetOptions = {}): Promise<EvalSet> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const root = await repositoryRoot(cwd, config.configFile);
  const files = await matchFiles(config, cwd, root);
  const configFile = displayPath(cwd, config.configFile);
  const cases: EvalCase[] = [];
  const warnings: EvalWarning[] = [];
  const seen = new Map<string, EvalCase>();
  const reader = sourceReader(cwd, root);
  const slots: ModelSlot[] = [...SIDES, ...(config.alternatives ?? []).map((_, i) => alternativeSlot(i))];
  const ownPrompts = slots.flatMap((side) => {
    const prompt = promptFor(config, side);
    return sameTemplate(prompt, config.prompt) ? [] : [{ side, prompt }];
  });
  for (const { abs, real, source } of files) {
    const file = displayPath(cwd, abs);
    const text = await readSourceFile(real, { cwd, what: 'eval file', root, shownAs: abs });
    const fileCtx = { file, source, reader, hasJudge: config.judge !== undefined, configFile, skipUnsupported: options.skipUnsupported ?? true };
    const read = await readEvalFile(text, { ...fileCtx, prompt: config.prompt });
    warnings.push(...read.warnings);
    // A model with a prompt of its own sends each case rendered with it: the same file read
    // again with that prompt, case for case.
    for (const { side, prompt } of ownPrompts) {
      const again = await readEvalFile(text, { ...fileCtx, prompt, configFile: `${configFile} (${side === 'baseline' || side === 'candidate' ? `the ${side}` : `models.${side}`}'s prompt)` });
      again.cases.forEach((c, i) => {
        const shared = read.cases[i];
        if (shared && shared.id === c.id && !sameMessages(shared.messages, c.messages)) shared.sideMessages = { ...shared.sideMessages, [side]: c.messages };
      });
    }
    for (const [i, built] of read.cases.entries()) {
      const first = seen.get(built.id);
      if (first) {
        const firstAt = `${first.source.file}:${first.source.line}:${first.source.column ?? 1}`;
        const at = read.locateId?.(i);
        throw new LlmGateError(`duplicate case id "${built.id}", first defined at ${firstAt}`, {
          file: built.source.file,
          line: at?.line ?? built.source.line,
          column: at?.column ?? built.source.column,
          field: at ? 'id' : undefined,
          hint: 'case ids must be unique across the eval set',
        });
      }
      seen.set(built.id, built);
      cases.push(built);
    }
  }
  if (cases.length === 0) {
    const shown = files.map((f) => displayPath(cwd, f.abs));
    const list = shown.length > 3 ? `${shown.slice(0, 3).join(', ')} and ${shown.length - 3} more` : shown.join(', ');
    const skipped = warnings.length > 0 ? ` (${warnings.length} test${warnings.length === 1 ? '' : 's'} or assertion${warnings.length === 1 ? '' : 's'} skipped)` : '';
    throw evalsError(config, cwd, undefined, `the eval set is empty: ${list} hold${shown.length === 1 ? 's' : ''} no cases${skipped}`, 'add at least one case');
  }
  return {
    cases,
    files: files.map((f) => displayPath(cwd, f.abs)),
    contentHash: contentHash(config, cases),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** A file's cases; for a native file, where case i's id is (asked only for a duplicate id). */
type ReadCases = { cases: EvalCase[]; warnings: EvalWarning[]; locateId?: (index: number) => { line: number; column: number } };

const SIDES = ['baseline', 'candidate'] as const;

function sameTemplate(a: PromptTemplate | undefined, b: PromptTemplate | undefined): boolean {
  return a?.system === b?.system && a?.user === b?.user;
}

function sameMessages(a: readonly ChatMessage[], b: readonly ChatMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m.role === b[i]!.role && m.content === b[i]!.content);
}


/** One eval file → cases, in the format its entry names or its name and content say. */
async function readEvalFile(
  text: string,
  ctx: { file: string; source: EvalSourceOptions; reader: SourceReader; prompt: GateConfig['prompt']; hasJudge: boolean; configFile: string; skipUnsupported: boolean },
): Promise<ReadCases> {
  const kind = EVAL_EXTENSIONS[extname(ctx.file).toLowerCase()]!;
  const formatCtx = { file: ctx.file, reader: ctx.reader, options: ctx.source, prompt: ctx.prompt, hasJudge: ctx.hasJudge, configFile: ctx.configFile, skipUnsupported: ctx.skipUnsupported };
  const wanted = ctx.source.format;
  if (kind === 'jsonl') {
    const format = wanted === 'auto' ? detectLinesFormat(text) : wanted;
    if (format === 'openai-evals') return readOpenAiEvals(text, formatCtx);
    if (format === 'promptfoo') {
      const tests = parseJsonLines(text, ctx.file).map(({ doc }) => doc.value);
      const doc: LocatedDocument = { value: tests, locate: (path) => ({ line: lineOfTest(text, path), column: 1 }) };
      return readPromptfoo({ ...formatCtx, doc });
    }
    return nativeCases(parseEvalFile(text, ctx.file, 'jsonl'), ctx);
  }
  const doc = parseDocument(text, ctx.file, kind);
  const format = wanted === 'auto' ? detectDocumentFormat(ctx.file, doc.value) : wanted;
  if (format === 'promptfoo') return readPromptfoo({ ...formatCtx, doc });
  if (format === 'openai-evals') {
    throw new LlmGateError('OpenAI evals data is JSONL, one sample per line', { file: ctx.file, line: 1, column: 1, hint: 'name a .jsonl file, or set format: llm-gate or promptfoo on the evals entry' });
  }
  return nativeCases(listOfCases(doc, ctx.file), ctx);
}

/** A promptfoo JSONL test file: test i is the i-th non-blank line. */
function lineOfTest(text: string, path: readonly (string | number)[]): number {
  const index = typeof path[0] === 'number' ? path[0] : 0;
  let seen = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() !== '' && ++seen === index) return i + 1;
  return 1;
}

function nativeCases(raws: RawCase[], ctx: { file: string; prompt: GateConfig['prompt']; hasJudge: boolean; configFile: string }): ReadCases {
  const sharedExpectations = new Map<string, Expectation[]>();
  const cases = raws.map((raw) => buildCase(raw.raw, { ...raw, file: ctx.file, prompt: ctx.prompt, hasJudge: ctx.hasJudge, configFile: ctx.configFile, sharedExpectations }));
  // Only a duplicate id asks where the id is: locating it is left until then.
  return { cases, warnings: [], locateId: (i) => raws[i]!.doc.locate([...raws[i]!.base, 'id']) };
}

/** Files a suite references (file://...), relative to the referring file, confined like eval files. */
function sourceReader(cwd: string, root: RepositoryRoot): SourceReader {
  return {
    async read(ref, fromFile, at) {
      const dir = dirname(resolve(cwd, fromFile));
      const fail = (message: string, hint?: string) => new LlmGateError(message, { ...at, hint });
      const target = resolve(dir, ref);
      let pattern = ref;
      if (!MAGIC.test(ref)) {
        const info = await stat(target).catch(() => undefined);
        if (!info?.isDirectory()) {
          const text = await readSourceFile(target, { cwd, root, what: 'referenced file', from: { ...at, hint: 'file:// paths are relative to the file that names them' } });
          return [{ file: displayPath(cwd, target), text }];
        }
        pattern = `${ref.replace(/[/\\]+$/, '')}/*.{yaml,yml,json,jsonl,csv}`;
      }
      const scope = globScope(pattern, dir, root);
      if (!scope.ok) throw fail(`"${ref}" reaches outside the repository root ${root.real}`, OUTSIDE_ROOT_HINT);
      const found: string[] = [];
      for await (const entry of glob(scope.pattern, { cwd: scope.cwd, withFileTypes: true, exclude: outsideDirectory(root) })) {
        if (entry.isDirectory()) continue;
        found.push(resolve(join(entry.parentPath, entry.name)));
        if (found.length > MAX_GLOB_FILES) throw fail(`"${ref}" matches more than ${MAX_GLOB_FILES} files`);
      }
      if (found.length === 0) throw fail(`"${ref}" matches no file`, 'file:// paths are relative to the file that names them');
      found.sort(byCodePoint);
      const out = [];
      for (const abs of found) out.push({ file: displayPath(cwd, abs), text: await readSourceFile(abs, { cwd, root, what: 'referenced file', from: at }) });
      return out;
    },
  };
}

const MAGIC = /[*?[\]{}]/;
const MAX_GLOB_FILES = 1_000;
