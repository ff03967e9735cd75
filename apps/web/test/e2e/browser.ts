import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { DEMO_PASSWORD } from "./stack";

/** Debian's Chromium (apt-get install chromium); Playwright cannot download browsers here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1366, height: 820 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  // Generous: CI runs the browser, the API and other packages' tests on two cores at once.
  context.setDefaultTimeout(45_000);
  return context;
}

/** A phone (375 × 812, touch), as an officer checking figures away from the desk. */
export async function newPhoneContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  context.setDefaultTimeout(45_000);
  return context;
}

/** A tablet held upright (768 × 1024, touch). */
export async function newTabletContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 768, height: 1024 },
    isMobile: true,
    hasTouch: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  context.setDefaultTimeout(45_000);
  return context;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { errors } = watch(page);
  try {
    await page.goto("/sign-in");
    await page.getByLabel("Thư điện tử").fill(email);
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { level: 1, name: "Các kỳ đánh giá" }).waitFor();
  } catch (error) {
    throw new Error(`signing in as ${email} failed: ${(error as Error).message}\n${await describePage(page, errors)}`, { cause: error });
  }
}

/**
 * What the page showed and whether the API still answers, for a failure message: a timeout alone
 * does not say whether the app, the browser or the server was stuck.
 */
export async function describePage(page: Page, errors: string[] = []): Promise<string> {
  const lines = [`page: ${page.url()}`];
  try {
    const text = await page.locator("body").innerText({ timeout: 2000 });
    lines.push(`visible text: ${JSON.stringify(text.slice(0, 600))}`);
  } catch (e) {
    lines.push(`visible text: unreadable (${(e as Error).message.split("\n")[0]})`);
  }
  const started = Date.now();
  try {
    const res = await page.request.get("/api/trpc/auth.me", { timeout: 10_000 });
    lines.push(`auth.me from the test: HTTP ${res.status()} in ${Date.now() - started} ms`);
  } catch (e) {
    lines.push(`auth.me from the test: no answer after ${Date.now() - started} ms (${(e as Error).message.split("\n")[0]})`);
  }
  if (errors.length > 0) lines.push(`browser errors: ${errors.slice(-10).join(" | ")}`);
  return lines.join("\n");
}

/** Opens a demo province's 2022 assessment from the list. */
export async function openAssessment(page: Page, unitName: RegExp | string): Promise<void> {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: unitName }).first().click();
  await page.getByRole("heading", { level: 1, name: /Bảng điểm DTI 2022/ }).waitFor();
}

const watched = new WeakMap<Page, string[]>();

/** Collects page errors and failed API calls so a test can say what went wrong. */
export function watch(page: Page): { errors: string[] } {
  const known = watched.get(page);
  if (known) return { errors: known };
  const errors: string[] = [];
  watched.set(page, errors);
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  return { errors };
}
