// One error type for everything the user can fix. It carries where the problem is
// (file, line, column, field) and a hint, so every shell can print
// `file:line:col: field: message (hint)` and the Action can annotate the line.
export class LlmGateError extends Error {
    code;
    file;
    line;
    column;
    field;
    hint;
    constructor(message, options = {}) {
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
    format() {
        let where = '';
        if (this.file) {
            where = this.file;
            if (this.line !== undefined)
                where += `:${this.line}`;
            if (this.line !== undefined && this.column !== undefined)
                where += `:${this.column}`;
            where += ': ';
        }
        const field = this.field ? `${this.field}: ` : '';
        const hint = this.hint ? ` (${this.hint})` : '';
        return `${where}${field}${this.message}${hint}`;
    }
}
export function isLlmGateError(err) {
    return err instanceof LlmGateError;
}
