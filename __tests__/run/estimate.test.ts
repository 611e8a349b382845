import { describe, expect, it } from 'vitest';
import { judgeRequest } from '../../src/grade/index.js';
import {
  DEFAULT_OUTPUT_CAP_TOKENS,
  estimateRunCost,
  outputCapTokens,
  TYPICAL_COMPLETION_TOKENS,
  worstCaseCallUsd,
  worstCasePromptTokens,
} from '../../src/run/index.js';
import { promptTokens } from '../../src/simulator/index.js';
import type { ChatMessage, EvalCase, GateConfig, ModelConfig } from '../../src/types.js';

const price = { input: 2, cachedInput: 1, output: 8 };

function model(name: string, params: Record<string, unknown> = {}): ModelConfig {
  return { model: name, baseUrl: 'http://127.0.0.1:1/v1', apiKeyEnv: 'K', params, price, priceSource: { kind: 'config' } };
}

function evalCase(id: string, text: string, expect: EvalCase['expect'] = [{ type: 'contains', weight: 1, value: 'x' }]): EvalCase {
  return { id, tags: [], vars: {}, messages: [{ role: 'user', content: text }], expect, source: { file: 'e.yaml', line: 1 } };
}

describe('worstCasePromptTokens', () => {
  it('counts one token per 3 UTF-8 bytes plus per-message overhead', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'a'.repeat(30) }, // 6 + 30 bytes
      { role: 'user', content: 'b'.repeat(26) }, // 4 + 26 bytes
    ];
    // ceil(66 / 3) = 22, + 5 per message × 2, + 4 per request
    expect(worstCasePromptTokens(messages)).toBe(36);
  });

  it('counts multi-byte text by its bytes, so CJK prompts are not under-estimated', () => {
    const cjk = worstCasePromptTokens([{ role: 'user', content: '請'.repeat(300) }]);
    // 300 characters of 3 bytes: at least 300 tokens, where characters / 3 would say 100.
    expect(cjk).toBeGreaterThanOrEqual(300);
  });

  it('adds tool and response schemas from the params, which are billed as prompt', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi' }];
    const tools = [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }];
    // 'user' + 'hi' = 6 bytes, + the tools' JSON; overhead 5 + 4.
    expect(worstCasePromptTokens(messages, { tools })).toBe(Math.ceil((6 + JSON.stringify(tools).length) / 3) + 9);
    expect(worstCasePromptTokens(messages, { temperature: 0 })).toBe(2 + 9);
  });

  it("is never below the simulator's own prompt count (4 characters a token)", () => {
    const texts = ['', 'short', 'Route ticket 12 to billing, shipping, technical or account.', 'x'.repeat(5000)];
    for (const text of texts) {
      const messages: ChatMessage[] = [
        { role: 'system', content: 'You route tickets.' },
        { role: 'user', content: text },
      ];
      expect(worstCasePromptTokens(messages)).toBeGreaterThanOrEqual(promptTokens(messages));
    }
  });
});

describe('outputCapTokens', () => {
  it('takes max_completion_tokens over max_tokens, and the documented default when neither is set', () => {
    expect(outputCapTokens({ max_tokens: 100, max_completion_tokens: 300 })).toEqual({ tokens: 300, source: 'max_completion_tokens' });
    expect(outputCapTokens({ max_tokens: 100 })).toEqual({ tokens: 100, source: 'max_tokens' });
    expect(outputCapTokens({ temperature: 0 })).toEqual({ tokens: DEFAULT_OUTPUT_CAP_TOKENS, source: 'default' });
  });
});

describe('worstCaseCallUsd', () => {
  it('prices every prompt token uncached and the whole completion cap at the output price', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'c'.repeat(296) }]; // 300 bytes → 100 + 5 + 4 = 109 tokens
    expect(worstCaseCallUsd({ messages, params: { max_tokens: 500 }, price })).toBeCloseTo((109 * 2 + 500 * 8) / 1e6, 12);
  });
});

describe('estimateRunCost', () => {
  const cases = [evalCase('a', 'x'.repeat(296)), evalCase('b', 'y'.repeat(296))];
  const config: Pick<GateConfig, 'models' | 'judge' | 'run'> = {
    models: { baseline: model('base', { max_tokens: 500 }), candidate: model('cand', { max_tokens: 500 }) },
    run: { concurrency: 4, repeats: 3, timeoutMs: 30_000, retries: 2 },
  };

  it('makes the worst case the sum of every call the ledger would reserve', () => {
    const estimate = estimateRunCost(cases, config);
    const perCall = (109 * 2 + 500 * 8) / 1e6;
    expect(estimate.calls).toBe(12);
    expect(estimate.judgeCalls).toBe(0);
    expect(estimate.worstCaseUsd).toBeCloseTo(12 * perCall, 12);
    expect(estimate.uncapped).toEqual([]);
  });

  it('makes the expected cost a typical prompt and a typical completion, below the worst case', () => {
    const estimate = estimateRunCost(cases, config);
    // ceil(296 / 4) + 4 + 3 = 81 prompt tokens, min(500, TYPICAL_COMPLETION_TOKENS) completion.
    const perCall = (81 * 2 + Math.min(500, TYPICAL_COMPLETION_TOKENS) * 8) / 1e6;
    expect(estimate.expectedUsd).toBeCloseTo(12 * perCall, 12);
    expect(estimate.expectedUsd).toBeLessThan(estimate.worstCaseUsd);
  });

  it('includes one judge call per llm-judge expectation per output, reading up to the whole answer', () => {
    const judged = [evalCase('j', 'z'.repeat(30), [{ type: 'llm-judge', weight: 1, rubric: 'is it right?' }])];
    const withJudge = { ...config, judge: model('judge', { max_tokens: 100 }) };
    const estimate = estimateRunCost(judged, withJudge);
    expect(estimate.judgeCalls).toBe(6); // 1 case × 2 sides × 3 repeats
    const request = judgeRequest({ evalCase: judged[0]!, repeat: 0, output: '', rubric: 'is it right?', grades: { pass: 1, partial: 0.5, fail: 0 } });
    const judgePrompt = worstCasePromptTokens(request.messages, request.params) + 500;
    expect(estimate.byRole.judge.worstCaseUsd).toBeCloseTo(6 * ((judgePrompt * 2 + 100 * 8) / 1e6), 12);
    expect(estimate.worstCaseUsd).toBeCloseTo(estimate.byRole.baseline.worstCaseUsd * 2 + estimate.byRole.judge.worstCaseUsd, 12);
  });

  it('names the roles whose worst case rests on the default cap because no max_tokens is set', () => {
    const judged = [evalCase('j', 'q', [{ type: 'llm-judge', weight: 1, rubric: 'r' }])];
    const estimate = estimateRunCost(judged, { ...config, models: { ...config.models, candidate: model('cand') }, judge: model('judge') });
    expect(estimate.uncapped).toEqual(['candidate', 'judge']);
  });
});
