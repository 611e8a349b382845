// Reading files as they were at a commit, for models.baseline: { from: base }. git is run
// as a child process with its arguments as a list (no shell), a deadline and a cap on what
// it may print: the ref comes from the workflow, the paths from the config under test.
import { execFile } from 'node:child_process';
import { relative, sep } from 'node:path';
import { LlmGateError } from '../errors.js';
import { MAX_FILE_BYTES } from './files.js';

/** Each git command gets this long; a repository that needs more is not one a gate can wait for. */
const GIT_TIMEOUT_MS = 30_000;
/** `git ls-tree` of a large monorepo: paths only, but many. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;

export interface CommitReader {
  /** The ref as given (a branch, a tag, a sha), for messages. */
  ref: string;
  /** The full sha it resolved to. */
  commit: string;
  /** The file's bytes as text at the commit, or undefined when the commit has no such file. `abs` is inside the repository. */
  read(abs: string): Promise<string | undefined>;
  /** Every file path at the commit, relative to the repository root, POSIX separators. */
  list(): Promise<string[]>;
  /** The path as git names it: relative to the repository root, POSIX separators. */
  pathOf(abs: string): string;
  /**
   * Whether any file the pathspecs match differs between the commit and the working tree:
   * changed, added, removed, or new and not yet committed.
   */
  changedSince(pathspecs: string[]): Promise<boolean>;
}

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], maxBytes: number, signal?: AbortSignal): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: maxBytes, timeout: GIT_TIMEOUT_MS, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, ...(signal ? { signal } : {}) },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: string | number; killed?: boolean }) | null;
        if (err && typeof err.code === 'string') {
          if (err.code === 'ENOENT') {
            return reject(new LlmGateError('git is not installed, and models.baseline: { from: base } reads the base commit with it', { code: 'config', field: 'models.baseline', hint: 'install git, or name the baseline model in the config' }));
          }
          if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return resolve({ code: -1, stdout: Buffer.alloc(0), stderr: 'output too large' });
          return reject(new LlmGateError(`git ${args[0]} failed: ${err.message}`, { code: 'config', field: 'models.baseline' }));
        }
        if (err?.killed) return reject(new LlmGateError(`git ${args[0]} took longer than ${GIT_TIMEOUT_MS / 1000} s`, { code: 'config', field: 'models.baseline' }));
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout: stdout as Buffer, stderr: String(stderr).slice(0, 2000) });
      },
    );
  });
}

/**
 * The commit `ref` names, read from the repository at `root`. A ref the clone does not have
 * (a shallow checkout's usual state) is an error that says how to fetch it.
 */
export async function openCommit(root: string, ref: string, signal?: AbortSignal): Promise<CommitReader> {
  // A ref starting with "-" would read as an option.
  if (ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) {
    throw new LlmGateError(`the baseline ref "${ref.slice(0, 100)}" is not a commit name`, { code: 'usage', field: 'baseline-ref', hint: 'pass a branch, a tag or a commit sha' });
  }
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree'], 4096, signal);
  if (inside.code !== 0) {
    throw new LlmGateError(`${root} is not a git repository, and models.baseline: { from: base } reads the baseline from a commit`, {
      code: 'config',
      field: 'models.baseline',
      hint: 'run llm-gate inside the repository checkout, or name the baseline model in the config',
    });
  }
  const resolved = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], 4096, signal);
  const commit = resolved.stdout.toString('utf8').trim();
  if (resolved.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
    throw new LlmGateError(`the base commit ${ref} is not in this clone, so the baseline (the candidate as the config defined it there) cannot be read`, {
      code: 'config',
      field: 'models.baseline',
      hint: `fetch it: with actions/checkout set fetch-depth: 0, or run git fetch --no-tags --depth=1 origin ${ref} before llm-gate`,
    });
  }
  const top = (await git(root, ['rev-parse', '--show-toplevel'], 64 * 1024, signal)).stdout.toString('utf8').trim();
  const pathOf = (abs: string): string => relative(top, abs).split(sep).join('/');
  return {
    ref,
    commit,
    pathOf,
    async read(abs) {
      const path = pathOf(abs);
      if (path.startsWith('../') || path === '..') return undefined;
      const shown = await git(top, ['cat-file', '-e', `${commit}:${path}`], 4096, signal);
      if (shown.code !== 0) return undefined;
      const blob = await git(top, ['cat-file', 'blob', `${commit}:${path}`], MAX_FILE_BYTES + 1, signal);
      if (blob.code === -1) {
        throw new LlmGateError(`${path} at ${ref} is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB`, { code: 'config', field: 'models.baseline' });
      }
      if (blob.code !== 0) return undefined;
      const text = blob.stdout.toString('utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    async changedSince(pathspecs) {
      if (pathspecs.length === 0) return false;
      const diff = await git(top, ['diff', '--quiet', '--no-ext-diff', '--no-textconv', '--no-renames', commit, '--', ...pathspecs], 4096, signal);
      if (diff.code !== 0) return true;
      const untracked = await git(top, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...pathspecs], 4096, signal);
      return untracked.code !== 0 || untracked.stdout.length > 0;
    },
    async list() {
      const listing = await git(top, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit], MAX_LISTING_BYTES, signal);
      if (listing.code !== 0) throw new LlmGateError(`could not list the files of ${ref}: ${listing.stderr.trim() || 'git ls-tree failed'}`, { code: 'config', field: 'models.baseline' });
      return listing.stdout.toString('utf8').split('\u0000').filter((p) => p !== '');
    },
  };
}
