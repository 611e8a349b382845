// One error type for everything the user can fix. It carries where the problem is
// (file, line, column, field) and a hint, so every shell can print
// `file:line:col: field: message (hint)` and the Action can annotate the line.

export type ErrorCode =
  | 'config' // bad config or eval file: exit 2, zero calls
  | 'usage' // bad CLI usage: exit 2
  | 'missing-key' // a model's API key env var is unset: exit 2 (the Action may skip instead)
  | 'fatal' // 401/403/404 from an endpoint: exit 3
  | 'internal';

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
}

export class LlmGateError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly hint?: string;

  constructor(
    message: string,
    options: ErrorLocation & { code?: ErrorCode; hint?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LlmGateError';
    this.code = options.code ?? 'config';
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.field = options.field;
    this.hint = options.hint;
  }

  /** `evals/a.yaml:12:5: expect[0].type: unknown grader "lable" (did you mean "label"?)` */
  format(): string {
    let where = '';
    if (this.file) {
      where = this.file;
      if (this.line !== undefined) where += `:${this.line}`;
      if (this.line !== undefined && this.column !== undefined) where += `:${this.column}`;
      where += ': ';
    }
    const field = this.field ? `${this.field}: ` : '';
    const hint = this.hint ? ` (${this.hint})` : '';
    return `${where}${field}${this.message}${hint}`;
  }
}

export function isLlmGateError(err: unknown): err is LlmGateError {
  return err instanceof LlmGateError;
}
