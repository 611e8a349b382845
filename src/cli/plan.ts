// The plan `validate` prints: what a run would send, what it would cost and how long it
// would take, from the loaded config and eval set alone. Pure: numbers in, lines out.
import type { RunCostEstimate } from '../run/index.js';
import type { EvalSet, GateConfig } from '../types.js';
import { estimateLine } from '../shell/estimate-line.js';

/** A typical chat completion, dispatch to parsed response: a guess, and labelled as one. */
export const TYPICAL_CALL_SECONDS = 3;

export function planSeconds(calls: number, concurrency: number, perCall = TYPICAL_CALL_SECONDS): number {
  return Math.ceil(calls / Math.max(1, concurrency)) * perCall;
}

export function formatSeconds(s: number): string {
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function planLines(opts: { config: GateConfig; evalSet: EvalSet; estimate: RunCostEstimate; configFile: string; missingKeys: string[] }): string[] {
  const { config, evalSet, estimate } = opts;
  const { baseline, candidate } = config.models;
  const calls = estimate.calls + estimate.judgeCalls;
  const tags = new Set(evalSet.cases.flatMap((c) => c.tags));
  const lines = [
    `${opts.configFile}: ok`,
    `eval set: ${evalSet.cases.length} cases from ${evalSet.files.length} file${evalSet.files.length === 1 ? '' : 's'} (${evalSet.files.slice(0, 5).join(', ')}${evalSet.files.length > 5 ? ', ...' : ''})${tags.size > 0 ? `, ${tags.size} tag${tags.size === 1 ? '' : 's'}` : ''}`,
    `models: ${baseline.model} (baseline) vs ${candidate.model} (candidate)${config.alternatives?.length ? `, alternatives ${config.alternatives.map((a) => a.model).join(', ')}` : ''}${config.judge ? `, judge ${config.judge.model}` : ''}`,
    `calls: ${estimate.calls} model calls (${evalSet.cases.length} cases × ${config.run.repeats} repeat(s) × ${2 + (config.alternatives?.length ?? 0)} models)${estimate.judgeCalls > 0 ? ` + ${estimate.judgeCalls} judge calls` : ''}`,
    estimateLine(estimate, config.run.budgetUsd),
    `time: about ${formatSeconds(planSeconds(calls, config.run.concurrency))} at most (${config.run.concurrency} calls at once, ~${TYPICAL_CALL_SECONDS} s a call${config.run.sequential !== false ? '; sequential stopping may end it sooner' : ''})`,
  ];
  if (opts.missingKeys.length > 0) lines.push(`note: ${opts.missingKeys.join(', ')} not set; \`llm-gate run\` needs ${opts.missingKeys.length === 1 ? 'it' : 'them'}`);
  lines.push('no calls were made');
  return lines;
}
