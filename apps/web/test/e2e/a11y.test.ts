import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launch, newContext, openAssessment, signIn } from "./browser";
import { startStack, type Stack } from "./stack";

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, not added as a <script>: the app's CSP refuses inline scripts.
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2 A/AA rules on the page as it stands; serious and critical problems fail. */
async function audit(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join("; ")}`,
    );
}

/** The main screens pass an automated WCAG 2.1 AA audit (contrast, labels, roles, names, lang). */
describe.skipIf(!chromiumAvailable())("accessibility (axe-core, WCAG 2.1 A/AA)", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    page = await (await newContext(browser, stack.baseUrl)).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("sign-in", async () => {
    await page.goto("/sign-in");
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    expect(await audit(page)).toEqual([]);
  });

  it("the officer's screens", async () => {
    await signIn(page, "tinh-a@demo.local");
    expect(await audit(page)).toEqual([]);
    await openAssessment(page, /Tỉnh Demo A/);
    await page.locator(".chart-radar svg").waitFor();
    expect(await audit(page)).toEqual([]);
    for (const tab of ["Nhập số liệu", "Nơi có thể tăng điểm", "Kế hoạch", "Xét duyệt", "Báo cáo in"]) {
      await page.getByRole("link", { name: tab, exact: true }).click();
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.locator(".loading").waitFor({ state: "detached" });
      expect(await audit(page), tab).toEqual([]);
    }
    await page.goto(page.url().replace(/\/report$/, "/indicators/8.4"));
    await page.getByRole("heading", { name: "Điểm được tính thế nào" }).waitFor();
    expect(await audit(page)).toEqual([]);
  });

  it("the admin's screens", async () => {
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    // Signed out before navigating, or the navigation cancels the sign-out request.
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    await signIn(page, "quantri@demo.local");
    for (const [path, ready] of [
      ["/rankings", '[data-testid="rankings-table"]'],
      ["/map", ".chart-map svg"],
      ["/trend", "h1"],
      ["/merger", '[data-testid="merger-table"]'],
      ["/users", "table"],
      ["/audit", ".audit-table"],
      ["/packs", "table"],
      ["/packs/compare", '[data-testid="compare-table"]'],
    ] as const) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      expect(await audit(page), path).toEqual([]);
    }
    // The what-if variant, with its side-by-side table.
    await page.goto("/packs/variant");
    await page.getByRole("button", { name: "Chấm theo phương án" }).click();
    await page.getByTestId("variant-table").waitFor();
    expect(await audit(page), "/packs/variant").toEqual([]);
  });
});
