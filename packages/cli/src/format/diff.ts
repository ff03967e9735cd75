import type { PackDiff } from "@dti/engine";
import { compareCodes } from "@dti/engine";
import type { ChangeClass, Crosswalk, Pack, RestructuredSide } from "@dti/pack-sdk";
import { changeReasonText } from "../i18n/change-reasons";
import { say } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import { formatPoints } from "./number";
import { renderTable } from "./table";

/** Above this many items, a list is printed as codes grouped by main index rather than one line each. */
const LONG_LIST = 12;

/**
 * The diff as people read it, in the language of the run (labels, numbers, rules and the semver class);
 * codes and names as the packs write them.
 */
export function renderPackDiff(
  diff: PackDiff,
  older: Pack,
  newer: Pack,
  options: { change?: ChangeClass & { suggestedVersion?: string }; lang?: Lang } = {},
): string {
  const lang = options.lang ?? "vi";
  const points = (value: number | null) => (value === null ? "?" : formatPoints(value, lang));
  const signedPoints = (delta: number) =>
    delta > 0 ? `+${formatPoints(delta, lang)}` : delta < 0 ? `−${formatPoints(-delta, lang)}` : formatPoints(0, lang);
  const worth = (value: number | null) => say(lang, "diff.points", { points: points(value) });
  type Brief = { code: string; name: string; maxPoints: number | null };
  const briefLines = (items: Brief[], sign: string, indexOf: (code: string) => string | undefined): string[] => {
    if (items.length <= LONG_LIST) return items.map((x) => `    ${sign} ${x.code} ${x.name} (${worth(x.maxPoints)})`);
    const groups = new Map<string, string[]>();
    for (const x of items) {
      const index = indexOf(x.code) ?? "?";
      groups.set(index, [...(groups.get(index) ?? []), x.code]);
    }
    return [...groups].map(([index, codes]) => `    ${sign} ${index}: ${codes.join(", ")}`);
  };
  /** One side of a split or merge: "1.2 (10,00 điểm): Tỷ lệ = …". */
  const sideLine = (side: RestructuredSide) =>
    `${side.code} ${side.name} (${worth(side.maxPoints)})${side.rule ? `: ${side.rule[lang]}` : ""}`;

  const out: string[] = [];
  out.push(say(lang, "diff.heading", { from: `${diff.from.id} ${diff.from.version}`, to: `${diff.to.id} ${diff.to.version}` }));
  out.push(
    diff.crosswalk
      ? say(lang, "diff.viaCrosswalk", { to: diff.to.id, from: diff.from.id })
      : say(lang, "diff.byCode", { from: diff.from.id }),
  );
  if (newer.meta.coverage !== "full")
    out.push(say(lang, "diff.partial", { to: diff.to.id, published: newer.meta.coverage === "published", coverage: newer.meta.coverage }));
  const indexOfOlder = (code: string) => older.indicators.find((x) => x.code === code)?.index;
  const indexOfNewer = (code: string) => newer.indicators.find((x) => x.code === code)?.index;
  const codes = (from: string, to: string) => (from === to ? to : `${from} → ${to}`);

  const level = (title: string, d: PackDiff["indices"] | PackDiff["indicators"], isIndicators: boolean) => {
    const lines: string[] = [];
    if (d.added.length > 0) lines.push(say(lang, "diff.added", { count: d.added.length }), ...briefLines(d.added, "+", indexOfNewer));
    if (d.removed.length > 0)
      lines.push(say(lang, "diff.removed", { count: d.removed.length }), ...briefLines(d.removed, "−", indexOfOlder));
    if (d.renamed.length > 0)
      lines.push(
        say(lang, "diff.renamed", { count: d.renamed.length }),
        ...d.renamed.map((x) => `    ~ ${codes(x.fromCode, x.code)}: ${x.from === x.to ? x.to : `"${x.from}" → "${x.to}"`}`),
      );
    if (d.reweighted.length > 0)
      lines.push(
        say(lang, "diff.reweighted", { count: d.reweighted.length }),
        ...d.reweighted.map((x) => `    ${codes(x.fromCode, x.code)}: ${points(x.from)} → ${worth(x.to)}`),
      );
    if (isIndicators) {
      const x = d as PackDiff["indicators"];
      if (x.moved.length > 0)
        lines.push(
          say(lang, "diff.moved", { count: x.moved.length }),
          ...x.moved.map((m) => `    ${codes(m.fromCode, m.code)}: ${m.fromIndex} → ${m.toIndex}`),
        );
      if (x.ruleChanged.length > 0)
        lines.push(
          say(lang, "diff.ruleChanged", { count: x.ruleChanged.length }),
          ...x.ruleChanged.flatMap((r) => [`    ${codes(r.fromCode, r.code)}: ${r.from[lang]}`, `      → ${r.to[lang]}`]),
        );
    }
    out.push("", `${title}:`, ...(lines.length > 0 ? lines : [say(lang, "diff.noChange")]));
  };
  level(say(lang, "diff.indices"), diff.indices, false);
  level(say(lang, "diff.indicators"), diff.indicators, true);

  // Older items a partial newer pack does not list: unknown there, not known to be removed.
  const notListed = diff.notListed.map((x) => ({
    code: x.code,
    name: x.name,
    maxPoints: (x.level === "indices" ? older.indices : older.indicators).find((y) => y.code === x.code)?.maxPoints ?? null,
  }));
  if (notListed.length > 0)
    out.push(
      "",
      say(lang, "diff.notListed", { to: diff.to.id, count: notListed.length }),
      ...briefLines(notListed, "?", indexOfOlder).map((line) => line.slice(2)),
    );

  if (diff.restructured.length > 0) {
    out.push("", say(lang, "diff.restructured"));
    for (const r of diff.restructured) {
      out.push(
        `  ${say(lang, r.level === "indices" ? "diff.level.indices" : "diff.level.indicators")} ${r.from.join(" + ")} → ${r.to.join(" + ")} (${r.relation})${r.note ? `: ${r.note}` : ""}`,
      );
      // Every side: each code before and after, with its points and rule; a code gone says so.
      for (const side of r.before) {
        const after = r.after.find((x) => x.code === side.code);
        out.push(`    − ${say(lang, "diff.before")}: ${sideLine(side)}`);
        if (after) out.push(`    + ${say(lang, "diff.after")}:  ${sideLine(after)}`);
        else out.push(`    + ${say(lang, "diff.after")}:  ${side.code} ${say(lang, "diff.gone")}`);
      }
      for (const side of r.after.filter((x) => !r.before.some((y) => y.code === x.code)))
        out.push(`    + ${say(lang, "diff.afterNew")}: ${sideLine(side)}`);
      const sum = (sides: RestructuredSide[]) =>
        sides.some((x) => x.maxPoints === null) ? null : sides.reduce((t, x) => t + x.maxPoints!, 0);
      const [before, after] = [sum(r.before), sum(r.after)];
      if (before !== null && after !== null)
        out.push(
          `    ${say(lang, "diff.total")}: ${points(before)} → ${points(after)}${before !== after ? ` (${signedPoints(after - before)})` : ""}`,
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
      const to = inNewer.has(p.index) ? points(p.to) : say(lang, "diff.removedCell");
      const delta = p.delta !== null ? signedPoints(p.delta) : inOlder.has(fromCode) && inNewer.has(p.index) ? "?" : "—";
      return [p.index, from, to, delta];
    });
  out.push(
    "",
    say(lang, "diff.pointsTitle"),
    renderTable(
      [
        say(lang, "diff.col.index"),
        say(lang, "diff.col.before", { id: diff.from.id }),
        say(lang, "diff.col.after", { id: diff.to.id }),
        "Δ",
      ],
      rows,
      ["left", "right", "right", "right"],
    ),
  );
  const moved = diff.points.filter((p) => p.delta !== null && p.delta !== 0);
  if (moved.length > 0)
    out.push(say(lang, "diff.pointsMoved", { moves: moved.map((p) => `${p.index} ${signedPoints(p.delta!)}`).join("; ") }));
  if (options.change) {
    const c = options.change;
    const next = c.suggestedVersion && c.level !== "none" ? ` → ${c.suggestedVersion}` : "";
    out.push(
      "",
      say(lang, "diff.semver", { level: c.level === "none" ? say(lang, "diff.level.none") : c.level, next }),
      ...c.reasons.slice(0, 20).map((r) => `  ${r.level}: ${changeReasonText(r.what, lang)}`),
      ...(c.reasons.length > 20 ? [say(lang, "diff.moreReasons", { count: c.reasons.length - 20 })] : []),
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
