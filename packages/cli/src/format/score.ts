import type { ScoreResult, UnitResult } from "@dti/contracts";
import type { LoadedPack } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import { say } from "../i18n/catalogue";
import { warningText } from "../i18n/engine-text";
import type { Lang } from "../i18n/lang";
import { inLang } from "./localized";
import { formatPoints, formatValue } from "./number";
import { shortHash } from "./pack";
import { renderTable, type Align } from "./table";

const STATUS = { scored: "status.scored", missing: "status.missing", not_scored: "status.not_scored" } as const;

export function byRank(units: readonly UnitResult[]): UnitResult[] {
  return [...units].sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

export function resultHeading(result: ScoreResult, loaded: LoadedPack, lang: Lang = "vi"): string {
  return say(lang, "score.heading", {
    title: inLang(loaded.pack.meta.title, lang),
    id: result.pack.id,
    version: result.pack.version,
    hash: shortHash(result.pack.hash),
    period: result.period,
    raw: result.basis === "raw",
    mode: result.mode,
  });
}

/** Rank, code, name, overall, each pillar and each main index: one row per unit, best first. */
export function rankingTable(result: ScoreResult, loaded: LoadedPack, lang: Lang = "vi"): string {
  const pack = loaded.pack;
  const pillars = pack.aggregation.pillars;
  const indices = pack.indices.filter((x) => x.group !== "unscored");
  const head = [
    say(lang, "table.rank"),
    say(lang, "table.code"),
    say(lang, "table.name"),
    "DTI",
    ...pillars.map((p) => inLang(p.name, lang)),
    ...indices.map((x) => x.code),
  ];
  const align: Align[] = ["right", "left", "left", "right", ...pillars.map((): Align => "right"), ...indices.map((): Align => "right")];
  const rows = byRank(result.units).map((unit) => [
    String(unit.rank),
    unit.code,
    unit.name ?? "",
    formatValue(unit.overall, lang),
    ...pillars.map((p) => (unit.pillars[p.id] ? formatValue(unit.pillars[p.id]!.value, lang) : "—")),
    ...indices.map((x) => (unit.indices[x.code] ? formatValue(unit.indices[x.code]!.value, lang) : "—")),
  ]);
  const legend = indices.map((x) => `${x.code} = ${inLang(x.name, lang)}`).join("; ");
  return `${renderTable(head, rows, align)}\n${say(lang, "score.indices", { legend })}\n`;
}

/** Points of every indicator of one unit. */
export function indicatorTable(unit: UnitResult, loaded: LoadedPack, lang: Lang = "vi"): string {
  const names = new Map(loaded.pack.indicators.map((x) => [x.code, inLang(x.name, lang)]));
  const entries = Object.entries(unit.indicators ?? {}).sort(([a], [b]) => compareCodes(a, b));
  const rows = entries.map(([code, r]) => [
    code,
    truncate(names.get(code) ?? "", 60),
    formatPoints(r.points, lang),
    formatPoints(r.max, lang),
    formatPoints(r.lost, lang),
    `${r.status in STATUS ? say(lang, STATUS[r.status as keyof typeof STATUS]) : r.status}${r.provisional ? ` (${say(lang, "status.provisional")})` : ""}`,
  ]);
  const head = ["table.code", "table.indicator", "table.points", "table.max", "table.lost", "table.status"] as const;
  const title = say(lang, "score.unitPoints", {
    unit: `${unit.code}${unit.name ? ` — ${unit.name}` : ""}`,
    points: formatPoints(unit.points, lang),
    max: formatPoints(unit.max, lang),
  });
  return `${title}\n${renderTable(
    head.map((k) => say(lang, k)),
    rows,
    ["left", "left", "right", "right", "right", "left"],
  )}\n`;
}

/** Warnings, at most `limit` lines (the JSON output has them all). */
export function warningLines(result: ScoreResult, lang: Lang = "vi", limit = 30): string {
  if (result.warnings.length === 0) return "";
  const lines = result.warnings.slice(0, limit).map((w) => {
    const message = warningText(w, lang);
    const where = [
      w.unit && say(lang, "issue.unit", { code: w.unit }),
      w.indicator && say(lang, "issue.indicator", { code: w.indicator }),
      w.input && say(lang, "issue.input", { id: w.input }),
    ]
      .filter((part): part is string => Boolean(part) && !message.includes(part as string))
      .join(", ");
    return `  ${w.code}${where ? ` ${where}` : ""}: ${message}`;
  });
  const more = result.warnings.length - lines.length;
  if (more > 0) lines.push(say(lang, "warnings.more", { count: more }));
  return `${say(lang, "warnings.title", { count: result.warnings.length })}\n${lines.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function renderScoreResult(result: ScoreResult, loaded: LoadedPack, options: { indicators?: boolean; lang?: Lang } = {}): string {
  const lang = options.lang ?? "vi";
  let out = `${resultHeading(result, loaded, lang)}\n${rankingTable(result, loaded, lang)}`;
  if (options.indicators) for (const unit of byRank(result.units)) out += `\n${indicatorTable(unit, loaded, lang)}`;
  const warnings = warningLines(result, lang);
  return warnings ? `${out}\n${warnings}` : out;
}
