import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { run } from "../test/run";
import { tempDir } from "../test/sample-pack";

describe("dti template", () => {
  it("writes the assessment workbook (.xlsx) and a CSV of inputs by official address that dti score reads", async () => {
    const dir = tempDir();
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const xlsx = await run(["template", "--pack", "dti-province-2022", "--period", "2022", "--out", "out/t.xlsx"], { cwd: dir, env: {} });
    expect(xlsx.stderr).toBe("");
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain("Đã ghi mẫu nhập liệu của dti-province-2022 1.0.0 cho năm 2022: out/t.xlsx");
    expect(
      readFileSync(join(dir, "out", "t.xlsx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");

    const csv = await run(["template", "--pack", "dti-province-2022", "--out", "t.csv", "--unit", "DNG"], { cwd: dir, env: {} });
    expect(csv.code).toBe(0);
    const lines = readFileSync(join(dir, "t.csv"), "utf8").trimEnd().split("\n");
    expect(lines[0]).toBe("code,name,input,value");
    expect(lines).toContain("DNG,DNG,3.3.a,");
    expect(lines).toContain("DNG,DNG,A6,");

    const bad = await run(["--lang", "en", "template", "--pack", "dti-province-2022", "--out", "t.txt"], { cwd: dir, env: {} });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("give a .xlsx or .csv file");
  });
});
