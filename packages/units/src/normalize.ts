import { foldText } from "@dti/conventions";

/**
 * The key a name is matched on: no diacritics, no case, no punctuation, no spaces, and no leading
 * "Tỉnh" / "Thành phố" / "TP." — so "TP. Hồ Chí Minh", "Thanh pho Ho Chi Minh" and "hồ chí minh"
 * meet, and "Kon Tum" meets "Kontum". Spaces go last so that "TP.HCM" still loses its "TP".
 */
export function nameKey(text: string): string {
  const words = foldText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const withoutKind = words.replace(/^(tinh|thanh pho|tp)\s+/, "");
  return withoutKind.replace(/\s+/g, "");
}

/** Levenshtein distance, for suggesting close names when a lookup fails. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
