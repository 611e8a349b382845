// The data model shared by every stage of the pipeline:
// config → EvalCase[] → CallRecord[] → GradedCase[] → Comparison → Report.
// Everything here is plain, serialisable data so that records can be cached,
// sharded and merged later without a live run.
export const SIDES = ['baseline', 'candidate'];
