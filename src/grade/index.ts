// Grading: CallRecord[] → GradedCase[]. One file per grader under graders/, one registry.
export { gradeCases, type GradeCasesOptions } from './grade-cases.js';
export { gradeOutput, resolveExpectation, weightedMean } from './grade-output.js';
export { graders, GRADER_NAMES, isGraderName, type GraderName } from './registry.js';
export {
  DEFAULT_GRADES,
  JUDGE_ERROR_PREFIX,
  JudgeUnavailableError,
  gradesBestFirst,
  judgeRequest,
  readVerdict,
} from './graders/llm-judge.js';
export { extractJson, type ExtractResult } from './extract-json.js';
export { checkJsonSchema } from './json-schema.js';
export { REGEX_DEADLINE_MS, createRegexRunner, type RegexRunner, type RegexVerdict } from './regex-runner.js';
export { GradingCancelledError } from './cancelled.js';
export { normaliseLabel } from './graders/label.js';
export type { GradeContext, GraderDefinition, GraderOutcome } from './types.js';
