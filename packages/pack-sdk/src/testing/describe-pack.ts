import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../canonical-json";
import { formatPath } from "../issues";
import { packSchema } from "../schema/pack";
import { checkVersionRecord, pendingBump, type ChangeLevel, type VersionRecord } from "../versions";
import { walkRules } from "../rule-walk";
import type { Pack } from "../schema/pack";
import type { LocalizedText } from "../schema/text";
import { validatePack, type PackValidation } from "../validate";
import { readCaseDirectory, ruleKindCoverage } from "./case-files";
import { formatOutcome, runCase, type GoldenCase, type Scorer } from "./cases";

export interface DescribePackOptions {
  /**
   * Directory of the pack's YAML golden cases (`fixtures/cases`): one test per case, grouped by file,
   * plus a test that the cases cover every rule kind the pack uses. Omit it for a pack that scores no
   * raw inputs (coverage `indices` or `published`).
   */
  casesDir?: string;
  /**
   * Scores a request with the pack (the engine, passed in so that the SDK does not depend on it).
   * Required with `casesDir`: `(request, options) => engine.score(loaded, request, options)`.
   */
  score?: Scorer;
  /** Which validation warnings are allowed: `provisional` (the default: doubts only) or `none`. */
  warnings?: "provisional" | "none";
  /** The exact rule kinds the pack uses, sorted; checked with the golden cases' coverage when given. */
  ruleKinds?: readonly string[];
  /** Every indicator must say what evidence proves its value (`evidence`). Default false. */
  evidence?: boolean;
  /**
   * The packs this pack's crosswalks map from (imported by the test, as definitions or parsed packs):
   * each crosswalk is checked against their content ("same" holds, splits and merges add up). A pack
   * with a crosswalk whose pack is not given fails its validation test (CROSSWALK_UNCHECKED).
   */
  packs?: readonly unknown[];
  /**
   * The pack's `pack-versions.json` ({"1.0.0": "sha256:…"}, written by `dti pack release`): a version
   * recorded there must keep exactly its content — a change without a version bump fails — and the
   * pack's version may not be below a released one. A version not recorded yet is work in progress.
   */
  versionsFile?: string;
}

/**
 * The bump pending changesets make to the package in `dir` (its package.json's name), read from the
 * nearest `.changeset/` directory above it; undefined when none names it.
 */
export function pendingBumpOf(dir: string): ChangeLevel | undefined {
  const pkg = join(dir, "package.json");
  if (!existsSync(pkg)) return undefined;
  const name = (JSON.parse(readFileSync(pkg, "utf8")) as { name?: string }).name;
  if (!name) return undefined;
  for (let at = dir; ; at = dirname(at)) {
    const changesets = join(at, ".changeset");
    if (existsSync(changesets)) {
      const texts = readdirSync(changesets)
        .filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md")
        .map((f) => readFileSync(join(changesets, f), "utf8"));
      return pendingBump(texts, name);
    }
    if (dirname(at) === at) return undefined;
  }
}

/** A pack's content hash, as the engine fingerprints it: "sha256:" + hex of its canonical JSON. */
export function packHash(pack: Pack): string {
  return `sha256:${createHash("sha256").update(canonicalJson(pack), "utf8").digest("hex")}`;
}

export interface DescribedPack {
  /** The pack as validated (defaults applied): use it in the pack's own tests. */
  pack: Pack;
  validation: PackValidation;
  /** Every golden case read from `casesDir`, in file order (empty without `casesDir`). */
  cases: GoldenCase[];
}

/** Every text of a pack a reader sees, with where it is, so a missing English text can be named. */
export function packTexts(pack: Pack): { where: string; text: LocalizedText }[] {
  return [
    { where: "title", text: pack.meta.title },
    ...pack.agencies.map((a) => ({ where: `agency ${a.code}`, text: a.name })),
    ...pack.generalInfo.map((g) => ({ where: g.code, text: g.name })),
    ...pack.indices.flatMap((x) => [
      { where: `index ${x.code}`, text: x.name },
      ...(x.components ?? []).map((c, i) => ({ where: `index ${x.code} component ${c.code ?? i + 1}`, text: c.name })),
    ]),
    ...pack.aggregation.pillars.map((p) => ({ where: `pillar ${p.id}`, text: p.name })),
    ...pack.inputs.flatMap((i) => [
      { where: `input ${i.id}`, text: i.label },
      ...(i.options ?? []).map((o) => ({ where: `option ${i.id}.${o.value}`, text: o.label })),
    ]),
    ...pack.indicators.flatMap((x) => [
      { where: `${x.code} name`, text: x.name },
      { where: `${x.code} method`, text: x.method },
      ...(x.evidence ? [{ where: `${x.code} evidence`, text: x.evidence }] : []),
      ...walkRules(x.rule).flatMap(({ rule }) =>
        rule.kind === "parts" ? rule.parts.map((p) => ({ where: `${x.code} part ${p.id}`, text: p.label })) : [],
      ),
    ]),
  ];
}

/**
 * The tests every indicator pack shares, registered with vitest: the pack validates (zero errors,
 * warnings only as allowed), speaks Vietnamese and English everywhere, labels its inputs without the
 * "a = " prefix, and — with `casesDir` — one test per YAML golden case (expected values within the
 * case's margin, or the expected error code) and one that the cases cover every rule kind the pack
 * uses. Call it at the top level of the pack's `pack.test.ts`; add the pack's own tests beside it.
 *
 * @example
 * const engine = createEngine();
 * const loaded = engine.load(definition);
 * const { pack } = describePack(definition, {
 *   casesDir: fileURLToPath(new URL("../fixtures/cases/", import.meta.url)),
 *   score: (request, options) => engine.score(loaded, request, options),
 * });
 */
export function describePack(definition: unknown, options: DescribePackOptions = {}): DescribedPack {
  const packs = (options.packs ?? []).map((p) => packSchema.parse(p));
  const validation = validatePack(definition, options.packs ? { packs } : {});
  const pack = validation.pack;
  if (!pack) throw new Error(`describePack: the pack does not match the schema: ${validation.errors.map((e) => e.message).join("; ")}`);
  const score = options.score;
  if (options.casesDir !== undefined && !score) throw new Error("describePack: casesDir needs score, the engine's scoring of the pack");
  const id = pack.meta.id;
  const casesByFile = options.casesDir === undefined ? [] : readCaseDirectory(options.casesDir);
  const cases = casesByFile.flatMap((f) => f.cases);

  describe(`${id}: invariants`, () => {
    if (options.warnings === "none") {
      it("validates with zero errors and zero warnings", () => {
        expect(validation.errors).toEqual([]);
        expect(validation.warnings).toEqual([]);
      });
    } else {
      it("validates with zero errors; its only warnings are the provisional doubts", () => {
        expect(validation.errors).toEqual([]);
        expect(validation.warnings.filter((w) => w.code !== "PROVISIONAL")).toEqual([]);
      });
    }

    if (options.versionsFile !== undefined) {
      const file = options.versionsFile;
      it(`keeps the content released as ${pack.meta.version}, if it was (pack-versions.json): a change takes a new version`, () => {
        // No file: nothing released yet. A version not recorded is work in progress until `dti pack release`.
        const record = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as VersionRecord) : {};
        // A pending changeset that bumps the pack stands for the bump (VERSION_PENDING, not an error).
        const problems = checkVersionRecord(pack.meta, packHash(pack), record, undefined, pendingBumpOf(dirname(file)));
        expect(problems.filter((p) => p.code !== "VERSION_PENDING").map((p) => `${formatPath(p.path)}: ${p.message}`)).toEqual([]);
      });
    }

    it("speaks Vietnamese and English everywhere", () => {
      expect(
        packTexts(pack)
          .filter((t) => !t.text.en)
          .map((t) => t.where),
      ).toEqual([]);
    });

    it('labels its inputs without the "a = " prefix (the address carries the letter)', () => {
      expect(pack.inputs.filter((i) => /^[a-z]\d* *=/.test(i.label.vi)).map((i) => i.id)).toEqual([]);
    });

    if (options.evidence) {
      it("says for every indicator what evidence proves its value", () => {
        expect(pack.indicators.filter((x) => !x.evidence).map((x) => x.code)).toEqual([]);
      });
    }
  });

  if (score && options.casesDir !== undefined) {
    describe(`${id}: golden cases`, () => {
      it("cover every rule kind the pack uses", () => {
        const { used, uncovered, unknown } = ruleKindCoverage(pack, cases);
        expect(uncovered).toEqual([]);
        expect(unknown).toEqual([]);
        if (options.ruleKinds) expect(used).toEqual([...options.ruleKinds]);
      });

      for (const { file, cases: fileCases } of casesByFile) {
        describe(file, () => {
          for (const goldenCase of fileCases) {
            it(goldenCase.name, () => {
              const outcome = runCase(goldenCase, id, score);
              expect(outcome.ok, formatOutcome(outcome)).toBe(true);
            });
          }
        });
      }
    });
  }

  return { pack, validation, cases };
}
