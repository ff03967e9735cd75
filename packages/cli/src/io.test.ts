import { describe, expect, it } from "vitest";
import { processIo } from "./io";

describe("processIo", () => {
  it("resolves paths from where `pnpm dti` was typed, not from the repository root", () => {
    expect(processIo({ npm_lifecycle_event: "dti", INIT_CWD: "/home/officer/data" }).cwd).toBe("/home/officer/data");
  });

  it("uses the process's directory otherwise (another script, or node directly)", () => {
    expect(processIo({ npm_lifecycle_event: "test", INIT_CWD: "/elsewhere" }).cwd).toBe(process.cwd());
    expect(processIo({}).cwd).toBe(process.cwd());
  });
});
