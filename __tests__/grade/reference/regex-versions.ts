// The regex versions of extractJson and normaliseLabel that the scans replaced, kept as
// oracles: on short inputs they are fast, and the scans must give the same answers there.
// (On long hostile inputs they take minutes, which is why they were replaced.)

type Extract = { ok: true; value: unknown; from: 'whole' | 'fence' | 'embedded' } | { ok: false; reason: string };

const FENCE = /```[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)```/g;

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

function balancedEnd(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') stack.push('}');
    else if (ch === '[') stack.push(']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

function firstEmbedded(text: string): { ok: true; value: unknown } | undefined {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '{' && ch !== '[') continue;
    const end = balancedEnd(text, i);
    if (end === -1) continue;
    const parsed = tryParse(text.slice(i, end));
    if (parsed.ok) return parsed;
  }
  return undefined;
}

export function regexExtractJson(output: string): Extract {
  const trimmed = output.trim();
  if (trimmed === '') return { ok: false, reason: 'output is empty' };
  const whole = tryParse(trimmed);
  if (whole.ok) return { ok: true, value: whole.value, from: 'whole' };
  const fences = [...trimmed.matchAll(FENCE)].map((m) => ({ lang: (m[1] ?? '').toLowerCase(), body: m[2] ?? '' }));
  fences.sort((a, b) => Number(b.lang === 'json') - Number(a.lang === 'json'));
  for (const fence of fences) {
    const parsed = tryParse(fence.body.trim());
    if (parsed.ok) return { ok: true, value: parsed.value, from: 'fence' };
    const inner = firstEmbedded(fence.body);
    if (inner) return { ok: true, value: inner.value, from: 'fence' };
  }
  const embedded = firstEmbedded(trimmed);
  if (embedded) return { ok: true, value: embedded.value, from: 'embedded' };
  return { ok: false, reason: `output is not JSON (${whole.message})` };
}

const QUOTES = /^(["'`“”‘’*_]+)([\s\S]*?)(["'`“”‘’*_]+)$/;
const FENCED = /^```[\w-]*\s*([\s\S]*?)\s*```$/;
const PREFIXED = /^(?:label|category|class|route)\s*[:=]\s*([\s\S]+)$/i;

function fromJson(text: string): string | undefined {
  if (!text.includes('{')) return undefined;
  const parsed = regexExtractJson(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null) return undefined;
  for (const [k, v] of Object.entries(parsed.value)) {
    if (k.toLowerCase() === 'label' && (typeof v === 'string' || typeof v === 'number')) return String(v);
  }
  return undefined;
}

export function regexNormaliseLabel(raw: string): string {
  let text = raw.trim();
  const fenced = FENCED.exec(text);
  if (fenced) text = (fenced[1] ?? '').trim();
  text = fromJson(text) ?? text;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.trim().replace(/[.!?,;:]+$/, '').trim();
    const prefixed = PREFIXED.exec(text);
    if (prefixed) text = prefixed[1] ?? '';
    const quoted = QUOTES.exec(text);
    if (quoted) text = quoted[2] ?? '';
  }
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** A seeded generator of short strings over `alphabet` (tokens, not just characters). */
export function randomStrings(seed: number, alphabet: readonly string[], count: number, maxTokens: number): string[] {
  let state = seed >>> 0;
  const next = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const len = 1 + Math.floor(next() * maxTokens);
    let s = '';
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}
