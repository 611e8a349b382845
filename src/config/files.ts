// File reading at the edge: confined to the repository root, regular files only, size
// checked before and while reading, BOM stripped, paths shown relative to the directory
// the gate was started from.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { LlmGateError, type ErrorLocation } from '../errors.js';
import { confine, type RepositoryRoot } from './paths.js';

/** Eval sets are read whole; past this a file is almost surely a mistake (or a dump). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** POSIX path of `abs` relative to `cwd` (the form every error and report uses). */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export interface ReadOptions {
  cwd: string;
  /** What the file is, for messages: "config file", "eval file", "prompt file". */
  what: string;
  /** Where the file was referenced from, so a missing file points at the reference. */
  from?: ErrorLocation & { hint?: string };
  maxBytes?: number;
  /** The file must resolve inside it. Default: no confinement (a file the caller already confined). */
  root?: RepositoryRoot;
  /** The path to show when `abs` is the resolved form of another (a symlink as the glob found it). */
  shownAs?: string;
}

function sizeLabel(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The message for a file outside the root: the path as written, where a symlink leads, and the root. */
export function outsideRootMessage(what: string, shown: string, abs: string, real: string, root: RepositoryRoot): string {
  const leads = real === abs ? '' : ` (it resolves to ${real})`;
  return `${what} ${shown} is outside the repository root ${root.real}${leads}`;
}

export const OUTSIDE_ROOT_HINT = "llm-gate reads files only inside the repository: the git root of the working directory, or the config file's directory outside git";

// A FIFO would block an open for reading until a writer comes; O_NONBLOCK makes it return
// at once so fstat can refuse it. Windows has no such flag and no FIFOs to open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readSourceFile(abs: string, options: ReadOptions): Promise<string> {
  const shown = displayPath(options.cwd, options.shownAs ?? abs);
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  const at = options.from ?? { file: shown };
  const fail = (message: string, hint?: string, cause?: unknown) => new LlmGateError(message, { ...at, hint, cause });
  let path = abs;
  if (options.root) {
    const c = await confine(abs, options.root);
    if (!c.ok && c.reason === 'outside') throw fail(outsideRootMessage(options.what, shown, abs, c.real, options.root), OUTSIDE_ROOT_HINT);
    if (!c.ok && c.reason === 'not-a-file') throw fail(`${options.what} ${shown} is ${c.kind}, not a regular file`, options.from?.hint);
    if (c.ok) path = c.real;
  }
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    const message = missing ? `${options.what} not found: ${shown}` : `cannot read ${options.what} ${shown}: ${code ?? (err as Error).message}`;
    throw fail(message, options.from?.hint, err);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw fail(`${options.what} ${shown} is not a regular file`, options.from?.hint);
    const tooBig = () =>
      new LlmGateError(`${options.what} is ${sizeLabel(Math.max(info.size, limit + 1))}, over the ${sizeLabel(limit)} limit`, {
        file: shown,
        line: 1,
        column: 1,
        hint: 'split it into several smaller files',
      });
    if (info.size > limit) throw tooBig();
    // The size stat gives is a claim (0 for /proc files, and a file can grow): read at most
    // one byte past the limit, whatever it said.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size + 1, 64 * 1024), 1024 * 1024, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooBig();
    }
    return stripBom(Buffer.concat(chunks, total).toString('utf8'));
  } finally {
    await handle.close();
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
