// The sizes the gate accepts from outside, in one place: each is documented in the README,
// and each bounds the memory or time that hostile input (a model's output, an endpoint's
// body, an eval file) can take.

/** Largest response body accepted, counted after decompression (run.maxResponseSize overrides it). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * Characters of each output kept in a call record and shown to graders. Longer outputs are
 * kept as this prefix with their full length (CallRecord.outputChars), graded on it, and the
 * report says so. 64 Ki characters is about 16k tokens, past what most max_tokens allow; the
 * records of a run hold calls × this at most, and at 256 Ki a run of 300 cases with 300 KB
 * answers peaked at 400 MB RSS (280 MB at 64 Ki).
 */
export const GRADE_INPUT_CHARS = 64 * 1024;

/** Characters of each output written into the JSON report. */
export const REPORT_OUTPUT_CHARS = 32 * 1024;

/** GitHub rejects a comment body longer than this (HTTP 422); the markdown renderer's default cap. */
export const GITHUB_COMMENT_CHARS = 65_536;

/**
 * Largest report file `regrade` and `merge` read. A partial report of 10,000 cases is
 * about 10–20 MB; this bounds what a corrupt or hostile artifact can make the merge hold.
 */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
