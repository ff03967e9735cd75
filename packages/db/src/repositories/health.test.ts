import { describe, expect, it } from "vitest";
import { testBackends, useRepositories } from "../testing/index";

describe.each(testBackends())("health on %s", (kind) => {
  const ctx = useRepositories(kind);

  it("answers while the database is open", async () => {
    await expect(ctx.repos.health.ping()).resolves.toBeUndefined();
  });
});
