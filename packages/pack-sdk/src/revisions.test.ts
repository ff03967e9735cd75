import { describe, expect, it } from "vitest";
import { draftCrosswalk } from "./diff/crosswalk-draft";
import { diffPacks } from "./diff/packs";
import { packIssueMessage } from "./pack-messages";
import type { CrosswalkMapping, IndicatorDefinition, Pack } from "./schema/pack";
import { validatePack } from "./validate";
import { checkVersionRecord, classifyChange, nextVersion, pendingBump } from "./versions";

const t = (vi: string) => ({ vi, en: vi });
const indicator = (
  code: string,
  maxPoints: number,
  rule: IndicatorDefinition["rule"],
  inputs: IndicatorDefinition["inputs"],
): IndicatorDefinition => ({
  code,
  index: "I",
  name: t(`Chỉ số ${code}`),
  maxPoints,
  inputs,
  rule,
  method: t("…"),
  leadAgency: null,
  cooperatingAgencies: [],
});

/** Three indicators of one index: 1.1 (yes/no, 10), 1.2 (ratio to 20 %, 10), 1.3 (ratio, 10). */
function v1(): Pack {
  return {
    meta: {
      id: "p",
      version: "1.0.0",
      title: t("P"),
      legalBasis: { decision: "1/QĐ", date: "2022-01-01", issuer: t("Bộ") },
      years: [2022],
      level: "province",
      engine: "^0.1.0",
      languages: ["vi"],
      coverage: "full",
    },
    agencies: [],
    generalInfo: [],
    inputs: [
      { id: "has_plan", label: t("Có kế hoạch"), unit: "boolean" },
      { id: "a", label: t("Tử số"), unit: "count" },
      { id: "b", label: t("Mẫu số"), unit: "count" },
      { id: "c", label: t("Số c"), unit: "count" },
    ],
    indices: [{ code: "I", name: t("Một"), maxPoints: 30, group: "foundation" }],
    indicators: [
      indicator("1.1", 10, { kind: "boolean", input: "has_plan" }, [{ input: "has_plan" }]),
      indicator("1.2", 10, { kind: "ratio_to_target", a: "a", b: "b", target: 0.2 }, [
        { address: "a", input: "a" },
        { address: "b", input: "b" },
      ]),
      indicator("1.3", 10, { kind: "ratio", a: "c", b: "b" }, [
        { address: "a", input: "c" },
        { address: "b", input: "b" },
      ]),
    ],
    aggregation: { overall: "points_over_max", pillars: [], precision: 4, totalPoints: 30 },
    crosswalks: [],
  };
}

/** A revision of p as a new pack q with a crosswalk from p. */
function revision(change: (pack: Pack) => void, mappings: CrosswalkMapping[], level: "indicators" | "indices" = "indicators"): Pack {
  const pack = structuredClone(v1());
  pack.meta.id = "q";
  change(pack);
  pack.crosswalks = [{ from: "p", pillars: [], indices: [], indicators: [], [level]: mappings }];
  return pack;
}

const errors = (pack: Pack) => validatePack(pack, { packs: [v1()] }).errors;

describe("crosswalks checked against content", () => {
  it('refuses "same" for an indicator whose threshold changed, naming it, and says what to write', () => {
    const q = revision(
      (p) => ((p.indicators[1]!.rule as { target: number }).target = 0.15),
      [{ from: ["1.2"], to: ["1.2"], relation: "same" }],
    );
    const [error, ...rest] = errors(q);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({
      code: "CROSSWALK_CONTENT",
      where: "crosswalks[p].indicators[1.2].relation",
      message: 'indicator 1.2 is called "same" but its rule changed: say "changed" or make them equal',
    });
    expect(packIssueMessage(error!, "vi")).toBe(
      'chỉ số thành phần 1.2 được ghi là "giữ nguyên (same)" nhưng cách tính đã thay đổi: ghi "changed" hoặc sửa cho giống nhau',
    );
    expect(errors(revision(() => {}, [{ from: ["1.2"], to: ["1.2"], relation: "same" }]))).toEqual([]);
  });

  it('accepts "renamed" for equal points and rule under new input ids, not "same"', () => {
    const rename = (p: Pack) => {
      p.inputs[1]!.id = "numerator";
      p.indicators[1]!.inputs[0]!.input = "numerator";
      (p.indicators[1]!.rule as { a: string }).a = "numerator";
    };
    expect(errors(revision(rename, [{ from: ["1.2"], to: ["1.2"], relation: "renamed" }]))).toEqual([]);
    expect(errors(revision(rename, [{ from: ["1.2"], to: ["1.2"], relation: "same" }])).map((e) => e.message)).toEqual([
      'indicator 1.2 is called "same" but its inputs changed: say "renamed" or make them equal',
    ]);
  });

  it('checks an index-level "same": equal points and the same indicators with equal rules and points', () => {
    const q = revision((p) => (p.indicators[0]!.rule = { kind: "choice", input: "has_plan", fractions: {} } as never), [], "indices");
    q.indicators[0]!.rule = { kind: "boolean", input: "has_plan" };
    q.indicators[2]!.maxPoints = 5;
    q.indicators[0]!.maxPoints = 15;
    q.crosswalks[0]!.indices = [{ from: ["I"], to: ["I"], relation: "same" }];
    expect(errors(q).map((e) => [e.code, e.where, e.message])).toEqual([
      [
        "CROSSWALK_CONTENT",
        "crosswalks[p].indices[I].relation",
        'index I is called "same" but its indicators changed (~ 1.1, 1.3): say "changed" or make them equal',
      ],
    ]);
  });

  it("needs a split or merge to account for its points, or to say why in its note", () => {
    const merge = (p: Pack) => {
      p.indicators[1]!.maxPoints = 20;
      p.indicators[1]!.rule = { kind: "ratio", a: ["a", "c"], b: "b" };
      p.indicators[1]!.inputs.push({ address: "c", input: "c" });
      p.indicators.splice(2, 1);
    };
    expect(errors(revision(merge, [{ from: ["1.2", "1.3"], to: ["1.2"], relation: "merged" }]))).toEqual([]);
    const lost = revision(
      (p) => {
        merge(p);
        p.indicators[1]!.maxPoints = 15;
        p.indicators[0]!.maxPoints = 15;
      },
      [{ from: ["1.2", "1.3"], to: ["1.2"], relation: "merged" }],
    );
    expect(errors(lost).map((e) => [e.code, e.message])).toEqual([
      [
        "CROSSWALK_POINTS",
        "merged 1.2 + 1.3 → 1.2: 20 point(s) before, 15 after: make the points add up, or say where the difference of 5 went in the mapping's note",
      ],
    ]);
    lost.crosswalks[0]!.indicators[0]!.note = "5 points moved to 1.1";
    expect(errors(lost)).toEqual([]);
    // A merge that maps one code to one is not a merge.
    expect(errors(revision(merge, [{ from: ["1.2"], to: ["1.2"], relation: "merged" }])).map((e) => e.code)).toContain("CROSSWALK");
  });

  it("checks source codes against the earlier pack, and warns when that pack is not known", () => {
    const q = revision(() => {}, [{ from: ["1.9"], to: ["1.2"], relation: "changed" }]);
    expect(errors(q).map((e) => [e.code, e.where])).toEqual([["CROSSWALK", "crosswalks[p].indicators[1.9].from[0]"]]);
    expect(validatePack(q, { packs: [] }).warnings.map((w) => w.code)).toEqual(["CROSSWALK_UNCHECKED"]);
  });
});

describe("pack diff of a merge, the draft crosswalk and the semver class", () => {
  const merged = revision(
    (p) => {
      p.indicators[1]!.maxPoints = 20;
      p.indicators[1]!.rule = { kind: "ratio", a: ["a", "c"], b: "b" };
      p.indicators[1]!.inputs.push({ address: "c", input: "c" });
      p.indicators.splice(2, 1);
    },
    [{ from: ["1.2", "1.3"], to: ["1.2"], relation: "merged" }],
  );

  it("shows every side of a merge: 1.2 going 10 → 20 with its rule, and 1.3 gone", () => {
    const diff = diffPacks(v1(), merged);
    expect(diff.restructured).toEqual([
      {
        level: "indicators",
        relation: "merged",
        from: ["1.2", "1.3"],
        to: ["1.2"],
        before: [
          {
            code: "1.2",
            name: "Chỉ số 1.2",
            maxPoints: 10,
            rule: expect.objectContaining({ vi: "Tỷ lệ = 1.2.a / 1.2.b; Điểm = min(1, Tỷ lệ / 20%) × Điểm tối đa" }),
          },
          {
            code: "1.3",
            name: "Chỉ số 1.3",
            maxPoints: 10,
            rule: expect.objectContaining({ vi: "Tỷ lệ = 1.3.a / 1.3.b; Điểm = Tỷ lệ × Điểm tối đa" }),
          },
        ],
        after: [
          {
            code: "1.2",
            name: "Chỉ số 1.2",
            maxPoints: 20,
            rule: expect.objectContaining({ vi: "Tỷ lệ = (1.2.a + 1.2.c) / 1.2.b; Điểm = Tỷ lệ × Điểm tối đa" }),
          },
        ],
      },
    ]);
  });

  it("drafts a crosswalk that guesses the merge and validates", () => {
    const draft = draftCrosswalk(v1(), { ...merged, crosswalks: [] });
    expect(draft.indicators.map((m) => [m.from.join("+"), m.to.join("+"), m.relation])).toEqual([
      ["1.1", "1.1", "same"],
      ["1.2+1.3", "1.2", "merged"],
    ]);
    expect(draft.indices.map((m) => [m.from.join("+"), m.to.join("+"), m.relation])).toEqual([["I", "I", "changed"]]);
    expect(errors({ ...merged, crosswalks: [draft] })).toEqual([]);
    const renamed = structuredClone(v1());
    renamed.meta.id = "q";
    renamed.indicators[2]!.code = "1.4";
    expect(draftCrosswalk(v1(), renamed).indicators.map((m) => [m.from.join("+"), m.to.join("+"), m.relation])).toEqual([
      ["1.1", "1.1", "same"],
      ["1.2", "1.2", "same"],
      ["1.3", "1.4", "renamed"],
    ]);
  });

  it("classes changes as the changeset rules say", () => {
    const same = { ...v1(), meta: { ...v1().meta, version: "1.0.1" } };
    expect(classifyChange(diffPacks(v1(), same)).level).toBe("none");
    const wording = structuredClone(same);
    wording.indicators[0]!.method = t("Có kế hoạch: điểm tối đa");
    expect(classifyChange(diffPacks(v1(), wording))).toEqual({
      level: "patch",
      reasons: [{ level: "patch", what: "texts changed (names, methods, notes, labels or evidence)" }],
    });
    const added = structuredClone(same);
    added.inputs.push({ id: "d", label: t("d"), unit: "count" });
    added.indicators.push(indicator("1.4", 0, { kind: "count_capped", input: "d", pointsPerItem: 1 }, [{ input: "d" }]));
    expect(classifyChange(diffPacks(v1(), added)).level).toBe("minor");
    const threshold = structuredClone(same);
    (threshold.indicators[1]!.rule as { target: number }).target = 0.15;
    const change = classifyChange(diffPacks(v1(), threshold));
    expect(change.level).toBe("major");
    expect(change.reasons[0]!.what).toMatch(/^1\.2: rule changed/);
    expect(classifyChange(diffPacks(v1(), merged)).level).toBe("major");
    expect([nextVersion("1.2.3", "major"), nextVersion("1.2.3", "minor"), nextVersion("1.2.3", "patch")]).toEqual([
      "2.0.0",
      "1.3.0",
      "1.2.4",
    ]);
  });

  it("refuses a content change whose version was not bumped, saying how much to bump", () => {
    const record = { "1.0.0": "sha256:aaa" };
    expect(checkVersionRecord({ id: "p", version: "1.0.0" }, "sha256:aaa", record)).toEqual([]);
    const [issue] = checkVersionRecord({ id: "p", version: "1.0.0" }, "sha256:bbb", record, { level: "major", reasons: [] });
    expect(issue).toMatchObject({
      code: "VERSION_NOT_BUMPED",
      where: "meta.version",
      message:
        "version 1.0.0 was released with content sha256:aaa, but this content hashes to sha256:bbb: bump the version (a major change: 2.0.0) and record it (dti pack release)",
    });
    expect(checkVersionRecord({ id: "p", version: "1.0.0" }, "sha256:bbb", record)[0]!.message).toContain(
      ": bump the version and record it",
    );
    expect(checkVersionRecord({ id: "p", version: "1.1.0" }, "sha256:bbb", record)).toEqual([]);
    // A pending changeset bumps the version at pnpm version-packages: a warning, not an error.
    const pending = pendingBump(
      ['---\n"@dti-packs/p": patch\n"@dti/engine": major\n---\n\nText.', '---\n"@dti-packs/p": minor\n---\n'],
      "@dti-packs/p",
    );
    expect(pending).toBe("minor");
    expect(checkVersionRecord({ id: "p", version: "1.0.0" }, "sha256:bbb", record, undefined, pending)).toEqual([
      expect.objectContaining({ code: "VERSION_PENDING", message: expect.stringContaining("(minor: 1.1.0 at pnpm version-packages)") }),
    ]);
    expect(pendingBump(['---\n"@dti-packs/q": major\n---\n'], "@dti-packs/p")).toBeUndefined();
    expect(checkVersionRecord({ id: "p", version: "0.9.0" }, "sha256:bbb", record)[0]!.message).toBe(
      "version 0.9.0 is below 1.0.0, already released: a new content takes a version above 1.0.0",
    );
  });
});
