// Likely secrets and personal data in production text, found and replaced by a labelled
// placeholder before anything is written: API keys and tokens of the common vendors,
// private keys, passwords in key=value form, emails, phone numbers, card numbers (Luhn
// checked) and US social security numbers. Every pattern is a flat run of character
// classes with bounded quantifiers: linear on any input.

export interface MaskRule {
  kind: string;
  pattern: RegExp;
  /** Extra check on a match (a card number's checksum). */
  accept?: (match: string) => boolean;
}

function luhn(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// Order matters: the specific key formats first, so their placeholder names the vendor.
export const MASK_RULES: MaskRule[] = [
  { kind: 'private-key', pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]{0,40}PRIVATE KEY-----/g },
  { kind: 'api-key', pattern: /\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,200}/g },
  { kind: 'api-key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,200}/g },
  { kind: 'api-key', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'api-key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  { kind: 'api-key', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,100}/g },
  { kind: 'api-key', pattern: /\bgithub_pat_[A-Za-z0-9_]{30,200}/g },
  { kind: 'api-key', pattern: /\bglpat-[A-Za-z0-9_-]{20,100}/g },
  { kind: 'api-key', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,200}/g },
  { kind: 'api-key', pattern: /\bhf_[A-Za-z0-9]{30,100}/g },
  { kind: 'api-key', pattern: /\b(?:pk|sk)-lf-[A-Za-z0-9-]{10,100}/g },
  { kind: 'api-key', pattern: /\bsk-helicone-[A-Za-z0-9-]{10,100}/g },
  { kind: 'token', pattern: /\beyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{8,2000}/g },
  { kind: 'token', pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{16,2000}/g },
  {
    kind: 'secret',
    pattern: /\b(?:api[_-]?key|apikey|secret|token|password|passwd|pwd|access[_-]?key|client[_-]?secret|auth)(["']?\s{0,3}[:=]\s{0,3}["']?)[^\s"',;]{6,500}/gi,
  },
  { kind: 'email', pattern: /\b[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}\b/g },
  { kind: 'card', pattern: /\b(?:\d[ -]?){12,18}\d\b/g, accept: luhn },
  { kind: 'ssn', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { kind: 'phone', pattern: /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w])/g },
  { kind: 'phone', pattern: /(?<![\w(])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\w)/g },
];

export type MaskCounts = Record<string, number>;

export const placeholder = (kind: string) => `[${kind.toUpperCase()}]`;

/** The text with every finding replaced; `counts` gains one per finding by kind. */
export function maskText(text: string, counts: MaskCounts, rules: readonly MaskRule[] = MASK_RULES): string {
  let out = text;
  for (const rule of rules) {
    out = out.replace(rule.pattern, (match: string, sep?: unknown) => {
      if (rule.accept && !rule.accept(match)) return match;
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      // key=value keeps the key, so the text still reads.
      if (rule.kind === 'secret' && typeof sep === 'string') return `${match.slice(0, match.indexOf(sep) + sep.length)}${placeholder(rule.kind)}`;
      return placeholder(rule.kind);
    });
  }
  return out;
}
