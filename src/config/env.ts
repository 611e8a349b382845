// `${VAR}` and `${VAR:-default}` in config string values, from the env the shell passes
// in (never process.env here). `$${` writes a literal `${`.
//
// A config can come from the pull request under test, and what it expands ends up in a
// prompt, a report or a URL. So a reference to a secret is refused whether or not it is
// set: the API keys in use, the runner's own variables, and any name that says "secret".
import { isSecretName } from '../shell/redact.js';
import type { PathPart } from './positions.js';

export interface EnvProblem {
  path: PathPart[];
  message: string;
  hint?: string;
}

/** Variables the CI runner sets for itself: tokens, URLs of its services, the Action's inputs. */
const RUNNER_PREFIXES = ['GITHUB_', 'GH_', 'ACTIONS_', 'INPUT_', 'RUNNER_'] as const;

const LEAK = 'would put a secret into the prompt, which the model, the report and the PR comment can echo';

/**
 * Why `${name}` may not be expanded, or undefined when it may. `keyVariables` are the
 * apiKeyEnv names the config uses (OPENAI_API_KEY among them when any model defaults to it).
 */
export function forbiddenReference(name: string, keyVariables: ReadonlySet<string>): string | undefined {
  if (keyVariables.has(name)) return `\${${name}} holds an API key in use; expanding it ${LEAK}`;
  const prefix = RUNNER_PREFIXES.find((p) => name.toUpperCase().startsWith(p));
  if (prefix) return `\${${name}} is a CI runner variable (${prefix}*); expanding it ${LEAK}`;
  if (isSecretName(name)) return `\${${name}} is named like a secret; expanding it ${LEAK}`;
  return undefined;
}

export interface ExpandOptions {
  /** apiKeyEnv names in use; their values are never expanded. */
  keyVariables?: ReadonlySet<string>;
  /**
   * Secrets may be expanded (a model's headers and query, which go only to its endpoint and
   * are redacted as secrets); the CI runner's own variables still may not.
   */
  allowSecrets?: boolean;
}

/** Why a secret-bearing field may not expand `${name}`: the runner's variables are never sent anywhere. */
export function forbiddenSecretReference(name: string): string | undefined {
  const prefix = RUNNER_PREFIXES.find((p) => name.toUpperCase().startsWith(p));
  return prefix ? `\${${name}} is a CI runner variable (${prefix}*); it is never sent to a model endpoint` : undefined;
}

const REFERENCE = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$\{[^}]*\}?/g;

export function expandString(
  text: string,
  env: Record<string, string | undefined>,
  options: ExpandOptions = {},
): { value: string } | { message: string; hint?: string } {
  let problem: { message: string; hint?: string } | undefined;
  const value = text.replace(REFERENCE, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    if (name === undefined) {
      problem ??= { message: `malformed environment reference ${JSON.stringify(match)}`, hint: 'write ${NAME} or ${NAME:-default}, or $${ for a literal ${' };
      return match;
    }
    const forbidden = options.allowSecrets ? forbiddenSecretReference(name) : forbiddenReference(name, options.keyVariables ?? new Set());
    if (forbidden) {
      problem ??= { message: forbidden, hint: 'remove the reference; llm-gate reads API keys itself through apiKeyEnv' };
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
export function expandEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  options: ExpandOptions = {},
  path: PathPart[] = [],
): { value: unknown } | EnvProblem {
  if (typeof value === 'string') {
    if (!value.includes('${')) return { value };
    const r = expandString(value, env, options);
    return 'value' in r ? r : { path, ...r };
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const r = expandEnv(value[i], env, options, [...path, i]);
      if (!('value' in r)) return r;
      out.push(r.value);
    }
    return { value: out };
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = expandEnv(v, env, options, [...path, k]);
      if (!('value' in r)) return r;
      out[k] = r.value;
    }
    return { value: out };
  }
  return { value };
}
