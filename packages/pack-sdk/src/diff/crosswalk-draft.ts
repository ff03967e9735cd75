import { compareCodes, textKey } from "@dti/conventions";
import type { Crosswalk, CrosswalkMapping, IndicatorDefinition, Pack } from "../schema/pack";
import { inputKey, ruleKey } from "../validate";

const EPSILON = 1e-9;

function inputsKey(x: IndicatorDefinition, pack: Pack): string {
  const byId = new Map(pack.inputs.map((i) => [i.id, i]));
  return JSON.stringify(x.inputs.map((r) => [r.address ?? "", r.input, inputKey(byId.get(r.input))]));
}

/** Subsets of up to three codes whose points add up to `target`, the first found. */
function summing(candidates: IndicatorDefinition[], target: number): IndicatorDefinition[] | undefined {
  const n = candidates.length;
  for (let i = 0; i < n; i++) {
    const a = candidates[i]!;
    if (Math.abs((a.maxPoints ?? NaN) - target) < EPSILON) return [a];
    for (let j = i + 1; j < n; j++) {
      const b = candidates[j]!;
      if (Math.abs((a.maxPoints ?? NaN) + (b.maxPoints ?? NaN) - target) < EPSILON) return [a, b];
      for (let k = j + 1; k < n; k++)
        if (Math.abs((a.maxPoints ?? NaN) + (b.maxPoints ?? NaN) + (candidates[k]!.maxPoints ?? NaN) - target) < EPSILON)
          return [a, b, candidates[k]!];
    }
  }
  return undefined;
}

/**
 * A draft crosswalk from `older` to `newer`, for the author to edit (`dti pack diff a b
 * --crosswalk-draft`): every pillar, index and indicator mapped with a guessed relation, each with a
 * note saying why. Indicators: the same code with equal points, rule and inputs is "same"; equal
 * points and rule under another name or code (matched by name, or by rule and points) is "renamed";
 * the same code otherwise "changed"; a code whose points grew by exactly the points of codes gone from
 * its index is "merged" with them (3.2 + 3.3 → 3.2), one whose points shrank by exactly the points of
 * new codes in its index "split" into them; what is left is "removed" or "new". Indices and pillars
 * by code: "same" when their points and indicators are unchanged, else "changed". The draft is a
 * guess: it validates (its "same" and "renamed" hold) but only the author knows what the framework
 * meant.
 */
export function draftCrosswalk(older: Pack, newer: Pack): Crosswalk {
  const before = new Map(older.indicators.map((x) => [x.code, x]));
  const after = new Map(newer.indicators.map((x) => [x.code, x]));
  const usedOld = new Set<string>();
  const usedNew = new Set<string>();
  const indicators: CrosswalkMapping[] = [];
  const map = (from: string[], to: string[], relation: CrosswalkMapping["relation"], note: string) => {
    indicators.push({ from, to, relation, note: `draft: ${note}` });
    from.forEach((c) => usedOld.add(c));
    to.forEach((c) => usedNew.add(c));
  };
  const equal = (a: IndicatorDefinition, b: IndicatorDefinition) => a.maxPoints === b.maxPoints && ruleKey(a) === ruleKey(b);

  // Merges and splits first: a code in both packs whose points moved by exactly the points of codes
  // only one pack has, in the same index.
  const onlyOld = () => older.indicators.filter((x) => !after.has(x.code) && !usedOld.has(x.code));
  const onlyNew = () => newer.indicators.filter((x) => !before.has(x.code) && !usedNew.has(x.code));
  for (const b of newer.indicators) {
    const a = before.get(b.code);
    if (!a || a.maxPoints === null || b.maxPoints === null || usedNew.has(b.code)) continue;
    const delta = b.maxPoints - a.maxPoints;
    if (delta > EPSILON) {
      const merged = summing(
        onlyOld().filter((x) => x.index === a.index),
        delta,
      );
      if (merged)
        map(
          [a.code, ...merged.map((x) => x.code)],
          [b.code],
          "merged",
          `${[a, ...merged].map((x) => `${x.code} (${x.maxPoints})`).join(" + ")} → ${b.code} (${b.maxPoints})`,
        );
    } else if (delta < -EPSILON) {
      const split = summing(
        onlyNew().filter((x) => x.index === b.index),
        -delta,
      );
      if (split)
        map(
          [a.code],
          [b.code, ...split.map((x) => x.code)],
          "split",
          `${a.code} (${a.maxPoints}) → ${[b, ...split].map((x) => `${x.code} (${x.maxPoints})`).join(" + ")}`,
        );
    }
  }
  // The same code in both packs.
  for (const a of older.indicators) {
    const b = after.get(a.code);
    if (!b || usedOld.has(a.code) || usedNew.has(b.code)) continue;
    if (equal(a, b) && inputsKey(a, older) === inputsKey(b, newer))
      map(
        [a.code],
        [b.code],
        a.name.vi === b.name.vi ? "same" : "renamed",
        a.name.vi === b.name.vi ? "equal points, rule and inputs" : `name "${a.name.vi}" → "${b.name.vi}"`,
      );
    else if (equal(a, b)) map([a.code], [b.code], "renamed", "equal points and rule, other inputs");
    else
      map(
        [a.code],
        [b.code],
        "changed",
        [
          a.maxPoints !== b.maxPoints ? `points ${a.maxPoints ?? "?"} → ${b.maxPoints ?? "?"}` : "",
          ruleKey(a) !== ruleKey(b) ? "rule changed" : "",
        ]
          .filter(Boolean)
          .join(", "),
      );
  }
  // A code gone and a code come with the same name, or equal points and rule: renamed (or changed).
  for (const a of onlyOld()) {
    const candidates = onlyNew();
    const b =
      candidates.find((x) => textKey(x.name.vi) === textKey(a.name.vi)) ??
      candidates.find((x) => x.index === a.index && equal(a, x) && x.maxPoints !== null);
    if (!b) continue;
    map(
      [a.code],
      [b.code],
      equal(a, b) ? "renamed" : "changed",
      equal(a, b) ? `code ${a.code} → ${b.code}, equal points and rule` : `code ${a.code} → ${b.code}, same name`,
    );
  }
  for (const a of onlyOld()) map([a.code], [], "removed", `${a.code} is not in ${newer.meta.id}`);
  for (const b of onlyNew()) map([], [b.code], "new", `${b.code} is not in ${older.meta.id}`);
  const first = (m: CrosswalkMapping) => m.from[0] ?? m.to[0] ?? "";
  indicators.sort((x, y) => compareCodes(first(x), first(y)));

  const members = (pack: Pack, code: string) =>
    pack.indicators
      .filter((x) => x.index === code)
      .map((x) => `${x.code}|${x.maxPoints}|${ruleKey(x)}`)
      .sort()
      .join("\n");
  const indexCodes = new Set(newer.indices.map((x) => x.code));
  const olderIndexCodes = new Set(older.indices.map((x) => x.code));
  const indices: CrosswalkMapping[] = [
    ...older.indices.map((a): CrosswalkMapping => {
      const b = newer.indices.find((x) => x.code === a.code);
      if (!b) return { from: [a.code], to: [], relation: "removed", note: `draft: ${a.code} is not in ${newer.meta.id}` };
      const same = a.maxPoints === b.maxPoints && members(older, a.code) === members(newer, b.code);
      return same
        ? { from: [a.code], to: [b.code], relation: "same", note: "draft: equal points, the same indicators with equal points and rules" }
        : {
            from: [a.code],
            to: [b.code],
            relation: "changed",
            note: `draft: points ${a.maxPoints ?? "?"} → ${b.maxPoints ?? "?"} or its indicators changed`,
          };
    }),
    ...newer.indices
      .filter((b) => !olderIndexCodes.has(b.code))
      .map((b): CrosswalkMapping => ({ from: [], to: [b.code], relation: "new", note: `draft: ${b.code} is not in ${older.meta.id}` })),
  ];
  const pillarIndices = (pack: Pack, id: string) =>
    [...(pack.aggregation.pillars.find((p) => p.id === id)?.indices ?? [])].sort().join(",");
  const pillars: CrosswalkMapping[] = older.aggregation.pillars.flatMap((a): CrosswalkMapping[] => {
    const b = newer.aggregation.pillars.find((p) => p.id === a.id);
    if (!b) return [{ from: [a.id], to: [], relation: "removed", note: `draft: ${a.id} is not in ${newer.meta.id}` }];
    const sameIndices = pillarIndices(older, a.id) === pillarIndices(newer, b.id);
    const sameContent =
      sameIndices && a.indices.every((code) => indices.some((m) => m.from[0] === code && m.relation === "same" && indexCodes.has(code)));
    return [
      {
        from: [a.id],
        to: [b.id],
        relation: sameContent ? "same" : "changed",
        note: sameContent ? "draft: the same indices, unchanged" : "draft: its indices or their points changed",
      },
    ];
  });
  return {
    from: older.meta.id,
    note: `draft crosswalk from ${older.meta.id} ${older.meta.version} to ${newer.meta.id} ${newer.meta.version}: check every relation and note before use`,
    pillars,
    indices,
    indicators,
  };
}
