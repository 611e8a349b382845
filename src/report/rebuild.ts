// The comparison's inputs back from a report: call records, and graded cases whose grades
// are the stored ones. Together with the eval set's cases they are exactly what the run
// compared (the report keeps every score, latency and cost as computed, and JSON numbers
// read back to the same doubles), so compare() on them gives the run's numbers.
import type { CallRecord, EvalCase, GradedCase, GradedSide } from '../types.js';
import { callRecordOf } from './records.js';
import { storedError, storedGrades, storedRecord, type StoredReport, type StoredSide } from './read.js';

export function recordsOf(report: StoredReport): CallRecord[] {
  const cases = new Map(report.cases.map((c) => [c.id, c]));
  return (report.records ?? []).map((r) => {
    const c = cases.get(r.caseId);
    const output = r.outputInCase && c && r.side !== 'judge' ? c[r.side].output : null;
    return callRecordOf(storedRecord(r), output);
  });
}

/**
 * The graded side as gradeCases made it, as far as the comparison and the report read it:
 * scores, grades, latency, cost and error as stored; the output as the report shows it
 * (the report cuts it to the same length again); graded on a prefix exactly when it was.
 */
function gradedSide(stored: StoredSide): GradedSide {
  const side: GradedSide = {
    score: stored.score,
    repeatScores: [...stored.repeatScores],
    grades: storedGrades(stored.grades),
    output: stored.output,
    latencyMs: stored.latencyMs,
    costUsd: stored.costUsd,
  };
  if (stored.gradedOnPrefix && stored.outputChars !== null) side.cappedFrom = stored.outputChars;
  const error = storedError(stored.error);
  if (error) side.error = error;
  return side;
}

/** Both graded sides of a stored case. */
export function gradedSides(stored: StoredReport['cases'][number]): Omit<GradedCase, 'case'> {
  return { baseline: gradedSide(stored.baseline), candidate: gradedSide(stored.candidate) };
}

/** Graded cases for `cases` (eval-set order) from the report's stored ones, by id. */
export function gradedFromReport(cases: readonly EvalCase[], stored: ReadonlyMap<string, StoredReport['cases'][number]>): GradedCase[] {
  return cases.map((c) => {
    const s = stored.get(c.id);
    if (!s) throw new RangeError(`gradedFromReport: no stored case ${c.id}`);
    return { case: c, ...gradedSides(s) };
  });
}
