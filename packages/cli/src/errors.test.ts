import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE_ERROR_CODES } from "@dti/engine";
import { PACK_ISSUE_CODES } from "@dti/pack-sdk";
import { UNITS_ERROR_CODES, UnitsError } from "@dti/units";
import { describe, expect, it } from "vitest";
import { CLI_ERROR_CODES, CliError } from "./errors";
import { toReported } from "./report";
import { formatError, formatIssue } from "./format/issues";
import { CLI_PACKAGE_DIR } from "./io";

const readme = readFileSync(join(CLI_PACKAGE_DIR, "README.md"), "utf8");

describe("error codes", () => {
  it.each(Object.entries(CLI_ERROR_CODES))("documents CLI code %s with its exit code", (code, { exit }) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| ${exit} \\| .+ \\|$`, "m"));
  });

  it.each(Object.keys(ENGINE_ERROR_CODES))("documents engine code %s", (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\|$`, "m"));
  });

  it.each(Object.keys(UNITS_ERROR_CODES))("documents units code %s", (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\|$`, "m"));
  });

  it.each(Object.keys(PACK_ISSUE_CODES))("documents pack problem %s", (code) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${code}\` \\| .+ \\|$`, "m"));
  });

  it("documents every command", () => {
    const commands = [
      "dti packs",
      "dti pack validate",
      "dti pack build",
      "dti pack docs",
      "dti pack new",
      "dti pack diff",
      "dti score",
      "dti aggregate",
      "dti explain",
    ];
    for (const command of [...commands, "dti compare", "dti sensitivity", "dti variant", "dti units", "dti backcast", "dti demo"])
      expect(readme).toContain(`### \`${command}`);
  });

  it("uses exit 2 for usage codes only", () => {
    const usage = Object.entries(CLI_ERROR_CODES)
      .filter(([, c]) => c.exit === 2)
      .map(([code]) => code);
    expect(usage).toEqual(["USAGE", "PACK_REQUIRED", "PERIOD_REQUIRED", "PACK_ID_INVALID"]);
  });

  it("reports unexpected errors as INTERNAL", () => {
    expect(toReported(new TypeError("boom"))).toMatchObject({ code: "INTERNAL", message: "boom", issues: [], exitCode: 1 });
    expect(formatError(toReported(new TypeError("boom")), "vi")).toBe(
      "error INTERNAL: lỗi không mong đợi (lỗi của chương trình, xin báo lại kèm câu lệnh đã chạy): boom\n",
    );
    expect(toReported(new CliError("PERIOD_REQUIRED", "x")).exitCode).toBe(2);
  });

  it("reports errors of @dti/units with their own code and every problem", () => {
    const problems = [
      { code: "UNIT_UNKNOWN" as const, message: 'No unit matches "Atlantis".', input: "Atlantis" },
      {
        code: "PREDECESSOR_MISSING" as const,
        message: "p34-48 (Thành phố Đà Nẵng) is formed from Đà Nẵng, Quảng Nam; no row for p63-49 (Quảng Nam).",
      },
    ];
    const reported = toReported(new UnitsError("BACKCAST_INVALID", "2 problems", { problems }));
    expect(reported.exitCode).toBe(1);
    expect(formatError(reported)).toBe(
      'error BACKCAST_INVALID: 2 problems\n  UNIT_UNKNOWN: No unit matches "Atlantis".\n  PREDECESSOR_MISSING: p34-48 (Thành phố Đà Nẵng) is formed from Đà Nẵng, Quảng Nam; no row for p63-49 (Quảng Nam).\n',
    );
    expect(toReported(UnitsError.from(problems[0]!))).toMatchObject({ code: "UNIT_UNKNOWN", issues: [] });
  });

  it("formats an error and its issues one per line", () => {
    expect(
      formatError({
        code: "INPUT_INVALID",
        message: "2 problems",
        issues: [
          {
            code: "INPUT_OUT_OF_RANGE",
            unit: "MAU",
            indicator: "3.3",
            input: "households_with_fiber",
            key: "3.3.a",
            expected: "a whole number ≥ 0",
            message: "got -1",
          },
          { code: "SCHEMA", path: ["indicators", 12, "rule", "a"], message: "Required" },
        ],
      }),
    ).toBe(
      "error INPUT_INVALID: 2 problems\n  INPUT_OUT_OF_RANGE unit MAU, indicator 3.3, input households_with_fiber, key 3.3.a: got -1; expected a whole number ≥ 0\n  SCHEMA indicators[12].rule.a: Required\n",
    );
    expect(formatIssue({ code: "INPUT_MISSING", unit: "MAU", indicator: "1.2", message: "unit MAU, indicator 1.2: scored 0" })).toBe(
      "  INPUT_MISSING: unit MAU, indicator 1.2: scored 0",
    );
  });
});
