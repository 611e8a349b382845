import type { CallRecord, EvalCase, Expectation } from '../../src/types.js';

export function makeCase(overrides: Partial<EvalCase> & { expect?: Expectation[] } = {}): EvalCase {
  return {
    id: 'case-1',
    tags: [],
    vars: {},
    messages: [{ role: 'user', content: 'Route this message: refund please' }],
    expect: [],
    source: { file: 'evals/a.yaml', line: 3 },
    ...overrides,
  };
}

export function makeRecord(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    caseId: 'case-1',
    side: 'baseline',
    repeat: 0,
    model: 'm',
    output: '',
    latencyMs: 100,
    usage: { prompt: 10, cached: 0, completion: 5, reasoning: 0 },
    costUsd: 0.001,
    attempts: 1,
    ...overrides,
  };
}

export const ctxFor = (evalCase = makeCase()) => ({ evalCase, repeat: 0 });
