// Texts kept on disk instead of in the heap: a merge of 100,000 cases holds each case's and
// each record's report item (its outputs and call key included) from the moment its partial
// is read until the merged report is written, and that is most of what the merge would hold.
// One temporary file, appended to and read back by offset. On POSIX the file is unlinked as
// soon as it is open, so nothing is left behind whatever ends the process; elsewhere it is
// removed on release.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LlmGateError } from '../errors.js';

export interface Spool {
  /** Stores a text; the number gets it back. */
  put(text: string): number;
  get(id: number): string;
  /** Closes and removes the file; later calls to get throw. */
  release(): void;
}

/** Written to the file in pieces of about this many bytes. */
const WRITE_BYTES = 1 << 20;

export function createSpool(dir: string = tmpdir()): Spool {
  let folder: string | undefined;
  let fd: number;
  try {
    folder = mkdtempSync(join(dir, 'llm-gate-merge-'));
    const path = join(folder, 'items');
    fd = openSync(path, 'w+', 0o600);
    try {
      unlinkSync(path);
      rmSync(folder, { recursive: true, force: true });
      folder = undefined;
    } catch {
      // Windows cannot unlink an open file: release removes it.
    }
  } catch (err) {
    throw spoolError(dir, err);
  }
  let offsets = new Float64Array(1024);
  let lengths = new Uint32Array(1024);
  let count = 0;
  let end = 0;
  let pending = Buffer.allocUnsafe(WRITE_BYTES);
  let pendingBytes = 0;
  let pendingAt = 0;
  let readBuffer = Buffer.allocUnsafe(64 * 1024);
  let open = true;

  const flush = (): void => {
    let done = 0;
    while (done < pendingBytes) done += writeSync(fd, pending, done, pendingBytes - done, pendingAt + done);
    pendingAt += pendingBytes;
    pendingBytes = 0;
  };

  const put = (text: string): number => {
    if (!open) throw new Error('spool: put after release');
    const bytes = Buffer.byteLength(text, 'utf8');
    if (pendingBytes + bytes > pending.length) {
      try {
        flush();
      } catch (err) {
        throw spoolError(dir, err);
      }
      if (bytes > pending.length) pending = Buffer.allocUnsafe(bytes);
    }
    pending.write(text, pendingBytes, 'utf8');
    pendingBytes += bytes;
    if (count === offsets.length) {
      const grownOffsets = new Float64Array(count * 2);
      grownOffsets.set(offsets);
      offsets = grownOffsets;
      const grownLengths = new Uint32Array(count * 2);
      grownLengths.set(lengths);
      lengths = grownLengths;
    }
    offsets[count] = end;
    lengths[count] = bytes;
    end += bytes;
    return count++;
  };

  const get = (id: number): string => {
    if (!open) throw new Error('spool: get after release');
    if (!(id >= 0 && id < count)) throw new RangeError(`spool: no text ${id}`);
    const at = offsets[id]!;
    const bytes = lengths[id]!;
    if (at >= pendingAt) return pending.toString('utf8', at - pendingAt, at - pendingAt + bytes);
    if (readBuffer.length < bytes) readBuffer = Buffer.allocUnsafe(bytes);
    let done = 0;
    while (done < bytes) {
      const n = readSync(fd, readBuffer, done, bytes - done, at + done);
      if (n === 0) throw new Error('spool: the file ended early');
      done += n;
    }
    return readBuffer.toString('utf8', 0, bytes);
  };

  const release = (): void => {
    if (!open) return;
    open = false;
    closeSync(fd);
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    pending = Buffer.alloc(0);
    readBuffer = Buffer.alloc(0);
  };

  return { put, get, release };
}

function spoolError(dir: string, err: unknown): LlmGateError {
  const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  return new LlmGateError(`cannot keep the merge's working file in ${dir}: ${code}`, {
    code: 'usage',
    hint: 'the merge keeps each case on disk while it works; point TMPDIR (RUNNER_TEMP on Actions) at a writable directory with room for the partial reports',
    cause: err,
  });
}
