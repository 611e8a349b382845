// Bounds on what a config or eval file may expand into, checked on the parser's events (and
// on the raw text for JSON) before any value is built. js-yaml builds an alias as a shared
// reference, so a "billion laughs" file is small after parsing; it explodes later, in every
// walk that copies or serialises the value (env expansion, zod, hashing, the report). The
// size an alias adds is therefore counted here, once per anchor, in one linear pass.
import { EVENT_ID, type Event } from 'js-yaml';

export const NESTING_LIMITS = {
  /** Collections inside collections, aliases expanded. */
  maxDepth: 100,
  /** Alias nodes (`*name`) in one file. */
  maxAliases: 1_000,
  /** Nodes that aliases add to one file once expanded (each alias counts its whole subtree). */
  maxAliasNodes: 100_000,
  /** Characters of scalar text that aliases add to one file once expanded. */
  maxAliasChars: 10_000_000,
} as const;

/** Where the text goes over a limit (an offset into it), and what to say. */
export interface NestingProblem {
  offset: number;
  message: string;
  hint: string;
}

interface Size {
  nodes: number;
  chars: number;
  /** Levels of collections, 0 for a scalar. */
  height: number;
}

interface Open extends Size {
  anchor?: string;
}

const fmt = (n: number) => n.toLocaleString('en-US');

function anchorName(e: { anchorStart: number; anchorEnd: number }, source: string): string | undefined {
  return e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : undefined;
}

/**
 * The first alias that would expand past NESTING_LIMITS, or that points into the node that
 * holds it (a cycle: every walk of the value would recurse forever).
 */
export function aliasProblem(events: readonly Event[], source: string): NestingProblem | undefined {
  const fail = (offset: number, message: string, hint: string): NestingProblem => ({ offset, message, hint });
  const anchors = new Map<string, Size | 'open'>();
  const stack: Open[] = [];
  let aliases = 0;
  let addedNodes = 0;
  let addedChars = 0;
  const add = (size: Size) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    top.nodes += size.nodes;
    top.chars += size.chars;
    top.height = Math.max(top.height, size.height + 1);
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        stack.length = 0;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const anchor = anchorName(e, source);
        if (anchor !== undefined) anchors.set(anchor, 'open');
        stack.push({ nodes: 1, chars: 0, height: 1, anchor });
        break;
      }
      case EVENT_ID.SCALAR: {
        const size = { nodes: 1, chars: Math.max(0, e.valueEnd - e.valueStart), height: 0 };
        const anchor = anchorName(e, source);
        if (anchor !== undefined) anchors.set(anchor, size);
        add(size);
        break;
      }
      case EVENT_ID.ALIAS: {
        const offset = Math.max(0, e.anchorStart - 1);
        const name = source.slice(e.anchorStart, e.anchorEnd);
        const limitHint = 'write the values out, or share less through anchors';
        if (++aliases > NESTING_LIMITS.maxAliases) {
          return fail(offset, `more than ${fmt(NESTING_LIMITS.maxAliases)} YAML aliases in one file (llm-gate's limit)`, limitHint);
        }
        const target = anchors.get(name);
        // An unknown anchor is js-yaml's error to report, with its own position.
        if (target === undefined) break;
        if (target === 'open') {
          return fail(offset, `YAML alias *${name} points into the node that contains it, a value without end`, `anchor a separate node and alias that`);
        }
        addedNodes += target.nodes;
        addedChars += target.chars;
        if (addedNodes > NESTING_LIMITS.maxAliasNodes) {
          return fail(offset, `YAML aliases expand to more than ${fmt(NESTING_LIMITS.maxAliasNodes)} nodes (llm-gate's limit for one file; stopped at *${name})`, limitHint);
        }
        if (addedChars > NESTING_LIMITS.maxAliasChars) {
          return fail(offset, `YAML aliases expand to more than ${fmt(NESTING_LIMITS.maxAliasChars)} characters (llm-gate's limit for one file; stopped at *${name})`, limitHint);
        }
        if (stack.length + target.height > NESTING_LIMITS.maxDepth) {
          return fail(offset, `YAML nesting deeper than ${NESTING_LIMITS.maxDepth} levels once *${name} is expanded (llm-gate's limit)`, 'flatten the structure');
        }
        add(target);
        break;
      }
      case EVENT_ID.POP: {
        const done = stack.pop();
        if (!done) break;
        if (done.anchor !== undefined) anchors.set(done.anchor, { nodes: done.nodes, chars: done.chars, height: done.height });
        add(done);
        break;
      }
    }
  }
  return undefined;
}

/**
 * JSON has no aliases, but a file of 100,000 `[` parses fine and then overflows the stack of
 * every recursive walk after it. A linear scan outside strings finds the depth first.
 */
export function jsonDepthProblem(text: string): NestingProblem | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > NESTING_LIMITS.maxDepth) {
        return { offset: i, message: `JSON nesting deeper than ${NESTING_LIMITS.maxDepth} levels (llm-gate's limit)`, hint: 'flatten the structure' };
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return undefined;
}
