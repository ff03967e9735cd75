import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, ENGINE_ERROR_CODES, ENGINE_VERSION, fingerprint } from "./index";
import { packIssueMessage } from "@dti/pack-sdk";
import { samplePack } from "./testing/sample-pack";

const engine = createEngine();

describe("loading packs", () => {
  it("validates, freezes and fingerprints a pack", () => {
    const loaded = engine.load(samplePack());
    expect(Object.isFrozen(loaded.pack)).toBe(true);
    expect(Object.isFrozen(loaded.pack.indicators[0]!.rule)).toBe(true);
    expect(loaded.ref.hash).toBe(fingerprint(loaded.pack));
    expect(engine.load(samplePack()).ref.hash).toBe(loaded.ref.hash);
  });

  it("gives a different hash when any rule changes", () => {
    const changed = samplePack();
    (changed.indicators[1]!.rule as { target: number }).target = 0.7;
    expect(engine.load(changed).ref.hash).not.toBe(engine.load(samplePack()).ref.hash);
  });

  it("reports every problem at once, each with its path", () => {
    const broken = samplePack();
    broken.indicators[0]!.code = "1.2"; // duplicate
    broken.indicators[4]!.rule = { kind: "boolean", input: "no_such_input" };
    broken.indices[1]!.maxPoints = 70; // indicators add up to 60
    broken.inputs.push({ id: "orphan", label: { vi: "Không dùng" }, unit: "count" });
    const report = engine.validate(broken);
    const found = report.errors.map((e) => [e.code, e.path.join(".")]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["DUPLICATE_CODE", "indicators.1.code"],
        ["UNKNOWN_INPUT", "indicators.4.rule.input"],
        ["POINTS_MISMATCH", "indices.1.maxPoints"],
        ["UNUSED_INPUT", "inputs.12.id"],
      ]),
    );
    expect(() => engine.load(broken)).toThrowError(expect.objectContaining({ code: "PACK_INVALID", issues: report.errors }));
  });

  it("reports schema problems with their paths", () => {
    const broken = samplePack() as unknown as { indicators: { name: unknown; rule: unknown }[] };
    broken.indicators[0]!.name = { en: "no Vietnamese" };
    broken.indicators[1]!.rule = { kind: "ratio_to_target", a: "households_fiber", b: "households_total" };
    const paths = engine.validate(broken).errors.map((e) => e.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["indicators.0.name.vi", "indicators.1.rule.target"]));
  });

  it("reports a wrong type, an unknown input and points that do not add up in three indicators in one pass, each by its code", () => {
    const broken = samplePack() as unknown as { indicators: Record<string, unknown>[] };
    const byCode = (code: string) => broken.indicators.find((x) => x.code === code)!;
    byCode("1.5").maxPoints = "10"; // wrong type: the schema fails for 1.5 alone
    byCode("1.6").rule = { kind: "choice", input: "heads", fractions: { chair: 1, deputy: 0.5, none: 0 } }; // unknown input
    byCode("2.2").maxPoints = 25; // II: 20 + 25 + 20 ≠ 60
    const report = engine.validate(broken);
    expect(report.errors.map((e) => [e.code, e.where])).toEqual([
      ["SCHEMA", "indicators[1.5].maxPoints"],
      ["UNKNOWN_INPUT", "indicators[1.6].rule.input"],
      ["POINTS_MISMATCH", "indices[II].maxPoints"],
    ]);
    expect(report.errors[1]!.message).toBe(
      'rule of 1.6 uses input "heads", which is not declared: declare it under inputs or correct the id (did you mean "head"?)',
    );
    expect(report.errors[2]!.message).toBe(
      "index II is worth 60 but its indicators add up to 65: correct the index's maxPoints or its indicators' points",
    );
  });

  it("names a cycle as a cycle, not as a hierarchy or points problem", () => {
    const broken = samplePack();
    const child = broken.indicators.find((x) => x.code === "1.9.1")!;
    child.rule = { kind: "sum_children", children: ["1.9"] };
    const report = engine.validate(broken);
    expect(report.errors.map((e) => [e.code, e.where, e.message])).toEqual([
      [
        "CYCLE",
        "indicators[1.9].rule.children",
        "indicators 1.9 → 1.9.1 → 1.9 form a cycle (an indicator sums itself through its sub-indicators): remove one of these links",
      ],
      ["UNUSED_INPUT", "inputs[budget].id", 'input "budget" is declared but no rule uses it: use it in a rule or remove it'],
    ]);
  });

  it("names the indicator and the identifier of a forbidden expression, in both languages", () => {
    const broken = samplePack();
    broken.indicators.find((i) => i.code === "1.10")!.rule = {
      kind: "expression",
      expression: "x.constructor(n) + y",
      variables: { x: "x", n: "required" },
    };
    const [error] = engine.validate(broken).errors;
    expect(error).toMatchObject({
      code: "EXPRESSION",
      where: "indicators[1.10].rule.expression",
      message:
        'expression of 1.10 ("x.constructor(n) + y"): function "x.constructor" is not allowed: use min, max, abs, floor, ceil, round, clamp',
    });
    expect(packIssueMessage(error!, "vi")).toBe(
      'biểu thức của 1.10 ("x.constructor(n) + y"): không được dùng hàm "x.constructor": chỉ dùng min, max, abs, floor, ceil, round, clamp',
    );
    broken.indicators.find((i) => i.code === "1.10")!.rule = {
      kind: "expression",
      expression: "x / m",
      variables: { x: "x", n: "required" },
    };
    expect(engine.validate(broken).errors[0]!.message).toBe(
      'expression of 1.10 ("x / m"): unknown variable "m": declare it under variables',
    );
  });

  it("refuses a pack written for another engine", () => {
    const future = samplePack();
    future.meta.engine = "^2.0.0";
    expect(() => engine.load(future)).toThrowError(expect.objectContaining({ code: "PACK_ENGINE_INCOMPATIBLE" }));
  });

  it("refuses a choice rule whose values differ from its input's options", () => {
    const broken = samplePack();
    broken.indicators[5]!.rule = { kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5 } };
    expect(engine.validate(broken).errors.map((e) => e.code)).toEqual(["CHOICE_MISMATCH"]);
  });

  it("refuses an expression that is not plain arithmetic", () => {
    const broken = samplePack();
    broken.indicators.find((i) => i.code === "1.10")!.rule = {
      kind: "expression",
      expression: "x.constructor",
      variables: { x: "x", n: "required" },
    };
    expect(engine.validate(broken).errors.map((e) => e.code)).toEqual(["EXPRESSION"]);
  });

  it("refuses to score raw inputs with an indices-only pack", () => {
    const indicesOnly = samplePack();
    indicesOnly.meta.coverage = "indices";
    const loaded = engine.load(indicesOnly);
    expect(() => engine.score(loaded, { period: 2022, units: [{ code: "A", inputs: {} }] })).toThrowError(
      expect.objectContaining({ code: "PACK_COVERAGE" }),
    );
    expect(engine.aggregate(loaded, { period: 2022, rows: [{ code: "A", indices: { I: 1, II: 1 } }] }).units[0]!.overall).toBe(1);
  });
});

describe("package facts", () => {
  const root = join(import.meta.dirname, "..");
  it("keeps ENGINE_VERSION equal to package.json", () => {
    expect(ENGINE_VERSION).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
  it("documents every error code in the README", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    for (const code of Object.keys(ENGINE_ERROR_CODES)) expect(readme).toContain(`\`${code}\``);
  });
});
