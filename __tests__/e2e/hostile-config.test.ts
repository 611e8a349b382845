// Hostile config and eval files against the built bundle (dist/cli.js): each must stop with
// exit 2 and a file:line error on stderr, before a single request reaches the endpoint. The
// endpoint is a local counting server the config points at, so any call would show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseEnv, runBundle } from './helpers/bundle.js';
import { startScriptedServer, type ScriptedServer } from './helpers/scripted-openai.js';

const KEY = 'sk-hostile-test-key-0123456789';
const GITHUB_TOKEN = 'ghs_hostileTestToken0123456789';
const RUNTIME_TOKEN = 'eyJhostile.runtime.token0123456789';

let server: ScriptedServer;
let top: string;
beforeAll(async () => {
  server = await startScriptedServer(() => ({ content: 'ok', delayMs: 0, usage: { prompt: 10, cached: 0, completion: 2, reasoning: 0 } }));
  top = await mkdtemp(join(tmpdir(), 'llm-gate-hostile-'));
});
afterAll(async () => {
  await server.close();
  await rm(top, { recursive: true, force: true });
});

const CASE = '- id: a\n  prompt: hi\n  expect: [{ type: contains, value: ok }]\n';

function models(): string {
  return [
    'models:',
    '  baseline:',
    '    model: gpt-4o',
    `    baseUrl: ${server.url}`,
    '  candidate:',
    '    model: gpt-4.1',
    '    price: { input: 2, output: 8 }',
    'run: { retries: 0 }',
    '',
  ].join('\n');
}

function bomb(): string {
  const lines = [`l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= 9; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

/** A repository (a .git directory marks its root) with the given files, inside a parent that holds more. */
async function project(name: string, files: Record<string, string>, links: Record<string, string> = {}): Promise<string> {
  const root = join(top, name, 'repo');
  await mkdir(join(root, '.git'), { recursive: true });
  await writeFile(join(top, name, 'outside.yml'), CASE);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), content);
  }
  for (const [file, target] of Object.entries(links)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await symlink(target, join(root, file));
  }
  return root;
}

async function run(cwd: string, args: string[] = []) {
  const before = server.requests;
  const result = await runBundle({
    bundle: 'cli',
    args: ['run', '--quiet', ...args],
    cwd,
    env: baseEnv({ OPENAI_API_KEY: KEY, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN }),
    // A hang guard only: these runs stop while loading.
    deadlineMs: 30_000,
  });
  return { ...result, calls: server.requests - before };
}

const HOSTILE: [string, () => Promise<string>, RegExp][] = [
  ['a YAML alias bomb in the config', () => project('bomb', { 'llm-gate.yml': bomb() + `evals: a.yaml\n${models()}`, 'a.yaml': CASE }), /YAML aliases expand to more than 100,000 nodes/],
  [
    'an eval file that is a symlink to /proc/self/environ',
    () => project('environ', { 'llm-gate.yml': `evals: evals/*.yaml\n${models()}`, 'evals/a.yaml': CASE }, { 'evals/env.yaml': '/proc/self/environ' }),
    /matches eval file evals\/env\.yaml is outside the repository root/,
  ],
  ['an absolute glob', () => project('absolute', { 'llm-gate.yml': `evals: /etc/*.conf\n${models()}` }), /"\/etc\/\*\.conf" reaches \/etc, outside the repository root/],
  ['a ../ glob', () => project('parent', { 'llm-gate.yml': `evals: ../*.yml\n${models()}` }), /"\.\.\/\*\.yml" reaches .*, outside the repository root/],
  [
    'the API key in the system prompt',
    () => project('key', { 'llm-gate.yml': `evals: a.yaml\nprompt:\n  system: "token=\${OPENAI_API_KEY}"\n${models()}`, 'a.yaml': CASE }),
    /\$\{OPENAI_API_KEY\} holds an API key in use; expanding it would put a secret into the prompt/,
  ],
  [
    '${GITHUB_TOKEN} in the config',
    () => project('github', { 'llm-gate.yml': `evals: a.yaml\nprompt:\n  user: "hi \${GITHUB_TOKEN}"\n${models()}`, 'a.yaml': CASE }),
    /\$\{GITHUB_TOKEN\} is a CI runner variable \(GITHUB_\*\)/,
  ],
  [
    '${ACTIONS_RUNTIME_TOKEN} in the config',
    () => project('runtime', { 'llm-gate.yml': `evals: a.yaml\nprompt:\n  system: "\${ACTIONS_RUNTIME_TOKEN:-none}"\n${models()}`, 'a.yaml': CASE }),
    /\$\{ACTIONS_RUNTIME_TOKEN\} is a CI runner variable \(ACTIONS_\*\)/,
  ],
  [
    'a JSON Schema {"$ref": "#"}',
    () => project('schema', { 'llm-gate.yml': `evals: a.jsonl\n${models()}`, 'a.jsonl': `${JSON.stringify({ id: 'a', prompt: 'hi', expect: [{ type: 'json', schema: { $ref: '#' } }] })}\n` }),
    /expect\[0\]\.schema\.\$ref: the JSON Schema applies the schema itself to the same value again/,
  ],
];

describe('hostile config (built bundle)', () => {
  it.each(HOSTILE)('%s: exit 2, a file:line error, zero calls', { timeout: 60_000 }, async (_name, make, reason) => {
    const result = await run(await make());
    expect(result.killed).toBe(false);
    expect(result.stderr).not.toContain('internal error');
    expect(result.stderr).toMatch(/^llm-gate: error: [^\s:]+:\d+:\d+: /m);
    expect(result.stderr).toMatch(reason);
    expect(result.code).toBe(2);
    expect(result.calls).toBe(0);
    for (const secret of [KEY, GITHUB_TOKEN, RUNTIME_TOKEN]) expect(result.stderr + result.stdout).not.toContain(secret);
  });
});

describe('prices for an overriding model id (built bundle)', () => {
  it('an unpriced --candidate-model stops with exit 2, naming the model it replaced and where to price it', { timeout: 60_000 }, async () => {
    const cwd = await project('unpriced', { 'llm-gate.yml': `evals: a.yaml\n${models()}`, 'a.yaml': CASE });
    const result = await run(cwd, ['--candidate-model', 'gpt-5.9']);
    expect(result.stderr).toContain(
      'llm-gate.yml:7:5: prices: --candidate-model gpt-5.9 replaced gpt-4.1; no price is known for gpt-5.9 (add it under prices: in llm-gate.yml, e.g. prices: { gpt-5.9: { input: …, output: … } } in USD per 1M tokens)',
    );
    expect(result.code).toBe(2);
    expect(result.calls).toBe(0);
  });

  it('with the model id under prices:, the same override runs', { timeout: 60_000 }, async () => {
    const cwd = await project('priced', { 'llm-gate.yml': `evals: a.yaml\nprices:\n  gpt-5.9: { input: 1, output: 4 }\n${models()}`, 'a.yaml': CASE });
    const result = await run(cwd, ['--candidate-model', 'gpt-5.9', '--json', 'report.json']);
    expect(result.stderr).not.toContain('error:');
    expect([0, 1, 4]).toContain(result.code);
    expect(server.served.filter((s) => s.model === 'gpt-5.9')).toHaveLength(1);
  });
});
