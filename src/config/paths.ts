// Which files a config may make llm-gate read. The config can come from the pull request
// under test, and what llm-gate reads can reach a prompt and so the report and the PR
// comment. So every file (the config, eval files, prompt files) must resolve, symlinks
// followed, inside the repository root, and be a regular file: not /proc, a device, a FIFO
// or a directory. /proc files report size 0, so a size check alone would pass them.
import { realpathSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The git root of the working directory (the nearest ancestor with a `.git` directory, or
 * a `.git` file as in worktrees and submodules), else the config file's directory. Found
 * without running git. Both forms are kept: the lexical one for checking what a glob says
 * before it runs, the real one (symlinks resolved) for checking what it found.
 */
export interface RepositoryRoot {
  lexical: string;
  real: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function repositoryRoot(cwd: string, configFile: string): Promise<RepositoryRoot> {
  let dir = resolve(cwd);
  for (;;) {
    if (await exists(join(dir, '.git'))) return { lexical: dir, real: await realpathOr(dir) };
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const fallback = dirname(resolve(cwd, configFile));
  return { lexical: fallback, real: await realpathOr(fallback) };
}

async function realpathOr(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/** `path` is `root` or below it (both absolute, same form). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

export type Confined =
  | { ok: true; real: string }
  | { ok: false; reason: 'missing'; code?: string }
  | { ok: false; reason: 'outside'; real: string }
  | { ok: false; reason: 'not-a-file'; real: string; kind: string };

function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

// Kernel views whose "regular files" are process state (environ, memory maps), whatever
// the root: outside git, a config passed as /proc/self/environ would be its own root.
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];

/** Where `abs` really is, and whether llm-gate may read it. */
export async function confine(abs: string, root: RepositoryRoot): Promise<Confined> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    return { ok: false, reason: 'missing', code: (err as NodeJS.ErrnoException).code };
  }
  if (!isInside(root.real, real)) return { ok: false, reason: 'outside', real };
  const pseudo = PSEUDO_FILESYSTEMS.find((dir) => sep === '/' && isInside(dir, real));
  if (pseudo) return { ok: false, reason: 'not-a-file', real, kind: `a file of ${pseudo}` };
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: 'not-a-file', real, kind: kindOf(info) };
  return { ok: true, real };
}

// Characters that make a glob segment a pattern rather than a name (extglobs included).
const MAGIC = /[*?[\]{}]|[!+@]\(/;
// A `..` segment, also inside a brace list: `{..,x}` or `a/../b`.
const PARENT = /(^|[/\\{,])\.\.($|[/\\},])/;

export type GlobScope = { ok: true; cwd: string; pattern: string } | { ok: false; base: string; reason: 'outside' | 'parent-in-pattern' };

/**
 * Splits a glob into the directory it names literally and the pattern below it, so the
 * walk starts at a directory that was checked and cannot climb out: `../../**` and
 * `/etc/*` are refused before anything is read, `../shared/*.yaml` is fine when
 * `shared` is inside the root.
 */
export function globScope(pattern: string, configDir: string, root: RepositoryRoot): GlobScope {
  const parts = pattern.split(/[/\\]/);
  const first = parts.findIndex((p) => MAGIC.test(p));
  const literal = first < 0 ? parts.slice(0, -1) : parts.slice(0, first);
  const rest = first < 0 ? parts.slice(-1) : parts.slice(first);
  const prefix = literal.join('/');
  const base = isAbsolute(pattern) ? resolve(prefix || '/') : resolve(configDir, prefix);
  // Either form of the root: the working directory may have been reached through a symlink.
  if (!isInside(root.lexical, base) && !isInside(root.real, base)) return { ok: false, base, reason: 'outside' };
  const below = rest.join('/');
  if (PARENT.test(below)) return { ok: false, base, reason: 'parent-in-pattern' };
  return { ok: true, cwd: base, pattern: below };
}

/**
 * For the glob walk's `exclude`: a directory that resolves outside the root is not entered.
 * Files are not excluded here; an eval file outside the root is an error, not a skip.
 */
export function outsideDirectory(root: RepositoryRoot): (entry: { name: string; parentPath: string; isDirectory(): boolean; isSymbolicLink(): boolean } | string) => boolean {
  return (entry) => {
    if (typeof entry === 'string') return false;
    if (!entry.isDirectory() && !entry.isSymbolicLink()) return false;
    const path = join(entry.parentPath, entry.name);
    try {
      const real = realpathSync(path);
      return statSync(real).isDirectory() && !isInside(root.real, real);
    } catch {
      return true;
    }
  };
}
