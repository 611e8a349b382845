import { z } from 'zod';
import { defineGrader } from '../define.js';
import { extractJson } from '../extract-json.js';
import { preview } from '../text.js';

const MISSING = Symbol('missing');

/** An exact key wins over a dotted path, so keys that contain dots stay reachable. */
function lookup(root: unknown, path: string): unknown {
  if (isRecord(root) && Object.hasOwn(root, path)) return root[path];
  let node: unknown = root;
  for (const part of path.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(part) && Number(part) < node.length) node = node[Number(part)];
    else if (isRecord(node) && Object.hasOwn(node, part)) node = node[part];
    else return MISSING;
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep equality; strings are compared trimmed (and case-folded when asked), at any depth. */
export function fieldEquals(expected: unknown, actual: unknown, ignoreCase: boolean): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    const a = expected.trim();
    const b = actual.trim();
    return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
  }
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => fieldEquals(e, actual[i], ignoreCase))
    );
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return false;
    const keys = Object.keys(expected);
    if (keys.length !== Object.keys(actual).length) return false;
    return keys.every((k) => Object.hasOwn(actual, k) && fieldEquals(expected[k], actual[k], ignoreCase));
  }
  return Object.is(expected, actual) || expected === actual;
}

export const jsonFields = defineGrader({
  description:
    'The output is JSON whose fields equal the expected values; partial credit is the fraction of fields that match.',
  options: z.object({
    fields: z
      .record(z.string(), z.unknown())
      .describe('Expected values by field; a dotted path ("customer.address.city", "items.0.sku") reaches nested fields.'),
    ignoreCase: z.boolean().default(false).describe('Compare strings case-insensitively. Default: false.'),
  }),
  validate({ fields }) {
    if (Object.keys(fields).length === 0) return { field: 'fields', message: 'list at least one expected field' };
    return undefined;
  },
  grade(output, { fields, ignoreCase }) {
    const parsed = extractJson(output);
    if (!parsed.ok) return { score: 0, reason: parsed.reason };
    const wrong: string[] = [];
    const entries = Object.entries(fields);
    for (const [path, expected] of entries) {
      const actual = lookup(parsed.value, path);
      if (actual === MISSING) wrong.push(`${path} missing`);
      else if (!fieldEquals(expected, actual, ignoreCase))
        wrong.push(`${path} (expected ${preview(expected, 40)}, got ${preview(actual, 40)})`);
    }
    const score = (entries.length - wrong.length) / entries.length;
    if (wrong.length === 0) return { score };
    return { score, reason: `${wrong.length}/${entries.length} fields wrong: ${wrong.join('; ')}` };
  },
});
