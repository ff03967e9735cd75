import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

/** Every module `from` reaches through value imports (type-only imports are erased and do not count). */
function valueImports(from: string, seen = new Set<string>()): Set<string> {
  if (seen.has(from)) return seen;
  seen.add(from);
  const text = readFileSync(join(here, from), "utf8");
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    const target = m[1]!;
    if (!target.startsWith(".")) {
      seen.add(target);
      continue;
    }
    valueImports(join(dirname(from), `${target}.ts`).replace(/\\/g, "/"), seen);
  }
  return seen;
}

describe("@dti/pack-sdk/model, the browser's entry", () => {
  it("reaches no zod and no schema module by a value import (zod compiles with Function: the web's CSP refuses it)", () => {
    const reached = [...valueImports("model.ts")];
    expect(reached.filter((m) => m === "zod" || m.startsWith("zod/") || m.includes("schema/") || m === "validate.ts")).toEqual([]);
    expect(reached).toContain("diff/packs.ts");
  });
});
