import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launch, newContext, openAssessment, signIn } from "./browser";
import { startStack, type Stack } from "./stack";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * The Content-Security-Policy the API sends with the web app (apps/api/src/security.ts: self only,
 * no inline script or style, no framing) is one the built app satisfies: a signed-in officer opens
 * the scorecard (with its echarts radar chart), where to gain points and data entry, and the
 * browser reports no violation, neither as a `securitypolicyviolation` event nor in the console.
 */
describe.skipIf(!chromiumAvailable())("the web app under its Content-Security-Policy", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const messages: string[] = [];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    const context = await newContext(browser, stack.baseUrl);
    // Runs before the app's scripts in every document, outside the page's CSP.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.__cspViolations!.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    page = await context.newPage();
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const violations = async () => [
    ...((await page.evaluate(() => window.__cspViolations ?? [])) as string[]),
    ...messages.filter((m) => /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m)),
  ];

  it("serves the app with the policy in force", async () => {
    const response = await page.goto("/sign-in");
    const csp = response!.headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response!.headers()["x-frame-options"]).toBe("DENY");
  });

  it("reports no violation while an officer signs in, opens the scorecard, where to gain points and data entry", async () => {
    await signIn(page, "tinh-a@demo.local");
    expect(await violations()).toEqual([]);
    await openAssessment(page, /Tỉnh Demo A/);
    await page.locator(".chart-radar svg").waitFor();
    expect(await violations()).toEqual([]);
    await page.getByRole("link", { name: "Nơi có thể tăng điểm" }).click();
    await page.getByRole("heading", { level: 1, name: "Nơi có thể tăng điểm" }).waitFor();
    await page.getByRole("link", { name: "Nhập số liệu", exact: true }).click();
    await page.getByRole("link", { name: "VIII. Hoạt động xã hội số" }).click();
    await page.getByLabel(/^8\.4\.a /).waitFor();
    expect(await violations()).toEqual([]);
  });

  it("and none on the national admin's charts: rankings, the map, the trend", async () => {
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    // Signed out before navigating, or the navigation cancels the sign-out request.
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    await signIn(page, "quantri@demo.local");
    for (const [path, ready] of [
      ["/rankings", '[data-testid="rankings-table"]'],
      ["/map", ".chart-map svg"],
      ["/trend", "h1"],
    ] as const) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      expect(await violations(), path).toEqual([]);
    }
    // The policy is really enforced: an inline script injected into the page is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true";
      document.body.append(script);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});
