// What the eval loader left out of imported suites, as lines both shells print: a count per
// kind, then the first few with file:line, so a thousand dropped assertions stay readable.
import type { EvalWarning } from '../types.js';

export const SHOWN_WARNINGS = 10;

const KIND: Record<string, string> = {
  'unsupported-assertion': 'unsupported assertion(s) dropped',
  'unsupported-option': 'test(s) skipped for an option that runs code',
  'no-assertion': 'test(s) skipped for having no assertion',
  'threshold-not-applied': 'test threshold(s) not applied',
};

export function evalWarningLines(warnings: readonly EvalWarning[]): string[] {
  if (warnings.length === 0) return [];
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const summary = [...counts].map(([code, n]) => `${n} ${KIND[code] ?? code}`).join(', ');
  const lines = [`warning: ${summary}`];
  for (const w of warnings.slice(0, SHOWN_WARNINGS)) lines.push(`  ${w.file}:${w.line}:${w.column ?? 1}: ${w.message}`);
  if (warnings.length > SHOWN_WARNINGS) lines.push(`  ... and ${warnings.length - SHOWN_WARNINGS} more`);
  return lines;
}
