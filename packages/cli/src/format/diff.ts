import type { PackDiff } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import type { ChangeClass, Crosswalk, Pack, RestructuredSide } from "@dti/pack-sdk";
import type { Lang } from "../i18n/lang";
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

const LEVEL_VI: Record<string, string> = { none: "không đổi", patch: "patch", minor: "minor", major: "major" };

/** One side of a split or merge: "1.2 (10,00 điểm): Tỷ lệ = …". */
function sideLine(side: RestructuredSide, lang: Lang): string {
  return `${side.code} ${side.name} (${points(side.maxPoints)} điểm)${side.rule ? `: ${side.rule[lang]}` : ""}`;
}

/**
 * The diff as people read it: Vietnamese labels, English in brackets, Vietnamese numbers; rules and the
 * semver class in the language asked for.
 */
export function renderPackDiff(
  diff: PackDiff,
  older: Pack,
  newer: Pack,
  options: { change?: ChangeClass & { suggestedVersion?: string }; lang?: Lang } = {},
): string {
  const lang = options.lang ?? "vi";
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
            `    ${r.fromCode === r.code ? r.code : `${r.fromCode} → ${r.code}`}: ${r.from[lang]}`,
            `      → ${r.to[lang]}`,
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
    for (const r of diff.restructured) {
      out.push(
        `  ${r.level === "indices" ? "chỉ số chính" : "chỉ số"} ${r.from.join(" + ")} → ${r.to.join(" + ")} (${r.relation})${r.note ? `: ${r.note}` : ""}`,
      );
      // Every side: each code before and after, with its points and rule; a code gone says so.
      for (const side of r.before) {
        const after = r.after.find((x) => x.code === side.code);
        out.push(`    − ${lang === "vi" ? "trước" : "before"}: ${sideLine(side, lang)}`);
        if (after) out.push(`    + ${lang === "vi" ? "sau" : "after"}:  ${sideLine(after, lang)}`);
        else out.push(`    + ${lang === "vi" ? "sau" : "after"}:  ${side.code} ${lang === "vi" ? "bị bỏ (removed)" : "removed"}`);
      }
      for (const side of r.after.filter((x) => !r.before.some((y) => y.code === x.code)))
        out.push(`    + ${lang === "vi" ? "sau (mới)" : "after (new)"}: ${sideLine(side, lang)}`);
      const sum = (sides: RestructuredSide[]) =>
        sides.some((x) => x.maxPoints === null) ? null : sides.reduce((t, x) => t + x.maxPoints!, 0);
      const [before, after] = [sum(r.before), sum(r.after)];
      if (before !== null && after !== null)
        out.push(
          `    ${lang === "vi" ? "Tổng điểm" : "Points"}: ${points(before)} → ${points(after)}${before !== after ? ` (${signedPoints(after - before)})` : ""}`,
        );
    }
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
  if (options.change) {
    const c = options.change;
    const next = c.suggestedVersion && c.level !== "none" ? ` → ${c.suggestedVersion}` : "";
    out.push(
      "",
      lang === "vi"
        ? `Mức thay đổi theo semver (.changeset/README.md): ${LEVEL_VI[c.level]}${next}`
        : `Semver class of the change (.changeset/README.md): ${c.level}${next}`,
      ...c.reasons.slice(0, 20).map((r) => `  ${r.level}: ${r.what}`),
      ...(c.reasons.length > 20
        ? [`  … ${lang === "vi" ? "và" : "and"} ${c.reasons.length - 20} ${lang === "vi" ? "thay đổi khác" : "more"}`]
        : []),
    );
  }
  return `${out.join("\n")}\n`;
}

/** A draft crosswalk as a module the author pastes into the newer pack's src/crosswalks.ts and edits. */
export function renderCrosswalkDraft(draft: Crosswalk): string {
  return [
    'import type { PackDefinition } from "@dti/pack-sdk";',
    "",
    "/**",
    ` * DRAFT crosswalk from ${draft.from}, written by \`dti pack diff --crosswalk-draft\`: every relation is a`,
    " * guess from codes, names, points and rules. Check each one (and its note) against the framework's text;",
    ' * `dti pack validate` then checks that "same" and "renamed" hold and that splits and merges add up.',
    " */",
    `export const crosswalks = [${JSON.stringify(draft, null, 2)}] satisfies PackDefinition["crosswalks"];`,
    "",
  ].join("\n");
}
