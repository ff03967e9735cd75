import type { ScoreResult } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import { indexHeader, orderedIndicators, rankedUnits, shownIndices, shownPillars, STATUS_VI } from "./columns";

/**
 * The tables behind both the .xlsx and the CSV exports, so the two always agree: a header and
 * rows of cells, each column with its kind (which decides the number format).
 */
export type ColumnKind = "text" | "rank" | "value" | "points" | "percent" | "date";
export interface Column {
  header: string;
  kind: ColumnKind;
  width: number;
}
export type Cell = string | number | boolean | Date | null;
export interface Table {
  columns: Column[];
  rows: Cell[][];
}

const text = (header: string, width = 14): Column => ({ header, kind: "text", width });
const value = (header: string): Column => ({ header, kind: "value", width: 12 });
const points = (header: string): Column => ({ header, kind: "points", width: 11 });

/** One row per unit: rank, code, name, overall, (points), pillars, main indices. */
export function summaryTable(result: ScoreResult, pack: Pack, options: { points: boolean }): Table {
  const pillars = shownPillars(result, pack);
  const indices = shownIndices(result, pack);
  const columns: Column[] = [
    { header: "Xếp hạng", kind: "rank", width: 9 },
    text("Mã", 9),
    text("Tên đơn vị", 24),
    value("DTI"),
    ...(options.points ? [points("Điểm"), points("Điểm tối đa")] : []),
    ...pillars.map((p) => value(p.name.vi)),
    ...indices.map((i) => value(indexHeader(i))),
  ];
  const rows = rankedUnits(result).map((u) => [
    u.rank,
    u.code,
    u.name ?? "",
    u.overall,
    ...(options.points ? [u.points, u.max] : []),
    ...pillars.map((p) => u.pillars[p.id]?.value ?? null),
    ...indices.map((i) => u.indices[i.code]?.value ?? null),
  ]);
  return { columns, rows };
}

/** One row per unit and indicator: code, name, max, points, lost, status, provisional. */
export function indicatorTable(result: ScoreResult, pack: Pack): Table {
  const columns: Column[] = [
    text("Mã đơn vị", 10),
    text("Tên đơn vị", 20),
    text("Chỉ số chính", 8),
    text("Mã chỉ số", 9),
    text("Tên chỉ số", 60),
    points("Điểm tối đa"),
    points("Điểm"),
    points("Điểm bị mất"),
    { header: "Tỷ lệ đạt", kind: "percent", width: 10 },
    text("Trạng thái", 16),
    text("Tạm tính", 9),
  ];
  const indicators = orderedIndicators(pack);
  const rows: Cell[][] = [];
  for (const u of rankedUnits(result)) {
    if (!u.indicators) continue;
    for (const indicator of indicators) {
      const r = u.indicators[indicator.code];
      if (!r) continue;
      rows.push([
        u.code,
        u.name ?? "",
        indicator.index,
        indicator.code,
        indicator.name.vi,
        r.max,
        r.points,
        r.lost,
        r.value,
        STATUS_VI[r.status] ?? r.status,
        r.provisional ? "Có" : "",
      ]);
    }
  }
  return { columns, rows };
}
