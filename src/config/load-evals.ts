// GateConfig → EvalSet: globs (relative to the config's directory, sorted, deduplicated),
// eval files read and parsed, cases built, ids checked unique across the set.
import { createHash } from 'node:crypto';
import { glob } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { EvalCase, EvalSet, GateConfig, ModelConfig } from '../types.js';
import { LlmGateError } from '../errors.js';
import { buildCase } from './cases.js';
import { EVAL_EXTENSIONS, parseEvalFile } from './documents.js';
import { displayPath, readSourceFile } from './files.js';
import { configError } from './load-config.js';
import type { PathPart } from './positions.js';

export interface LoadEvalSetOptions {
  /** Paths in errors and EvalSet.files are relative to it. Default: process.cwd(). */
  cwd?: string;
  /** Reserved: eval files are not env-expanded (their text is data, not settings). */
  env?: Record<string, string | undefined>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files matched by each glob, in config order; each glob must match at least one eval file. */
async function matchFiles(config: GateConfig, cwd: string): Promise<string[]> {
  const found = new Map<string, string>();
  for (const [i, pattern] of config.evals.entries()) {
    const path: PathPart[] = config.evals.length === 1 ? ['evals'] : ['evals', i];
    const matched: string[] = [];
    const skipped: string[] = [];
    for await (const entry of glob(pattern, { cwd: config.rootDir, withFileTypes: true })) {
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const abs = resolve(join(entry.parentPath, entry.name));
      (Object.hasOwn(EVAL_EXTENSIONS, extname(abs).toLowerCase()) ? matched : skipped).push(abs);
    }
    if (matched.length === 0) {
      const others = skipped.map((f) => displayPath(cwd, f)).sort(byCodePoint);
      const message = others.length > 0
        ? `"${pattern}" matches no eval file, only ${others.slice(0, 3).join(', ')}${others.length > 3 ? ' ...' : ''}`
        : `"${pattern}" matches no eval file`;
      const hint = others.length > 0 ? 'eval files end in .yaml, .yml, .json or .jsonl' : 'globs are relative to the config file';
      throw await configError(config, cwd, path, message, hint);
    }
    for (const abs of matched) found.set(displayPath(cwd, abs), abs);
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
 * each model's endpoint and key variable are left out. The same eval set against the same
 * models hashes alike on a proxy, a local simulator on a random port (the demo) or the
 * vendor's API, so it draws the same bootstrap and its report diffs cleanly.
 */
export function contentHash(config: GateConfig, cases: EvalCase[]): string {
  const { configFile: _file, rootDir: _root, evals: _globs, models, judge, ...others } = config;
  const asked = (m: ModelConfig) => {
    const { baseUrl: _url, apiKeyEnv: _key, ...what } = m;
    return what;
  };
  const settings = {
    ...others,
    models: { baseline: asked(models.baseline), candidate: asked(models.candidate) },
    ...(judge === undefined ? {} : { judge: asked(judge) }),
  };
  const body = cases.map(({ source: _source, ...rest }) => rest);
  return createHash('sha256').update(canonical({ settings, cases: body })).digest('hex');
}

export async function loadEvalSet(config: GateConfig, options: LoadEvalSetOptions = {}): Promise<EvalSet> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const files = await matchFiles(config, cwd);
  const configFile = displayPath(cwd, config.configFile);
  const cases: EvalCase[] = [];
  const seen = new Map<string, EvalCase>();
  for (const abs of files) {
    const file = displayPath(cwd, abs);
    const text = await readSourceFile(abs, { cwd, what: 'eval file' });
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
    const shown = files.map((f) => displayPath(cwd, f));
    const list = shown.length > 3 ? `${shown.slice(0, 3).join(', ')} and ${shown.length - 3} more` : shown.join(', ');
    throw await configError(config, cwd, ['evals'], `the eval set is empty: ${list} hold${shown.length === 1 ? 's' : ''} no cases`, 'add at least one case');
  }
  return { cases, files: files.map((f) => displayPath(cwd, f)), contentHash: contentHash(config, cases) };
}
