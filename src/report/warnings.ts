// The words for compare's warnings: compare says what it saw, with the numbers; this says it.
import type { ComparisonWarning } from '../compare/index.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

export function warningWords(w: ComparisonWarning): string {
  switch (w.code) {
    case 'too-few-cases':
      return `Only ${w.pairedCases} cases were answered by both models: below ${w.minimum} no check passes or fails.`;
    case 'few-cases':
      return `Only ${w.pairedCases} cases were answered by both models: with fewer than ${w.fewCases} cases only large changes can be decided.`;
    case 'graded-on-prefix':
      return `${w.outputs} output${plural(w.outputs, ' was', 's were')} longer than the graders read and ${plural(w.outputs, 'was', 'were')} graded on ${plural(w.outputs, 'its', 'their')} first part only (see gradedOnPrefix in the JSON report).`;
    case 'unpaired':
      return `${w.unpaired} of ${w.cases} cases were not answered by both models (infra errors, cancelled, or an output no grader could decide) and are left out of quality and quality per dollar.`;
    case 'ungraded':
      return `${w.side} ${w.model}: no grader could decide on ${w.outputs} output${w.outputs === 1 ? '' : 's'} (see each case's grades); ${w.outputs === 1 ? 'that case is' : 'those cases are'} left out of the comparison.`;
    case 'timeouts':
      return `${w.side} ${w.model}: ${w.timeouts} of ${w.calls} calls over your ${w.timeoutMs / 1000}s timeout (counted as errors).`;
    case 'free-model':
      return `${w.side} ${w.model} cost $0 on the paired cases: its quality per dollar is unbounded and shown as 0.`;
    case 'cut-at-token-limit':
      return `${w.side} ${w.model}: ${w.cut} of ${w.calls} answers were cut at the token limit (finish_reason "length"); raise max_tokens if they should be whole.`;
    case 'no-latency':
      return `${w.side} ${w.model}: no call was answered, so there is no latency to measure; it is shown as 0.`;
  }
}
