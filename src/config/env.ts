// `${VAR}` and `${VAR:-default}` in config string values, from the env the shell passes
// in (never process.env here). `$${` writes a literal `${`.
import type { PathPart } from './positions.js';

export interface EnvProblem {
  path: PathPart[];
  message: string;
  hint?: string;
}

const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{[^}]*\}?/g;

export function expandString(text: string, env: Record<string, string | undefined>): { value: string } | { message: string; hint?: string } {
  let problem: { message: string; hint?: string } | undefined;
  const value = text.replace(REFERENCE, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    if (name === undefined) {
      problem ??= { message: `malformed environment reference ${JSON.stringify(match)}`, hint: 'write ${NAME} or ${NAME:-default}, or $${ for a literal ${' };
      return match;
    }
    const found = env[name];
    // POSIX `:-`: an empty value takes the default too.
    if (found !== undefined && (found !== '' || fallback === undefined)) return found;
    if (fallback !== undefined) return fallback;
    problem ??= { message: `environment variable ${name} is not set`, hint: `set it, or give a default: \${${name}:-value}` };
    return match;
  });
  return problem ?? { value };
}

/** A copy of `value` with every string expanded; the first problem stops it. */
export function expandEnv(value: unknown, env: Record<string, string | undefined>, path: PathPart[] = []): { value: unknown } | EnvProblem {
  if (typeof value === 'string') {
    if (!value.includes('${')) return { value };
    const r = expandString(value, env);
    return 'value' in r ? r : { path, ...r };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const r = expandEnv(value[i], env, [...path, i]);
      if (!('value' in r)) return r;
      out.push(r.value);
    }
    return { value: out };
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = expandEnv(v, env, [...path, k]);
      if (!('value' in r)) return r;
      out[k] = r.value;
    }
    return { value: out };
  }
  return { value };
}
