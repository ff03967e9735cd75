import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The API seeds the same fictional provinces as the CLI demo; the CLI's script regenerates its file
// from the pack (`pnpm --filter @dti/cli demo:data`). Two copies must not drift apart.
describe("demo data", () => {
  it("is the CLI demo's dataset, byte for byte", () => {
    const api = readFileSync(new URL("../data/demo-2022.json", import.meta.url), "utf8");
    const cli = readFileSync(new URL("../../../packages/cli/demo/demo-2022.json", import.meta.url), "utf8");
    expect(api).toBe(cli);
  });
});
