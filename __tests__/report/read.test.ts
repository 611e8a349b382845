import { afterAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportFile, type ReadScratch } from '../../src/report/read.js';
import { LlmGateError } from '../../src/errors.js';

// A partial report arrives as a workflow artifact anyone with write access can replace: the
// reader checks it a case and a record at a time, and every problem names the file and field.

const side = (score: number) => ({ score, output: 'ok', outputChars: 2, latencyMs: 10, costUsd: 0.001, error: null, repeatScores: [score], grades: [{ type: 'contains', weight: 1, score, reason: 'r' }] });
const record = (caseId: string, s: 'baseline' | 'candidate') => ({ caseId, side: s, repeat: 0, model: 'm', key: 'a'.repeat(64), outputInCase: true, latencyMs: 10, usage: { prompt: 1, cached: 0, completion: 1, reasoning: 0 }, costUsd: 0.001, attempts: 1 });
function report(cases = 3): Record<string, unknown> {
  const ids = Array.from({ length: cases }, (_, i) => `c${i}`);
  return {
    schema: 'llm-gate/report@1',
    verdict: 'pass',
    evalSet: { files: ['e.jsonl'], cases, contentHash: 'h' },
    repeats: 1,
    cases: ids.map((id) => ({ id, baseline: side(1), candidate: side(0), extra: 'dropped' })),
    records: ids.flatMap((id) => [record(id, 'baseline'), record(id, 'candidate')]),
    shard: { index: 1, count: 2, cases: 6 },
  };
}

const dir = await mkdtemp(join(tmpdir(), 'llm-gate-read-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(value: unknown, scratch?: ReadScratch) {
  const path = join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return readReportFile(path, 'partial.json', undefined, scratch);
}

async function problem(value: unknown): Promise<LlmGateError> {
  try {
    await read(value);
  } catch (err) {
    expect(err).toBeInstanceOf(LlmGateError);
    return err as LlmGateError;
  }
  throw new Error('expected the report to be refused');
}

describe('reading a report back', () => {
  test('checks every case and record, keeping only the fields it knows', async () => {
    const stored = await read(report());
    expect(stored.cases.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(stored.cases[1]).not.toHaveProperty('extra');
    expect(stored.records).toHaveLength(6);
    expect(stored.shard).toEqual({ index: 1, count: 2, cases: 6 });
  });

  test('a bad value deep in one case or record is refused with the field that holds it', async () => {
    const badCase = report();
    (badCase.cases as { baseline: { score: unknown } }[])[2]!.baseline.score = 'high';
    expect((await problem(badCase)).message).toMatch(/^partial\.json is not an llm-gate report this version can read: cases\[2\]\.baseline\.score: /);
    const badRecord = report();
    (badRecord.records as { key: string }[])[4]!.key = 'not-hex';
    expect((await problem(badRecord)).field).toBe('records[4].key');
  });

  test('a wrong shape at the top is refused as a whole, before any case is looked at', async () => {
    expect((await problem([1, 2])).message).toContain('(top level)');
    expect((await problem({ ...report(), cases: { c0: {} } })).field).toBe('cases');
    expect((await problem({ ...report(), records: 'all of them' })).field).toBe('records');
    expect((await problem({ ...report(), schema: 'llm-gate/report@0' })).field).toBe('schema');
    expect((await problem('{"cases": [')).message).toMatch(/^partial\.json is not JSON/);
  });

  test('one read buffer serves reports of any size in turn, and a report over the limit is refused unread', async () => {
    const scratch: ReadScratch = {};
    expect((await read(report(50), scratch)).cases).toHaveLength(50);
    const first = scratch.buffer;
    expect((await read(report(2), scratch)).cases).toHaveLength(2);
    expect(scratch.buffer).toBe(first);
    expect((await read(report(200), scratch)).cases).toHaveLength(200);
    const path = join(dir, 'big.json');
    await writeFile(path, JSON.stringify(report(10)));
    await expect(readReportFile(path, 'big.json', 100)).rejects.toThrow(/more than the 100 a report may have/);
  });
});
