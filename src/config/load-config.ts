// llm-gate.yml → GateConfig. Reads the file (and prompt files) at the edge, then checks
// everything before any call can be made: one LlmGateError naming file:line:col and the
// field, for the first problem in the file.
import { dirname, resolve } from 'node:path';
import type { EvalSourceOptions, GateConfig, ModelConfig, PromptTemplate, Side } from '../types.js';
import { LlmGateError } from '../errors.js';
import { expandConfig } from './secret-fields.js';
import { displayPath, readSourceFile } from './files.js';
import { repositoryRoot, type RepositoryRoot } from './paths.js';
import { needsBuiltinPrices, resolveModels, type Replacement } from './models.js';
import { loadPriceTable } from './prices.js';
import { parseYaml, type LocatedDocument, type Position } from './positions.js';
import { problemError, zodError, type Problem } from './problems.js';
import { DEFAULT_API_KEY_ENV, cacheSchema, configSchema, type EvalEntry, type ParsedConfig } from './schema.js';
import type { CacheSettings } from '../cache/settings.js';
import { openCommit, type CommitReader } from './git.js';
import type { PathPart } from './positions.js';

export interface LoadConfigOptions {
  /** Paths in errors and reports are relative to it. Default: process.cwd(). */
  cwd?: string;
  /** For `${VAR}` expansion. Default: none (the shell passes process.env). */
  env?: Record<string, string | undefined>;
  /**
   * Replace the configured model ids (CLI flags or Action inputs). A configured `price`
   * then no longer applies; `prices:` and the built-in table still do.
   */
  overrides?: {
    baselineModel?: string;
    candidateModel?: string;
    /** Where they came from, for messages: `--candidate-model` (default) or the Action's `candidate-model` input. */
    via?: 'flag' | 'input';
    /** More models for models.alternatives (--alternative), after the configured ones; each priced from prices: or the built-in table. */
    alternatives?: string[];
  };
  /** The day dated price changes are resolved on. Default: today. */
  today?: Date;
  /** models.baseline: { from: base }: the commit whose candidate is the baseline. */
  baseline?: { ref?: string };
  /** Read the config and its prompt files as they were at this commit, not from disk (the base of from: base). */
  at?: CommitReader;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One line ending in a text-file extension reads as a path; anything else is inline text. */
export function looksLikePromptPath(value: string): boolean {
  return !/[\r\n]/.test(value) && !value.includes('{{') && /\.(md|markdown|txt|text|prompt|tmpl|tpl|j2|jinja|hbs|mustache)$/i.test(value.trim());
}

/** `run:` with every line commented out is YAML null: read it as "all defaults", not as an error. */
function withoutEmptySections(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const key of ['prompt', 'judge', 'prices', 'traffic', 'thresholds', 'run']) if (out[key] === null) delete out[key];
  return out;
}

function overrideLabel(side: Side, model: string, via: 'flag' | 'input' = 'flag'): string {
  return via === 'flag' ? `--${side}-model ${model}` : `the ${side}-model input ${model}`;
}

function applyOverrides(
  raw: Record<string, unknown>,
  overrides: LoadConfigOptions['overrides'],
): { raw: Record<string, unknown>; replaced: Partial<Record<Side, Replacement>>; added: Record<number, Replacement> } {
  const wanted: [Side, string | undefined][] = [
    ['baseline', overrides?.baselineModel],
    ['candidate', overrides?.candidateModel],
  ];
  const replaced: Partial<Record<Side, Replacement>> = {};
  const added: Record<number, Replacement> = {};
  const extra = overrides?.alternatives ?? [];
  if (wanted.every(([, model]) => model === undefined) && extra.length === 0) return { raw, replaced, added };
  const models = isRecord(raw.models) ? { ...raw.models } : {};
  if (extra.length > 0) {
    const written = Array.isArray(models.alternatives) ? models.alternatives : [];
    models.alternatives = [...written, ...extra.map((model) => ({ model }))];
    extra.forEach((model, i) => (added[written.length + i] = { label: overrides?.via === 'input' ? `the alternatives input ${model}` : `--alternative ${model}` }));
  }
  for (const [side, model] of wanted) {
    if (model === undefined) continue;
    const entry: Record<string, unknown> = isRecord(models[side]) ? { ...models[side] } : {};
    if (entry.model !== model) {
      // A configured price belongs to the configured model, not to the one given instead.
      delete entry.price;
      replaced[side] = { label: overrideLabel(side, model, overrides?.via), ...(typeof entry.model === 'string' ? { was: entry.model } : {}) };
    }
    entry.model = model;
    models[side] = entry;
  }
  return { raw: { ...raw, models }, replaced, added };
}

/** The apiKeyEnv names as written (before expansion), and the default every unset one falls back to. */
function keyVariables(raw: Record<string, unknown>): Set<string> {
  const names = new Set([DEFAULT_API_KEY_ENV]);
  const models = isRecord(raw.models) ? raw.models : {};
  for (const entry of [models.baseline, models.candidate, raw.judge]) {
    if (isRecord(entry) && typeof entry.apiKeyEnv === 'string') names.add(entry.apiKeyEnv.trim());
  }
  return names;
}

async function readPrompt(
  value: string,
  path: PathPart[],
  ctx: { cwd: string; rootDir: string; root: RepositoryRoot; file: string; doc: LocatedDocument; at?: CommitReader },
): Promise<{ text: string; file?: string }> {
  if (!looksLikePromptPath(value)) return { text: value };
  const where = ctx.doc.locate(path);
  const abs = resolve(ctx.rootDir, value.trim());
  const field = path.join('.');
  const hint = 'paths are relative to the config file; for inline text ending in that word, use a block scalar (system: |)';
  let text: string;
  if (ctx.at) {
    const read = await ctx.at.read(abs);
    if (read === undefined) throw new LlmGateError(`prompt file ${ctx.at.pathOf(abs)} does not exist at ${ctx.at.ref}`, { file: ctx.file, ...where, field, hint });
    text = read;
  } else {
    text = await readSourceFile(abs, { cwd: ctx.cwd, root: ctx.root, what: 'prompt file', from: { file: ctx.file, ...where, field, hint } });
  }
  // CRLF and the file's final newline are editor artefacts, not prompt content.
  return { text: text.replace(/\r\n/g, '\n').replace(/\n+$/, ''), file: displayPath(ctx.cwd, abs) };
}

/** A prompt mapping (the shared one, or a model's own) with its files read. */
async function readTemplate(
  raw: { system?: string; user?: string } | undefined,
  at: PathPart[],
  ctx: Parameters<typeof readPrompt>[2],
): Promise<{ prompt: PromptTemplate; files: { system?: string; user?: string } } | undefined> {
  if (raw?.system === undefined && raw?.user === undefined) return undefined;
  const prompt: PromptTemplate = {};
  const files: { system?: string; user?: string } = {};
  for (const key of ['system', 'user'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    const read = await readPrompt(value, [...at, key], ctx);
    prompt[key] = read.text;
    if (read.file !== undefined) files[key] = read.file;
  }
  return { prompt, files };
}

/**
 * models.baseline: { from: base } as written. Returns the baseline entry to parse in its
 * place (the candidate's, so every check of the file still runs), or a problem.
 */
function fromBase(raw: Record<string, unknown>): { fromBase: boolean; raw: Record<string, unknown> } | Problem {
  const models = isRecord(raw.models) ? raw.models : undefined;
  const baseline = models && isRecord(models.baseline) ? models.baseline : undefined;
  if (!baseline || !Object.hasOwn(baseline, 'from')) return { fromBase: false, raw };
  if (baseline.from !== 'base') {
    return { path: ['models', 'baseline', 'from'], message: `expected "base", got ${JSON.stringify(baseline.from)?.slice(0, 60)}`, hint: 'write models.baseline: { from: base }, or name the baseline model' };
  }
  const other = Object.keys(baseline).find((k) => k !== 'from');
  if (other !== undefined) {
    return { path: ['models', 'baseline', other], at: 'key', message: `with from: base the baseline is the candidate as the config defined it at the base commit, so it takes no "${other}"`, hint: 'remove it, or name the baseline model instead of from: base' };
  }
  return { fromBase: true, raw: { ...raw, models: { ...models, baseline: models!.candidate } } };
}

export async function loadConfig(configPath: string, options: LoadConfigOptions = {}): Promise<GateConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const configFile = resolve(cwd, configPath);
  const rootDir = dirname(configFile);
  const shownFile = displayPath(cwd, configFile);
  const root = await repositoryRoot(cwd, configFile);
  const at = options.at;
  // The base commit's config is cited as such: its lines are not the working tree's.
  const file = at ? `${shownFile}@${at.commit.slice(0, 12)}` : shownFile;
  const text = at ? await readAtCommit(at, configFile, shownFile) : await readSourceFile(configFile, { cwd, root, what: 'config file', from: { file, hint: 'pass --config <path>, or create llm-gate.yml' } });
  const doc = parseYaml(text, file);
  if (!isRecord(doc.value)) {
    const message = doc.value === null ? 'the config file is empty' : 'expected a mapping of settings (evals, models, ...)';
    throw new LlmGateError(message, { file, ...doc.locate([]), hint: 'see schema/llm-gate.schema.json' });
  }
  const expanded = expandConfig(doc.value, options.env ?? {}, { keyVariables: keyVariables(doc.value) });
  if (!('value' in expanded)) throw problemError(expanded, { file, doc });
  const written = withoutEmptySections(expanded.value as Record<string, unknown>);
  // A baseline model given on the command line replaces from: base (it names the baseline).
  const from = options.overrides?.baselineModel !== undefined ? { fromBase: false, raw: withoutFrom(written) } : fromBase(written);
  if ('message' in from) throw problemError(from, { file, doc });
  const { raw: input, replaced, added } = applyOverrides(from.raw, options.overrides);
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) throw zodError(parsed.error, { file, doc, schema: configSchema, input });
  const cfg = parsed.data;

  if (needsBuiltinPrices(cfg, { prices: cfg.prices ?? {}, replaced })) await loadPriceTable();
  const resolved = resolveModels(cfg, {
    prices: cfg.prices ?? {},
    replaced,
    addedAlternatives: added,
    file,
    hasPrices: Object.hasOwn(expanded.value as object, 'prices'),
    secretFields: expanded.secretFields,
    ...(cfg.run.stream === true ? { stream: true } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  if ('message' in resolved) throw problemError(resolved, { file, doc });

  const promptCtx = { cwd, rootDir, root, file, doc, ...(at ? { at } : {}) };
  const shared = await readTemplate(cfg.prompt, ['prompt'], promptCtx);
  const prompt = shared?.prompt;
  const models = resolved.models;
  for (const side of ['baseline', 'candidate'] as const) {
    if (side === 'baseline' && from.fromBase) continue;
    const own = await readTemplate(cfg.models[side].prompt, ['models', side, 'prompt'], promptCtx);
    if (own) models[side] = { ...models[side], prompt: own.prompt, ...(Object.keys(own.files).length > 0 ? { promptFiles: own.files } : {}) };
  }
  const alternatives: ModelConfig[] = [];
  for (const [i, alternative] of (resolved.alternatives ?? []).entries()) {
    const own = await readTemplate(cfg.models.alternatives?.[i]?.prompt, ['models', 'alternatives', i, 'prompt'], promptCtx);
    alternatives.push(own ? { ...alternative, prompt: own.prompt, ...(Object.keys(own.files).length > 0 ? { promptFiles: own.files } : {}) } : alternative);
  }
  if (from.fromBase && !at) {
    models.baseline = await baselineAtBase({ configPath, options, cwd, root, file, doc });
  }

  const entries = Array.isArray(cfg.evals) ? cfg.evals : [cfg.evals];
  const config: GateConfig = {
    configFile,
    rootDir,
    evals: entries.map((e) => (typeof e === 'string' ? e : e.path)),
    evalsAt: evalsPositions(doc, cfg.evals),
    ...(entries.some((e) => typeof e !== 'string') ? { evalSources: entries.map(sourceOptions) } : {}),
    ...(prompt ? { prompt } : {}),
    ...(shared && Object.keys(shared.files).length > 0 ? { promptFiles: shared.files } : {}),
    models,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(resolved.judge ? { judge: resolved.judge } : {}),
    ...(cfg.traffic ? { traffic: { ...(cfg.traffic.callsPerMonth !== undefined ? { callsPerMonth: cfg.traffic.callsPerMonth } : {}), ...(cfg.traffic.byTag ? { byTag: { ...cfg.traffic.byTag } } : {}) } } : {}),
    thresholds: withTtftDefault(cfg.thresholds, models),
    run: {
      concurrency: cfg.run.concurrency,
      repeats: cfg.run.repeats,
      timeoutMs: cfg.run.timeout,
      retries: cfg.run.retries,
      ...(cfg.run.budget !== undefined ? { budgetUsd: cfg.run.budget } : {}),
      // Left out when unset, so the content hash of existing configs does not change.
      ...(cfg.run.maxResponseSize !== undefined ? { maxResponseBytes: cfg.run.maxResponseSize } : {}),
      // Set only when off, for the same reason.
      ...(cfg.run.sequential === false ? { sequential: false } : {}),
      ...(cfg.run.stream === true ? { stream: true } : {}),
      ...(cacheSettings(cfg.run.cache, rootDir) ?? {}),
    },
  };
  return config;
}

/** models.baseline without its from key (a baseline model given on the command line replaces it). */
function withoutFrom(raw: Record<string, unknown>): Record<string, unknown> {
  const models = isRecord(raw.models) ? raw.models : undefined;
  if (!models || !isRecord(models.baseline) || !Object.hasOwn(models.baseline, 'from')) return raw;
  const { from: _from, ...baseline } = models.baseline;
  return { ...raw, models: { ...models, baseline } };
}

async function readAtCommit(at: CommitReader, abs: string, shown: string): Promise<string> {
  const text = await at.read(abs);
  if (text === undefined) {
    throw new LlmGateError(`${shown} does not exist at ${at.ref} (${at.commit.slice(0, 12)}), so there is no candidate there to take as the baseline`, {
      code: 'config',
      file: shown,
      field: 'models.baseline',
      hint: 'the pull request that adds llm-gate has nothing to compare against: name the baseline model in it, and switch to from: base once it is merged',
    });
  }
  return text;
}

/**
 * The baseline of from: base: the candidate as the config at the base commit defines it,
 * with that commit's prompt (its own, else the shared one) even when it had none: the
 * baseline never takes the working tree's prompt.
 */
async function baselineAtBase(ctx: { configPath: string; options: LoadConfigOptions; cwd: string; root: RepositoryRoot; file: string; doc: LocatedDocument }): Promise<ModelConfig> {
  const ref = ctx.options.baseline?.ref;
  const where = ctx.doc.locate(['models', 'baseline']);
  if (ref === undefined || ref === '') {
    throw new LlmGateError('models.baseline: { from: base } needs the base commit to read the baseline from', {
      code: 'usage',
      file: ctx.file,
      ...where,
      field: 'models.baseline',
      hint: 'pass --baseline-ref REF (e.g. origin/main); the Action takes the pull request\'s base commit, or the baseline-ref input',
    });
  }
  const at = await openCommit(ctx.root.lexical, ref);
  const base = await loadConfig(ctx.configPath, { cwd: ctx.cwd, env: ctx.options.env, at, ...(ctx.options.today ? { today: ctx.options.today } : {}) });
  const candidate = base.models.candidate;
  const prompt: PromptTemplate = {};
  const files: { system?: string; user?: string } = {};
  for (const key of ['system', 'user'] as const) {
    const text = candidate.prompt?.[key] ?? base.prompt?.[key];
    if (text !== undefined) prompt[key] = text;
    const path = candidate.prompt ? candidate.promptFiles?.[key] : base.promptFiles?.[key];
    if (path !== undefined) files[key] = path;
  }
  return { ...candidate, prompt, ...(Object.keys(files).length > 0 ? { promptFiles: files } : {}), from: { ref, commit: at.commit } };
}

/** run.cache: true means every default; the directory is relative to the config file. */
function cacheSettings(raw: ParsedConfig['run']['cache'], rootDir: string): { cache: CacheSettings } | undefined {
  if (raw === undefined || raw === false) return undefined;
  const defaults = cacheSchema.parse({});
  const settings = raw === true ? defaults : raw;
  return { cache: { dir: resolve(rootDir, settings.dir), mode: settings.mode, reuse: settings.reuse, maxAgeMs: settings.maxAge } };
}

/**
 * Time to first token is compared only when both models stream: then 20% unless the config
 * says otherwise. Left out when off and unset, so the content hash of existing configs holds.
 */
function withTtftDefault(thresholds: ParsedConfig['thresholds'], models: GateConfig['models']): GateConfig['thresholds'] {
  const { ttftP95, ...rest } = thresholds;
  if (ttftP95 !== undefined) return { ...rest, ttftP95 };
  return models.baseline.stream === true && models.candidate.stream === true ? { ...rest, ttftP95: 0.2 } : rest;
}

function sourceOptions(entry: string | EvalEntry): EvalSourceOptions {
  if (typeof entry === 'string') return { format: 'auto', grader: 'equals' };
  return { format: entry.format, grader: entry.grader, ...(entry.fields ? { fields: entry.fields } : {}) };
}

/** Each entry is cited where its glob is written: the string, or a mapping's `path`. */
function evalsPositions(doc: LocatedDocument, evals: string | EvalEntry | (string | EvalEntry)[]): GateConfig['evalsAt'] {
  const at = ({ line, column }: Position) => ({ line, column });
  const where = (entry: string | EvalEntry, path: (string | number)[]) => at(doc.locate(typeof entry === 'string' ? path : [...path, 'path']));
  return {
    whole: at(doc.locate(['evals'])),
    globs: Array.isArray(evals) ? evals.map((e, i) => where(e, ['evals', i])) : [where(evals, ['evals'])],
  };
}

/** An error about `evals` (the key, or glob i), located where the config file writes it. */
export function evalsError(config: GateConfig, cwd: string, glob: number | undefined, message: string, hint?: string): LlmGateError {
  const at = config.evalsAt;
  const where = glob === undefined ? at?.whole : (at?.globs[glob] ?? at?.whole);
  const field = glob === undefined || config.evals.length === 1 ? 'evals' : `evals[${glob}]`;
  return new LlmGateError(message, { file: displayPath(cwd, config.configFile), line: where?.line, column: where?.column, field, hint });
}
