// Responses our transport refuses to hand to the SDK. They are thrown from inside fetch, so
// the SDK wraps them in an APIConnectionError; describeFailure finds them on its cause chain
// and the caller decides from the code, not from the words.

/**
 * redirect: a 3xx. Following it would send the Authorization header to wherever Location
 * points, so we never do.
 * response-too-large: more than run.maxResponseSize bytes after decompression.
 * content-encoding: a compression we cannot decode.
 */
export type RefusalCode = 'redirect' | 'response-too-large' | 'content-encoding';

export class ResponseRefused extends Error {
  override readonly name = 'ResponseRefused';
  readonly code: RefusalCode;
  /** The HTTP status of the refused response. */
  readonly status: number;

  constructor(code: RefusalCode, status: number, message: string) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** "8 MiB", "1.5 MiB", "64 KiB", "100 bytes": sizes as the config's run.maxResponseSize reads. */
export function fmtBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) if (bytes >= size) return `${Number((bytes / size).toFixed(2))} ${unit}`;
  return `${bytes} bytes`;
}

export function tooLargeMessage(limitBytes: number): string {
  return `the response was larger than ${fmtBytes(limitBytes)} (run.maxResponseSize)`;
}

export function redirectMessage(status: number, statusText: string, location: string | undefined): string {
  const where = location ? ` to ${JSON.stringify(location.length > 200 ? `${location.slice(0, 200)}…` : location)}` : ' (no Location header)';
  const text = statusText ? ` ${statusText}` : '';
  return `${status}${text}${where}, not followed: following would send the API key to another URL`;
}
