import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ALL_CODES,
  CSV_PROBLEM_CODES,
  SPREADSHEET_ERROR_CODES,
  SpreadsheetError,
  TEMPLATE_PROBLEM_CODES,
  TEMPLATE_WARNING_CODES,
} from "./errors";
import { PACKAGE_DIR } from "./test/helpers";

describe("codes", () => {
  const readme = readFileSync(join(PACKAGE_DIR, "README.md"), "utf8");

  it("documents every code in the README, with the meaning the registry gives", () => {
    for (const [code, meaning] of Object.entries(ALL_CODES)) {
      const line = readme.split("\n").find((l) => l.startsWith(`| \`${code}\` |`));
      expect(line, code).toBeDefined();
      const plain = (text: string) => text.replace(/[`"]/g, "");
      expect(plain(line!), code).toContain(plain(meaning));
    }
  });

  it("keeps the four registries apart", () => {
    const all = [SPREADSHEET_ERROR_CODES, TEMPLATE_PROBLEM_CODES, CSV_PROBLEM_CODES, TEMPLATE_WARNING_CODES].flatMap((r) => Object.keys(r));
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(ALL_CODES)).toHaveLength(all.length);
  });

  it("gives errors a code and both languages", () => {
    const error = new SpreadsheetError("FILE_NOT_XLSX", { vi: "Tệp rỗng", en: "the file is empty" });
    expect(error).toMatchObject({ name: "SpreadsheetError", code: "FILE_NOT_XLSX", message: "Tệp rỗng — the file is empty", details: [] });
  });
});
