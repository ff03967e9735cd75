import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/**
 * The framework comparison: DTI 2020 (pillars only) against 2022 at pillar level, what a decomposition
 * can compare against a revision that adds an indicator (with its warnings, in Vietnamese and English),
 * and the rank-sensitivity panel on the demo cohort.
 */
describe.skipIf(!chromiumAvailable())("framework comparison: pillar level, decomposition warnings, rank sensitivity", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    page = await (await newContext(browser, stack.baseUrl)).newPage();
    errors = watch(page).errors;
    await signIn(page, "quantri@demo.local");
  });
  beforeEach(() =>
    onTestFailed(async () => void (await page.screenshot({ path: "/tmp/fail-compare-exact.png", fullPage: true }).catch(() => undefined))),
  );
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const trpc = async (path: string, input?: unknown) =>
    (
      (await (
        await page.request.get(`/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`)
      ).json()) as { result: { data: unknown } }
    ).result.data;

  it("compares DTI 2020 with 2022 at pillar level: no indicator called new, the pillars side by side", async () => {
    await page.goto("/packs/compare");
    await page.getByLabel("Bộ chỉ số thứ nhất").selectOption({ label: "dti-province-2020 v1.0.0 (2020)" });
    await page.getByLabel("Bộ chỉ số thứ hai").selectOption({ label: "dti-province-2022 v1.0.0 (2021, 2022, 2023)" });
    const notice = page.getByTestId("pillar-level");
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain("dti-province-2020 chỉ mô tả các trụ cột và chỉ số chính");
    await expect(page.getByTestId("compare-table").innerText()).resolves.toMatch(/Số chỉ tiêu\s+— \(chỉ cấp trụ cột\)\s+104/);
    const pillars = page.getByTestId("pillar-correspondence");
    await expect(pillars.innerText()).resolves.toMatch(
      /Chính quyền số: CQS \(400 điểm\)\s+Chính quyền số: I \+ II \+ III \+ IV \+ V \+ VI \(700 điểm\)\s+Thay đổi cách tính/,
    );
    expect(await page.getByTestId("indicator-diff").count()).toBe(0);
  });

  it("lists what a decomposition cannot compare, with points, and its warnings in Vietnamese and English", async () => {
    const packs = (await trpc("packs.list")) as { id: string; packId: string }[];
    const installed = packs.find((p) => p.packId === "dti-province-2022")!;
    const content = ((await trpc("packs.get", { id: installed.id })) as { content: Record<string, never> }).content as unknown as {
      meta: { version: string };
      inputs: unknown[];
      indices: { code: string; maxPoints: number }[];
      indicators: { code: string; inputs: unknown; rule: unknown; name: unknown }[];
      aggregation: { totalPoints: number };
    };
    // A revision that adds 8.20 (20 points of VIII) on a figure 922/QĐ-BTTTT did not collect.
    content.meta.version = "1.2.0-e2e";
    content.inputs.push({ id: "households_with_ehealth_record", label: { vi: "Số hộ có hồ sơ sức khỏe điện tử" }, unit: "count" });
    content.indices.find((x) => x.code === "VIII")!.maxPoints += 20;
    content.aggregation.totalPoints += 20;
    const x84 = content.indicators.find((x) => x.code === "8.4")!;
    content.indicators.push({
      ...structuredClone(x84),
      code: "8.20",
      name: { vi: "Tỷ lệ hộ gia đình có hồ sơ sức khỏe điện tử (minh họa)" },
      inputs: [
        { address: "a", input: "households_with_ehealth_record" },
        { address: "b", input: "households_total" },
      ],
      rule: { kind: "ratio", a: "households_with_ehealth_record", b: "households_total" },
    });
    await page.goto("/packs/upload");
    await page.getByLabel("Tệp gói (.json)").setInputFiles({
      name: "dti-province-2022-1.2.0-e2e.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ format: "dti-pack-bundle@1", pack: content })),
    });
    await page.getByRole("button", { name: "Kiểm tra và tải lên" }).click();
    await page.getByText("Đã lưu bản nháp:").waitFor();

    await page.goto("/packs/compare");
    await page.getByLabel("Bộ chỉ số thứ nhất").selectOption({ label: "dti-province-2022 v1.0.0 (2021, 2022, 2023)" });
    await page.getByLabel("Bộ chỉ số thứ hai").selectOption({ label: "dti-province-2022 v1.2.0-e2e (2021, 2022, 2023) · Bản nháp" });
    const section = page.getByTestId("comparability");
    await section.waitFor();
    await expect(section.innerText()).resolves.toContain(
      'Phương pháp và tiến bộ chỉ được tính trên 1.000 / 1.020 điểm của dti-province-2022; 20 điểm còn lại được liệt kê riêng là "không so sánh được", không bao giờ tính là tiến bộ.',
    );
    await expect(page.getByTestId("not-comparable").innerText()).resolves.toMatch(
      /—\s+8\.20\s+Mới\s+20\s+mới trong dti-province-2022: không có trong dti-province-2022/,
    );
    const warnings = page.getByTestId("comparability-warnings");
    await expect(warnings.innerText()).resolves.toContain(
      "NO_EARLIER_DATA 1 dữ liệu đầu vào của dti-province-2022 không có số liệu tương ứng",
    );
    await page.getByRole("button", { name: "English", exact: true }).last().click();
    await expect.poll(() => warnings.innerText()).toContain("its points are listed as not comparable, never as progress");
    await page.getByRole("button", { name: "Tiếng Việt", exact: true }).last().click();
  });

  it("shows each demo province's rank band under the 2022 pack's alternatives, seeded", async () => {
    await page.goto("/packs/compare");
    await page.getByLabel("Bộ chỉ số thứ nhất").selectOption({ label: "dti-province-2022 v1.0.0 (2021, 2022, 2023)" });
    await page.getByLabel("Bộ chỉ số thứ hai").selectOption({ label: "dti-province-2024 v1.0.0 (2024)" });
    const panel = page.getByTestId("sensitivity-panel");
    await panel.waitFor();
    await panel.getByLabel("Hạt giống (seed)").fill("7");
    await panel.getByRole("button", { name: "Tính độ nhạy" }).click();
    const bands = page.getByTestId("sensitivity-bands");
    await bands.waitFor();
    await expect(panel.getByRole("status").innerText()).resolves.toMatch(
      /^1000 lần rút, seed 7, 3 đơn vị, \d+ ms\. 0 đơn vị có thể đổi hạng\.$/,
    );
    await expect(bands.locator("tbody tr").filter({ hasText: "Tỉnh Demo A" }).innerText()).resolves.toMatch(
      /^Tỉnh Demo A \(dữ liệu minh họa\)\s+0,8489\s+1\s+1\s+1\s+1\s+100,0%/,
    );
    await expect(panel.innerText()).resolves.toContain("chỉ là giả định minh họa");
    const alternatives = page.getByTestId("sensitivity-alternatives");
    await expect(alternatives.innerText()).resolves.toMatch(/t-7-1\s+7\.1\s+Ngưỡng\s+0,2 → 0,15; 0,25/);
    await panel.screenshot({ path: "/tmp/sensitivity-panel.png" });
    expect(errors).toEqual([]);
  });
});
