// The `run` stage: EvalCase[] → CallRecord[], over real HTTP, with our retry policy.
export { createCaller, type CallerOptions } from './caller.js';
export { callCost, parseUsage } from './cost.js';
export { describeFailure, type Failure } from './failure.js';
export { fatalMessage, modelField } from './messages.js';
export {
  backoffDelayMs,
  classifyStatus,
  createRetryBudget,
  parseRetryAfter,
  RETRY_DEFAULTS,
  seededRandom,
  type RetryBudget,
  type RetryPolicy,
  type StatusClass,
} from './retry.js';
export { planCalls, runCases, type PlannedCall, type RunCasesOptions, type RunProgress } from './schedule.js';
export { warmUp, type WarmUpOptions } from './warmup.js';
