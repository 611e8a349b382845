// The run's cost before it starts, printed so nobody is surprised by the bill:
//   worst case = what the budget ledger would reserve for every call (prompt over-estimated,
//                the full completion cap), judge calls included;
//   expected   = typical prompt tokens (~4 characters a token) and a typical completion.
import { ratesFor } from './cost.js';
import { DEFAULT_GRADES, judgeRequest } from '../grade/judge-request.js';
import type { ChatMessage, EvalCase, GateConfig, ModelConfig, Price, Side } from '../types.js';
import { SIDES, alternativeSlot, messagesFor, type ModelSlot } from '../types.js';
import { outputCapTokens, typicalPromptTokens, worstCasePromptTokens } from './estimate.js';

/** Completion tokens of a typical answer (capped by max_tokens): a guess, labelled as one in the report. */
export const TYPICAL_COMPLETION_TOKENS = 256;
/** A forced submit_grade tool call: a grade and one sentence. */
export const TYPICAL_JUDGE_COMPLETION_TOKENS = 80;

export interface RunCostEstimate {
  /** Baseline, candidate and alternatives' calls: cases × repeats × (2 + alternatives). */
  calls: number;
  /** One per llm-judge expectation per graded output. */
  judgeCalls: number;
  expectedUsd: number;
  worstCaseUsd: number;
  /** Per role, so the report can say where the money goes. */
  byRole: Record<Side | 'judge', { expectedUsd: number; worstCaseUsd: number }>;
  /** models.alternatives' calls, all of them together. */
  alternatives?: { expectedUsd: number; worstCaseUsd: number };
  /** Roles whose params set no max_tokens / max_completion_tokens: their worst case assumes DEFAULT_OUTPUT_CAP_TOKENS. */
  uncapped: (Side | 'judge')[];
}

function usd(prompt: number, completion: number, price: Price, worst: boolean): number {
  const rates = ratesFor(price, prompt);
  const input = worst ? Math.max(rates.input, rates.cachedInput) : rates.input;
  return (prompt * input + completion * rates.output) / 1e6;
}

function judgeMessages(evalCase: EvalCase, rubric: string, grades: Record<string, number>): { messages: ChatMessage[]; params: Record<string, unknown> } {
  const request = judgeRequest({ evalCase, repeat: 0, output: '', rubric, grades });
  return { messages: request.messages, params: request.params };
}

export function estimateRunCost(cases: readonly EvalCase[], config: Pick<GateConfig, 'models' | 'alternatives' | 'judge' | 'run'>): RunCostEstimate {
  const repeats = config.run.repeats;
  const byRole = {
    baseline: { expectedUsd: 0, worstCaseUsd: 0 },
    candidate: { expectedUsd: 0, worstCaseUsd: 0 },
    judge: { expectedUsd: 0, worstCaseUsd: 0 },
  };
  const alternatives = { expectedUsd: 0, worstCaseUsd: 0 };
  const judge: ModelConfig | undefined = config.judge;
  const judgeCap = judge ? outputCapTokens(judge.params) : undefined;
  let judgeCalls = 0;
  const models: { slot: ModelSlot; model: ModelConfig; bucket: { expectedUsd: number; worstCaseUsd: number } }[] = [
    ...SIDES.map((side) => ({ slot: side as ModelSlot, model: config.models[side], bucket: byRole[side] })),
    ...(config.alternatives ?? []).map((model, i) => ({ slot: alternativeSlot(i), model, bucket: alternatives })),
  ];

  for (const evalCase of cases) {
    const judged = evalCase.expect.filter((e) => e.type === 'llm-judge');
    for (const { slot, model, bucket } of models) {
      const cap = outputCapTokens(model.params).tokens;
      const typical = Math.min(cap, TYPICAL_COMPLETION_TOKENS);
      const sent = messagesFor(evalCase, slot);
      bucket.worstCaseUsd += repeats * usd(worstCasePromptTokens(sent, model.params), cap, model.price, true);
      bucket.expectedUsd += repeats * usd(typicalPromptTokens(sent, model.params), typical, model.price, false);
      if (!judge || !judgeCap) continue;
      for (const expectation of judged) {
        const rubric = typeof expectation['rubric'] === 'string' ? expectation['rubric'] : '';
        const grades = (expectation['grades'] as Record<string, number> | undefined) ?? DEFAULT_GRADES;
        const { messages, params } = judgeMessages(evalCase, rubric, grades);
        const merged = { ...judge.params, ...params };
        // The judge reads the answer: at worst the whole completion cap, typically a typical answer.
        const worstPrompt = worstCasePromptTokens(messages, merged) + cap;
        const typicalPrompt = typicalPromptTokens(messages, merged) + typical;
        const typicalOut = Math.min(judgeCap.tokens, TYPICAL_JUDGE_COMPLETION_TOKENS);
        byRole.judge.worstCaseUsd += repeats * usd(worstPrompt, judgeCap.tokens, judge.price, true);
        byRole.judge.expectedUsd += repeats * usd(typicalPrompt, typicalOut, judge.price, false);
        judgeCalls += repeats;
      }
    }
  }

  const uncapped: (Side | 'judge')[] = SIDES.filter((side) => outputCapTokens(config.models[side].params).source === 'default');
  if (judgeCalls > 0 && judgeCap?.source === 'default') uncapped.push('judge');
  const alternativeCount = config.alternatives?.length ?? 0;
  return {
    calls: cases.length * repeats * (2 + alternativeCount),
    judgeCalls,
    expectedUsd: byRole.baseline.expectedUsd + byRole.candidate.expectedUsd + alternatives.expectedUsd + byRole.judge.expectedUsd,
    worstCaseUsd: byRole.baseline.worstCaseUsd + byRole.candidate.worstCaseUsd + alternatives.worstCaseUsd + byRole.judge.worstCaseUsd,
    byRole,
    ...(alternativeCount > 0 ? { alternatives } : {}),
    uncapped,
  };
}
