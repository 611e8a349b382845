// Number formatting for the markdown report. Deterministic (no locale lookups), and
// signed values use the real minus sign (U+2212) so columns of changes read cleanly.

export const MINUS = '\u2212';

function group(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fixed decimals with thousands separators; never "-0". */
export function fmtNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const body = frac === undefined ? group(int) : `${group(int)}.${frac}`;
  const isZero = Number(fixed) === 0;
  return value < 0 && !isZero ? `${MINUS}${body}` : body;
}

/** "+1.2", "−3", "0": an explicit sign unless the rounded value is zero. */
export function fmtSigned(value: number, decimals: number): string {
  return signed(value, decimals);
}

function signed(value: number, decimals: number): string {
  const body = fmtNumber(Math.abs(value), decimals);
  if (Number(Math.abs(value).toFixed(decimals)) === 0) return fmtNumber(0, decimals);
  return `${value < 0 ? MINUS : '+'}${body}`;
}

/** "$12.34", "$1,234", "$0.0123" (three significant digits below $1), "$0". */
export function fmtUsd(value: number): string {
  if (value === 0) return '$0';
  const sign = value < 0 ? MINUS : '';
  const abs = Math.abs(value);
  if (abs >= 1000) return `${sign}$${fmtNumber(abs, 0)}`;
  if (abs >= 1) return `${sign}$${fmtNumber(abs, 2)}`;
  const decimals = Math.min(12, 2 - Math.floor(Math.log10(abs)));
  const text = abs.toFixed(decimals).replace(/(\.\d\d\d*?)0+$/, '$1');
  return `${sign}$${text}`;
}

/** A fraction as a percentage: 0.123 → "12%", 0.012 → "1.2%"; signed when asked. */
export function fmtPct(fraction: number, options: { sign?: boolean } = {}): string {
  const pct = fraction * 100;
  const decimals = Math.abs(pct) < 10 ? 1 : 0;
  const text = options.sign ? signed(pct, decimals) : fmtNumber(pct, decimals);
  return `${text.replace(/\.0$/, '')}%`;
}

/** Quality points: "+1.2 pts", "−33.3 pts", "0 pts". */
export function fmtPoints(points: number, options: { sign?: boolean } = { sign: true }): string {
  const text = options.sign === false ? fmtNumber(points, 1) : signed(points, 1);
  return `${text.replace(/\.0$/, '')} pts`;
}

/** Percentage points of an absolute fraction change: 0.012 → "+1.2 pp". */
export function fmtPp(fraction: number): string {
  return `${signed(fraction * 100, 1).replace(/\.0$/, '')} pp`;
}

/** "3.2 ms", "812 ms", "1.24 s", "12.3 s", "123 s". */
export function fmtMs(ms: number): string {
  if (ms < 10) return `${fmtNumber(ms, 1)} ms`;
  if (ms < 1000) return `${fmtNumber(ms, 0)} ms`;
  const s = ms / 1000;
  if (s < 10) return `${fmtNumber(s, 2)} s`;
  if (s < 100) return `${fmtNumber(s, 1)} s`;
  return `${fmtNumber(s, 0)} s`;
}

/** A ratio: 2.43 → "2.4×". */
export function fmtRatio(ratio: number): string {
  return `${fmtNumber(ratio, ratio >= 10 ? 0 : 1)}×`;
}

/** Token and call counts: 1234 → "1,234", 12345 → "12.3k", 1234567 → "1.23M". */
export function fmtCount(n: number): string {
  if (n < 10_000) return fmtNumber(n, 0);
  if (n < 1_000_000) return `${fmtNumber(n / 1000, 1)}k`;
  return `${fmtNumber(n / 1_000_000, 2)}M`;
}

/** A case score in [0, 1]: "0.75". */
export function fmtScore(score: number): string {
  return fmtNumber(score, 2);
}

/**
 * A confidence level as a percentage, with as many decimals as it needs (up to three, cut
 * rather than rounded so a level below 100% never reads as 100): 95, 99.5, 99.75, 99.987.
 */
export function fmtLevel(p: number): string {
  const pct = 100 * p;
  for (let digits = 0; digits < 3; digits++) {
    const text = pct.toFixed(digits);
    if (Math.abs(Number(text) - pct) < 1e-9) return text;
  }
  return (Math.floor(pct * 1000 + 1e-9) / 1000).toString();
}
