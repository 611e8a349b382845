// The JSON report written in pieces: byte for byte what JSON.stringify(value, null, 2)
// gives, without ever holding it as one string. A 100,000-case report is hundreds of MB of
// text (two bytes a character once a single non-Latin-1 character is in it); built whole,
// with its write buffer, it would be the run's largest allocation.
import { open } from 'node:fs/promises';
import { itemText } from '../report/item-text.js';

/** A top-level array given as a recipe: its items are made as they are written (report/lists.ts). */
export interface JsonList {
  readonly length: number;
  items(): Iterable<unknown>;
  /** The items as itemText writes them, when the list keeps them as text: written as they are. */
  texts?(): Iterable<string>;
}

/**
 * Flush to the file past this many characters of text. Small enough that the pieces waiting
 * in the buffer die young: a megabyte of them outlived the capped worker's scavenges, was
 * promoted, and grew the old generation by the size of the whole report before a full GC
 * (62,000 calls: 348–370 MB peak RSS at 1 MB, 327–333 MB at 64 K).
 */
const FLUSH_CHARS = 1 << 16;

/**
 * The pieces of JSON.stringify(value, null, 2): the top-level object key by key, its arrays
 * item by item. A key named in `lists` is written from that list instead of its value.
 */
export function* jsonPieces(value: unknown, lists: Readonly<Record<string, JsonList | undefined>> = {}): Generator<string> {
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
    const list = Object.hasOwn(lists, key) ? lists[key] : undefined;
    const texts: Iterable<string> | undefined = list
      ? list.length > 0
        ? (list.texts?.() ?? mapped(list.items(), itemText))
        : undefined
      : Array.isArray(v) && v.length > 0
        ? mapped(v, itemText)
        : undefined;
    if (texts) {
      yield '[';
      let k = 0;
      for (const text of texts) yield `${k++ === 0 ? '' : ','}\n    ${text}`;
      yield '\n  ]';
    } else if (list) {
      yield '[]';
    } else {
      yield indented(v, '  ');
    }
  }
  yield '\n}';
}

function* mapped<T>(items: Iterable<T>, f: (item: T) => string): Generator<string> {
  for (const item of items) yield f(item);
}

/** A value as JSON.stringify writes it `indent` deep: JSON strings hold no raw newline, so every newline is a line break of the layout. */
function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value === undefined || typeof value === 'function' || typeof value === 'symbol' ? null : value, null, 2);
  return text.replace(/\n/g, `\n${indent}`);
}

/**
 * Writes `value` as indented JSON and a final newline; `redact` is applied to each piece (a
 * secret never spans two: pieces split between JSON values); `lists` as for jsonPieces.
 */
export async function writeJsonFile(
  path: string,
  value: unknown,
  redact: (text: string) => string = (t) => t,
  lists?: Readonly<Record<string, JsonList | undefined>>,
): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let pending = '';
    for (const piece of jsonPieces(value, lists)) {
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
