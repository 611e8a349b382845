// `{{var}}` templates: whitespace tolerant, dotted paths into vars ({{order.id}}).
// Anything else between braces is left alone, so prompts about templating stay intact.

const VARIABLE = /\{\{\s*([A-Za-z_][\w-]*(?:\.[\w-]+)*)\s*\}\}/g;

/** Variable names used by a template, in order of first use. */
export function templateVariables(template: string): string[] {
  return [...new Set([...template.matchAll(VARIABLE)].map((m) => m[1]!))];
}

/** An exact key wins over a dotted walk, so a var named "a.b" stays reachable. */
export function lookupVar(vars: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(vars, name)) return vars[name];
  let node: unknown = vars;
  for (const part of name.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(part)) node = node[Number(part)];
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, part)) node = (node as Record<string, unknown>)[part];
    else return undefined;
  }
  return node;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

export type Rendered = { ok: true; text: string } | { ok: false; missing: string };

/** Fills every variable; null and absent values are both "no value" (an empty string is a value). */
export function renderTemplate(template: string, vars: Record<string, unknown>): Rendered {
  let missing: string | undefined;
  const text = template.replace(VARIABLE, (match, name: string) => {
    const value = lookupVar(vars, name);
    if (value === undefined || value === null) {
      missing ??= name;
      return match;
    }
    return show(value);
  });
  return missing === undefined ? { ok: true, text } : { ok: false, missing };
}
