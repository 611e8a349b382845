// File reading at the edge: size checked before reading, BOM stripped, paths shown
// relative to the directory the gate was started from.
import { stat, readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { LlmGateError, type ErrorLocation } from '../errors.js';

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
}

function sizeLabel(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export async function readSourceFile(abs: string, options: ReadOptions): Promise<string> {
  const shown = displayPath(options.cwd, abs);
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  let size: number;
  try {
    const info = await stat(abs);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = info.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    const message = missing ? `${options.what} not found: ${shown}` : `cannot read ${options.what} ${shown}: ${code ?? (err as Error).message}`;
    const at = options.from ?? { file: shown };
    throw new LlmGateError(message, { ...at, hint: options.from?.hint, cause: err });
  }
  if (size > limit) {
    throw new LlmGateError(`${options.what} is ${sizeLabel(size)}, over the ${sizeLabel(limit)} limit`, {
      file: shown,
      line: 1,
      column: 1,
      hint: 'split it into several smaller files',
    });
  }
  const text = await readFile(abs, 'utf8');
  return stripBom(text);
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
