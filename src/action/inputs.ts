// The Action's inputs, read once at the entry point and validated like any other config:
// a bad value fails at once with what was expected.
import { LlmGateError } from '../errors.js';
import { parseShard } from '../shard/spec.js';

export type CommentPolicy = 'always' | 'on-regression' | 'never';
export type MissingKeyPolicy = 'skip' | 'fail';

export interface ActionInputs {
  config: string;
  baselineModel?: string;
  candidateModel?: string;
  apiKey?: string;
  githubToken?: string;
  /** Login the token comments as, e.g. `my-app[bot]`; detected when absent. */
  commentAuthor?: string;
  comment: CommentPolicy;
  failOnRegression: boolean;
  workingDirectory: string;
  /** Undefined = the default: skip on a fork's pull request, fail elsewhere. */
  onMissingKey?: MissingKeyPolicy;
  /** What an inconclusive verdict does to the step. Default pass, with a visible warning. */
  onInconclusive: 'pass' | 'fail';
  /** run: the gate (or one shard of it); merge: the shards' partial reports into one verdict. */
  mode?: 'merge';
  /** `i/n`: run shard i of n and upload its partial report. */
  shard?: { index: number; count: number };
  /** models.baseline: { from: base }: the commit whose candidate is the baseline. */
  baselineRef?: string;
  /** Every call from the call cache (run.cache), none sent. */
  replay?: true;
  /** models.baseline: { from: base }: run even when nothing that makes a call changed. */
  force?: true;
}

export type GetInput = (name: string) => string;

export function readInputs(getInput: GetInput): ActionInputs {
  const optional = (name: string): string | undefined => getInput(name).trim() || undefined;
  return {
    config: optional('config') ?? 'llm-gate.yml',
    baselineModel: optional('baseline-model'),
    candidateModel: optional('candidate-model'),
    apiKey: optional('api-key'),
    githubToken: optional('github-token'),
    commentAuthor: optional('comment-author'),
    comment: oneOf('comment', optional('comment') ?? 'always', ['always', 'on-regression', 'never'] as const),
    failOnRegression: bool('fail-on-regression', optional('fail-on-regression') ?? 'true'),
    workingDirectory: optional('working-directory') ?? '.',
    onInconclusive: oneOf('on-inconclusive', optional('on-inconclusive') ?? 'pass', ['pass', 'fail'] as const),
    onMissingKey: ((v) => (v === undefined ? undefined : oneOf('on-missing-key', v, ['skip', 'fail'] as const)))(optional('on-missing-key')),
    ...(oneOf('mode', optional('mode') ?? 'run', ['run', 'merge'] as const) === 'merge' ? { mode: 'merge' as const } : {}),
    ...((v) => (v === undefined ? {} : { shard: parseShard(v, 'input "shard"') }))(optional('shard')),
    ...((v) => (v === undefined ? {} : { baselineRef: v }))(optional('baseline-ref')),
    ...(bool('replay', optional('replay') ?? 'false') ? { replay: true as const } : {}),
    ...(bool('force', optional('force') ?? 'false') ? { force: true as const } : {}),
  };
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new LlmGateError(`input "${name}" must be one of ${allowed.join(' | ')}, got "${value}"`, { code: 'usage', field: name });
}

function bool(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new LlmGateError(`input "${name}" must be true or false, got "${value}"`, { code: 'usage', field: name });
}
