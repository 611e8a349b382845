// The JSON report of a run that ended before a comparison could be made (a config error,
// a bad key, an internal failure): the same schema id and verdict field as a full report,
// so a script that reads `verdict` always finds one, and the error in the fields both
// shells print it from.
import { REPORT_SCHEMA } from '../report/types.js';
import type { LlmGateError, LlmGateErrorData } from '../errors.js';
import { inlineText } from '../report/safe-markdown.js';

export interface ErrorReport {
  schema: typeof REPORT_SCHEMA;
  verdict: 'error';
  headline: string;
  error: LlmGateErrorData;
}

export function errorReport(error: LlmGateError): ErrorReport {
  const { code } = error;
  const where = code === 'config' || code === 'usage' || code === 'missing-key' ? 'the gate did not run' : 'could not judge';
  return {
    schema: REPORT_SCHEMA,
    verdict: 'error',
    headline: `${where} (not a model regression): ${error.format()}`,
    error: error.toData(),
  };
}

/** The report of a run with nothing to gate (models.baseline: { from: base } and no change that makes a call): same schema id, verdict "skipped". */
export interface SkipReport {
  schema: typeof REPORT_SCHEMA;
  verdict: 'skipped';
  headline: string;
  skipped: { reason: string; baseline: { model: string; ref?: string; commit?: string } };
}

export function skipReport(reason: string, baseline: { model: string; from?: { ref: string; commit: string } }): SkipReport {
  return {
    schema: REPORT_SCHEMA,
    verdict: 'skipped',
    headline: `skipped: nothing to gate: ${reason}; no model was called`,
    skipped: { reason, baseline: { model: baseline.model, ...(baseline.from ? { ref: baseline.from.ref, commit: baseline.from.commit } : {}) } },
  };
}

/** The comment and summary of a skipped run: an earlier commit's verdict must not stand beside it. */
export function skipMarkdown(report: SkipReport, footer: string): string {
  return ['### ⏭️ llm-gate: skipped', `${inlineText(report.headline)}. The result of an earlier commit no longer applies.`, footer].filter((part) => part !== '').join('\n\n');
}
