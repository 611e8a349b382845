// The words of the verdicts that refuse to judge: which model, what went wrong with its
// calls, in the endpoint's own words, and what to do about it. Compare hands over counts
// and codes (health.ts, verdict.ts); only this module phrases them.

import type { ErrorGroup, OutageSide, VerdictReason } from '../compare/index.js';
import type { ModelMetrics, Side } from '../types.js';
import { fmtCount, fmtPct } from './format.js';

/** An endpoint's message can be long; the JSON report keeps it whole in each case. */
const MESSAGE_CHARS = 300;

function quoted(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return `"${flat.length > MESSAGE_CHARS ? `${flat.slice(0, MESSAGE_CHARS - 1)}…` : flat}"`;
}

/** "2 s", "1.5 s", "800 ms": the timeout as the user wrote it. */
export function fmtTimeout(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(3))} s` : `${ms} ms`;
}

/** "40 timed out at your 2 s timeout", "40 failed to connect: "…"", "40 got HTTP 400: "…"". */
export function failureWords(group: ErrorGroup, timeoutMs: number | undefined): string {
  const n = fmtCount(group.count);
  switch (group.kind) {
    case 'timeout':
      return timeoutMs === undefined ? `${n} timed out` : `${n} timed out at your ${fmtTimeout(timeoutMs)} timeout`;
    case 'cancelled':
      return `${n} were cancelled`;
    case 'request':
      if (group.code === 'response-too-large') return `${n} answered with more than the response cap: ${quoted(group.message)}`;
      return `${n} got HTTP ${group.status ?? '4xx'}: ${quoted(group.message)}`;
    default:
      if (group.code === 'redirect') return `${n} got a redirect (${quoted(group.message)}): check baseUrl`;
      if (group.status === undefined) return `${n} failed to connect or read the answer: ${quoted(group.message)}`;
      return `${n} got HTTP ${group.status} after retries: ${quoted(group.message)}`;
  }
}

/** The request parameter a 4xx names: the endpoint's own field, else OpenAI's "Unsupported parameter: 'x'". */
export function rejectedParam(group: ErrorGroup): string | undefined {
  if (group.param) return group.param;
  return /unsupported (?:parameter|value):\s*'([\w.]+)'/i.exec(group.message)?.[1];
}

// Reasoning models refuse the sampling parameters chat models take.
const SAMPLING_PARAMS = new Set(['temperature', 'top_p', 'presence_penalty', 'frequency_penalty', 'logprobs', 'top_logprobs', 'logit_bias', 'n']);

/** What to change, for a model that rejects every request. */
export function rejectionHint(side: Side, group: ErrorGroup): string {
  const params = `models.${side}.params`;
  const inherited = side === 'candidate' ? ' (the candidate inherits the baseline\'s params unless it sets its own)' : '';
  const param = rejectedParam(group);
  if (param === 'max_tokens' || /max_completion_tokens/.test(group.message)) {
    return `use max_completion_tokens instead of max_tokens in ${params}${inherited}`;
  }
  if (param && SAMPLING_PARAMS.has(param)) return `remove ${param} from ${params}${inherited}`;
  if (param) return `check ${param} in ${params}${inherited} against what this model accepts`;
  return `check ${params} and the model id against what the endpoint accepts`;
}

function sideWords(side: Side, model: ModelMetrics, outage: OutageSide, timeoutMs: number | undefined): string {
  const at = outage.endpoint ? ` at ${outage.endpoint}` : '';
  const how = outage.error ? `: ${failureWords(outage.error, timeoutMs)}` : '';
  return `the ${side} ${model.model}${at} answered ${fmtCount(outage.answered)} of ${fmtCount(outage.calls)} calls${how}`;
}

type ErrorReason = Extract<VerdictReason, { kind: 'rejected' | 'outage' | 'infra' | 'costUnmeasured' }>;

/** The headline of an `error` verdict that names a cause. */
export function errorHeadline(reason: ErrorReason, models: Record<Side, ModelMetrics>): string {
  switch (reason.kind) {
    case 'rejected': {
      const m = models[reason.side];
      const param = rejectedParam(reason.error);
      const at = reason.endpoint ? ` at ${reason.endpoint}` : '';
      return (
        `could not judge: the ${reason.side} ${m.model}${at} rejects the request (not a model regression): ` +
        `HTTP ${reason.error.status ?? '4xx'} on ${fmtCount(reason.error.count)} of ${fmtCount(reason.calls)} calls: ${quoted(reason.error.message)}` +
        `${param ? ` (parameter ${param})` : ''}; ${rejectionHint(reason.side, reason.error)}`
      );
    }
    case 'outage': {
      const parts = reason.sides.map((side) => sideWords(side, models[side], reason.health[side]!, reason.timeoutMs));
      const lead = reason.sides.length === 2 ? 'neither model answered' : 'the baseline did not answer';
      return `could not judge: ${lead} (not a model regression): ${parts.join('; ')}`;
    }
    case 'infra': {
      const m = models[reason.side];
      const cause = reason.error ? `: ${failureWords(reason.error, undefined)}` : '';
      const at = reason.endpoint ? ` at ${reason.endpoint}` : '';
      return (
        `could not judge: ${fmtPct(reason.rate)} of ${reason.side} ${m.model}'s calls${at} failed on infrastructure errors ` +
        `(rate limits, 5xx, connections) after retries, above the ${fmtPct(reason.limit)} limit${cause}`
      );
    }
    case 'costUnmeasured': {
      const parts = reason.sides.map(
        ({ side, missing, answered }) => `the endpoint of the ${side} ${models[side].model} returned no usage for ${fmtCount(missing)} of ${fmtCount(answered)} answered calls`,
      );
      return `could not judge: cost cannot be judged: ${parts.join('; ')}, so quality per dollar is unmeasured (a cost of $0 would pass any model)`;
    }
  }
}

/** "the candidate gpt-5.5 timed out on 97% of calls at your 2 s timeout (or its endpoint is down)" */
export function timedOutWords(model: ModelMetrics, timedOut: { share: number; timeoutMs: number }): string {
  return `the candidate ${model.model} timed out on ${fmtPct(timedOut.share)} of calls at your ${fmtTimeout(timedOut.timeoutMs)} timeout (or its endpoint is down)`;
}
