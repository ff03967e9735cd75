import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "./bootstrap/demo";
import { REST_ROUTES } from "./routes/rest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README", () => {
  it.each(REST_ROUTES.map((r) => [r.path, r.access] as const))("lists GET %s (%s)", (path, access) => {
    expect(readme).toMatch(new RegExp(`\\| GET \\| \`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\` \\| ${access}`));
  });

  it.each([
    "/api/health",
    "/api/openapi.json",
    "/api/evidence",
    "/api/evidence/:id",
    "/api/trpc/*",
    "/api/assessments/:id/template.xlsx",
    "/api/assessments/:id/template",
    "/api/assessments/:id/scorecard.xlsx",
    "/api/assessments/:id/scorecard.csv",
    "/api/assessments/:id/plan.xlsx",
    "/api/assessments/:id/plan.csv",
    "/api/rankings/:period/ranking.xlsx",
    "/api/rankings/:period/ranking.csv",
  ])("lists %s", (path) => {
    expect(readme).toContain(`\`${path}\``);
  });

  it.each(DEMO_USERS.map((u) => [u.email, u.role] as const))("documents the demo account %s", (email) => {
    expect(readme).toMatch(new RegExp(`\\| \`${email}\` \\|.*\\| \`${DEMO_PASSWORD}\` \\|`));
  });
});
