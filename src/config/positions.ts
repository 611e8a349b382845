// Parses YAML once into values *and* a map from each value's path to its line:column, so
// every config error can point at the exact key or value the user wrote. js-yaml's AST
// carries no offsets, but its event stream does: we walk the events to index paths, then
// build the values from the same events.
import { EVENT_ID, SCALAR_STYLE, YAMLException, constructFromEvents, getScalarValue, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { LlmGateError } from '../errors.js';
import { NESTING_LIMITS, aliasProblem } from './nesting.js';

export type PathPart = string | number;

export interface Position {
  line: number;
  column: number;
}

/** A parsed document that can say where any path (or its nearest existing ancestor) was written. */
export interface LocatedDocument {
  value: unknown;
  /** `key` points at `field:` when the path is a mapping entry; `value` at what follows it. */
  locate(path: readonly PathPart[], prefer?: 'key' | 'value'): Position;
}

interface Spot {
  key?: number;
  value: number;
}

interface Frame {
  kind: 'doc' | 'map' | 'seq';
  path: PathPart[];
  index: number;
  key: PathPart;
  keyOffset: number;
  awaitingKey: boolean;
  /** Inside a complex (collection) mapping key: nothing there is addressable. */
  ignored: boolean;
}

/** Offset → 1-based line and column; `lineOffset` shifts lines for documents cut from a larger file (JSONL). */
export function positionFinder(text: string, lineOffset = 0): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1 + lineOffset, column: offset - starts[lo]! + 1 };
  };
}

const keyOf = (path: readonly PathPart[]) => JSON.stringify(path);

function nodeStart(e: Event, source: string): number {
  if (e.type === EVENT_ID.ALIAS) return Math.max(0, e.anchorStart - 1);
  if (e.type === EVENT_ID.SCALAR) {
    let start = e.valueStart;
    // valueStart sits inside the quotes; the user reads the quote as the start.
    if (start > 0 && (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED)) start -= 1;
    for (const s of [e.anchorStart, e.tagStart]) if (s >= 0 && (start < 0 || s < start)) start = s;
    return start < 0 ? -1 : Math.min(start, source.length);
  }
  if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) return e.start;
  return -1;
}

function indexPaths(events: Event[], source: string): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  const stack: Frame[] = [];
  let documents = 0;
  for (const e of events) {
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (e.type === EVENT_ID.DOCUMENT) {
      // Only the first document is indexed; later ones are rejected by the caller.
      stack.push(frame('doc', [], documents++ > 0));
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) continue;
    const offset = nodeStart(e, source);
    const container = e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE;
    const kind = e.type === EVENT_ID.MAPPING ? 'map' : 'seq';
    if (top.kind === 'map' && top.awaitingKey) {
      top.awaitingKey = false;
      top.keyOffset = offset;
      top.key = e.type === EVENT_ID.SCALAR ? getScalarValue(source, e) : '?';
      if (container) stack.push(frame(kind, [], true));
      continue;
    }
    let path: PathPart[] = [];
    if (top.kind === 'seq') path = [...top.path, top.index++];
    else if (top.kind === 'map') path = [...top.path, top.key];
    if (!top.ignored) {
      const keyOffset = top.kind === 'map' ? top.keyOffset : undefined;
      spots.set(keyOf(path), { key: keyOffset, value: offset >= 0 ? offset : (keyOffset ?? 0) });
    }
    if (top.kind === 'map') top.awaitingKey = true;
    if (container) stack.push(frame(kind, path, top.ignored));
  }
  return spots;
}

function frame(kind: Frame['kind'], path: PathPart[], ignored: boolean): Frame {
  return { kind, path, index: 0, key: '', keyOffset: -1, awaitingKey: kind === 'map', ignored };
}

/** js-yaml's own limit errors, in the words of llm-gate's other limits. */
function limitReason(reason: string): string | undefined {
  if (/^nesting exceeded maxDepth/.test(reason)) return `YAML nesting deeper than ${NESTING_LIMITS.maxDepth} levels (llm-gate's limit)`;
  if (/^aliases exceeded maxAliases/.test(reason)) return `more than ${NESTING_LIMITS.maxAliases.toLocaleString('en-US')} YAML aliases in one file (llm-gate's limit)`;
  return undefined;
}

export function yamlError(err: unknown, file: string, lineOffset = 0, text = ''): LlmGateError {
  if (err instanceof YAMLException) {
    const limit = limitReason(err.reason);
    if (limit) {
      return new LlmGateError(limit, {
        file,
        line: err.mark ? err.mark.line + 1 + lineOffset : undefined,
        column: err.mark ? err.mark.column + 1 : undefined,
        hint: 'flatten the structure',
        cause: err,
      });
    }
    // js-yaml names tabs only sometimes; a tab in the indentation of the line it stopped at is the usual cause.
    const lineText = err.mark ? (text.split('\n')[err.mark.line] ?? '') : '';
    const tab = /tab/i.test(err.reason) || /^[ ]*\t/.test(lineText);
    return new LlmGateError(`YAML syntax error: ${err.reason}`, {
      file,
      line: err.mark ? err.mark.line + 1 + lineOffset : undefined,
      column: err.mark ? err.mark.column + 1 : undefined,
      hint: tab ? 'indent with spaces; YAML does not allow tabs for indentation' : undefined,
      cause: err,
    });
  }
  return new LlmGateError(`cannot parse: ${(err as Error).message}`, { file, cause: err });
}

/**
 * Parses one YAML document with positions. A stream of several documents is an error:
 * the config and eval files are single documents, and a stray `---` usually is a mistake.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): LocatedDocument {
  let events: Event[];
  let values: unknown[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: NESTING_LIMITS.maxDepth });
  } catch (err) {
    throw yamlError(err, file, lineOffset, text);
  }
  const at = positionFinder(text, lineOffset);
  // Before any value is built: a bomb is refused by counting, not by expanding it.
  const tooBig = aliasProblem(events, text);
  if (tooBig) throw new LlmGateError(tooBig.message, { file, ...at(tooBig.offset), hint: tooBig.hint });
  try {
    values = constructFromEvents(events, { source: text, filename: file, maxAliases: NESTING_LIMITS.maxAliases });
  } catch (err) {
    throw yamlError(err, file, lineOffset, text);
  }
  if (values.length > 1) {
    const separators = [...text.matchAll(/^---/gm)].map((m) => m.index);
    const first = events[0];
    const explicitFirst = first?.type === EVENT_ID.DOCUMENT && first.explicitStart;
    throw new LlmGateError(`expected one YAML document, found ${values.length}`, {
      file,
      ...at(separators[explicitFirst ? 1 : 0] ?? 0),
      hint: 'remove the extra "---" document separator',
    });
  }
  const spots = indexPaths(events, text);
  return {
    value: values[0] ?? null,
    locate(path, prefer = 'value') {
      for (let n = path.length; n >= 0; n--) {
        const spot = spots.get(keyOf(path.slice(0, n)));
        if (!spot) continue;
        if (spot.key === undefined || spot.key < 0) return at(spot.value);
        const key = at(spot.key);
        const value = at(spot.value);
        // A missing child belongs under its parent's key; a value that starts on a later
        // line (a block mapping, list or scalar) is best shown by the key that names it.
        return prefer === 'key' || n < path.length || value.line > key.line ? key : value;
      }
      return { line: 1 + lineOffset, column: 1 };
    },
  };
}
