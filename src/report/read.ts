// Reading a report back (for regrade and merge). A report file is outside input: a partial
// report arrives as a workflow artifact anyone with write access to the run could replace.
// So it is read within MAX_REPORT_BYTES, parsed once, and checked against the fields the
// comparison is rebuilt from; anything else is one error naming the file and the field.
import { open } from 'node:fs/promises';
import { z } from 'zod';
import { LlmGateError } from '../errors.js';
import { GRADE_INPUT_CHARS, MAX_REPORT_BYTES } from '../limits.js';
import type { CallError, GraderResult } from '../types.js';
import { REPORT_SCHEMA, type ReportRecord } from './types.js';

const count = z.number().int().nonnegative();
const id = z.string().min(1).max(1000);
const usage = z.object({ prompt: count, cached: count, completion: count, reasoning: count });
const callError = z.object({
  kind: z.enum(['timeout', 'request', 'infra', 'fatal', 'cancelled']),
  message: z.string().max(10_000),
  status: z.number().int().optional(),
  param: z.string().max(1000).optional(),
  code: z.string().max(200).optional(),
});
const grade = z.object({
  type: z.string().max(200),
  weight: z.number(),
  score: z.number().min(0).max(1),
  reason: z.string().max(100_000).optional(),
  label: z.object({ expected: z.string(), actual: z.string() }).optional(),
});
const side = z.object({
  score: z.number().min(0).max(1).nullable(),
  output: z.string().nullable(),
  outputChars: count.nullable(),
  gradedOnPrefix: z.literal(true).optional(),
  latencyMs: z.number().nonnegative().nullable(),
  costUsd: z.number().nonnegative(),
  error: callError.nullable(),
  repeatScores: z.array(z.number().min(0).max(1)).max(10_000),
  grades: z.array(grade).max(1000),
});
const record = z.object({
  caseId: id,
  side: z.enum(['baseline', 'candidate', 'judge']),
  repeat: count,
  model: z.string().max(1000),
  key: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  output: z.string().max(GRADE_INPUT_CHARS).nullable().optional(),
  outputInCase: z.literal(true).optional(),
  outputChars: count.optional(),
  latencyMs: z.number().nonnegative().nullable(),
  ttftMs: z.number().nonnegative().optional(),
  usage,
  costUsd: z.number().nonnegative(),
  attempts: count,
  error: callError.optional(),
  finishReason: z.string().max(200).optional(),
  usageMissing: z.literal(true).optional(),
  cachedAt: z.string().max(40).optional(),
});

export const storedReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA),
  verdict: z.string(),
  evalSet: z.object({ files: z.array(z.string()), cases: count, contentHash: z.string().max(200) }),
  repeats: z.number().int().positive(),
  cases: z.array(z.object({ id, baseline: side, candidate: side })),
  records: z.array(record).optional(),
  shard: z.object({ index: z.number().int().positive(), count: z.number().int().positive(), cases: count }).optional(),
  run: z
    .object({
      startedAt: z.string().nullable().optional(),
      durationMs: z.number().nullable().optional(),
      control: z.object({ stoppedForBudget: z.boolean() }).partial().optional(),
      sequential: z.object({ decidedAfter: z.unknown().optional() }).partial().optional(),
    })
    .partial()
    .optional(),
});

export type StoredReport = z.output<typeof storedReportSchema>;
export type StoredSide = StoredReport['cases'][number]['baseline'];

/**
 * A buffer kept between reads of several reports (the partials of a merge): one allocation
 * of the largest file instead of one per file. Buffers live outside the V8 heap and are freed
 * only when a GC finds them, so ten 23 MB reads would otherwise pile up between collections.
 */
export interface ReadScratch {
  buffer?: Buffer;
}

const headerSchema = storedReportSchema.omit({ cases: true, records: true });
const caseSchema = storedReportSchema.shape.cases.element;

/** A report file as data, or one LlmGateError (code usage, exit 2) that names the file and what is wrong. */
export async function readReportFile(path: string, shownAs: string, maxBytes = MAX_REPORT_BYTES, scratch?: ReadScratch): Promise<StoredReport> {
  let value: unknown;
  try {
    const text = await readBounded(path, maxBytes, scratch);
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new LlmGateError(`${shownAs} is not JSON (${(err as Error).message})`, { code: 'usage', file: shownAs, hint: 'pass the JSON report written by llm-gate run --json' });
    }
  } catch (err) {
    if (err instanceof LlmGateError) throw err;
    throw new LlmGateError(`cannot read the report ${shownAs}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { code: 'usage', file: shownAs, cause: err });
  }
  return checkedReport(value, shownAs);
}

/**
 * The parsed report checked against the schema a part at a time: the header, then each case
 * and record, each replaced in place by its checked copy. Checked whole, zod would copy the
 * whole report beside the parsed one; here one case's copy is made while the rest wait.
 */
function checkedReport(value: unknown, shownAs: string): StoredReport {
  const fail = (path: readonly PropertyKey[], message: string): never => {
    const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new LlmGateError(`${shownAs} is not an llm-gate report this version can read: ${field || '(top level)'}: ${message}`, {
      code: 'usage',
      file: shownAs,
      ...(field ? { field } : {}),
      hint: 'pass a JSON report (llm-gate/report@1) written by llm-gate run --json',
    });
  };
  const check = <T>(schema: z.ZodType<T>, input: unknown, at: readonly PropertyKey[]): T => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    return fail([...at, ...issue.path], issue.message);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return check(storedReportSchema, value, []);
  const { cases, records, ...rest } = value as Record<string, unknown>;
  const header = check(headerSchema, rest, []);
  if (!Array.isArray(cases)) return check(storedReportSchema, { ...rest, cases, records }, []);
  for (let i = 0; i < cases.length; i++) cases[i] = check(caseSchema, cases[i], ['cases', i]);
  if (records !== undefined) {
    if (!Array.isArray(records)) return check(storedReportSchema, { ...rest, cases: [], records }, []);
    for (let i = 0; i < records.length; i++) records[i] = check(record, records[i], ['records', i]);
  }
  return { ...header, cases: cases as StoredReport['cases'], ...(records === undefined ? {} : { records: records as NonNullable<StoredReport['records']> }) };
}

async function readBounded(path: string, maxBytes: number, scratch?: ReadScratch): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    if (stat.size > maxBytes) {
      throw new LlmGateError(`${path} is ${stat.size} bytes, more than the ${maxBytes} a report may have`, { code: 'usage', file: path });
    }
    // One byte more than the file, to tell a file that grew while it was read.
    const wanted = stat.size + 1;
    const buffer = scratch?.buffer && scratch.buffer.length >= wanted ? scratch.buffer : Buffer.allocUnsafe(wanted);
    if (scratch) scratch.buffer = buffer;
    let length = 0;
    while (length < wanted) {
      const { bytesRead } = await handle.read(buffer, length, wanted - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new LlmGateError(`${path} grew past the ${maxBytes} bytes a report may have while it was read`, { code: 'usage', file: path });
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/** A stored side's error as a call error (the report keeps only the set fields). */
export function storedError(e: StoredSide['error']): CallError | undefined {
  if (!e) return undefined;
  return {
    kind: e.kind,
    message: e.message,
    ...(e.status === undefined ? {} : { status: e.status }),
    ...(e.param === undefined ? {} : { param: e.param }),
    ...(e.code === undefined ? {} : { code: e.code }),
  };
}

export function storedGrades(grades: StoredSide['grades']): GraderResult[] {
  return grades.map((g) => {
    // One literal with reason in it (undefined when absent): a field added later, as a
    // spread adds it, lives in a second object, and a merge holds a grade per case and side.
    const grade: GraderResult = { type: g.type, weight: g.weight, score: g.score, reason: g.reason };
    if (g.label !== undefined) grade.label = { expected: g.label.expected, actual: g.label.actual };
    return grade;
  });
}

export type StoredRecord = NonNullable<StoredReport['records']>[number];

export function storedRecord(r: StoredRecord): ReportRecord {
  return r as ReportRecord;
}
