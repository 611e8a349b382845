// How each model's calls went, as the verdict needs it: how many were answered, the most
// common way they failed, and answers whose usage or length cannot be trusted. Pure data
// from the call records, so the rules that make the gate fail closed (verdict.ts) can be
// tested without a run.

import type { CallError, CallErrorKind, CallRecord } from '../types.js';

/** One way calls failed: the calls that share kind, status, code and (for request errors) the endpoint's message. */
export interface ErrorGroup {
  kind: CallErrorKind;
  status?: number;
  code?: string;
  param?: string;
  /** The first such call's message (the endpoint's own words, redacted and capped by the caller). */
  message: string;
  count: number;
}

export interface SideHealth {
  calls: number;
  /** Calls that ended with an answer (no error). */
  answered: number;
  /** The most common failure, when any call failed; ties go to the first seen. */
  top?: ErrorGroup;
  /** Answered calls whose response carried no usable token usage: their cost is unknown. */
  usageMissing: number;
  /** Answered calls cut at the token limit (finish_reason "length"). */
  cutAtTokenLimit: number;
}

// Timeouts are one failure whatever their message; request errors differ by what the
// endpoint said (an unsupported parameter is not a content filter); infra errors by
// status or transport code, since their messages carry attempt counts.
function groupKey(error: CallError): string {
  switch (error.kind) {
    case 'timeout':
    case 'cancelled':
      return error.kind;
    case 'request':
      return `request:${error.status ?? ''}:${error.param ?? ''}:${error.message}`;
    default:
      return `${error.kind}:${error.status ?? ''}:${error.code ?? ''}`;
  }
}

export function sideHealth(records: readonly CallRecord[]): SideHealth {
  const groups = new Map<string, ErrorGroup>();
  let answered = 0;
  let usageMissing = 0;
  let cutAtTokenLimit = 0;
  for (const r of records) {
    if (!r.error) {
      answered++;
      if (r.usageMissing) usageMissing++;
      if (r.finishReason === 'length') cutAtTokenLimit++;
      continue;
    }
    const key = groupKey(r.error);
    const group = groups.get(key);
    if (group) group.count++;
    else {
      const { kind, status, code, param, message } = r.error;
      groups.set(key, {
        kind,
        message,
        count: 1,
        ...(status === undefined ? {} : { status }),
        ...(code === undefined ? {} : { code }),
        ...(param === undefined ? {} : { param }),
      });
    }
  }
  let top: ErrorGroup | undefined;
  for (const group of groups.values()) if (!top || group.count > top.count) top = group;
  return { calls: records.length, answered, usageMissing, cutAtTokenLimit, ...(top ? { top } : {}) };
}
