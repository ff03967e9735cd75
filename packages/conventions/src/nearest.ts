/** The Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The candidates nearest to a mistyped word, for "did you mean": those at the smallest edit distance
 * (case ignored), if that distance is at most a third of the word's length (at least 1, at most 3),
 * those sharing the longest beginning with the word first, then in the candidates' order. "household_total" → ["households_total"]; "zzz" → [].
 */
export function nearest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = word.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best = Infinity;
  let found: string[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d > allowed || d > best) continue;
    if (d < best) {
      best = d;
      found = [];
    }
    if (!found.includes(candidate)) found.push(candidate);
  }
  // Ties go to the candidates sharing the longest beginning with the word ("6.12.d" → 6.12.a before 6.11.d).
  const common = (candidate: string) => {
    let n = 0;
    while (n < candidate.length && candidate[n]!.toLowerCase() === lower[n]) n++;
    return n;
  };
  return found
    .map((candidate, i) => ({ candidate, i, prefix: common(candidate) }))
    .sort((a, b) => b.prefix - a.prefix || a.i - b.i)
    .map((x) => x.candidate)
    .slice(0, limit);
}
