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

/** What an LlmGateError carries, as plain data: it crosses the worker boundary and goes into reports. */
export interface LlmGateErrorData extends ErrorLocation {
  message: string;
  code: ErrorCode;
  hint?: string;
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

  static fromData(data: LlmGateErrorData): LlmGateError {
    return new LlmGateError(data.message, data);
  }

  /** Only the fields that are set, so the JSON of it has no nulls to explain. */
  toData(): LlmGateErrorData {
    const { message, code, file, line, column, field, hint } = this;
    const optional = Object.entries({ file, line, column, field, hint }).filter(([, v]) => v !== undefined);
    return { code, message, ...Object.fromEntries(optional) };
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
