import type { Comparison, DecompositionReport, UnitComparison } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import { formatDelta, formatPoints, formatRankDelta, formatValue } from "./number";
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
  const outside = units.some((u) => (u.decomposition?.items.length ?? 0) > 0);
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
    ...(outside ? ["Không so sánh được"] : []),
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
    ...(outside ? (["right"] as Align[]) : []),
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
    ...(outside ? [u.decomposition ? formatDelta(u.decomposition.notComparable) : "—"] : []),
  ]);
  const lines = [renderTable(head, rows, align)];
  lines.push("Δ hạng: số bậc tăng (+) hoặc giảm (−) / places gained or lost.");
  if (decomposed)
    lines.push(
      `Δ DTI = do phương pháp (số liệu ${labels.from} tính lại theo ${labels.toPack ?? labels.to} trừ kết quả theo ${labels.fromPack ?? labels.from}) + do tiến bộ (${labels.to} so với ${labels.from}, cùng tính theo ${labels.toPack ?? labels.to})${outside ? " + không so sánh được (chỉ tiêu mới, bị bỏ hoặc không có số liệu năm trước: không tính vào tiến bộ)" : ""}.`,
      `Δ DTI = method + progress${outside ? " + not comparable (new, removed or unfed indicators: never counted as progress)" : ""}; method and progress are summed only over indicators the earlier data can be re-scored on.`,
    );
  if (comparison.seriesBreak)
    lines.push("Chuỗi số liệu bị gián đoạn (series break): hai kết quả được tính theo hai bộ chỉ số hoặc hai phiên bản khác nhau.");
  if (comparison.notComparable.length > 0)
    lines.push("", "Không so sánh được / Not comparable:", ...comparison.notComparable.map((n) => `  - ${n}`));
  return `${lines.join("\n")}\n`;
}

/**
 * What the decomposition could compare: indicator classes with their points, the indicators left out
 * of the split with each unit's points, and every warning, in Vietnamese then English.
 */
export function renderDecomposition(report: DecompositionReport, labels: { from: string; to: string }): string {
  const c = report.comparability;
  const count = (k: string) => c.indicators.filter((l) => l.class === k).length;
  const lines = [
    "",
    `Tách thay đổi / Decomposition (${c.from} → ${c.to}): ${count("comparable")} nhóm chỉ tiêu so sánh được / comparable, ${count("changed")} thay đổi / changed, ${count("new")} mới / new, ${count("removed")} bỏ / removed.`,
    `Phương pháp và tiến bộ được tính trên ${formatPoints(c.points.rescorable)} / ${formatPoints(c.points.total)} điểm của ${c.to} / method and progress cover ${formatPoints(c.points.rescorable)} of ${formatPoints(c.points.total)} points.`,
  ];
  const outside = c.indicators.filter((l) => !l.rescorable);
  if (outside.length > 0) {
    lines.push(`Không so sánh được, không tính vào tiến bộ / Not comparable, never counted as progress:`);
    const units = [...report.byUnit.entries()];
    outside.forEach((l, k) => {
      const name =
        l.class === "new" ? l.to.join(" + ") : l.class === "removed" ? l.from.join(" + ") : `${l.from.join(" + ")} → ${l.to.join(" + ")}`;
      const per = units
        .map(([code, d]) => {
          const item = d.items[k]!;
          const side = item.points.to ?? item.points.from ?? 0;
          return `${code} ${formatPoints(side)} đ (${formatDelta(item.contribution)})`;
        })
        .join("; ");
      lines.push(
        `  - ${name} [${l.class}] ${formatPoints(l.class === "removed" ? l.max.from : l.max.to)} điểm tối đa: ${l.reason?.vi ?? ""} / ${l.reason?.en ?? ""}. ${per}`,
      );
    });
  }
  if (report.warnings.length > 0) {
    lines.push(`Cảnh báo khi tách / Decomposition warnings (${report.warnings.length}):`);
    for (const w of report.warnings.slice(0, 30)) lines.push(`  [${labels.from}→${labels.to}] ${w.code}: ${w.vi} / ${w.en}`);
    if (report.warnings.length > 30) lines.push(`  … ${report.warnings.length - 30} more (--json lists every warning)`);
  }
  return `${lines.join("\n")}\n`;
}
