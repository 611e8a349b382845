// The simulated judge: answers a forced `submit_grade` tool call (the format llm-judge
// sends) by comparing the graded output with the reference answer, token by token.
// Close to the reference → the best grade; far from it → the worst.

export const JUDGE_TOOL = 'submit_grade';

export interface JudgeRequest {
  grades: string[];
  userText: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The grade enum when the request forces (or requires) the submit_grade tool; undefined otherwise. */
export function judgeGrades(body: Json): string[] | undefined {
  const tools = Array.isArray(body.tools) ? body.tools : [];
  const tool = tools.find((t) => isObject(t) && isObject(t.function) && t.function.name === JUDGE_TOOL) as Json | undefined;
  if (!tool) return undefined;
  const choice = body.tool_choice;
  const forced =
    choice === 'required' || (isObject(choice) && isObject(choice.function) && choice.function.name === JUDGE_TOOL);
  if (!forced) return undefined;
  const fn = tool.function as Json;
  const params = isObject(fn.parameters) ? fn.parameters : {};
  const props = isObject(params.properties) ? params.properties : {};
  const grade = isObject(props.grade) ? props.grade : {};
  const grades = Array.isArray(grade.enum) ? grade.enum.filter((g): g is string => typeof g === 'string') : [];
  return grades.length > 0 ? grades : ['pass', 'fail'];
}

/**
 * The section tags' suffix: llm-judge opens the message with `<input-NONCE>` and ends every
 * tag with the same nonce, so tags the graded output writes are not ours. Empty for a
 * request with plain tags.
 */
function sectionSuffix(text: string): string {
  const nonce = /^<input-([0-9a-f]{8,64})>\r?\n/.exec(text)?.[1];
  return nonce === undefined ? '' : `-${nonce}`;
}

function between(text: string, tag: string): string | undefined {
  const suffix = sectionSuffix(text);
  const open = `<${tag}${suffix}>`;
  const close = `</${tag}${suffix}>`;
  // The judged conversation comes first, inside <input>; tags quoted there are not ours.
  const inputEnd = text.indexOf(`</input${suffix}>`);
  const start = text.indexOf(open, inputEnd === -1 ? 0 : inputEnd);
  if (start === -1) return undefined;
  const end = text.indexOf(close, start + open.length);
  if (end === -1) return undefined;
  return text.slice(start + open.length, end).replace(/^\r?\n/, '').replace(/\r?\n$/, '');
}

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Words only: punctuation is plentiful in code and would make any two snippets look alike.
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** F1 over token multisets, in [0, 1]: 1 for identical token bags, 0 for nothing shared. */
export function tokenOverlap(output: string, reference: string): number {
  const a = tokens(output);
  const b = tokens(reference);
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const n of a.values()) sizeA += n;
  for (const [t, n] of b) {
    sizeB += n;
    shared += Math.min(n, a.get(t) ?? 0);
  }
  if (sizeA === 0 && sizeB === 0) return 1;
  if (shared === 0) return 0;
  const precision = shared / sizeA;
  const recall = shared / sizeB;
  return (2 * precision * recall) / (precision + recall);
}

/** ≥ 0.9 earns the best grade; below, the rest of [0, 0.9) is split evenly over the other grades. */
export function gradeFor(similarity: number, grades: readonly string[]): string {
  const n = grades.length;
  if (n === 1 || similarity >= 0.9) return grades[0] as string;
  const index = 1 + Math.floor(((0.9 - similarity) / 0.9) * (n - 1));
  return grades[Math.min(n - 1, index)] as string;
}

export function judge(request: JudgeRequest): { grade: string; reason: string } {
  const { grades, userText } = request;
  const output = between(userText, 'output') ?? '';
  const reference = between(userText, 'reference');
  if (reference === undefined) {
    const empty = output.trim() === '';
    return {
      grade: (empty ? grades[grades.length - 1] : grades[0]) as string,
      reason: empty ? 'Simulated judge: the output is empty.' : 'Simulated judge: no reference answer, the output is not empty.',
    };
  }
  const similarity = tokenOverlap(output, reference);
  return {
    grade: gradeFor(similarity, grades),
    reason: `Simulated judge: token overlap with the reference is ${similarity.toFixed(2)}.`,
  };
}
