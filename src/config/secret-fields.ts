// `${VAR}` in a model's headers and query. Elsewhere in the config a reference to a secret
// is refused (it would land in a prompt, a report or a comment); here it is the point: a
// gateway key, Azure's api-key. These values go only to the model's own endpoint, and each
// one that came from a variable is named in ModelConfig.secretFields, so the shells add it
// to the redactor before anything is written.
import { expandEnv, expandString, type ExpandOptions } from './env.js';
import type { EnvProblem } from './env.js';
import type { PathPart } from './positions.js';

/** baseline, candidate, judge, or `alternatives.<i>` for models.alternatives[i]. */
export type SecretRole = 'baseline' | 'candidate' | 'judge' | `alternatives.${number}`;
export type SecretFields = Partial<Record<SecretRole, { headers?: string[]; query?: string[] }>>;

const MAPS = ['headers', 'query'] as const;

/** Every model entry of the config: the two compared, each alternative, the judge. */
function entries(value: Record<string, unknown>): [SecretRole, PathPart[]][] {
  const models = isRecord(value.models) ? value.models : {};
  const alternatives = Array.isArray(models.alternatives) ? models.alternatives : [];
  return [
    ['baseline', ['models', 'baseline']],
    ['candidate', ['models', 'candidate']],
    ...alternatives.map((_, i): [SecretRole, PathPart[]] => [`alternatives.${i}`, ['models', 'alternatives', i]]),
    ['judge', ['judge']],
  ];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entryAt(root: Record<string, unknown>, path: PathPart[]): Record<string, unknown> | undefined {
  const at = containerAt(root, path);
  return isRecord(at) ? at : undefined;
}

/** The object or list at `path` (a list is where models.alternatives' entries live). */
function containerAt(root: Record<string, unknown>, path: PathPart[]): Record<string, unknown> | undefined {
  let at: unknown = root;
  for (const part of path) at = isRecord(at) || Array.isArray(at) ? (at as Record<string, unknown>)[part as string] : undefined;
  return isRecord(at) || Array.isArray(at) ? (at as Record<string, unknown>) : undefined;
}

/**
 * The config with every `${VAR}` expanded: models' headers and query by the secret rule,
 * the rest by the usual one. Returns which header and query names hold an expanded value.
 */
export function expandConfig(
  value: Record<string, unknown>,
  env: Record<string, string | undefined>,
  options: ExpandOptions,
): { value: Record<string, unknown>; secretFields: SecretFields } | EnvProblem {
  // Set the maps aside on a copy, so the general expansion never sees them.
  const copy: Record<string, unknown> = { ...value };
  if (isRecord(copy.models)) {
    copy.models = { ...copy.models };
    const models = copy.models as Record<string, unknown>;
    if (Array.isArray(models.alternatives)) models.alternatives = [...models.alternatives];
  }
  const aside: [SecretRole, PathPart[], (typeof MAPS)[number], Record<string, unknown>][] = [];
  for (const [role, path] of entries(copy)) {
    const parent = path.length === 1 ? copy : (entryAt(copy, path.slice(0, -1)) ?? containerAt(copy, path.slice(0, -1)));
    const key = path[path.length - 1] as string;
    const entry = entryAt(copy, path);
    if (!entry || !parent) continue;
    const own = { ...entry };
    for (const map of MAPS) {
      if (isRecord(own[map])) {
        aside.push([role, path, map, own[map] as Record<string, unknown>]);
        delete own[map];
      }
    }
    parent[key] = own;
  }
  const rest = expandEnv(copy, env, options);
  if (!('value' in rest)) return rest;
  const out = rest.value as Record<string, unknown>;
  const secretFields: SecretFields = {};
  for (const [role, path, map, fields] of aside) {
    const entry = entryAt(out, path)!;
    const expanded: Record<string, unknown> = {};
    for (const [name, raw] of Object.entries(fields)) {
      if (typeof raw !== 'string' || !raw.includes('${')) {
        expanded[name] = raw;
        continue;
      }
      const r = expandString(raw, env, { ...options, allowSecrets: true });
      if (!('value' in r)) return { path: [...path, map, name], ...r };
      expanded[name] = r.value;
      const names = ((secretFields[role] ??= {})[map] ??= []);
      names.push(name);
    }
    entry[map] = expanded;
  }
  return { value: out, secretFields };
}
