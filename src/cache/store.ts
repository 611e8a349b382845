// The cache directory: one file per call key, under a two-character fan-out directory so no
// directory grows past a few thousand files. Reads are bounded (MAX_ENTRY_BYTES) and never
// throw: a missing file is a miss, an unreadable, oversized or malformed one a miss with a
// warning. Writes go to a temporary file in the same directory and are renamed into place,
// so a run killed mid-write leaves a stray temporary file at worst, never a torn entry.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeEntry, MAX_ENTRY_BYTES, type CacheEntry } from './entry.js';

export type Lookup = { status: 'hit'; entry: CacheEntry } | { status: 'miss' } | { status: 'corrupt'; file: string; why: string };

export interface CacheStore {
  readonly dir: string;
  get(key: string): Promise<Lookup>;
  /** Resolves false when the entry could not be written (read-only disk, full disk): the run goes on. */
  put(entry: CacheEntry): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

export function entryPath(dir: string, key: string): string {
  return join(dir, key.slice(0, 2), `${key}.json`);
}

export function createFileStore(dir: string): CacheStore {
  const made = new Set<string>();
  return {
    dir,
    async get(key) {
      if (!KEY.test(key)) throw new RangeError(`cache key must be 64 hex digits, got ${JSON.stringify(key)}`);
      const file = entryPath(dir, key);
      let text: string;
      try {
        const read = await readBounded(file, MAX_ENTRY_BYTES);
        if (read === undefined) return { status: 'miss' };
        if (read === 'too-large') return { status: 'corrupt', file, why: `larger than ${MAX_ENTRY_BYTES} bytes` };
        text = read;
      } catch (err) {
        return { status: 'corrupt', file, why: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { status: 'corrupt', file, why: 'is not JSON' };
      }
      const decoded = decodeEntry(value, key);
      return decoded.ok ? { status: 'hit', entry: decoded.entry } : { status: 'corrupt', file, why: decoded.why };
    },
    async put(entry) {
      const sub = join(dir, entry.key.slice(0, 2));
      const tmp = join(sub, `.tmp-${entry.key.slice(0, 16)}-${process.pid}-${randomBytes(6).toString('hex')}`);
      try {
        if (!made.has(sub)) {
          await mkdir(sub, { recursive: true });
          made.add(sub);
        }
        await writeFile(tmp, JSON.stringify(entry), { flag: 'wx' });
        await rename(tmp, entryPath(dir, entry.key));
        return true;
      } catch {
        await rm(tmp, { force: true }).catch(() => undefined);
        return false;
      }
    },
  };
}

/** The file's text, undefined when it does not exist, 'too-large' past max bytes (never reading more than max + 1). */
async function readBounded(file: string, max: number): Promise<string | undefined | 'too-large'> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    if (stat.size > max) return 'too-large';
    const buffer = Buffer.alloc(Math.min(stat.size, max) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) return 'too-large';
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}
