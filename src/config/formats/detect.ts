// Which format an eval file is written in, when its `evals:` entry does not say: by name
// (promptfooconfig.*), then by the shape of its content. llm-gate's own cases always have
// `expect`; promptfoo tests have `assert` or `vars` and no `expect`; OpenAI evals samples
// have `input` with `ideal`, or an Evals API `item`.
import { basename } from 'node:path';
import type { EvalSourceOptions } from '../../types.js';
import { jsonDepthProblem } from '../nesting.js';
import { looksLikeOpenAiEvals } from './openai-evals.js';
import { looksLikePromptfoo } from './promptfoo.js';

export type DetectedFormat = Exclude<EvalSourceOptions['format'], 'auto'>;

export function formatByName(file: string): DetectedFormat | undefined {
  return /^promptfooconfig(\.[\w-]+)?\.(ya?ml|json)$/i.test(basename(file)) ? 'promptfoo' : undefined;
}

/** For YAML and JSON files: the parsed document's value. */
export function detectDocumentFormat(file: string, value: unknown): DetectedFormat {
  return formatByName(file) ?? (looksLikePromptfoo(value) ? 'promptfoo' : 'llm-gate');
}

/** For JSONL files: the first line that parses as a JSON object decides; a file of none is llm-gate's. */
export function detectLinesFormat(text: string): DetectedFormat {
  let start = 0;
  for (let guard = 0; guard < 1_000 && start < text.length; guard++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    start = end < 0 ? text.length : end + 1;
    if (line === '') continue;
    // Too deep to walk: the reader of llm-gate's own JSONL reports it at its line.
    if (jsonDepthProblem(line)) return 'llm-gate';
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return 'llm-gate';
    }
    if (looksLikeOpenAiEvals(value)) return 'openai-evals';
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && looksLikePromptfoo([value])) return 'promptfoo';
    return 'llm-gate';
  }
  return 'llm-gate';
}
