// An answer's text, kept bounded: the first GRADE_INPUT_CHARS characters and the full
// length, whether it comes whole or as a stream of deltas (a stream of 8 MiB of deltas
// holds 64 Ki characters here, not 8 MiB of pieces).
import { GRADE_INPUT_CHARS } from '../../limits.js';

export class TextPrefix {
  #parts: string[] = [];
  #kept = 0;
  #length = 0;

  append(delta: string): void {
    this.#length += delta.length;
    if (this.#kept >= GRADE_INPUT_CHARS) return;
    const piece = delta.length <= GRADE_INPUT_CHARS - this.#kept ? delta : delta.slice(0, GRADE_INPUT_CHARS - this.#kept);
    this.#parts.push(piece);
    this.#kept += piece.length;
  }

  get length(): number {
    return this.#length;
  }

  /** The text so far as output and outputChars (set only when cut). */
  read(): { output: string; outputChars?: number } {
    const joined = this.#parts.join('');
    this.#parts = [joined];
    return this.#length > joined.length ? { output: detachedPrefix(joined, joined.length), outputChars: this.#length } : { output: joined };
  }
}

/**
 * Output = the text, past GRADE_INPUT_CHARS its prefix and its full length (graders read the
 * prefix, and the run's memory stays bounded by calls × prefix, not by what a model can produce).
 */
export function boundedText(text: string): { output: string; outputChars?: number } {
  if (text.length <= GRADE_INPUT_CHARS) return { output: text };
  return { output: detachedPrefix(text, GRADE_INPUT_CHARS), outputChars: text.length };
}

/**
 * The first `chars` UTF-16 code units of `text`, as a string of their own. V8 makes a slice
 * of a long string a view that keeps the whole parent alive, so a plain slice would keep every
 * 8 MiB answer in memory behind its prefix. The copy goes through a Buffer: as latin1
 * when every code unit fits a byte, so V8 keeps it a one-byte string (half the memory of the
 * UTF-16 copy), else as UTF-16, which copies the code units exactly (a surrogate pair cut in
 * two stays as it was cut).
 */
export function detachedPrefix(text: string, chars: number): string {
  const prefix = text.slice(0, chars);
  return ONE_BYTE.test(prefix) ? Buffer.from(prefix, 'latin1').toString('latin1') : Buffer.from(prefix, 'utf16le').toString('utf16le');
}

const ONE_BYTE = /^[\u0000-\u00ff]*$/;
