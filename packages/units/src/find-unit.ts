import { assertDate } from "./dates";
import { UnitsError, type UnitsProblem } from "./errors";
import { editDistance, nameKey } from "./normalize";
import { ALL_UNITS, isValidOn, successorOf } from "./registry";
import type { Unit } from "./types";

export interface FindOptions {
  /** Only units valid on this date. Without it, a name or code used in both cohorts is ambiguous. */
  at?: string;
}

/** Every name key a unit answers to: names, English name, aliases, names it had before or after a rename. */
function keysOf(unit: Unit): string[] {
  const names = [unit.name, unit.shortName, unit.nameEn, ...unit.aliases];
  for (const r of unit.renamed ?? []) names.push(r.name, r.shortName);
  return [...new Set(names.map(nameKey))];
}

const NAME_INDEX = new Map<string, Unit[]>();
for (const unit of ALL_UNITS) {
  for (const key of keysOf(unit)) {
    const list = NAME_INDEX.get(key) ?? [];
    list.push(unit);
    NAME_INDEX.set(key, list);
  }
}

export function describeUnit(unit: Unit): string {
  return `${unit.id} (${unit.name}, ${unit.validFrom}–${unit.validTo ?? "…"})`;
}

/** What the input can name, ignoring dates: by id, by code, by ISO code, or by name. */
function matchesOf(input: string): Unit[] {
  const lower = input.toLowerCase();
  const byId = ALL_UNITS.filter((u) => u.id === lower);
  if (byId.length > 0) return byId;
  if (/^\d{1,2}$/.test(input)) {
    const code = input.padStart(2, "0");
    return ALL_UNITS.filter((u) => u.code === code);
  }
  if (/^vn-[a-z0-9]{2}$/.test(lower)) return ALL_UNITS.filter((u) => u.iso?.toLowerCase() === lower);
  return NAME_INDEX.get(nameKey(input)) ?? [];
}

/** Up to three close names among the units valid on `at` (or all), closest first. */
export function suggestNames(input: string, at?: string): string[] {
  const key = nameKey(input);
  if (key.length === 0) return [];
  const pool = at === undefined ? ALL_UNITS : ALL_UNITS.filter((u) => isValidOn(u, at));
  const scored: { label: string; score: number }[] = [];
  for (const unit of pool) {
    let best = Infinity;
    for (const k of keysOf(unit)) {
      const partial = k.length >= 3 && key.length >= 3 && (k.includes(key) || key.includes(k));
      best = Math.min(best, partial ? 1 : editDistance(key, k));
    }
    if (best <= Math.max(2, Math.floor(key.length / 3))) scored.push({ label: `${unit.shortName} (${unit.id})`, score: best });
  }
  scored.sort((a, b) => a.score - b.score || a.label.localeCompare(b.label, "vi"));
  return [...new Set(scored.map((s) => s.label))].slice(0, 3);
}

/** The problem with a lookup, or the one unit it names. Shared by `findUnit` and the back-cast. */
export function resolveUnit(input: string, options: FindOptions = {}): Unit | UnitsProblem {
  const at = options.at === undefined ? undefined : assertDate(options.at, "at");
  const text = input.trim();
  const all = text.length > 0 ? matchesOf(text) : [];
  const matches = at === undefined ? all : all.filter((u) => isValidOn(u, at));
  if (matches.length === 1) return matches[0]!;
  const when = at === undefined ? "" : ` on ${at}`;
  if (matches.length > 1) {
    return {
      code: "UNIT_AMBIGUOUS",
      input,
      candidates: matches.map(describeUnit),
      message: `"${input}" matches ${matches.length} units${when}: ${matches.map(describeUnit).join("; ")}. Pass a date (at) or an id.`,
    };
  }
  const suggestions = suggestNames(text, at);
  let message = `No unit matches "${input}"${when}.`;
  if (at !== undefined && all.length > 0) {
    const elsewhere = all.map((u) => {
      const after = successorOf(u.id, at);
      return `${describeUnit(u)}${after ? `, whose territory is in ${after.id} (${after.name}) on ${at}` : ""}`;
    });
    message += ` It names ${elsewhere.join("; ")}.`;
  } else if (suggestions.length > 0) {
    message += ` Did you mean ${suggestions.join(", ")}?`;
  }
  return { code: "UNIT_UNKNOWN", input, suggestions, message };
}

/**
 * The unit named by an id ("p34-48"), official code ("48"), ISO code ("VN-DN") or name, matched
 * without case, diacritics or a leading "Tỉnh" / "Thành phố" / "TP.". Throws UNIT_UNKNOWN or
 * UNIT_AMBIGUOUS (a UnitsError naming the input, with candidates or suggestions).
 */
export function findUnit(input: string, options: FindOptions = {}): Unit {
  const found = resolveUnit(input, options);
  if ("message" in found) throw UnitsError.from(found);
  return found;
}
