// Finds the JSON value in a model's output. Models wrap JSON in code fences and prose
// ("Here is the result: ```json {...} ``` Hope this helps"), so we try, in order:
// the whole output, each fenced block (json-tagged first), then the first balanced
// {...} or [...] that parses.

export type ExtractResult = { ok: true; value: unknown; from: 'whole' | 'fence' | 'embedded' } | { ok: false; reason: string };

const FENCE = /```[ \t]*([\w+-]*)[^\n]*\n([\s\S]*?)```/g;

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  }
}

/** Index just past the bracket that closes the one at `start`, skipping strings; -1 if unbalanced. */
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

export function extractJson(output: string): ExtractResult {
  const trimmed = output.trim();
  if (trimmed === '') return { ok: false, reason: 'output is empty' };
  const whole = tryParse(trimmed);
  if (whole.ok) return { ok: true, value: whole.value, from: 'whole' };

  const fences = [...trimmed.matchAll(FENCE)].map((m) => ({ lang: (m[1] ?? '').toLowerCase(), body: m[2] ?? '' }));
  fences.sort((a, b) => Number(b.lang === 'json') - Number(a.lang === 'json')); // stable: json-tagged first
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
