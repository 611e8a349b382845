// Human units in the config: durations ("500ms", "30s", "2m"), sizes ("8MB", "512KB") and
// threshold tolerances ("10%", 0.1, false). Pure parsers returning a result, so the schema can turn a bad
// value into an error with a hint that shows the fix.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string };

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/;

/** A bare number is seconds; strings take ms, s, m or h. Always > 0. */
export function parseDuration(value: number | string): Parsed<number> {
  let ms: number;
  if (typeof value === 'number') {
    ms = value * 1000;
  } else {
    const m = DURATION.exec(value);
    if (!m) return { ok: false, message: 'expected a duration such as "500ms", "30s" or "2m"', hint: 'a bare number means seconds' };
    ms = Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  if (!Number.isFinite(ms) || ms <= 0) return { ok: false, message: 'must be a positive duration' };
  return { ok: true, value: Math.round(ms) };
}

// Binary units, as the limits are written in code (8 MB = 8 × 1024 × 1024 bytes).
const UNIT_BYTES: Record<string, number> = { b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };
const SIZE = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)\s*$/i;

/** Bounds for a size: a response smaller than 1 KB cannot hold a chat completion; above 1 GB the limit bounds nothing. */
export const SIZE_BOUNDS = { min: 1024, max: 1024 ** 3 } as const;

/** A bare number is bytes; strings take B, KB, MB or GB (1024-based; KiB, MiB, GiB also read). Between 1 KB and 1 GB. */
export function parseSize(value: number | string): Parsed<number> {
  let bytes: number;
  if (typeof value === 'number') {
    bytes = value;
  } else {
    const m = SIZE.exec(value);
    if (!m) return { ok: false, message: 'expected a size such as "8MB", "512KB" or a number of bytes', hint: 'units: B, KB, MB, GB; 1 KB = 1024 bytes' };
    bytes = Number(m[1]) * UNIT_BYTES[m[2]!.toLowerCase()]!;
  }
  if (!Number.isFinite(bytes) || bytes < SIZE_BOUNDS.min || bytes > SIZE_BOUNDS.max) {
    return { ok: false, message: 'must be between 1KB and 1GB', hint: 'the default, 8MB, fits any chat completion' };
  }
  return { ok: true, value: Math.floor(bytes) };
}

const PERCENT = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/;

/**
 * qualityPerDollar, p95Latency and errorRate: "10%" or a fraction (0.1). A bare number
 * above 1 is almost surely a percentage without its sign, so it is refused with the fix.
 */
export function parseFraction(value: number | string | boolean): Parsed<number | false> {
  if (value === false) return { ok: true, value: false };
  if (value === true) return { ok: false, message: 'true is not a tolerance', hint: 'write a percentage such as "10%", or false to disable the check' };
  if (typeof value === 'string') {
    const m = PERCENT.exec(value);
    if (!m) return { ok: false, message: `expected a percentage such as "10%"`, hint: 'or a fraction such as 0.1, or false to disable the check' };
    return { ok: true, value: Number(m[1]) / 100 };
  }
  if (!Number.isFinite(value) || value < 0) return { ok: false, message: 'must be zero or more' };
  if (value > 1) return { ok: false, message: `${value} is not a fraction`, hint: `write ${value}%` };
  return { ok: true, value };
}

/** quality: points on the 0–100 scale (a number), or false. */
export function parsePoints(value: number | string | boolean): Parsed<number | false> {
  if (value === false) return { ok: true, value: false };
  if (typeof value === 'string') {
    const m = PERCENT.exec(value);
    const hint = m ? `quality is in points on the 0-100 scale: write ${m[1]}` : 'write a number of points, e.g. 2';
    return { ok: false, message: 'expected a number of points, not a percentage', hint };
  }
  if (value === true) return { ok: false, message: 'true is not a tolerance', hint: 'write a number of points such as 2, or false' };
  if (!Number.isFinite(value) || value < 0 || value > 100) return { ok: false, message: 'must be between 0 and 100 points' };
  return { ok: true, value };
}
