import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/**
 * The published record the API ships and loads on start (apps/api/data/published/), as anyone
 * signed in sees it: a viewer of Demo A, who reads no computed ranking.
 */
describe.skipIf(!chromiumAvailable())("the published record of 2020–2024, out of the box", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    page = await (await newContext(browser, stack.baseUrl)).newPage();
    errors = watch(page).errors;
    await signIn(page, "xem-a@demo.local");
  });
  beforeEach(() => onTestFailed(async () => void (await page.screenshot({ path: "/tmp/fail-published.png" }).catch(() => undefined))));
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("ranks all 63 provinces of 2022, with the provincial average apart and the notes below", async () => {
    await page.getByRole("link", { name: "Xếp hạng" }).click();
    const table = page.getByTestId("rankings-table");
    await table.waitFor();
    const rows = table.locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(63);
    await expect(rows.first().innerText()).resolves.toMatch(/^1\s+Thành phố Đà Nẵng\s*\[\d+\]\s+0,8002/);
    // Rank only: Lạng Sơn is 6th, no value was published.
    await expect(rows.filter({ hasText: "Tỉnh Lạng Sơn" }).innerText()).resolves.toMatch(/^6\s+Tỉnh Lạng Sơn\s+—/);
    // Tied 15th, as published.
    await expect(rows.filter({ hasText: "Tỉnh Yên Bái" }).innerText()).resolves.toMatch(/^15\s/);
    await expect(rows.nth(62).innerText()).resolves.toMatch(/^63\s+Tỉnh Bắc Kạn/);
    // The average's value: the sources disagree, so none is shown, and the note says why.
    await expect(page.getByTestId("average-row").innerText()).resolves.toMatch(/Trung bình cấp tỉnh\s*\[\d+\]\s+—/);
    const notes = page.getByTestId("published-notes");
    await notes.getByText(/sources disagree: 0\.5786/).waitFor();
    await notes.getByRole("link", { name: "dti.gov.vn" }).first().waitFor();
    expect(errors).toEqual([]);
  });

  it("shows 2020's ranks without a value as such, and 2024's tables of the 63 and the 34", async () => {
    await page.getByLabel("Năm").selectOption("2020");
    const rows = page.getByTestId("rankings-table").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(16);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^1\s+Thành phố Đà Nẵng\s*\[\d+\]\s+0,4874/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^2\s+Tỉnh Thừa Thiên Huế\s*\[\d+\]\s+—/);
    // Bắc Ninh's pillars, with their ranks.
    await expect(rows.nth(2).innerText()).resolves.toMatch(/0,4096\s+0,4449 \(hạng 8\)\s+0,3668 \(hạng 2\)\s+0,4052 \(hạng 2\)/);
    await expect(page.getByTestId("average-row").innerText()).resolves.toMatch(/0,3026/);

    await page.getByLabel("Năm").selectOption("2024");
    await page.getByLabel("Bảng xếp hạng", { exact: true }).waitFor();
    await expect.poll(() => rows.count()).toBe(12);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^1\s+Thành phố Hà Nội\s*\[\d+\]\s+0,8241/);
    await expect(rows.filter({ hasText: "Tỉnh Thanh Hóa" }).innerText()).resolves.toMatch(/^5\s+Tỉnh Thanh Hóa\s+—/);
    await page.getByLabel("Bảng xếp hạng", { exact: true }).selectOption({ label: "63 tỉnh, thành phố (trước sắp xếp)" });
    await expect.poll(() => rows.count()).toBe(6);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^1\s+Thành phố Hồ Chí Minh\s*\[\d+\]\s+—/);
    // The average's cohort is not stated ("63?"): a note says so.
    await expect(page.getByTestId("average-row").innerText()).resolves.toMatch(/0,6961/);
    await page
      .getByTestId("published-notes")
      .getByText(/không nêu bảng gồm bao nhiêu tỉnh/)
      .waitFor();
    await page.getByLabel("Năm").selectOption("2022");
  });

  it("colours the map of 2022 by the published ranks of the 63, and lists them", async () => {
    await page.getByRole("link", { name: "Bản đồ" }).click();
    const svg = page.locator(".chart-map svg");
    await svg.waitFor();
    await page.getByText("63 đơn vị hành chính cấp tỉnh").waitFor();
    await page.getByText(/bản đồ tô màu theo hạng/).waitFor();
    await expect.poll(() => page.locator(".map-table tbody tr").count()).toBe(63);
    const grey = ["#e5e7eb", "rgb(229,231,235)"];
    const coloured = async () =>
      (
        await svg.locator("path").evaluateAll((paths) => paths.map((p) => (p.getAttribute("fill") ?? "").replace(/\s/g, "").toLowerCase()))
      ).filter((fill) => fill.startsWith("#") || fill.startsWith("rgb"));
    // Every province has a rank: none is left grey.
    await expect.poll(async () => (await coloured()).filter((f) => !grey.includes(f)).length).toBeGreaterThanOrEqual(63);
    // By value, only the seven provinces with a published value are coloured.
    await page.getByLabel("Tô màu theo", { exact: true }).selectOption({ label: "Giá trị DTI" });
    await expect.poll(async () => new Set((await coloured()).filter((f) => !grey.includes(f))).size).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });
});
