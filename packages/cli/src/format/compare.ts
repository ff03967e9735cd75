import type { Comparison, DecompositionReport, UnitComparison } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import { say } from "../i18n/catalogue";
import { notComparableText } from "../i18n/engine-text";
import type { Lang } from "../i18n/lang";
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
  /** The language of the run (Vietnamese by default). */
  lang?: Lang;
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
  const lang = labels.lang ?? "vi";
  const units = [...comparison.units].sort(order);
  const indexCodes = [...new Set(units.flatMap((u) => Object.keys(u.delta.indices)))]
    .filter((code) => labels.indices === undefined || labels.indices.includes(code))
    .sort(compareCodes);
  const decomposed = units.some((u) => u.decomposition !== undefined);
  const outside = units.some((u) => (u.decomposition?.items.length ?? 0) > 0);
  const head = [
    say(lang, "table.code"),
    say(lang, "table.name"),
    say(lang, "compare.col.dti", { side: labels.from }),
    say(lang, "table.rank"),
    say(lang, "compare.col.dti", { side: labels.to }),
    say(lang, "table.rank"),
    say(lang, "compare.col.deltaDti"),
    say(lang, "compare.col.deltaRank"),
    ...indexCodes.map((code) => `Δ ${code}`),
    ...(decomposed ? [say(lang, "compare.col.method"), say(lang, "compare.col.progress")] : []),
    ...(outside ? [say(lang, "compare.col.notComparable")] : []),
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
    u.from ? formatValue(u.from.overall, lang) : "—",
    u.from ? String(u.from.rank) : "—",
    u.to ? formatValue(u.to.overall, lang) : "—",
    u.to ? String(u.to.rank) : "—",
    u.delta.overall !== null ? formatDelta(u.delta.overall, lang) : "—",
    u.delta.rank !== null ? formatRankDelta(u.delta.rank) : "—",
    ...indexCodes.map((code) => (u.delta.indices[code] !== undefined ? formatDelta(u.delta.indices[code]!, lang) : "—")),
    ...(decomposed
      ? [
          u.decomposition ? formatDelta(u.decomposition.method, lang) : "—",
          u.decomposition ? formatDelta(u.decomposition.progress, lang) : "—",
        ]
      : []),
    ...(outside ? [u.decomposition ? formatDelta(u.decomposition.notComparable, lang) : "—"] : []),
  ]);
  const lines = [renderTable(head, rows, align)];
  lines.push(say(lang, "compare.legend.rank"));
  if (decomposed)
    lines.push(
      say(lang, "compare.legend.decomposed", {
        from: labels.from,
        to: labels.to,
        fromPack: labels.fromPack ?? labels.from,
        toPack: labels.toPack ?? labels.to,
        outside,
      }),
    );
  if (comparison.seriesBreak) lines.push(say(lang, "compare.seriesBreak"));
  if (comparison.notComparable.length > 0)
    lines.push("", say(lang, "compare.notComparable"), ...comparison.notComparable.map((n) => `  - ${notComparableText(n, lang)}`));
  return `${lines.join("\n")}\n`;
}

/**
 * What the decomposition could compare: indicator classes with their points, the indicators left out
 * of the split with each unit's points, and every warning, in Vietnamese then English.
 */
export function renderDecomposition(report: DecompositionReport, labels: { from: string; to: string; lang?: Lang }): string {
  const lang = labels.lang ?? "vi";
  const c = report.comparability;
  const count = (k: string) => c.indicators.filter((l) => l.class === k).length;
  const lines = [
    "",
    say(lang, "decompose.summary", {
      from: c.from,
      to: c.to,
      comparable: count("comparable"),
      changed: count("changed"),
      added: count("new"),
      removed: count("removed"),
    }),
    say(lang, "decompose.cover", {
      rescorable: formatPoints(c.points.rescorable, lang),
      total: formatPoints(c.points.total, lang),
      to: c.to,
    }),
  ];
  const outside = c.indicators.filter((l) => !l.rescorable);
  if (outside.length > 0) {
    lines.push(say(lang, "decompose.outside"));
    const units = [...report.byUnit.entries()];
    outside.forEach((l, k) => {
      const name =
        l.class === "new" ? l.to.join(" + ") : l.class === "removed" ? l.from.join(" + ") : `${l.from.join(" + ")} → ${l.to.join(" + ")}`;
      const per = units
        .map(([code, d]) => {
          const item = d.items[k]!;
          const side = item.points.to ?? item.points.from ?? 0;
          return say(lang, "decompose.unitPoints", {
            code,
            points: formatPoints(side, lang),
            contribution: formatDelta(item.contribution, lang),
          });
        })
        .join("; ");
      lines.push(
        say(lang, "decompose.outsideLine", {
          name,
          kind: l.class,
          max: formatPoints(l.class === "removed" ? l.max.from : l.max.to, lang),
          reason: (lang === "en" ? l.reason?.en : l.reason?.vi) ?? "",
          per,
        }),
      );
    });
  }
  if (report.warnings.length > 0) {
    lines.push(say(lang, "decompose.warnings", { count: report.warnings.length }));
    for (const w of report.warnings.slice(0, 30)) lines.push(`  [${labels.from}→${labels.to}] ${w.code}: ${lang === "en" ? w.en : w.vi}`);
    if (report.warnings.length > 30) lines.push(say(lang, "warnings.more", { count: report.warnings.length - 30 }));
  }
  return `${lines.join("\n")}\n`;
}
