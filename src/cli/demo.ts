// `llm-gate demo`: the real gate, real SDK, real HTTP — against the built-in simulator,
// started as a child process so its CPU work cannot inflate our latency figures.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { LlmGateError } from '../errors.js';
import { runCommand } from './run.js';
import { EXIT } from './exit-codes.js';

export interface DemoIo {
  env: Record<string, string | undefined>;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  signal?: AbortSignal;
  entry: URL;
  /** Where the caller stands: --json/--markdown paths are relative to it. */
  cwd: string;
  outputs?: { json?: string; markdown?: string; quiet?: boolean };
}

export async function demoCommand(io: DemoIo): Promise<number> {
  const script = process.argv[1];
  if (!script) throw new LlmGateError('cannot locate the llm-gate script to start the simulator', { code: 'internal' });
  const root = resolve(dirname(script), '..');
  const config = resolve(root, 'examples', 'llm-gate.yml');
  const child = spawn(process.execPath, [script, 'simulate', '--config', config, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await simulatorUrl(child);
    io.stderr.write(`llm-gate demo: simulated OpenAI-compatible API at ${url}\n`);
    const at = (file: string | undefined) => (file === undefined ? undefined : resolve(io.cwd, file));
    const code = await runCommand({
      config,
      quiet: io.outputs?.quiet ?? false,
      json: at(io.outputs?.json),
      markdown: at(io.outputs?.markdown),
      cwd: root,
      env: { ...io.env, LLM_GATE_SIM_URL: url, LLM_GATE_SIM_KEY: 'sim-key-not-secret' },
      stdout: io.stdout,
      stderr: io.stderr,
      signal: io.signal,
      simulated: true,
      entry: io.entry,
    });
    io.stderr.write(`llm-gate demo: \`llm-gate run\` would exit with code ${code}; the demo itself exits 0.\n`);
    return code === EXIT.usage ? code : EXIT.pass;
  } finally {
    await stopChild(child);
  }
}

async function simulatorUrl(child: ChildProcess): Promise<string> {
  if (!child.stdout) throw new LlmGateError('simulator has no stdout', { code: 'internal' });
  const lines = createInterface({ input: child.stdout });
  return new Promise((resolveUrl, reject) => {
    child.once('exit', (code) => reject(new LlmGateError(`the simulator exited early (code ${code})`, { code: 'internal' })));
    lines.once('line', (line) => {
      try {
        resolveUrl((JSON.parse(line) as { url: string }).url);
      } catch (err) {
        reject(new LlmGateError(`unexpected simulator output: ${line}`, { code: 'internal', cause: err }));
      }
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await exited;
}
