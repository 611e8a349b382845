import { afterAll, describe, expect, it } from 'vitest';
import { isLlmGateError } from '../../src/errors.js';
import { gradeCases, gradeOutput } from '../../src/grade/index.js';
import { createRegexRunner } from '../../src/grade/regex-runner.js';
import { GRADE_INPUT_CHARS } from '../../src/limits.js';
import type { CallError, CallRecord, CallRequest, Expectation } from '../../src/types.js';
import { makeCase, makeRecord } from './helpers.js';

const exp = (type: string, options: Record<string, unknown>, weight = 1): Expectation => ({ type, weight, ...options });
const err = (kind: CallError['kind']): CallError => ({ kind, message: `${kind} happened` });

describe('gradeOutput', () => {
  it('returns the weighted mean of the graders and each result with type and weight', async () => {
    const evalCase = makeCase();
    const expect_ = [exp('contains', { value: 'def' }, 3), exp('regex', { pattern: 'return' }, 1)];
    const result = await gradeOutput('def f(): pass', expect_, { evalCase, repeat: 0 });
    expect(result.score).toBeCloseTo(0.75, 12);
    expect(result.grades.map((g) => [g.type, g.weight, g.score])).toEqual([
      ['contains', 3, 1],
      ['regex', 1, 0],
    ]);
  });

  it('fills option defaults from the grader schema', async () => {
    const result = await gradeOutput('  ok  ', [exp('equals', { value: 'ok' })], { evalCase: makeCase(), repeat: 0 });
    expect(result.score).toBe(1);
  });

  it('treats graders of weight 0 as informational', async () => {
    const result = await gradeOutput('x', [exp('label', { value: 'billing' }, 0)], { evalCase: makeCase(), repeat: 0 });
    expect(result.score).toBe(1);
    expect(result.grades[0]?.label).toEqual({ expected: 'billing', actual: 'x' });
  });

  it('throws a config error at the case for an unknown grader or an invalid regex', async () => {
    const evalCase = makeCase();
    const unknown = await gradeOutput('x', [exp('lable', { value: 'a' })], { evalCase, repeat: 0 }).catch((e: unknown) => e);
    expect(isLlmGateError(unknown) && unknown.field).toBe('expect[0].type');
    const bad = await gradeOutput('x', [exp('equals', { value: 'x' }), exp('regex', { pattern: '(' })], { evalCase, repeat: 0 }).catch(
      (e: unknown) => e,
    );
    expect(bad).toMatchObject({ file: 'evals/a.yaml', line: 3, field: 'expect[1].pattern' });
  });
});

describe('gradeCases', () => {
  const labelCase = (id: string) => makeCase({ id, expect: [exp('label', { value: 'billing' })] });

  it('averages repeats, grades from the first graded repeat, output from the first repeat', async () => {
    const c = labelCase('a');
    const records = [
      makeRecord({ caseId: 'a', repeat: 1, output: 'billing', latencyMs: 300, costUsd: 0.25 }),
      makeRecord({ caseId: 'a', repeat: 0, output: null, error: err('infra'), latencyMs: null, costUsd: 0 }),
      makeRecord({ caseId: 'a', repeat: 2, output: 'shipping', latencyMs: 100, costUsd: 0.5 }),
      makeRecord({ caseId: 'a', side: 'candidate', repeat: 0, output: 'billing', latencyMs: 50, costUsd: 0.125 }),
    ];
    const [graded] = await gradeCases({ cases: [c], records });
    expect(graded?.baseline).toEqual({
      score: 0.5,
      repeatScores: [1, 0],
      grades: [{ type: 'label', weight: 1, score: 1, label: { expected: 'billing', actual: 'billing' } }],
      output: null,
      latencyMs: 200,
      costUsd: 0.75,
      error: err('infra'),
    });
    expect(graded?.candidate).toMatchObject({ score: 1, repeatScores: [1], output: 'billing', latencyMs: 50, costUsd: 0.125 });
    expect(graded?.candidate.error).toBeUndefined();
  });

  it('scores timeouts and request errors 0 and leaves infra, cancelled and fatal unjudged', async () => {
    const cases = ['timeout', 'request', 'infra', 'cancelled', 'fatal'].map((id) => labelCase(id));
    const records = cases.map((c) =>
      makeRecord({ caseId: c.id, output: null, latencyMs: c.id === 'timeout' ? 30_000 : null, error: err(c.id as CallError['kind']) }),
    );
    const graded = await gradeCases({ cases, records });
    expect(graded.map((g) => [g.case.id, g.baseline.score, g.baseline.repeatScores])).toEqual([
      ['timeout', 0, [0]],
      ['request', 0, [0]],
      ['infra', null, []],
      ['cancelled', null, []],
      ['fatal', null, []],
    ]);
    expect(graded[0]?.baseline.latencyMs).toBe(30_000);
    expect(graded[0]?.baseline.grades).toEqual([]);
  });

  it('marks a side with no record as not judged', async () => {
    const [graded] = await gradeCases({ cases: [labelCase('a')], records: [makeRecord({ caseId: 'a', output: 'billing' })] });
    expect(graded?.candidate).toMatchObject({ score: null, repeatScores: [], output: null, latencyMs: null, costUsd: 0 });
    expect(graded?.candidate.error?.kind).toBe('cancelled');
  });

  it('returns cases in case order whatever order the judge answers in, with bounded concurrency', async () => {
    const cases = Array.from({ length: 12 }, (_, i) => makeCase({ id: `c${i}`, expect: [exp('llm-judge', { rubric: 'good' })] }));
    const records = cases.flatMap((c, i) => [
      makeRecord({ caseId: c.id, output: `answer ${i}` }),
      makeRecord({ caseId: c.id, side: 'candidate', output: `answer ${i}` }),
    ]);
    let inFlight = 0;
    let peak = 0;
    const judge = async (request: CallRequest) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      const n = Number(request.caseId.slice(1));
      await new Promise((resolve) => setTimeout(resolve, (12 - n) * 2));
      inFlight--;
      const grade = n % 3 === 0 ? 'fail' : 'pass';
      return makeRecord({ side: 'judge', caseId: request.caseId, output: JSON.stringify({ grade, reason: 'r' }) });
    };
    const graded = await gradeCases({ cases, records, judge, concurrency: 3 });
    expect(peak).toBe(3);
    expect(graded.map((g) => g.case.id)).toEqual(cases.map((c) => c.id));
    expect(graded.map((g) => g.baseline.score)).toEqual(cases.map((_, n) => (n % 3 === 0 ? 0 : 1)));
  });

  it('keeps judge calls under a limit that changes while grading (adaptive concurrency)', async () => {
    const cases = Array.from({ length: 30 }, (_, i) => makeCase({ id: `c${i}`, expect: [exp('llm-judge', { rubric: 'good' })] }));
    const records = cases.map((c) => makeRecord({ caseId: c.id, output: 'answer' }));
    let limit = 6;
    let inFlight = 0;
    let finished = 0;
    const peaks: number[] = [];
    const judge = async (request: CallRequest) => {
      inFlight++;
      peaks.push(inFlight);
      await new Promise((resolve) => setTimeout(resolve, 3));
      inFlight--;
      // After 8 answers a "429" halves the limit twice; after 20 it recovers to 4.
      finished++;
      if (finished === 8) limit = 1;
      if (finished === 20) limit = 4;
      return makeRecord({ side: 'judge', caseId: request.caseId, output: JSON.stringify({ grade: 'pass', reason: 'r' }) });
    };
    const graded = await gradeCases({ cases, records, judge, concurrency: 8, judgeLimit: () => limit });
    expect(graded).toHaveLength(30);
    // Calls started at or before the 8th answer saw the first limit (6, below the concurrency of 8).
    expect(Math.max(...peaks)).toBe(6);
    // Once the limit is 1, the calls still in flight drain and then one runs at a time.
    const single = peaks.slice(14, 20);
    expect(single.every((p) => p === 1)).toBe(true);
    // Recovery lets several in again.
    expect(Math.max(...peaks.slice(21))).toBe(4);
  });

  it('ignores judge records mixed into the records', async () => {
    const records = [makeRecord({ caseId: 'a', output: 'billing' }), makeRecord({ caseId: 'a', side: 'judge', output: 'x', costUsd: 9 })];
    const [graded] = await gradeCases({ cases: [labelCase('a')], records });
    expect(graded?.baseline.costUsd).toBe(0.001);
  });

  it('rejects when a case needs a judge and none is given', async () => {
    const c = makeCase({ id: 'j', expect: [exp('llm-judge', { rubric: 'r' })] });
    await expect(gradeCases({ cases: [c], records: [makeRecord({ caseId: 'j', output: 'x' })] })).rejects.toThrow(/needs a judge model/);
  });

  it('rejects a concurrency below 1', async () => {
    await expect(gradeCases({ cases: [], records: [], concurrency: 0 })).rejects.toThrow(RangeError);
  });

  const judgeCase = (id: string) => makeCase({ id, expect: [exp('llm-judge', { rubric: 'good' }), exp('contains', { value: 'x' })] });

  it('leaves a repeat unjudged when the judge is down, instead of blaming the model with a 0', async () => {
    const judge = async (request: CallRequest) =>
      makeRecord({ side: 'judge', caseId: request.caseId, output: null, error: { kind: 'infra', message: 'HTTP 500' } });
    const [graded] = await gradeCases({ cases: [judgeCase('a')], records: [makeRecord({ caseId: 'a', output: 'x' })], judge });
    expect(graded?.baseline.score).toBeNull();
    expect(graded?.baseline.error).toEqual({ kind: 'infra', message: 'the judge could not grade this output: HTTP 500' });
  });

  it('leaves a repeat unjudged when its judge call was cancelled, and says why', async () => {
    const judge = async (request: CallRequest) =>
      makeRecord({ side: 'judge', caseId: request.caseId, output: null, error: { kind: 'cancelled', message: 'aborted' } });
    const [graded] = await gradeCases({ cases: [judgeCase('a')], records: [makeRecord({ caseId: 'a', output: 'x' })], judge });
    expect(graded?.baseline).toMatchObject({ score: null, repeatScores: [], output: 'x', costUsd: 0.001 });
    expect(graded?.baseline.error?.kind).toBe('cancelled');
  });

  it('makes no judge call once the signal has aborted, and still returns every case', async () => {
    const controller = new AbortController();
    let calls = 0;
    const judge = async (request: CallRequest) => {
      calls++;
      controller.abort();
      return makeRecord({ side: 'judge', caseId: request.caseId, output: '{"grade":"pass","reason":"ok"}' });
    };
    const cases = ['a', 'b', 'c'].map(judgeCase);
    const records = cases.map((c) => makeRecord({ caseId: c.id, output: 'x' }));
    const graded = await gradeCases({ cases, records, judge, concurrency: 1, signal: controller.signal });
    expect(calls).toBe(1);
    expect(graded.map((g) => g.baseline.score)).toEqual([1, null, null]);
  });
});

describe('grading hostile output', () => {
  const runner = createRegexRunner({ deadlineMs: 100 });
  afterAll(() => runner.close());
  const hangs = `${'a'.repeat(40)}!`;
  const catastrophic = exp('regex', { pattern: '^(a+)+$' });

  it('leaves a regex that does not finish out of the weighted mean', async () => {
    const c = makeCase({ id: 'r', expect: [catastrophic, exp('contains', { value: '!' })] });
    const [graded] = await gradeCases({ cases: [c], records: [makeRecord({ caseId: 'r', output: hangs })], regex: runner });
    expect(graded?.baseline.score).toBe(1);
    expect(graded?.baseline.grades[0]).toMatchObject({ type: 'regex', unjudged: true, reason: expect.stringContaining('did not finish within 100 ms') });
    expect(graded?.baseline.error).toBeUndefined();
  });

  it('leaves the output unjudged, not scored 0, when no weighted grader could decide', async () => {
    const c = makeCase({ id: 'r', expect: [catastrophic, exp('contains', { value: 'zzz' }, 0)] });
    const [graded] = await gradeCases({ cases: [c], records: [makeRecord({ caseId: 'r', output: hangs })], regex: runner });
    expect(graded?.baseline).toMatchObject({ score: null, repeatScores: [], output: hangs });
    expect(graded?.baseline.error).toMatchObject({ kind: 'infra', code: 'ungraded', message: expect.stringMatching(/^no grader could decide on this output: regex \/\^\(a\+\)\+\$\/ did not finish/) });
    expect(graded?.baseline.grades.map((g) => [g.type, g.unjudged ?? false])).toEqual([
      ['regex', true],
      ['contains', false],
    ]);
  });

  it('contains an exception of one grader on one output to that grade, and grades the rest', async () => {
    // A recursive schema is fine, but validating 10,000 nested objects overflows ajv's stack
    // (and the output still fits what graders read).
    const schema = { type: 'object', properties: { a: { $ref: '#' } } };
    const deep = `${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}`;
    expect(deep.length).toBeLessThanOrEqual(GRADE_INPUT_CHARS);
    const c = makeCase({ id: 'deep', expect: [exp('json', { schema }), exp('contains', { value: '"a"' })] });
    const records = [makeRecord({ caseId: 'deep', output: deep }), makeRecord({ caseId: 'deep', side: 'candidate', output: '{"a": {}}' })];
    const [graded] = await gradeCases({ cases: [c], records });
    expect(graded?.baseline.score).toBe(1);
    expect(graded?.baseline.grades[0]).toMatchObject({
      unjudged: true,
      reason: 'the json grader failed on this output: Maximum call stack size exceeded; the grade is left unjudged',
    });
    expect(graded?.candidate.score).toBe(1);
  });

  it(`shows graders only the first ${GRADE_INPUT_CHARS} characters and records the full length`, async () => {
    const long = `${'x'.repeat(GRADE_INPUT_CHARS)}MARK`;
    const c = makeCase({ id: 'long', expect: [exp('not-contains', { value: 'MARK' })] });
    const records = [
      makeRecord({ caseId: 'long', output: long }),
      // The transport already cut this one and kept the full length.
      makeRecord({ caseId: 'long', side: 'candidate', output: 'x'.repeat(GRADE_INPUT_CHARS), outputChars: 9_000_000 }),
    ];
    const [graded] = await gradeCases({ cases: [c], records });
    expect(graded?.baseline).toMatchObject({ score: 1, cappedFrom: GRADE_INPUT_CHARS + 4 });
    expect(graded?.candidate).toMatchObject({ score: 1, cappedFrom: 9_000_000 });
    const [short] = await gradeCases({ cases: [c], records: [makeRecord({ caseId: 'long', output: 'short' })] });
    expect(short?.baseline.cappedFrom).toBeUndefined();
  });
});

describe('grading and the event loop', () => {
  it('still grades what the run answered when the signal aborted before grading, within its grace', async () => {
    const { cases, records } = many(50);
    const graded = await gradeCases({ cases, records, signal: AbortSignal.abort(), abortGraceMs: 60_000 });
    expect(graded.every((g) => g.baseline.score === 1 && g.candidate.score === 1)).toBe(true);
  });

  const many = (n: number) => {
    const cases = Array.from({ length: n }, (_, i) => makeCase({ id: `c${i}`, expect: [exp('label', { value: 'billing' })] }));
    const records = cases.flatMap((c) => [makeRecord({ caseId: c.id, output: 'billing' }), makeRecord({ caseId: c.id, side: 'candidate', output: 'billing' })]);
    return { cases, records };
  };

  it('yields while grading many synchronous cases, so a callback queued before grading runs before it ends', async () => {
    const { cases, records } = many(200);
    let ranBeforeTheEnd = false;
    let ended = false;
    setImmediate(() => (ranBeforeTheEnd = !ended));
    await gradeCases({ cases, records });
    ended = true;
    expect(ranBeforeTheEnd).toBe(true);
  });

  it('stops on abort once its grace is over: what was graded keeps its score, every later output is unjudged as cancelled', async () => {
    const { cases, records } = many(200);
    const controller = new AbortController();
    // Runs at grading's first yield to the event loop, as a signal handler would.
    setImmediate(() => controller.abort());
    const graded = await gradeCases({ cases, records, signal: controller.signal, abortGraceMs: 0 });
    expect(graded).toHaveLength(200);
    const scores = graded.flatMap((g) => [g.baseline.score, g.candidate.score]);
    const judged = scores.findIndex((s) => s === null);
    // At least the first output was graded before the first yield, and at most one batch.
    expect(judged).toBeGreaterThan(0);
    expect(judged).toBeLessThanOrEqual(32);
    expect(scores.slice(0, judged).every((s) => s === 1)).toBe(true);
    expect(scores.slice(judged).every((s) => s === null)).toBe(true);
    expect(graded.at(-1)?.candidate.error).toEqual({ kind: 'cancelled', message: 'grading stopped before this output was graded (the run was aborted)' });
  });
});
