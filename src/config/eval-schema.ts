// The shape of one eval case. Expectations are checked against the grader registry in
// expectations.ts (for errors that name the grader's own options); the JSON Schema for
// editors gets one entry per grader instead, so each `type` autocompletes its options.
import { z } from 'zod';
import { graders } from '../grade/registry.js';

export const ROLES = ['system', 'developer', 'user', 'assistant'] as const;

export const messageSchema = z.strictObject({
  role: z.enum(ROLES).describe('Chat role.'),
  content: z.string().describe('Message text; {{vars}} are filled from the case.'),
});

export const weightSchema = z.number().positive().describe('Weight of this grader in the case score (a weighted mean). Default: 1.');

function caseShape<E extends z.ZodType>(expectation: E) {
  return z.strictObject({
    id: z
      .union([z.string().min(1), z.number().int()])
      .transform(String)
      .describe('Unique id across the whole eval set.'),
    description: z.string().optional().describe('What the case checks, for humans. Ignored by the gate.'),
    tags: z.array(z.string().min(1)).default([]).describe('Tags for per-tag breakdowns. Default: [].'),
    vars: z.record(z.string(), z.unknown()).default({}).describe('Values for {{vars}} in the prompt templates. Default: {}.'),
    prompt: z
      .string()
      .optional()
      .describe('User message template. Default: the config\'s prompt.user. The config\'s prompt.system is sent before it.'),
    messages: z
      .array(messageSchema)
      .min(1)
      .optional()
      .describe('The whole conversation instead of `prompt`; the config\'s prompt is then not used.'),
    expect: z.array(expectation).min(1).describe('Graders; the case score is their weighted mean, in [0, 1].'),
    ideal: z.string().optional().describe('Reference answer, shown to llm-judge graders. Default: none.'),
    reference: z
      .string()
      .optional()
      .describe('The same as `ideal`, under the name `llm-gate import` writes (the production answer); give one of the two. Default: none.'),
  }).meta({ title: 'Eval case', description: 'One input for both models, and how to grade their outputs.' });
}

/** For validation: expectations are only required to be mappings here. */
export const caseSchema = caseShape(z.record(z.string(), z.unknown()));

/** For the JSON Schema: one alternative per registered grader. */
export function documentedCaseSchema() {
  const entries = Object.entries(graders).map(([type, def]) =>
    def.options
      .extend({ type: z.literal(type).describe(def.description), weight: weightSchema.optional() })
      .strict()
      .meta({ title: `${type} grader`, description: def.description }),
  );
  return caseShape(z.union(entries as unknown as [z.ZodObject, ...z.ZodObject[]]));
}

export type ParsedCase = z.output<typeof caseSchema>;
