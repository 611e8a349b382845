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
      quiet: boolean;
      replay?: boolean;
      shard?: { index: number; count: number };
      baselineRef?: string;
      force?: boolean;
    }
  | { name: 'regrade'; report: string; config: string; json?: string; markdown?: string; quiet: boolean }
  | { name: 'merge'; partials: string[]; config: string; json?: string; markdown?: string; quiet: boolean }
  | { name: 'demo'; json?: string; markdown?: string; quiet: boolean }
  | { name: 'init'; baseline?: string; candidate?: string }
  | { name: 'validate'; config: string }
  | { name: 'simulate'; config?: string; port?: number; seed?: number; faults?: FaultPlan };

const runOptions = {
  config: { type: 'string', short: 'c' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'baseline-model': { type: 'string' },
  'candidate-model': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  replay: { type: 'boolean' },
  shard: { type: 'string' },
  'baseline-ref': { type: 'string' },
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
} as const;

/** The report outputs of `run`; the demo's config is built in. */
const demoOptions = {
  json: runOptions.json,
  markdown: runOptions.markdown,
  quiet: runOptions.quiet,
  help: runOptions.help,
} as const;

const initOptions = {
  baseline: { type: 'string' },
  candidate: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
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
          quiet: values.quiet ?? false,
          ...(values.replay ? { replay: true } : {}),
          ...(values.shard === undefined ? {} : { shard: parseShard(values.shard, '--shard') }),
          ...(values['baseline-ref'] === undefined ? {} : { baselineRef: values['baseline-ref'] }),
          ...(values.force ? { force: true } : {}),
        };
      }
      case 'regrade': {
        const { values, positionals } = parseArgs({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
        if (values.help) return { name: 'help' };
        if (positionals.length !== 1) {
          throw new LlmGateError(`regrade expects one report file, got ${positionals.length}`, { code: 'usage', hint: 'llm-gate regrade report.json [--config llm-gate.yml]' });
        }
        return { name: 'regrade', report: positionals[0]!, config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false };
      }
      case 'merge': {
        const { values, positionals } = parseArgs({ args: rest, options: reportOptions, strict: true, allowPositionals: true });
        if (values.help) return { name: 'help' };
        if (positionals.length === 0) {
          throw new LlmGateError('merge expects the partial reports to merge', { code: 'usage', hint: 'llm-gate merge shard-1.json shard-2.json ... [--config llm-gate.yml]' });
        }
        return { name: 'merge', partials: positionals, config: values.config ?? 'llm-gate.yml', json: values.json, markdown: values.markdown, quiet: values.quiet ?? false };
      }
      case 'init': {
        const { values } = parseArgs({ args: rest, options: initOptions, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return { name: 'init', ...(values.baseline === undefined ? {} : { baseline: values.baseline }), ...(values.candidate === undefined ? {} : { candidate: values.candidate }) };
      }
      case 'validate': {
        const { values } = parseArgs({ args: rest, options: { config: runOptions.config, help: runOptions.help }, strict: true, allowPositionals: false });
        if (values.help) return { name: 'help' };
        return { name: 'validate', config: values.config ?? 'llm-gate.yml' };
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
