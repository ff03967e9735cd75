import type { Comparison, UnitComparison } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import { formatDelta, formatRankDelta, formatValue } from "./number";
import { renderTable, type Align } from "./table";

export interface ComparisonLabels {
  /** Column labels of the two sides: "2022" and "2023", or "chính thức" and "phương án". */
  from: string;
  to: string;
  /** The packs of the two sides (for the decomposition's legend). */
  fromPack?: string;
  toPack?: string;
  /** Main indices whose Δ is shown (default: every comparable one); e.g. leave out unscored ones. */
  indices?: readonly string[];
}

/** Best first under the later result, then the earlier one; units present on one side only come last. */
function order(a: UnitComparison, b: UnitComparison): number {
  const rank = (u: UnitComparison) => u.to?.rank ?? (u.from ? 10_000 + u.from.rank : 20_000);
  return rank(a) - rank(b) || (a.from?.rank ?? 0) - (b.from?.rank ?? 0) || a.code.localeCompare(b.code);
}

/**
 * One row per unit: value and rank under each side, Δ value, Δ rank (places gained), the comparable
 * main indices' Δ and, where the change was decomposed, its method and progress parts. Then what
 * cannot be compared.
 */
export function renderComparison(comparison: Comparison, labels: ComparisonLabels): string {
  const units = [...comparison.units].sort(order);
  const indexCodes = [...new Set(units.flatMap((u) => Object.keys(u.delta.indices)))]
    .filter((code) => labels.indices === undefined || labels.indices.includes(code))
    .sort(compareCodes);
  const decomposed = units.some((u) => u.decomposition !== undefined);
  const head = [
    "Mã",
    "Tên",
    `DTI ${labels.from}`,
    "Hạng",
    `DTI ${labels.to}`,
    "Hạng",
    "Δ DTI",
    "Δ hạng",
    ...indexCodes.map((code) => `Δ ${code}`),
    ...(decomposed ? ["Do phương pháp", "Do tiến bộ"] : []),
  ];
  const align: Align[] = [
    "left",
    "left",
    "right",
    "right",
    "right",
    "right",
    "right",
    "right",
    ...indexCodes.map((): Align => "right"),
    ...(decomposed ? (["right", "right"] as Align[]) : []),
  ];
  const rows = units.map((u) => [
    u.code,
    u.name ?? "",
    u.from ? formatValue(u.from.overall) : "—",
    u.from ? String(u.from.rank) : "—",
    u.to ? formatValue(u.to.overall) : "—",
    u.to ? String(u.to.rank) : "—",
    u.delta.overall !== null ? formatDelta(u.delta.overall) : "—",
    u.delta.rank !== null ? formatRankDelta(u.delta.rank) : "—",
    ...indexCodes.map((code) => (u.delta.indices[code] !== undefined ? formatDelta(u.delta.indices[code]!) : "—")),
    ...(decomposed
      ? [u.decomposition ? formatDelta(u.decomposition.method) : "—", u.decomposition ? formatDelta(u.decomposition.progress) : "—"]
      : []),
  ]);
  const lines = [renderTable(head, rows, align)];
  lines.push("Δ hạng: số bậc tăng (+) hoặc giảm (−) / places gained or lost.");
  if (decomposed)
    lines.push(
      `Δ DTI = do phương pháp (số liệu ${labels.from} tính lại theo ${labels.toPack ?? labels.to} trừ kết quả theo ${labels.fromPack ?? labels.from}) + do tiến bộ (${labels.to} so với ${labels.from}, cùng tính theo ${labels.toPack ?? labels.to}).`,
    );
  if (comparison.seriesBreak)
    lines.push("Chuỗi số liệu bị gián đoạn (series break): hai kết quả được tính theo hai bộ chỉ số hoặc hai phiên bản khác nhau.");
  if (comparison.notComparable.length > 0)
    lines.push("", "Không so sánh được / Not comparable:", ...comparison.notComparable.map((n) => `  - ${n}`));
  return `${lines.join("\n")}\n`;
}
