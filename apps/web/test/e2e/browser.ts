import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "./stack";

/** Debian's Chromium (apt-get install chromium); Playwright cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Whether the browser tests can run. In CI a missing Chromium is a failure with the fix in the
 * message; on a developer's machine the tests are skipped with the same message printed.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH). The browser tests need it.`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n[web e2e] SKIPPING browser tests: ${message}\n`);
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A laptop-sized window, Vietnamese locale, like an officer's browser. */
export async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1366, height: 820 }, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  context.setDefaultTimeout(30_000);
  return context;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.getByRole("heading", { level: 1, name: "Các kỳ đánh giá" }).waitFor();
}

/** Opens a demo province's 2022 assessment from the list. */
export async function openAssessment(page: Page, unitName: RegExp | string): Promise<void> {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: unitName }).first().click();
  await page.getByRole("heading", { level: 1, name: /Bảng điểm DTI 2022/ }).waitFor();
}

/** Collects page errors and failed API calls so a test can say what went wrong. */
export function watch(page: Page): { errors: string[] } {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { errors };
}
