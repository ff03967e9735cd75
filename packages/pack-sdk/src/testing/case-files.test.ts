import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCaseDirectory, ruleKindCoverage } from "./case-files";

describe("case files", () => {
  it("reads every yaml file of a directory in name order and reports rule kinds left uncovered or unknown", () => {
    const dir = mkdtempSync(join(tmpdir(), "cases-"));
    writeFileSync(join(dir, "b.yaml"), "cases:\n  - name: two\n    kinds: [ratio, ratoi]\n    period: 2022\n    input: {}\n");
    writeFileSync(join(dir, "a.yaml"), "cases:\n  - name: one\n    kinds: [boolean]\n    period: 2022\n    input: {}\n");
    writeFileSync(join(dir, "notes.txt"), "not a case file");
    const files = readCaseDirectory(dir);
    expect(files.map((f) => f.file)).toEqual(["a.yaml", "b.yaml"]);
    const pack = {
      indicators: [{ rule: { kind: "ratio", a: "x", b: "y" } }, { rule: { kind: "choice", input: "c", fractions: { a: 1, b: 0 } } }],
    } as never;
    expect(
      ruleKindCoverage(
        pack,
        files.flatMap((f) => f.cases),
      ),
    ).toEqual({ used: ["choice", "ratio"], uncovered: ["choice"], unknown: ["ratoi"] });
  });
});
