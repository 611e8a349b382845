import { describe, expect, it } from 'vitest';
import { callCost, parseUsage } from '../../src/run/index.js';

describe('callCost', () => {
  it('bills uncached prompt, cached prompt and completion at their own prices per 1M tokens', () => {
    const price = { input: 2.5, cachedInput: 1.25, output: 10 };
    // (600 × 2.5 + 400 × 1.25 + 300 × 10) / 1e6 = (1500 + 500 + 3000) / 1e6
    expect(callCost({ prompt: 1000, cached: 400, completion: 300, reasoning: 200 }, price)).toBe(0.005);
  });

  it('does not add reasoning tokens on top of completion tokens', () => {
    const price = { input: 0, cachedInput: 0, output: 1 };
    expect(callCost({ prompt: 0, cached: 0, completion: 1_000_000, reasoning: 900_000 }, price)).toBe(1);
  });
});

describe('parseUsage', () => {
  it('reads prompt, cached, completion and reasoning tokens', () => {
    const usage = parseUsage({
      prompt_tokens: 120,
      completion_tokens: 80,
      total_tokens: 200,
      prompt_tokens_details: { cached_tokens: 64 },
      completion_tokens_details: { reasoning_tokens: 30 },
    });
    expect(usage).toEqual({ prompt: 120, cached: 64, completion: 80, reasoning: 30 });
  });

  it('counts missing fields and a missing usage object as zero', () => {
    expect(parseUsage({ prompt_tokens: 5 })).toEqual({ prompt: 5, cached: 0, completion: 0, reasoning: 0 });
    expect(parseUsage(undefined)).toEqual({ prompt: 0, cached: 0, completion: 0, reasoning: 0 });
    expect(parseUsage({ prompt_tokens: null, prompt_tokens_details: null })).toEqual({
      prompt: 0,
      cached: 0,
      completion: 0,
      reasoning: 0,
    });
  });
});
