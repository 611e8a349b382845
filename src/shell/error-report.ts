// The JSON report of a run that ended before a comparison could be made (a config error,
// a bad key, an internal failure): the same schema id and verdict field as a full report,
// so a script that reads `verdict` always finds one, and the error in the fields both
// shells print it from.
import { REPORT_SCHEMA } from '../report/index.js';
import type { LlmGateError, LlmGateErrorData } from '../errors.js';

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
