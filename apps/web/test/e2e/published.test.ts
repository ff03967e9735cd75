import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, newPhoneContext, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/** Where the screenshots go (DTI_SCREENSHOTS, else a directory in the system's temporary directory). */
const shots = process.env.DTI_SCREENSHOTS ?? join(tmpdir(), "dti-map-screens");
const GREY = ["#e5e7eb", "rgb(229,231,235)"];

/**
 * How many provinces the map colours: the coloured paths (not the grey of a province without a
 * figure, nor the islands' marks), less the legend's two handles, drawn in the colours of its ends.
 */
async function colouredProvinces(page: Page): Promise<number> {
  const fills = await page
    .locator(".chart-map svg path")
    .evaluateAll((paths) => paths.map((p) => (p.getAttribute("fill") ?? "").replace(/\s/g, "").toLowerCase()));
  const marks = ["#374151", "#6b7280", "#000", "rgb(0,0,0)"];
  return fills.filter((f) => (f.startsWith("#") || f.startsWith("rgb")) && !GREY.includes(f) && !marks.includes(f)).length - 2;
}

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
    mkdirSync(shots, { recursive: true });
    console.info(`[web e2e] screenshots in ${shots}`);
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

  it("offers every year with data and 2025; draws 2020 on the 63 and 2024 on the 34 as published", async () => {
    const year = page.getByLabel("Năm", { exact: true });
    expect(await year.locator("option").allTextContents()).toEqual(["2025", "2024", "2023", "2022", "2021", "2020"]);
    await page.getByLabel("Tô màu theo", { exact: true }).selectOption({ label: "Hạng công bố" });

    await year.selectOption("2020");
    await page.getByText("63 đơn vị hành chính cấp tỉnh").waitFor();
    await page.getByRole("region", { name: "Chỉ số DTI công bố năm 2020" }).waitFor();
    // 2020's 16 provinces with a rank, each coloured; Đà Nẵng first with its value.
    await expect.poll(() => page.locator(".map-table tbody tr").count()).toBe(16);
    await expect(page.locator(".map-table tbody tr").first().innerText()).resolves.toMatch(/^1\s+Thành phố Đà Nẵng\s+0,4874/);
    await expect.poll(async () => await colouredProvinces(page)).toBe(16);
    await page.screenshot({ path: join(shots, "map-2020-desktop.png") });

    await year.selectOption("2024");
    await page.getByText("34 đơn vị hành chính cấp tỉnh").waitFor();
    await page.getByRole("region", { name: "Chỉ số DTI công bố năm 2024" }).waitFor();
    // The ministry's table of the 34 (12 rows, two of them with neither rank nor value).
    await expect.poll(() => page.locator(".map-table tbody tr").count()).toBe(12);
    await expect(page.locator(".map-table tbody tr").first().innerText()).resolves.toMatch(/^1\s+Thành phố Hà Nội\s+0,8241/);
    await expect.poll(async () => await colouredProvinces(page)).toBe(10);
    expect(await page.getByTestId("map-backcast").count()).toBe(0);
    await page.screenshot({ path: join(shots, "map-2024-desktop.png") });
    expect(errors).toEqual([]);
  });

  it("2025: the 34, labelled as a back-cast of the 63's figures, with the year it comes from to choose — no error", async () => {
    await page.getByLabel("Năm", { exact: true }).selectOption("2025");
    const note = page.getByTestId("map-backcast");
    await note.getByText("Chưa có kết quả DTI năm 2025 cho 34 tỉnh, thành phố.").waitFor();
    await note.getByText("Ước tính quy đổi (back-cast) — không phải kết quả công bố").waitFor();
    // By default the latest year whose back-cast gives a value: 2024's former Đà Nẵng and Quảng Nam.
    await note.getByText(/Giá trị DTI năm 2024 của 63 tỉnh, thành phố cũ .* được tô màu: 1\/34\./).waitFor();
    expect(await page.getByLabel("Quy đổi từ số liệu năm").inputValue()).toBe("2024");
    expect(await page.getByLabel("Tô màu theo", { exact: true }).isDisabled()).toBe(true);
    const rows = page.getByTestId("map-figures").locator("tbody tr");
    await expect.poll(() => rows.count()).toBe(34);
    // The ministry's own 2024 value of the new Đà Nẵng is this mean (0,7069): the back-cast agrees with it.
    await expect(rows.first().innerText()).resolves.toMatch(
      /^Thành phố Đà Nẵng\s+0,7069\s+Thành phố Đà Nẵng \(0,8335\) \+ Tỉnh Quảng Nam \(0,5803\)$/,
    );
    await expect(rows.filter({ hasText: "Thành phố Hà Nội" }).innerText()).resolves.toMatch(/—\s+Thành phố Hà Nội \(hạng 4\)/);
    await expect.poll(async () => await colouredProvinces(page)).toBe(1);
    await page.screenshot({ path: join(shots, "map-2025-desktop.png") });

    // From 2022: Quảng Ninh, Huế and the new Đà Nẵng (0,8002 and 0,5808) have every former value.
    await page.getByLabel("Quy đổi từ số liệu năm").selectOption("2022");
    await note.getByText(/Giá trị DTI năm 2022 .* được tô màu: 3\/34\./).waitFor();
    await expect(rows.filter({ hasText: "Tỉnh Quảng Nam (0,5808)" }).innerText()).resolves.toMatch(/^Thành phố Đà Nẵng\s+0,6905\s/);
    await expect.poll(async () => await colouredProvinces(page)).toBe(3);
    await page.screenshot({ path: join(shots, "map-2025-from-2022-desktop.png") });
    expect(errors).toEqual([]);
  });

  it("draws 2020, 2024 and 2025 on a phone (375 px) without horizontal scroll", async () => {
    const phone = await (await newPhoneContext(browser, stack.baseUrl)).newPage();
    const phoneErrors = watch(phone).errors;
    await signIn(phone, "xem-a@demo.local");
    await phone.goto("/map");
    for (const year of ["2020", "2024", "2025"]) {
      await phone.getByLabel("Năm", { exact: true }).selectOption(year);
      await phone.getByText(year === "2020" ? "63 đơn vị hành chính cấp tỉnh" : "34 đơn vị hành chính cấp tỉnh").waitFor();
      if (year === "2025") await phone.getByTestId("map-backcast").waitFor();
      await phone.locator(".chart-map svg path").first().waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await phone.screenshot({ path: join(shots, `map-${year}-375.png`), fullPage: true });
    }
    expect(phoneErrors).toEqual([]);
    await phone.context().close();
  });
});
