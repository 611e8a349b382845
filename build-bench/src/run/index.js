// The `run` stage: EvalCase[] → CallRecord[], over real HTTP, with our retry policy.
export { createCaller } from './caller.js';
export { callCost, parseUsage } from './cost.js';
export { describeFailure } from './failure.js';
export { fatalMessage, modelField } from './messages.js';
export { backoffDelayMs, classifyStatus, createRetryBudget, parseRetryAfter, RETRY_DEFAULTS, seededRandom, } from './retry.js';
export { planCalls, runCases } from './schedule.js';
export { warmUp } from './warmup.js';
