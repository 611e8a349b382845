// One harness for running the built bundles as the runner and a user do: a child process
// of dist/cli.js or dist/index.js, its output collected, a hard deadline after which it is
// killed (so a hang fails the test instead of stalling the suite), and its peak RSS read
// from /proc while it runs (VmHWM is a high-water mark, so the last reading is the peak).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export const BUNDLES = {
  cli: resolve(import.meta.dirname, '../../../dist/cli.js'),
  action: resolve(import.meta.dirname, '../../../dist/index.js'),
} as const;

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the deadline passed and the process was killed. */
  killed: boolean;
  /** Peak resident set size in MB, when /proc could be read (Linux). */
  peakRssMb?: number;
}

export interface BundleOptions {
  bundle: keyof typeof BUNDLES;
  args?: string[];
  cwd: string;
  /** The whole environment of the child (nothing of the test's own is inherited unless passed). */
  env: Record<string, string | undefined>;
  /** Kill the child after this long; the run then reports killed: true. Default 60 s. */
  deadlineMs?: number;
  /** Called once the child has started, e.g. to send it a signal later. */
  onSpawn?(child: { pid?: number; kill(signal?: NodeJS.Signals): boolean }): void;
  /** Called with each chunk of stderr as it arrives. */
  onStderr?(chunk: string): void;
}

/** The environment a child needs to run at all (PATH, HOME), plus `extra`. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...extra };
}

export function runBundle(options: BundleOptions): Promise<BundleRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BUNDLES[options.bundle], ...(options.args ?? [])], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    let killed = false;
    let peakKb: number | undefined;
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => {
      const text = d.toString();
      stderr += text;
      options.onStderr?.(text);
    });
    const sample = async (): Promise<void> => {
      try {
        const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1]);
        if (Number.isFinite(kb)) peakKb = Math.max(peakKb ?? 0, kb);
      } catch {
        // The process has exited, or there is no procfs here.
      }
    };
    const sampler = setInterval(() => void sample(), 25);
    const deadline = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, options.deadlineMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(deadline);
      done({ code, signal, stdout, stderr, killed, ...(peakKb === undefined ? {} : { peakRssMb: peakKb / 1024 }) });
    });
  });
}
