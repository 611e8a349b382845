// What every eval-file format reader gets and returns. A reader turns one file (and what it
// references) into EvalCase[] plus the warnings about what it left out; the files it
// references are read through `SourceReader`, so confinement and size caps stay at the edge.
import type { ErrorLocation } from '../../errors.js';
import type { EvalCase, EvalSourceOptions, EvalWarning } from '../../types.js';
import type { LocatedDocument } from '../positions.js';

export interface ReadFile {
  /** Path relative to cwd, POSIX separators: the form every error uses. */
  file: string;
  text: string;
}

export interface SourceReader {
  /**
   * The files a reference names: a path, a directory or a glob, relative to the directory
   * of `fromFile` (a display path). Confined to the repository root; each file size-capped.
   * `at` is where the reference is written, for the error when nothing is there.
   */
  read(ref: string, fromFile: string, at: ErrorLocation): Promise<ReadFile[]>;
}

export interface FormatContext {
  /** The eval file, relative to cwd. */
  file: string;
  doc: LocatedDocument;
  reader: SourceReader;
  options: EvalSourceOptions;
  prompt?: { system?: string; user?: string };
  hasJudge: boolean;
  /** Config file, relative to cwd, for hints about its settings. */
  configFile: string;
  /** Drop what has no honest mapping (with a warning) instead of failing. */
  skipUnsupported: boolean;
}

export interface FormatResult {
  cases: EvalCase[];
  warnings: EvalWarning[];
}

/** Bounds on what one imported suite may expand into (references, prompt × test pairs). */
export const FORMAT_LIMITS = {
  /** Files one suite may reference (test files, prompt files, var files) in all. */
  maxReferencedFiles: 1_000,
  /** Cases one suite may produce: prompts × tests × expanded vars. */
  maxCases: 100_000,
  /** Tests one test may expand into through list-valued vars. */
  maxVarCombinations: 1_000,
} as const;
