// Compiles user JSON Schemas with ajv (a real validator, never a hand-written one).
// Draft 2020-12 by default (what z.toJSONSchema and most tools emit); a schema that
// declares draft-07 or draft-06 in `$schema` gets ajv's draft-07 engine.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

// strictSchema stays on so a misspelt keyword ("requird") is a config error, not a silent no-op.
const OPTIONS = { allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false } as const;

let ajv2020: Ajv2020 | undefined;
let ajv07: Ajv | undefined;
const cache = new Map<string, ValidateFunction>();

function engineFor(schema: Record<string, unknown>): Ajv | Ajv2020 {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/draft-0[67]/.test(declared)) return (ajv07 ??= new Ajv(OPTIONS));
  return (ajv2020 ??= new Ajv2020(OPTIONS));
}

/** Compiles (once per distinct schema) or throws with ajv's reason. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let fn = cache.get(key);
  if (!fn) {
    fn = engineFor(schema).compile(schema);
    cache.set(key, fn);
  }
  return fn;
}

/** `/items/0/price must be number` — ajv's errors, the first few, one clause each. */
export function describeErrors(errors: ErrorObject[] | null | undefined, max = 3): string {
  const list = errors ?? [];
  const parts = list.slice(0, max).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra = e.keyword === 'additionalProperties' ? ` "${String(e.params.additionalProperty)}"` : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
  const more = list.length > max ? ` (+${list.length - max} more)` : '';
  return parts.join('; ') + more;
}

// Keywords whose subschemas apply to the same value as the schema that holds them. A cycle
// through these (and $ref) never reaches a smaller value, so validation recurses until the
// stack overflows, whatever the value: ajv evaluates every branch of anyOf with allErrors,
// so even an alternative does not end it. Keywords that descend (properties, items, ...)
// move to a part of the value, which is finite, and end every cycle through them.
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'] as const;
const IN_PLACE_LIST = ['allOf', 'anyOf', 'oneOf'] as const;
const IN_PLACE_MAP = ['dependentSchemas', 'dependencies'] as const;
const REFS = ['$ref', '$dynamicRef', '$recursiveRef'] as const;

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object below `root` with its JSON pointer, and the anchors they declare. */
function index(root: Node): { pointers: Map<Node, string>; anchors: Map<string, Node> } {
  const pointers = new Map<Node, string>();
  const anchors = new Map<string, Node>();
  const todo: [unknown, string][] = [[root, '#']];
  while (todo.length > 0) {
    const [value, at] = todo.pop() as [unknown, string];
    if (Array.isArray(value)) {
      value.forEach((v, i) => todo.push([v, `${at}/${i}`]));
      continue;
    }
    if (!isNode(value) || pointers.has(value)) continue;
    pointers.set(value, at);
    for (const key of ['$anchor', '$dynamicAnchor']) if (typeof value[key] === 'string') anchors.set(value[key] as string, value);
    // draft-07 names a plain-name anchor with `$id: "#name"`.
    if (typeof value.$id === 'string' && value.$id.startsWith('#')) anchors.set(value.$id.slice(1), value);
    // Values under const, enum or default are walked too: no keyword applies them to the
    // value, so no cycle can pass through them.
    for (const [key, child] of Object.entries(value)) {
      todo.push([child, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return { pointers, anchors };
}

/** The schema a local reference names, or undefined (a remote one, or one that names nothing). */
function resolve(root: Node, ref: string, anchors: Map<string, Node>): Node | undefined {
  const base = typeof root.$id === 'string' ? root.$id.replace(/#.*$/, '') : undefined;
  let fragment: string;
  if (ref.startsWith('#')) fragment = ref.slice(1);
  else if (base && ref.startsWith(`${base}#`)) fragment = ref.slice(base.length + 1);
  else if (base && ref === base) fragment = '';
  else return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  if (decoded !== '' && !decoded.startsWith('/')) return anchors.get(decoded);
  let node: unknown = root;
  for (const raw of decoded.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Array.isArray(node) ? node[Number(part)] : isNode(node) ? node[part] : undefined;
  }
  return isNode(node) ? node : undefined;
}

/** Schemas that apply to the same value as `node`, with the keyword that applies each. */
function inPlace(root: Node, node: Node, anchors: Map<string, Node>): [Node, string][] {
  const next: [Node, string][] = [];
  for (const key of IN_PLACE_ONE) if (isNode(node[key])) next.push([node[key], key]);
  for (const key of IN_PLACE_LIST) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((s, i) => isNode(s) && next.push([s, `${key}/${i}`]));
  }
  for (const key of IN_PLACE_MAP) {
    const map = node[key];
    if (isNode(map)) for (const [name, s] of Object.entries(map)) if (isNode(s)) next.push([s, `${key}/${name}`]);
  }
  for (const key of REFS) {
    const ref = node[key];
    const target = typeof ref === 'string' ? resolve(root, ref, anchors) : undefined;
    if (target) next.push([target, `${key} ${JSON.stringify(ref)}`]);
  }
  return next;
}

/** A chain of schemas that leads back to its start without descending into the value, as text; undefined when there is none. */
function selfReference(root: Node): string | undefined {
  const { pointers, anchors } = index(root);
  const state = new Map<Node, 'open' | 'done'>();
  for (const start of pointers.keys()) {
    if (state.has(start)) continue;
    // Iterative depth-first search: a deep schema must not overflow our own stack.
    const path: { node: Node; via: string; next: [Node, string][] }[] = [{ node: start, via: '', next: inPlace(root, start, anchors) }];
    state.set(start, 'open');
    while (path.length > 0) {
      const top = path[path.length - 1]!;
      const step = top.next.pop();
      if (!step) {
        state.set(top.node, 'done');
        path.pop();
        continue;
      }
      const [child, via] = step;
      const seen = state.get(child);
      if (seen === 'open') {
        const from = path.findIndex((p) => p.node === child);
        const chain = [...path.slice(from + 1).map((p) => `${pointers.get(p.node)} (${p.via})`), `${pointers.get(child)} (${via})`];
        return `${pointers.get(child)} → ${chain.join(' → ')}`;
      }
      if (seen === 'done') continue;
      state.set(child, 'open');
      path.push({ node: child, via, next: inPlace(root, child, anchors) });
    }
  }
  return undefined;
}

/**
 * Why a user's JSON Schema cannot be used, or undefined when it can: it must compile, and
 * no reference may lead back to where it started without descending into the value
 * (`{"$ref": "#"}`, `{"allOf": [{"$ref": "#"}]}`, a $defs cycle a → b → a), since checking
 * any value against that recurses until the stack overflows. For the config loader, so a
 * bad schema is an error at load time with the schema's line, not an unjudged grade later.
 */
export function checkJsonSchema(schema: Record<string, unknown>): string | undefined {
  let cycle: string | undefined;
  try {
    cycle = selfReference(schema);
  } catch (err) {
    return `the schema could not be read: ${(err as Error).message}`;
  }
  if (cycle) {
    return `the schema refers back to itself without descending into the value: ${cycle}; checking any value would recurse without end (put the reference under properties or items)`;
  }
  try {
    compileSchema(schema);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
