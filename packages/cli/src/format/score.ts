import type { ScoreResult, UnitResult } from "@dti/contracts";
import type { LoadedPack } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import { formatPoints, formatValue } from "./number";
import { shortHash } from "./pack";
import { renderTable, type Align } from "./table";

const STATUS_VI: Record<string, string> = { scored: "đã chấm", missing: "thiếu số liệu", not_scored: "không tính điểm" };

export function byRank(units: readonly UnitResult[]): UnitResult[] {
  return [...units].sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}

export function resultHeading(result: ScoreResult, loaded: LoadedPack): string {
  const basis = result.basis === "raw" ? "tính từ số liệu gốc" : "tổng hợp từ giá trị chỉ số chính";
  return `${loaded.pack.meta.title.vi} — ${result.pack.id} ${result.pack.version} (${shortHash(result.pack.hash)}), năm ${result.period}, ${basis}${result.basis === "raw" ? `, chế độ ${result.mode}` : ""}`;
}

/** Rank, code, name, overall, each pillar and each main index: one row per unit, best first. */
export function rankingTable(result: ScoreResult, loaded: LoadedPack): string {
  const pack = loaded.pack;
  const pillars = pack.aggregation.pillars;
  const indices = pack.indices.filter((x) => x.group !== "unscored");
  const head = ["Hạng", "Mã", "Tên", "DTI", ...pillars.map((p) => p.name.vi), ...indices.map((x) => x.code)];
  const align: Align[] = ["right", "left", "left", "right", ...pillars.map((): Align => "right"), ...indices.map((): Align => "right")];
  const rows = byRank(result.units).map((unit) => [
    String(unit.rank),
    unit.code,
    unit.name ?? "",
    formatValue(unit.overall),
    ...pillars.map((p) => (unit.pillars[p.id] ? formatValue(unit.pillars[p.id]!.value) : "—")),
    ...indices.map((x) => (unit.indices[x.code] ? formatValue(unit.indices[x.code]!.value) : "—")),
  ]);
  const legend = indices.map((x) => `${x.code} = ${x.name.vi}`).join("; ");
  return `${renderTable(head, rows, align)}\nChỉ số chính: ${legend}\n`;
}

/** Points of every indicator of one unit. */
export function indicatorTable(unit: UnitResult, loaded: LoadedPack): string {
  const names = new Map(loaded.pack.indicators.map((x) => [x.code, x.name.vi]));
  const entries = Object.entries(unit.indicators ?? {}).sort(([a], [b]) => compareCodes(a, b));
  const rows = entries.map(([code, r]) => [
    code,
    truncate(names.get(code) ?? "", 60),
    formatPoints(r.points),
    formatPoints(r.max),
    formatPoints(r.lost),
    `${STATUS_VI[r.status] ?? r.status}${r.provisional ? " (tạm thời)" : ""}`,
  ]);
  return `${unit.code}${unit.name ? ` — ${unit.name}` : ""}: ${formatPoints(unit.points)} / ${formatPoints(unit.max)} điểm\n${renderTable(["Mã", "Chỉ số", "Điểm", "Tối đa", "Mất", "Trạng thái"], rows, ["left", "left", "right", "right", "right", "left"])}\n`;
}

/** Warnings, at most `limit` lines (the JSON output has them all). */
export function warningLines(result: ScoreResult, limit = 30): string {
  if (result.warnings.length === 0) return "";
  const lines = result.warnings.slice(0, limit).map((w) => {
    const where = [w.unit && `unit ${w.unit}`, w.indicator && `indicator ${w.indicator}`, w.input && `input ${w.input}`]
      .filter((part): part is string => Boolean(part) && !w.message.includes(part as string))
      .join(", ");
    return `  ${w.code}${where ? ` ${where}` : ""}: ${w.message}`;
  });
  const more = result.warnings.length - lines.length;
  if (more > 0) lines.push(`  … ${more} more (--json lists every warning)`);
  return `Cảnh báo (${result.warnings.length}):\n${lines.join("\n")}\n`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function renderScoreResult(result: ScoreResult, loaded: LoadedPack, options: { indicators?: boolean } = {}): string {
  let out = `${resultHeading(result, loaded)}\n${rankingTable(result, loaded)}`;
  if (options.indicators) for (const unit of byRank(result.units)) out += `\n${indicatorTable(unit, loaded)}`;
  const warnings = warningLines(result);
  return warnings ? `${out}\n${warnings}` : out;
}
