// Small text helpers shared by graders, kept apart so reasons read the same everywhere.

/** A JSON-quoted, length-capped rendering of a value for reasons. */
export function preview(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Counts characters a scan visits, so tests can show that work grows linearly with the output. */
export interface WorkMeter {
  steps: number;
}
