// A JSON Schema that applies itself to the same value again, without first stepping into
// a property or an item, recurses forever: `{"$ref": "#"}`, an allOf or anyOf that leads
// back to itself, two $defs that refer to each other. ajv compiles some of these and then
// overflows the stack on the first value, others it overflows while compiling; an anyOf
// "base case" does not help, because another branch is still tried on a value it rejects.
// A recursive schema is fine when each round goes one level down the value (properties,
// items, ...): a finite value then ends it. This check finds the first loop that does not.

type Json = Record<string, unknown>;
type Token = string | number;

/** Keywords that apply a subschema to the same value (no step down). */
const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const IN_PLACE_ONE = ['not', 'if', 'then', 'else'] as const;
const IN_PLACE_MAPS = ['dependentSchemas', 'dependencies'] as const;
const REFS = ['$ref', '$dynamicRef', '$recursiveRef'] as const;

/** Keywords whose subschemas apply to a part of the value, or to nothing (definitions). */
const DOWN_ONE = ['additionalProperties', 'unevaluatedProperties', 'items', 'additionalItems', 'unevaluatedItems', 'contains', 'propertyNames'] as const;
const DOWN_LISTS = ['prefixItems', 'items'] as const;
const DOWN_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'] as const;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Node {
  schema: Json;
  path: Token[];
  /** Base URI of the resource this node belongs to (its nearest $id): `#...` refs resolve against it. */
  base: string;
}

export interface SchemaCycle {
  /** Path inside the schema of the reference that closes the loop. */
  path: Token[];
  message: string;
  hint: string;
}

const ROOT_URI = 'llm-gate:/schema';

function resolveUri(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function pointer(root: Json, fragment: string): unknown {
  if (fragment === '') return root;
  let node: unknown = root;
  for (const raw of fragment.slice(1).split('/')) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(token)) node = node[Number(token)];
    else if (isObject(node) && Object.hasOwn(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** Every subschema object with its path and resource; the schema's own nesting is bounded by the file's. */
function collect(root: Json): { nodes: Map<Json, Node>; resources: Map<string, Json>; anchors: Map<string, Json> } {
  const nodes = new Map<Json, Node>();
  const resources = new Map<string, Json>();
  const anchors = new Map<string, Json>();
  const visit = (schema: unknown, path: Token[], base: string): void => {
    if (!isObject(schema) || nodes.has(schema)) return;
    if (typeof schema.$id === 'string') {
      const url = resolveUri(schema.$id, base);
      if (url) {
        base = withoutFragment(url);
        resources.set(base, schema);
      }
    }
    for (const key of ['$anchor', '$dynamicAnchor'] as const) {
      if (typeof schema[key] === 'string') anchors.set(`${base}#${schema[key] as string}`, schema);
    }
    nodes.set(schema, { schema, path, base });
    for (const key of [...IN_PLACE_ONE, ...DOWN_ONE]) visit(schema[key], [...path, key], base);
    for (const key of [...IN_PLACE_LISTS, ...DOWN_LISTS]) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((s, i) => visit(s, [...path, key, i], base));
    }
    for (const key of [...IN_PLACE_MAPS, ...DOWN_MAPS]) {
      const map = schema[key];
      if (isObject(map)) for (const [k, s] of Object.entries(map)) visit(s, [...path, key, k], base);
    }
  };
  resources.set(ROOT_URI, root);
  visit(root, [], ROOT_URI);
  return { nodes, resources, anchors };
}

/** The subschemas that apply to the same value as `node`, with the path of the keyword that applies each. */
function inPlace(node: Node, index: ReturnType<typeof collect>): { target: Json; via: Token[] }[] {
  const out: { target: Json; via: Token[] }[] = [];
  const { schema, path } = node;
  for (const key of IN_PLACE_ONE) if (isObject(schema[key])) out.push({ target: schema[key] as Json, via: [...path, key] });
  for (const key of IN_PLACE_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((s, i) => isObject(s) && out.push({ target: s, via: [...path, key, i] }));
  }
  for (const key of IN_PLACE_MAPS) {
    const map = schema[key];
    if (isObject(map)) for (const [k, s] of Object.entries(map)) if (isObject(s)) out.push({ target: s, via: [...path, key, k] });
  }
  for (const key of REFS) {
    const ref = schema[key];
    if (typeof ref !== 'string') continue;
    const url = resolveUri(ref, node.base);
    if (!url) continue;
    // A `#...` ref resolves against the node's own base, so it finds the node's resource.
    const resource = index.resources.get(withoutFragment(url));
    if (!resource) continue;
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    const target = fragment === '' || fragment.startsWith('/') ? pointer(resource, fragment) : index.anchors.get(`${withoutFragment(url)}#${fragment}`);
    if (isObject(target)) out.push({ target, via: [...path, key] });
  }
  return out;
}

/** The first loop of in-place applications, or undefined when every recursion goes down the value. */
export function findSchemaCycle(schema: Json): SchemaCycle | undefined {
  const index = collect(schema);
  const state = new Map<Json, 'active' | 'done'>();
  // Iterative depth-first search: a long chain of $defs must not overflow the stack either.
  for (const start of index.nodes.keys()) {
    if (state.has(start)) continue;
    const stack: { node: Json; edges: { target: Json; via: Token[] }[]; next: number }[] = [];
    const enter = (s: Json) => {
      state.set(s, 'active');
      const node = index.nodes.get(s);
      stack.push({ node: s, edges: node ? inPlace(node, index) : [], next: 0 });
    };
    enter(start);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.edges.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const edge = top.edges[top.next++]!;
      const seen = state.get(edge.target);
      if (seen === 'active') {
        const at = index.nodes.get(edge.target)?.path ?? [];
        const where = at.length === 0 ? 'the schema itself' : `/${at.join('/')}`;
        return {
          path: edge.via,
          message: `the JSON Schema applies ${where} to the same value again at /${edge.via.join('/')}, without going into a property or item, so validating any value would never end`,
          hint: 'a recursive schema must recurse through properties or items, e.g. properties: { children: { items: { $ref: "#" } } }',
        };
      }
      if (seen === undefined) enter(edge.target);
    }
  }
  return undefined;
}
