import type { ErrorCode } from '../errors.js';
import type { Verdict } from '../types.js';

/** The CLI's documented exit codes; the README table is written from this. */
export const EXIT = {
  pass: 0,
  regression: 1,
  usage: 2,
  couldNotJudge: 3,
  inconclusive: 4,
} as const;

export function exitCodeForVerdict(verdict: Verdict): number {
  switch (verdict) {
    case 'pass':
    case 'skipped':
      return EXIT.pass;
    case 'fail':
      return EXIT.regression;
    case 'inconclusive':
      // Neither a regression shown beyond doubt nor a clean pass: scripts decide what it means.
      return EXIT.inconclusive;
    case 'error':
    case 'incomplete':
      return EXIT.couldNotJudge;
  }
}

export function exitCodeForError(code: ErrorCode): number {
  return code === 'fatal' || code === 'internal' ? EXIT.couldNotJudge : EXIT.usage;
}
