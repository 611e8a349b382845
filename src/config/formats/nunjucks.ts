// The part of promptfoo's template language (Nunjucks) a prompt or an assertion value needs
// to be read without running code: `{{ var }}`, dotted paths, a few pure filters, and
// comments. Anything else (`{% if %}`, loops, calls) is refused with where it is, rather
// than sent to the model half-rendered. One left-to-right pass; no backtracking.
import { lookupVar } from '../template.js';

export type NunjucksResult = { ok: true; text: string } | { ok: false; message: string; offset: number };

type Filter = (value: unknown, arg: string | undefined) => unknown;

const show = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

// Filters that only reshape a value; their Nunjucks meaning, nothing more.
const FILTERS: Record<string, Filter> = {
  dump: (v) => JSON.stringify(v ?? null),
  safe: (v) => v,
  string: (v) => show(v),
  trim: (v) => show(v).trim(),
  upper: (v) => show(v).toUpperCase(),
  lower: (v) => show(v).toLowerCase(),
  length: (v) => (typeof v === 'string' || Array.isArray(v) ? v.length : v !== null && typeof v === 'object' ? Object.keys(v).length : 0),
  first: (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v[0] : undefined),
  last: (v) => (Array.isArray(v) ? v[v.length - 1] : typeof v === 'string' ? v[v.length - 1] : undefined),
  join: (v, sep) => (Array.isArray(v) ? v.map(show).join(sep ?? '') : show(v)),
  default: (v, fallback) => (v === undefined || v === null ? (fallback ?? '') : v),
};

export const NUNJUCKS_FILTERS = Object.keys(FILTERS);

const PATH = /^[A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*$/;
const FILTER = /^([A-Za-z_]\w*)\s*(?:\(\s*(?:"([^"]*)"|'([^']*)')?\s*\))?$/;

function evaluate(expr: string, vars: Record<string, unknown>): { ok: true; value: unknown } | { ok: false; message: string } {
  const [head, ...filters] = expr.split('|').map((s) => s.trim());
  if (!head || !PATH.test(head)) return { ok: false, message: `template expression "{{ ${expr} }}" is not a variable (only {{ name }}, {{ a.b }} and filters are read)` };
  let value = lookupVar(vars, head.replace(/\[(\d+)\]/g, '.$1'));
  for (const f of filters) {
    const m = FILTER.exec(f);
    const filter = m ? FILTERS[m[1]!] : undefined;
    if (!m || !filter) return { ok: false, message: `template filter "${f}" is not supported; supported: ${NUNJUCKS_FILTERS.join(', ')}` };
    value = filter(value, m[2] ?? m[3]);
  }
  return { ok: true, value };
}

/**
 * Renders a template as promptfoo would for the subset above: an unset variable renders as
 * the empty string (Nunjucks does the same).
 */
export function renderNunjucks(template: string, vars: Record<string, unknown>): NunjucksResult {
  let out = '';
  let i = 0;
  for (;;) {
    const open = template.indexOf('{', i);
    if (open < 0 || open === template.length - 1) break;
    const next = template[open + 1];
    if (next !== '{' && next !== '%' && next !== '#') {
      out += template.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const close = next === '{' ? '}}' : `${next}}`;
    const end = template.indexOf(close, open + 2);
    if (end < 0) {
      // An unclosed `{{` is text to Nunjucks only when it is not a tag; be strict.
      return { ok: false, message: `unclosed "{${next}" in template`, offset: open };
    }
    out += template.slice(i, open);
    const inner = template.slice(open + 2, end).replace(/^-|-$/g, '').trim();
    if (next === '%') return { ok: false, message: `template tag "{% ${inner} %}" is not supported (llm-gate reads {{ variables }} only)`, offset: open };
    if (next === '{') {
      const r = evaluate(inner, vars);
      if (!r.ok) return { ...r, offset: open };
      out += show(r.value);
    }
    i = end + 2;
  }
  return { ok: true, text: out + template.slice(i) };
}
