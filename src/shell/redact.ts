// Secrets are removed at the last step before anything is written (comment, summary,
// annotations, outputs, reports, stdout, stderr), whatever path produced the text: a key
// can reach a report through a model that echoes its prompt, an endpoint's error body or
// a config value, so redacting at each source would always miss one.

export const REDACTED = '[redacted]';

/** Shorter values are too likely to be ordinary text ("1", "true") to be replaced everywhere. */
const MIN_SECRET_CHARS = 6;

export interface Redactor {
  (text: string): string;
  /** Adds secrets (a key resolved later, a token from an input); short or empty values are ignored. */
  add(...secrets: (string | undefined)[]): void;
  /** The secrets in force, longest first. */
  readonly secrets: readonly string[];
}

/** The forms a secret takes in what we write: as is, and escaped inside a JSON string. */
function formsOf(secret: string): string[] {
  const escaped = JSON.stringify(secret).slice(1, -1);
  return escaped === secret ? [secret] : [secret, escaped];
}

export function createRedactor(initial: Iterable<string | undefined> = []): Redactor {
  const forms = new Set<string>();
  const kept = new Set<string>();
  let ordered: string[] = [];
  const redact = ((text: string): string => {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole. Each pass is a
    // linear scan (split/join); there are a handful of secrets.
    for (const form of ordered) if (out.includes(form)) out = out.split(form).join(REDACTED);
    return out;
  }) as Redactor;
  redact.add = (...secrets) => {
    for (const secret of secrets) {
      const value = secret?.trim();
      if (!value || value.length < MIN_SECRET_CHARS) continue;
      kept.add(value);
      for (const form of formsOf(value)) forms.add(form);
    }
    ordered = [...forms].sort((a, b) => b.length - a.length);
  };
  Object.defineProperty(redact, 'secrets', { get: () => [...kept].sort((a, b) => b.length - a.length) });
  redact.add(...initial);
  return redact;
}

/** Names of environment variables that hold secrets by convention. */
const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;

/** Whether an environment variable's name says it holds a secret (the rule secretsFromEnv applies). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Values of the environment that are secrets by their name (OPENAI_API_KEY, GITHUB_TOKEN,
 * INPUT_API-KEY, ACTIONS_RUNTIME_TOKEN, ...): redacted before the config names which keys
 * are in use, so an error printed before that leaks none either.
 */
export function secretsFromEnv(env: Record<string, string | undefined>): string[] {
  return Object.entries(env).flatMap(([name, value]) => (value && isSecretName(name) ? [value] : []));
}
