// "did you mean" for keys, grader types and enum values: the closest candidate by edit
// distance, with case and separators ignored so `base_url` finds `baseUrl`.

/**
 * Levenshtein distance with adjacent transpositions counted as one edit (optimal string
 * alignment): "lable" is one slip away from "label", not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

const normalise = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** The closest candidate, when close enough to be a plausible typo; ties keep the first. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = normalise(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, normalise(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // One edit for short words, about a third of the length for longer ones.
  const limit = Math.max(1, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** `did you mean "label"?`, or the list of valid names when nothing is close. */
export function suggestionHint(input: string, candidates: readonly string[], noun = 'valid'): string {
  const match = closest(input, candidates);
  if (match !== undefined) return `did you mean "${match}"?`;
  return `${noun}: ${candidates.join(', ')}`;
}
