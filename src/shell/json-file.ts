// The JSON report written in pieces: byte for byte what JSON.stringify(value, null, 2)
// gives, without ever holding it as one string. A 100,000-case report is hundreds of MB of
// text (two bytes a character once a single non-Latin-1 character is in it); built whole,
// with its write buffer, it would be the run's largest allocation.
import { open } from 'node:fs/promises';

/** Flush to the file past this many characters of text. */
const FLUSH_CHARS = 1 << 20;

/** The pieces of JSON.stringify(value, null, 2): the top-level object key by key, its arrays item by item. */
export function* jsonPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    yield JSON.stringify(value, null, 2);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(v) && v.length > 0) {
      yield '[';
      for (const [k, item] of v.entries()) yield `${k === 0 ? '' : ','}\n    ${itemAtDepth2(item)}`;
      yield '\n  ]';
    } else {
      yield indented(v, '  ');
    }
  }
  yield '\n}';
}

/**
 * An item of a top-level array as JSON.stringify writes it there (four spaces deep): V8
 * indents it itself inside a one-item wrapper, whose known head and tail are cut off.
 */
const WRAP_HEAD = '{\n  "a": [\n    '.length;
const WRAP_TAIL = '\n  ]\n}'.length;
function itemAtDepth2(item: unknown): string {
  const text = JSON.stringify({ a: [item] }, null, 2);
  return text.slice(WRAP_HEAD, text.length - WRAP_TAIL);
}

/** A value as JSON.stringify writes it `indent` deep: JSON strings hold no raw newline, so every newline is a line break of the layout. */
function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value === undefined || typeof value === 'function' || typeof value === 'symbol' ? null : value, null, 2);
  return text.replace(/\n/g, `\n${indent}`);
}

/** Writes `value` as indented JSON and a final newline; `redact` is applied to each piece (a secret never spans two: pieces split between JSON values). */
export async function writeJsonFile(path: string, value: unknown, redact: (text: string) => string = (t) => t): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let pending = '';
    for (const piece of jsonPieces(value)) {
      pending += redact(piece);
      if (pending.length >= FLUSH_CHARS) {
        await handle.write(pending);
        pending = '';
      }
    }
    await handle.write(`${pending}\n`);
  } finally {
    await handle.close();
  }
}
