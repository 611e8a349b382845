// The verdict never reads an outage, a rejected request or an unknown cost as a model's
// quality: those runs end `error` with a code, and the headline names the model, what
// happened to its calls and the endpoint's own words.
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { headlineOf } from '../../src/report/index.js';
import type { CallError, CallRecord, GradedCase } from '../../src/types.js';
import { config, graded, record, side } from './build.js';
import { warningWords } from '../../src/report/warnings.js';

const MAX_TOKENS_400 = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";

/** n cases; `fail(side, i)` returns the error of that call, or undefined for an answer scoring 1 at $0.002. */
function run(n: number, fail: (side: 'baseline' | 'candidate', i: number) => CallError | undefined, over: Partial<CallRecord> = {}) {
  const cases: GradedCase[] = [];
  const records: CallRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `k${String(i).padStart(3, '0')}`;
    const sides = (['baseline', 'candidate'] as const).map((s) => {
      const error = fail(s, i);
      const r: CallRecord = { ...record(id, s, error ? 0 : 0.002, error?.kind === 'timeout' ? 2000 : error ? null : 100), ...(error ? {} : over) };
      if (error) {
        r.error = error;
        r.output = null;
      }
      records.push(r);
      const scoreless = error && (error.kind === 'infra' || error.kind === 'cancelled');
      return side(scoreless ? null : error ? 0 : 1, r.costUsd, error ? { error } : {});
    });
    cases.push(graded(id, [], sides[0]!, sides[1]!));
  }
  return compare({ config: { ...config(), run: { ...config().run, timeoutMs: 2000 } }, graded: cases, records, seed: 7 });
}

describe('verdicts that fail closed', () => {
  it('says error, model-rejects-request, when the candidate gets the same 400 on every call', () => {
    const result = run(40, (s) => (s === 'candidate' ? { kind: 'request', status: 400, message: MAX_TOKENS_400, param: 'max_tokens' } : undefined));
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'rejected', code: 'model-rejects-request', side: 'candidate', calls: 40, error: { status: 400, count: 40 } });
    const headline = headlineOf(result);
    expect(headline).toContain('candidate cand-m at http://127.0.0.1:1/v1 rejects the request (not a model regression)');
    expect(headline).toContain(MAX_TOKENS_400);
    expect(headline).toContain('(parameter max_tokens)');
    expect(headline).toContain('use max_completion_tokens instead of max_tokens in models.candidate.params');
  });

  it('reads the parameter from the message when the error body names none, and hints to remove a sampling parameter', () => {
    const message = "Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.";
    const result = run(20, (s) => (s === 'candidate' ? { kind: 'request', status: 400, message } : undefined));
    expect(result.reason).toMatchObject({ kind: 'rejected' });
    expect(headlineOf(result)).toContain('remove temperature from models.candidate.params');
  });

  it('keeps scoring stray 4xx as 0 when they are a few cases', () => {
    const result = run(40, (s, i) => (s === 'candidate' && i < 3 ? { kind: 'request', status: 400, message: 'content filter' } : undefined));
    expect(result.reason.kind).toBe('checks');
    expect(result.models.candidate.errorRate).toBeCloseTo(3 / 40, 12);
  });

  it('says error, model-down, when every call of both models timed out, never pass or inconclusive', () => {
    const result = run(30, () => ({ kind: 'timeout', message: 'no answer within the 2000 ms timeout' }));
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'outage', code: 'model-down', sides: ['baseline', 'candidate'] });
    expect(headlineOf(result)).toBe(
      'could not judge: neither model answered (not a model regression): ' +
        'the baseline base-m at http://127.0.0.1:1/v1 answered 0 of 30 calls: 30 timed out at your 2 s timeout; ' +
        'the candidate cand-m at http://127.0.0.1:1/v1 answered 0 of 30 calls: 30 timed out at your 2 s timeout',
    );
  });

  it('says error when the baseline answered fewer than half of its calls, whatever the candidate did', () => {
    const result = run(30, (s, i) => (s === 'baseline' && i < 16 ? { kind: 'infra', message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' } : undefined));
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'outage', sides: ['baseline'] });
    expect(headlineOf(result)).toContain('answered 14 of 30 calls: 16 failed to connect or read the answer: "connect ECONNREFUSED 127.0.0.1:9"');
  });

  it('says error for a redirect on every call of both models, naming it', () => {
    const result = run(10, () => ({ kind: 'infra', status: 307, code: 'redirect', message: 'HTTP 307 redirect to https://example.test/v1/' }));
    expect(result.verdict).toBe('error');
    expect(headlineOf(result)).toContain('got a redirect');
  });

  it('fails when only the candidate times out on most calls, and says it timed out at the production timeout', () => {
    const result = run(40, (s, i) => (s === 'candidate' && i < 39 ? { kind: 'timeout', message: 'no answer within the 2000 ms timeout' } : undefined));
    expect(result.verdict).toBe('fail');
    expect(result.reason).toMatchObject({ kind: 'checks', timedOut: { share: 39 / 40, timeoutMs: 2000 } });
    expect(result.checks.find((c) => c.metric === 'errorRate')?.status).toBe('fail');
    expect(headlineOf(result)).toMatch(/^the candidate cand-m timed out on 98% of calls at your 2 s timeout \(or its endpoint is down\): /);
  });

  it('says error, infra, when only the candidate cannot be reached, with the transport reason', () => {
    const result = run(20, (s) => (s === 'candidate' ? { kind: 'infra', message: 'connect ECONNREFUSED 127.0.0.1:9', code: 'ECONNREFUSED' } : undefined));
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'infra', side: 'candidate', error: { code: 'ECONNREFUSED', count: 20 } });
    expect(headlineOf(result)).toContain('ECONNREFUSED');
  });

  it('makes cost unmeasured and the verdict error when answers came without usage, never a $0 pass', () => {
    const result = run(30, () => undefined, { usageMissing: true, costUsd: 0 });
    expect(result.verdict).toBe('error');
    expect(result.reason).toMatchObject({ kind: 'costUnmeasured', code: 'cost-unmeasured' });
    const qpd = result.checks.find((c) => c.metric === 'qualityPerDollar');
    expect(qpd?.status).toBe('inconclusive');
    expect(qpd?.unmeasured).toContain('returned no usage for 30 of 30 answered calls');
    expect(headlineOf(result)).toContain('cost cannot be judged');
  });

  it('judges the other checks when quality per dollar is off and usage is missing', () => {
    const cases = run(30, () => undefined, { usageMissing: true });
    expect(cases.models.candidate.usageMissing).toBe(30);
    const off = compare({
      config: { ...config({ thresholds: { qualityPerDollar: false } }) },
      graded: [graded('a', [], side(1, 0), side(1, 0))],
      records: [{ ...record('a', 'baseline', 0, 100), usageMissing: true }, record('a', 'candidate', 0, 100)],
    });
    expect(off.reason.kind).not.toBe('costUnmeasured');
  });

  it('counts answers cut at the token limit per model and warns about them', () => {
    const result = run(10, () => undefined, { finishReason: 'length' });
    expect(result.models.baseline.cutAtTokenLimit).toBe(10);
    expect(result.warnings).toContainEqual({ code: 'cut-at-token-limit', side: 'baseline', model: expect.any(String), calls: 10, cut: 10 });
    expect(result.warnings.map(warningWords).some((w) => w.includes('10 of 10 answers were cut at the token limit'))).toBe(true);
  });
});
