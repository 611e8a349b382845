// The `run` stage: EvalCase[] → CallRecord[], over real HTTP (Chat Completions or the
// Responses API, whole or streamed, direct or through a proxy), with our retry policy.
export { createAdaptiveConcurrency, DEFAULT_RECOVER_AFTER, type AdaptiveConcurrency, type AdaptiveOptions, type ConcurrencyStats } from './adaptive.js';
export { createBudgetLedger, type BudgetLedger, type BudgetSummary, type Reservation } from './budget.js';
export { createCaller, type CallerOptions } from './caller.js';
export { createRunControl, type RunControl, type RunControlOptions, type RunControlSummary } from './control.js';
export { callCost, parseUsage, ratesFor, readResponsesUsage, readUsage } from './cost.js';
export { createClient, isKeyless } from './client.js';
export { PROTOCOLS, responsesParams, splitMessages, type Answer, type Protocol } from './protocols/index.js';
export { bypassesProxy, parseProxyUrl, proxyEnvFrom, proxyFor, type ProxyEnv } from './proxy.js';
export {
  DEFAULT_OUTPUT_CAP_TOKENS,
  outputCapTokens,
  typicalPromptTokens,
  worstCaseCallUsd,
  worstCasePromptTokens,
} from './estimate.js';
export { estimateRunCost, TYPICAL_COMPLETION_TOKENS, TYPICAL_JUDGE_COMPLETION_TOKENS, type RunCostEstimate } from './run-estimate.js';
export { describeFailure, type Failure } from './failure.js';
export { budgetMessage, fatalMessage, modelField } from './messages.js';
export {
  backoffDelayMs,
  classifyStatus,
  createRetryBudget,
  parseRetryAfter,
  RETRY_DEFAULTS,
  retryCost,
  seededRandom,
  type RetryBudget,
  type RetryPolicy,
  type StatusClass,
} from './retry.js';
export { planCalls, runCases, type PlannedCall, type RunCasesOptions, type RunProgress } from './schedule.js';
export { warmUp, type WarmUpOptions } from './warmup.js';
export { dispatchOrder } from './order.js';
