// GateConfig → EvalSet: globs (relative to the config's directory, sorted, deduplicated),
// eval files read and parsed, cases built, ids checked unique across the set.
import { createHash } from 'node:crypto';
import { glob, realpath } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { EvalCase, EvalSet, GateConfig, ModelConfig } from '../types.js';
import { LlmGateError } from '../errors.js';
import { buildCase } from './cases.js';
import { EVAL_EXTENSIONS, parseEvalFile } from './documents.js';
import { OUTSIDE_ROOT_HINT, displayPath, outsideRootMessage, readSourceFile } from './files.js';
import { evalsError } from './load-config.js';
import { confine, globScope, isInside, outsideDirectory, repositoryRoot, type RepositoryRoot } from './paths.js';

export interface LoadEvalSetOptions {
  /** Paths in errors and EvalSet.files are relative to it. Default: process.cwd(). */
  cwd?: string;
  /** Reserved: eval files are not env-expanded (their text is data, not settings). */
  env?: Record<string, string | undefined>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An eval file: the path it was found under (shown everywhere) and the file it really is (read). */
interface EvalFile {
  abs: string;
  real: string;
}

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
      found.set(shown, { abs, real: c.real });
    }
  }
  return [...found.keys()].sort(byCodePoint).map((shown) => found.get(shown)!);
}

/** Canonical JSON (sorted keys) so the hash does not depend on key order in the files. */
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
 * What was asked, not where it is written or served: paths, globs, source positions, and
 * each model's endpoint, key variable, headers and query are left out. The same eval set against the same
 * models hashes alike on a proxy, a local simulator on a random port (the demo) or the
 * vendor's API, so it draws the same bootstrap and its report diffs cleanly.
 */
export function contentHash(config: GateConfig, cases: EvalCase[]): string {
  const { configFile: _file, rootDir: _root, evals: _globs, evalsAt: _at, models, judge, run: { cache: _cache, ...run }, ...others } = config;
  const asked = (m: ModelConfig) => {
    // Headers and query say where and how it is served (a gateway, an api-version), and may hold secrets.
    const { baseUrl: _url, apiKeyEnv: _key, headers: _headers, query: _query, secretFields: _secrets, ...what } = m;
    return what;
  };
  const settings = {
    ...others,
    run,
    models: { baseline: asked(models.baseline), candidate: asked(models.candidate) },
    ...(judge === undefined ? {} : { judge: asked(judge) }),
  };
  const body = cases.map(({ source: _source, ...rest }) => rest);
  return createHash('sha256').update(canonical({ settings, cases: body })).digest('hex');
}

export async function loadEvalSet(config: GateConfig, options: LoadEvalSetOptions = {}): Promise<EvalSet> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const root = await repositoryRoot(cwd, config.configFile);
  const files = await matchFiles(config, cwd, root);
  const configFile = displayPath(cwd, config.configFile);
  const cases: EvalCase[] = [];
  const seen = new Map<string, EvalCase>();
  for (const { abs, real } of files) {
    const file = displayPath(cwd, abs);
    const text = await readSourceFile(real, { cwd, what: 'eval file', root, shownAs: abs });
    const format = EVAL_EXTENSIONS[extname(abs).toLowerCase()]!;
    for (const raw of parseEvalFile(text, file, format)) {
      const built = buildCase(raw.raw, { ...raw, file, prompt: config.prompt, hasJudge: config.judge !== undefined, configFile });
      const first = seen.get(built.id);
      if (first) {
        const where = raw.doc.locate([...raw.base, 'id']);
        const firstAt = `${first.source.file}:${first.source.line}:${first.source.column ?? 1}`;
        throw new LlmGateError(`duplicate case id "${built.id}", first defined at ${firstAt}`, {
          file,
          ...where,
          field: 'id',
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
    throw evalsError(config, cwd, undefined, `the eval set is empty: ${list} hold${shown.length === 1 ? 's' : ''} no cases`, 'add at least one case');
  }
  return { cases, files: files.map((f) => displayPath(cwd, f.abs)), contentHash: contentHash(config, cases) };
}
