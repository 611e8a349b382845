import { parseArgs } from 'node:util';
import { LlmGateError } from '../errors.js';
import { parseShard } from '../shard/spec.js';
import type { FaultPlan } from '../simulator/index.js';

export type Command =
  | { name: 'help' }
  | { name: 'version' }
  | {
      name: 'run';
      config: string;
      json?: string;
      markdown?: string;
      baselineModel?: string;
      candidateModel?: string;
      /** --alternative MODEL, repeatable: more models for models.alternatives. */
      alternatives?: string[];
      quiet: boolean;
      replay?: boolean;
      shard?: { index: number; count: number };
      baselineRef?: string;
      force?: boolean;
      skipUnsupported?: boolean;
    }
  | { name: 'regrade'; report: string; config: string; json?: string; markdown?: string; quiet: boolean; baselineRef?: string }
  | { name: 'merge'; partials: string[]; config: string; json?: string; markdown?: string; quiet: boolean; baselineRef?: string }
  | { name: 'demo'; json?: string; markdown?: string; quiet: boolean }
  | { name: 'simulate'; config?: string; port?: number; seed?: number; faults?: FaultPlan }
  | { name: 'validate'; config: string; baselineModel?: string; candidateModel?: string; skipUnsupported: boolean }
  | { name: 'init'; baseline?: string; candidate?: string; force: boolean }
  | {
      name: 'import';
      logs: string[];
      out: string;
      sample?: number;
      by?: string;
      seed: number;
      mask: boolean;
      json?: string;
      force: boolean;
    };

const runOptions = {
  config: { type: 'string', short: 'c' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'baseline-model': { type: 'string' },
  'candidate-model': { type: 'string' },
  alternative: { type: 'string', multiple: true },
  quiet: { type: 'boolean', short: 'q' },
  replay: { type: 'boolean' },
  shard: { type: 'string' },
  'baseline-ref': { type: 'string' },
  force: { type: 'boolean' },
  'skip-unsupported': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const validateOptions = {
  config: runOptions.config,
  'baseline-model': runOptions['baseline-model'],
  'candidate-model': runOptions['candidate-model'],
  'skip-unsupported': runOptions['skip-unsupported'],
  help: runOptions.help,
} as const;

const initOptions = {
  baseline: { type: 'string' },
  candidate: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const importOptions = {
  out: { type: 'string', short: 'o' },
  sample: { type: 'string' },
  by: { type: 'string' },
  seed: { type: 'string' },
  'no-mask': { type: 'boolean' },
  json: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** regrade and merge read reports and write one: the config and the outputs of `run`. */
const reportOptions = {
  config: runOptions.config,
  json: runOptions.json,
  markdown: runOptions.markdown,
  quiet: runOptions.quiet,
  help: runOptions.help,
  'baseline-ref': runOptions['baseline-ref'],
} as const;

/** The report outputs of `run`; the demo's config is built in. */
const demoOptions = {
  json: runOptions.json,
  markdown: runOptions.markdown,
  quiet: runOptions.quiet,
  help: runOptions.help,
} as const;

const simulateOptions = {
  config: { type: 'string', short: 'c' },
  port: { type: 'string' },
  seed: { type: 'string' },
  faults: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  if (name === '--version' || name === '-v') return { name: 'version' };
  try {
    switch (name) {
      case 'run': {
        const { values } = parseArgs({ args: rest, options: runOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return {
          name: 'run',
          config: values.config ?? 'llm-gate.yml',
          json: values.json,
          markdown: values.markdown,
          baselineModel: values['baseline-model'],
          candidateModel: values['candidate-model'],
          ...(values.alternative && values.alternative.length > 0 ? { alternatives: values.alternative } : {}),
          quiet: values.quiet ?? false,
          ...(values.replay ? { replay: true } : {}),
          ...(values.shard === undefined ? {} : { shard: parseShard(values.shard, '--shard') }),
          ...(values['baseline-ref'] === undefined ? {} : { baselineRef: values['baseline-ref'] }),
          ...(values.force ? { force: true } : {}),
          ...(values['skip-unsupported'] ? { skipUnsupported: true } : {}),
        };
      }
      case 'validate': {
        const { values } = parseArgs({ args: rest, options: validateOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return {
          name: 'validate',
          config: values.config ?? 'llm-gate.yml',
          baselineModel: values['baseline-model'],
          candidateModel: values['candidate-model'],
          skipUnsupported: values['skip-unsupported'] ?? false,
        };
      }
      case 'init': {
        const { values } = parseArgs({ args: rest, options: initOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return { name: 'init', baseline: values.baseline, candidate: values.candidate, force: values.force ?? false };
      }
      case 'import': {
        const { values, positionals } = parseArgs({ args: rest, options: importOptions, strict: true, allowPositionals: true });
        if (values.help) return { name: 'help' };
        if (positionals.length === 0) throw new LlmGateError('import needs at least one log file', { code: 'usage', hint: 'llm-gate import LOGFILE... --out evals/prod.jsonl' });
        if (values.out === undefined) throw new LlmGateError('import needs --out FILE', { code: 'usage', hint: 'e.g. --out evals/prod.jsonl' });
        const sample = values.sample === undefined ? undefined : integer(values.sample, '--sample');
        if (sample === 0) throw new LlmGateError('--sample expects at least 1', { code: 'usage' });
        if (values.by !== undefined && !/^[^.\s]+(\.[^.\s]+)*$/.test(values.by)) throw new LlmGateError(`--by expects a dotted field path such as metadata.route, got ${JSON.stringify(values.by)}`, { code: 'usage' });
        return {
          name: 'import',
          logs: positionals,
          out: values.out,
          sample,
          by: values.by,
          seed: values.seed === undefined ? 1 : integer(values.seed, '--seed'),
          mask: !(values['no-mask'] ?? false),
          json: values.json,
          force: values.force ?? false,
        };
      }
      case 'regrade': {
        const { values, positionals } = parseArgs({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
        if (values.help) return { name: 'help' };
        if (positionals.length !== 1) {
          throw new LlmGateError(`regrade expects one report file, got ${positionals.length}`, { code: 'usage', hint: 'llm-gate regrade report.json [--config llm-gate.yml]' });
        }
        return { name: 'regrade', report: positionals[0]!, config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false, ...baselineRefOf(values) };
      }
      case 'merge': {
        const { values, positionals } = parseArgs({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
        if (values.help) return { name: 'help' };
        if (positionals.length === 0) {
          throw new LlmGateError('merge expects the partial reports to merge', { code: 'usage', hint: 'llm-gate merge shard-1.json shard-2.json ... [--config llm-gate.yml]' });
        }
        return { name: 'merge', partials: positionals, config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false, ...baselineRefOf(values) };
      }
      case 'demo': {
        const { values } = parseArgs({ args: rest, options: demoOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return { name: 'demo', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false };
      }
      case 'simulate': {
        const { values } = parseArgs({ args: rest, options: simulateOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return {
          name: 'simulate',
          config: values.config,
          port: values.port === undefined ? undefined : integer(values.port, '--port'),
          seed: values.seed === undefined ? undefined : integer(values.seed, '--seed'),
          faults: values.faults === undefined ? undefined : faultPlan(values.faults),
        };
      }
      default:
        throw new LlmGateError(`unknown command "${name}"`, { code: 'usage', hint: 'run `llm-gate --help`' });
    }
  } catch (err) {
    if (err instanceof LlmGateError) throw err;
    // parseArgs errors already say which option is wrong.
    throw new LlmGateError((err as Error).message, { code: 'usage', hint: 'run `llm-gate --help`', cause: err });
  }
}

function integer(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new LlmGateError(`${flag} expects a whole number, got "${text}"`, { code: 'usage' });
  return n;
}

/** `--faults '{"rate429":0.1,"retryAfterMs":50}'`: a FaultPlan as JSON, for fault-injection runs. */
function faultPlan(text: string): FaultPlan {
  try {
    const plan: unknown = JSON.parse(text);
    if (typeof plan === 'object' && plan !== null && !Array.isArray(plan)) return plan as FaultPlan;
  } catch {
    // fall through to the usage error
  }
  throw new LlmGateError(`--faults expects a JSON object (a FaultPlan), got ${JSON.stringify(text)}`, { code: 'usage' });
}

function baselineRefOf(values: { 'baseline-ref'?: string }): { baselineRef?: string } {
  return values['baseline-ref'] === undefined ? {} : { baselineRef: values['baseline-ref'] };
}
