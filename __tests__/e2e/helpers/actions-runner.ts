// The Actions runner's side of a step, for running dist/index.js as GitHub does: INPUT_*
// variables, the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload at
// GITHUB_EVENT_PATH and GITHUB_API_URL pointing at a fake GitHub.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv } from './bundle.js';

export interface RunnerOptions {
  workspace: string;
  apiUrl: string;
  /** Input names as action.yml spells them (`api-key`); each becomes INPUT_<NAME>. */
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  actor?: string;
  runId?: number;
  /** Anything else the step's environment holds. */
  env?: Record<string, string | undefined>;
}

export interface Runner {
  /** Holds GITHUB_OUTPUT, the summary, the event and RUNNER_TEMP: remove it after the test. */
  dir: string;
  env: Record<string, string | undefined>;
  /** What the step wrote once it is done. */
  results(): Promise<{ outputs: Record<string, string>; outputsText: string; summary: string }>;
}

export async function actionsRunner(options: RunnerOptions): Promise<Runner> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-runner-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.event ?? {}));
  const env = baseEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_ACTOR: options.actor ?? 'alice',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: String(options.runId ?? 1),
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: dir,
    ...options.env,
  });
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value;
  return {
    dir,
    env,
    async results() {
      const outputsText = await readFile(files.output, 'utf8');
      return { outputs: parseOutputs(outputsText), outputsText, summary: await readFile(files.summary, 'utf8') };
    },
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

/** A pull_request event for acme/widgets#7, from a fork or by another author when asked. */
export function pullRequestEvent(opts: { fork?: boolean; author?: string; baseSha?: string } = {}): unknown {
  const head = opts.fork ? 'mallory/widgets' : 'acme/widgets';
  const author = opts.author ?? 'alice';
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      user: { login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
      head: { ref: 'bump', sha: 'abc', repo: { full_name: head, fork: opts.fork === true } },
      base: { ref: 'main', sha: opts.baseSha ?? 'def', repo: { full_name: 'acme/widgets', fork: false } },
    },
    repository: { full_name: 'acme/widgets', name: 'widgets', owner: { login: 'acme' } },
  };
}
