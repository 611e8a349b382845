// One file per grader, one map: its keys are the valid `type` names of an expectation
// (the vitest reporters pattern), so the config schema and the docs derive from it.
import type { GraderDefinition } from './types.js';
import { equals } from './graders/equals.js';
import { contains, notContains } from './graders/contains.js';
import { regex } from './graders/regex.js';
import { json } from './graders/json.js';
import { jsonFields } from './graders/json-fields.js';
import { label } from './graders/label.js';
import { llmJudge } from './graders/llm-judge.js';

export const graders = {
  equals,
  contains,
  'not-contains': notContains,
  regex,
  json,
  'json-fields': jsonFields,
  label,
  'llm-judge': llmJudge,
} satisfies Record<string, GraderDefinition<any>>;

export type GraderName = keyof typeof graders;

export const GRADER_NAMES = Object.keys(graders) as GraderName[];

export function isGraderName(name: string): name is GraderName {
  return Object.hasOwn(graders, name);
}
