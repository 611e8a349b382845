// The README's config reference, written from the same zod schema as the JSON Schemas so the
// docs cannot drift: `npm run schema` rewrites it, a test fails when it is stale.
import { configJsonSchema } from './json-schema.js';

export const REFERENCE_START = '<!-- config-reference:start -->';
export const REFERENCE_END = '<!-- config-reference:end -->';

type Node = { description?: string; properties?: Record<string, Node>; anyOf?: Node[]; $ref?: string };

/** One row per config key, in schema order, models.baseline standing for every model. */
export function configReferenceMarkdown(): string {
  const schema = configJsonSchema() as Node & { $defs?: Record<string, Node> };
  const rows: string[] = [];
  const resolve = (node: Node): Node => (node.$ref ? (schema.$defs?.[node.$ref.split('/').pop()!] ?? node) : node);
  const walk = (node: Node, path: string): void => {
    const target = resolve(node);
    const objects = [target, ...(target.anyOf ?? []).map(resolve)].filter((n) => n.properties);
    for (const object of objects) {
      for (const [key, child] of Object.entries(object.properties!)) {
        const full = `${path}${key}`;
        if (key === '$schema' || /^models\.candidate|^judge\./.test(full)) continue;
        const description = resolve(child).description ?? child.description ?? '';
        rows.push(`| \`${full}\` | ${description.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
        walk(child, `${full}.`);
      }
    }
  };
  walk(schema, '');
  return [
    REFERENCE_START,
    '| key | meaning and default |',
    '|---|---|',
    ...rows,
    '',
    '`models.candidate` and `judge` take the same keys as `models.baseline`.',
    REFERENCE_END,
  ].join('\n');
}

/** README text with its reference section replaced. */
export function withConfigReference(readme: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`README has no ${REFERENCE_START} … ${REFERENCE_END} section`);
  return readme.slice(0, start) + configReferenceMarkdown() + readme.slice(end + REFERENCE_END.length);
}
