import type { ScoreResult, UnitResult } from "@dti/contracts";
import { compareCodes } from "@dti/engine";
import type { IndicatorDefinition, Pack } from "@dti/pack-sdk";

/** The main indices a table shows: those the result has, in the pack's order, without unscored ones (IX). */
export function shownIndices(result: ScoreResult, pack: Pack) {
  const present = new Set(result.units.flatMap((u) => Object.keys(u.indices)));
  return pack.indices.filter((i) => present.has(i.code) && i.group !== "unscored");
}

export function shownPillars(result: ScoreResult, pack: Pack) {
  const present = new Set(result.units.flatMap((u) => Object.keys(u.pillars)));
  return pack.aggregation.pillars.filter((p) => present.has(p.id));
}

/** "I. Nhận thức số": the header of an index column, as the template's sheets are named. */
export function indexHeader(index: Pack["indices"][number]): string {
  return `${index.code}. ${index.name.vi}`;
}

/** Units by rank, then code (equal ranks share a place). */
export function rankedUnits(result: ScoreResult): UnitResult[] {
  return [...result.units].sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Indicators by main index (the pack's order), then official code. */
export function orderedIndicators(pack: Pack): IndicatorDefinition[] {
  const order = new Map(pack.indices.map((x, k) => [x.code, k]));
  return [...pack.indicators].sort((a, b) => (order.get(a.index) ?? 0) - (order.get(b.index) ?? 0) || compareCodes(a.code, b.code));
}

export const STATUS_VI: Record<string, string> = {
  scored: "Đã chấm",
  missing: "Thiếu số liệu",
  not_scored: "Không tính điểm",
};

export const BASIS_VI: Record<ScoreResult["basis"], string> = {
  raw: "tính từ số liệu gốc",
  indices: "tổng hợp từ giá trị các chỉ số chính",
};

export function packLine(result: ScoreResult): string {
  return `Bộ chỉ số ${result.pack.id} phiên bản ${result.pack.version} (mã kiểm tra ${result.pack.hash.slice(0, 19)}…) · ${BASIS_VI[result.basis]} · chế độ ${result.mode === "strict" ? "chặt (đủ số liệu)" : "linh hoạt (thiếu số liệu tính 0 điểm)"}`;
}
