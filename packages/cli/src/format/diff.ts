import type { PackDiff } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import type { Pack } from "@dti/pack-sdk";
import { formatPoints } from "./number";
import { renderTable } from "./table";

/** Above this many items, a list is printed as codes grouped by main index rather than one line each. */
const LONG_LIST = 12;

function points(value: number | null): string {
  return value === null ? "?" : formatPoints(value);
}

function signedPoints(delta: number): string {
  return delta > 0 ? `+${formatPoints(delta)}` : delta < 0 ? `−${formatPoints(-delta)}` : formatPoints(0);
}

type Brief = { code: string; name: string; maxPoints: number | null };

function briefLines(items: Brief[], sign: string, indexOf: (code: string) => string | undefined): string[] {
  if (items.length <= LONG_LIST) return items.map((x) => `    ${sign} ${x.code} ${x.name} (${points(x.maxPoints)} điểm)`);
  const groups = new Map<string, string[]>();
  for (const x of items) {
    const index = indexOf(x.code) ?? "?";
    groups.set(index, [...(groups.get(index) ?? []), x.code]);
  }
  return [...groups].map(([index, codes]) => `    ${sign} ${index}: ${codes.join(", ")}`);
}

/** The diff as people read it: Vietnamese labels, English in brackets, Vietnamese numbers. */
export function renderPackDiff(diff: PackDiff, older: Pack, newer: Pack): string {
  const out: string[] = [];
  out.push(`So sánh hai bộ chỉ số / Pack diff: ${diff.from.id} ${diff.from.version} → ${diff.to.id} ${diff.to.version}`);
  out.push(
    diff.crosswalk
      ? `Mã được đối chiếu theo bảng chuyển đổi (crosswalk) của ${diff.to.id} từ ${diff.from.id}.`
      : `Không có bảng chuyển đổi (crosswalk) từ ${diff.from.id}: mã được đối chiếu theo mã.`,
  );
  if (newer.meta.coverage !== "full")
    out.push(
      `Lưu ý: ${diff.to.id} chỉ mô tả ${newer.meta.coverage === "published" ? "kết quả đã công bố" : "giá trị chỉ số chính"} (coverage: ${newer.meta.coverage}): "?" là số điểm chưa rõ; chỉ số thành phần gói này không liệt kê là chưa biết, không phải đã bị bỏ.`,
    );
  const indexOfOlder = (code: string) => older.indicators.find((x) => x.code === code)?.index;
  const indexOfNewer = (code: string) => newer.indicators.find((x) => x.code === code)?.index;

  const level = (title: string, d: PackDiff["indices"] | PackDiff["indicators"], isIndicators: boolean) => {
    const lines: string[] = [];
    if (d.added.length > 0) lines.push(`  Thêm (added) — ${d.added.length}:`, ...briefLines(d.added, "+", indexOfNewer));
    if (d.removed.length > 0) lines.push(`  Bỏ (removed) — ${d.removed.length}:`, ...briefLines(d.removed, "−", indexOfOlder));
    if (d.renamed.length > 0)
      lines.push(
        `  Đổi tên hoặc mã (renamed) — ${d.renamed.length}:`,
        ...d.renamed.map(
          (x) =>
            `    ~ ${x.fromCode === x.code ? x.code : `${x.fromCode} → ${x.code}`}: ${x.from === x.to ? x.to : `"${x.from}" → "${x.to}"`}`,
        ),
      );
    if (d.reweighted.length > 0)
      lines.push(
        `  Đổi điểm tối đa (re-weighted) — ${d.reweighted.length}:`,
        ...d.reweighted.map(
          (x) => `    ${x.fromCode === x.code ? x.code : `${x.fromCode} → ${x.code}`}: ${points(x.from)} → ${points(x.to)} điểm`,
        ),
      );
    if (isIndicators) {
      const x = d as PackDiff["indicators"];
      if (x.moved.length > 0)
        lines.push(
          `  Chuyển sang chỉ số chính khác (moved) — ${x.moved.length}:`,
          ...x.moved.map((m) => `    ${m.fromCode === m.code ? m.code : `${m.fromCode} → ${m.code}`}: ${m.fromIndex} → ${m.toIndex}`),
        );
      if (x.ruleChanged.length > 0)
        lines.push(
          `  Đổi cách tính (rule changed) — ${x.ruleChanged.length}:`,
          ...x.ruleChanged.flatMap((r) => [
            `    ${r.fromCode === r.code ? r.code : `${r.fromCode} → ${r.code}`}: ${r.from.vi}`,
            `      → ${r.to.vi}`,
          ]),
        );
    }
    out.push("", `${title}:`, ...(lines.length > 0 ? lines : ["  Không thay đổi (no change)."]));
  };
  level("Chỉ số chính (main indices)", diff.indices, false);
  level("Chỉ số thành phần (indicators)", diff.indicators, true);

  // Older items a partial newer pack does not list: unknown there, not known to be removed.
  const notListed = diff.notListed.map((x) => ({
    code: x.code,
    name: x.name,
    maxPoints: (x.level === "indices" ? older.indices : older.indicators).find((y) => y.code === x.code)?.maxPoints ?? null,
  }));
  if (notListed.length > 0)
    out.push(
      "",
      `Không được liệt kê trong ${diff.to.id} — chưa biết, không phải đã bỏ (not listed: unknown, not known to be removed) — ${notListed.length}:`,
      ...briefLines(notListed, "?", indexOfOlder).map((line) => line.slice(2)),
    );

  if (diff.restructured.length > 0) {
    out.push("", "Tách, gộp (restructured):");
    for (const r of diff.restructured)
      out.push(
        `  ${r.level === "indices" ? "chỉ số chính" : "chỉ số"} ${r.from.join(" + ")} → ${r.to.join(" + ")} (${r.relation})${r.note ? `: ${r.note}` : ""}`,
      );
  }

  const inOlder = new Set(older.indices.map((x) => x.code));
  const inNewer = new Set(newer.indices.map((x) => x.code));
  const rows = [...diff.points]
    .sort((a, b) => compareCodes(a.index, b.index))
    .map((p) => {
      const fromCode = diff.indices.renamed.find((r) => r.code === p.index)?.fromCode ?? p.index;
      const from = inOlder.has(fromCode) ? points(p.from) : "—";
      const to = inNewer.has(p.index) ? points(p.to) : "— (bỏ)";
      const delta = p.delta !== null ? signedPoints(p.delta) : inOlder.has(fromCode) && inNewer.has(p.index) ? "?" : "—";
      return [p.index, from, to, delta];
    });
  out.push(
    "",
    "Điểm giữa các chỉ số chính (points per main index):",
    renderTable(["Chỉ số", `Trước (${diff.from.id})`, `Sau (${diff.to.id})`, "Δ"], rows, ["left", "right", "right", "right"]),
  );
  const moved = diff.points.filter((p) => p.delta !== null && p.delta !== 0);
  if (moved.length > 0) out.push(`Điểm đã chuyển (points moved): ${moved.map((p) => `${p.index} ${signedPoints(p.delta!)}`).join("; ")}`);
  return `${out.join("\n")}\n`;
}
