// Eval file text → raw cases, each with a document that can locate its fields.
// YAML and JSON files hold a list of cases; JSONL holds one case per line (blank lines
// allowed), and its positions are shifted to the line in the file.
import { LlmGateError } from '../errors.js';
import { jsonErrorOffset } from './json-offset.js';
import { jsonDepthProblem } from './nesting.js';
import { parseYaml, positionFinder, type LocatedDocument, type PathPart } from './positions.js';
import { describeKind } from './problems.js';

export type EvalFormat = 'yaml' | 'json' | 'jsonl';

export const EVAL_EXTENSIONS: Record<string, EvalFormat> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.jsonl': 'jsonl' };

export interface RawCase {
  raw: unknown;
  doc: LocatedDocument;
  /** Path of the case inside `doc`. */
  base: PathPart[];
}

/** JSON.parse's own error, moved to the file's line and column. */
function jsonError(err: unknown, text: string, file: string, lineOffset: number): LlmGateError {
  const message = (err as Error).message;
  const where = positionFinder(text, lineOffset)(jsonErrorOffset(text));
  // V8 quotes the text around the error; the position already says where it is.
  const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
  return new LlmGateError(`JSON syntax error: ${reason}`, { file, ...where, cause: err });
}

/** JSON.parse would take any depth; the walks after it would not. */
function checkDepth(text: string, file: string, lineOffset: number): void {
  const deep = jsonDepthProblem(text);
  if (deep) throw new LlmGateError(deep.message, { file, ...positionFinder(text, lineOffset)(deep.offset), hint: deep.hint });
}

/** JSON positions come from the YAML event parser (JSON is YAML); a rare mismatch falls back to the line. */
// The event parse is only made when a field is asked for (an error, a duplicate id): a JSONL
// line's case asks only for its root, where a one-line object or list starts. Parsing each
// line up front cost 40 ms of a 500-case load.
function locatedJson(text: string, value: unknown, file: string, lineOffset: number): LocatedDocument {
  let parsed: LocatedDocument['locate'] | undefined;
  const full = (): LocatedDocument['locate'] => {
    if (!parsed) {
      try {
        parsed = parseYaml(text, file, lineOffset).locate;
      } catch {
        parsed = () => ({ line: lineOffset + 1, column: 1 });
      }
    }
    return parsed;
  };
  const start = text.search(/\S/);
  const oneLine = start >= 0 && (text[start] === '{' || text[start] === '[') && !text.includes('\n');
  return {
    value,
    locate: (path, prefer) => (path.length === 0 && oneLine ? { line: lineOffset + 1, column: start + 1 } : full()(path, prefer)),
  };
}

export function listOfCases(doc: LocatedDocument, file: string): RawCase[] {
  if (doc.value === null) return [];
  if (!Array.isArray(doc.value)) {
    const single = typeof doc.value === 'object' && 'id' in (doc.value as object);
    throw new LlmGateError(`expected a list of cases, got ${describeKind(doc.value)}`, {
      file,
      ...doc.locate([]),
      hint: single ? 'start each case with "- ", as a YAML list item' : 'an eval file is a list of cases: - id: ...',
    });
  }
  return doc.value.map((raw, i) => ({ raw, doc, base: [i] }));
}

/** One YAML or JSON document with positions (JSON depth-checked before it is parsed). */
export function parseDocument(text: string, file: string, format: 'yaml' | 'json', lineOffset = 0): LocatedDocument {
  if (format === 'yaml') return parseYaml(text, file, lineOffset);
  checkDepth(text, file, lineOffset);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw jsonError(err, text, file, lineOffset);
  }
  return locatedJson(text, value, file, lineOffset);
}

/** JSONL: one located document per non-blank line; a line that is not JSON is an error at that line. */
export function parseJsonLines(text: string, file: string): { doc: LocatedDocument; line: number }[] {
  const out: { doc: LocatedDocument; line: number }[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    out.push({ doc: parseDocument(line, file, 'json', i), line: i + 1 });
  });
  return out;
}

export function parseEvalFile(text: string, file: string, format: EvalFormat): RawCase[] {
  if (format === 'yaml') return listOfCases(parseYaml(text, file), file);
  if (format === 'json') {
    checkDepth(text, file, 0);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw jsonError(err, text, file, 0);
    }
    return listOfCases(locatedJson(text, value, file, 0), file);
  }
  const cases: RawCase[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    checkDepth(line, file, i);
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw jsonError(err, line, file, i);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new LlmGateError(`expected one case (a JSON object) per line, got ${describeKind(value)}`, { file, line: i + 1, column: 1 });
    }
    cases.push({ raw: value, doc: locatedJson(line, value, file, i), base: [] });
  });
  return cases;
}
