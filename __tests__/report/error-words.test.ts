import { describe, expect, it } from 'vitest';
import { failureWords, rejectionHint } from '../../src/report/error-words.js';

describe('failureWords', () => {
  it('says a too-large answer is over the cap, not an HTTP error', () => {
    const words = failureWords({ kind: 'request', status: 200, code: 'response-too-large', message: 'the response was larger than 8 MiB (run.maxResponseSize)', count: 6 }, 10_000);
    expect(words).toBe('6 answered with more than the response cap: "the response was larger than 8 MiB (run.maxResponseSize)"');
  });

  it('names the status and the endpoint’s words for another request error', () => {
    expect(failureWords({ kind: 'request', status: 400, message: 'Unsupported parameter', count: 2 }, undefined)).toBe('2 got HTTP 400: "Unsupported parameter"');
  });
});

describe('rejectionHint', () => {
  it('points a reasoning model’s max_tokens refusal at max_completion_tokens', () => {
    const group = { kind: 'request' as const, status: 400, message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", count: 12 };
    expect(rejectionHint('candidate', group)).toMatch(/^use max_completion_tokens instead of max_tokens in models.candidate.params/);
  });
});
