import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, openAssessment, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/** Where the screenshots go (DTI_SCREENSHOTS, else a directory in the system's temporary directory). */
const shots = process.env.DTI_SCREENSHOTS ?? join(tmpdir(), "dti-import-screens");

/** Types values into a template by the hidden input id of each row (column J), as Excel would save them. */
async function typeInto(path: string, entries: Record<string, string | number>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  for (const sheet of book.worksheets)
    sheet.eachRow((r) => {
      const id = r.getCell("J").value;
      if (typeof id === "string" && r.getCell("K").value === "entry" && id in entries) r.getCell("F").value = entries[id]!;
    });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The Excel round trip provinces work with: download the template from the entry page, fill a
 * value in Excel (here with exceljs, as Excel would save it), upload it, see the value on the page;
 * a broken file changes nothing and says every problem at once by sheet and cell, in the user's
 * language; values someone changed since the download are listed, not overwritten; a file too large
 * or not a workbook is refused in words. Exports download as real files.
 */
describe.skipIf(!chromiumAvailable())("spreadsheets: template round trip and exports", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let template: string;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    page = await (await newContext(browser, stack.baseUrl)).newPage();
    errors = watch(page).errors;
    await signIn(page, "tinh-a@demo.local");
    await openAssessment(page, /Tỉnh Demo A/);
    await page.getByRole("link", { name: "Nhập số liệu", exact: true }).click();
    await page.getByText("Nhập, xuất bằng tệp Excel").click();
    mkdirSync(shots, { recursive: true });
    console.info(`[web e2e] screenshots in ${shots}`);
  });
  beforeEach(() =>
    onTestFailed(async () => void (await page.screenshot({ path: "/tmp/fail-spreadsheet.png", fullPage: true }).catch(() => undefined))),
  );
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("downloads the template filled with the stored values", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải mẫu Excel (đã điền số liệu hiện có)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("DTI 2022 Tỉnh Demo A (dữ liệu minh họa).xlsx");
    template = (await download.path())!;
    expect(readFileSync(template).subarray(0, 2).toString()).toBe("PK");
  });

  it("imports a filled template and shows the new value", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(template);
    const sheet = book.worksheets.find((s) => s.name.startsWith("VIII."))!;
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell("J").value === "households_with_digital_address") row = n;
    });
    expect(row).toBeGreaterThan(3);
    expect(sheet.getCell(`F${row}`).value).toBe(224000);
    sheet.getCell(`F${row}`).value = 640000;
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    await page.getByLabel("Tệp mẫu đã điền (.xlsx)").setInputFiles({
      name: "DTI 2022 Tỉnh Demo A.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: filled,
    });
    await page.getByRole("button", { name: "Nhập số liệu từ tệp" }).click();
    await page.getByRole("status").filter({ hasText: "Đã nhập: 1 giá trị thay đổi" }).waitFor();
    await page.getByRole("link", { name: "VIII. Hoạt động xã hội số" }).click();
    await page.getByLabel(/^8\.4\.a /).waitFor();
    expect(await page.getByLabel(/^8\.4\.a /).inputValue()).toBe("640.000");
    await page.getByTestId("live-total").filter({ hasText: "861,87/1.000" }).waitFor();
  });

  it("refuses a file that is not the template, changing nothing", async () => {
    await page.getByLabel("Tệp mẫu đã điền (.xlsx)").setInputFiles({
      name: "ghi-chu.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("không phải tệp Excel"),
    });
    await page.getByRole("button", { name: "Nhập số liệu từ tệp" }).click();
    await page.getByRole("alert").filter({ hasText: "Tệp không phải là tệp Excel .xlsx" }).waitFor();
    expect(await page.getByLabel(/^8\.4\.a /).inputValue()).toBe("640.000");
  });

  it("lists a type error, a negative count and a broken ratio of one file together, by sheet and cell, in Vietnamese and English", async () => {
    const broken = await typeInto(template, {
      adults_with_smartphone: "khoảng 300 nghìn", // 3.1.a: not a number
      communes_total: -4, // A8: a count below zero
      households_with_digital_address: 99_000_000, // 8.4.a above 8.4.b (A6, 640.000)
    });
    await page.getByLabel("Tệp mẫu đã điền (.xlsx)").setInputFiles({ name: "DTI 2022 loi.xlsx", mimeType: XLSX, buffer: broken });
    await page.getByRole("button", { name: "Nhập số liệu từ tệp" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Tệp có 3 lỗi nên chưa nhập giá trị nào." });
    await alert.waitFor();
    const list = page.getByTestId("template-problems");
    // One table per sheet, each problem at its cell.
    expect(await list.locator("caption").allInnerTexts()).toEqual([
      "Trang tính “Thông tin chung”: 1 lỗi",
      "Trang tính “III. Hạ tầng số”: 1 lỗi",
      "Trang tính “VIII. Hoạt động xã hội số”: 1 lỗi",
    ]);
    const rows = list.locator("tbody tr");
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^F\d+\s+A8\s+A8: -4 là số âm/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^F\d+\s+3\.1\.a\s+3\.1\.a: “khoảng 300 nghìn” không phải là số/);
    await expect(rows.nth(2).innerText()).resolves.toMatch(
      /^F\d+\s+8\.4\.a\s+Chỉ tiêu 8\.4: phần \(tử số 8\.4\.a = 99\.000\.000\) lớn hơn tổng \(mẫu số 8\.4\.b = 640\.000\)/,
    );
    await expect(rows.nth(2).innerText()).resolves.toContain("nhập ở A6, ô F");
    await page.screenshot({ path: join(shots, "import-problems-desktop.png"), fullPage: false });
    await list.screenshot({ path: join(shots, "import-problems-list.png") });
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await list.screenshot({ path: join(shots, "import-problems-375.png") });
    await page.setViewportSize({ width: 1366, height: 820 });

    await page.getByRole("button", { name: "English", exact: true }).last().click();
    await page.getByRole("alert").filter({ hasText: "The file has 3 problem(s), so nothing was imported." }).waitFor();
    await list.getByText("Sheet “VIII. Hoạt động xã hội số”: 1 problem(s)").waitFor();
    await expect(rows.nth(2).innerText()).resolves.toContain(
      "the part (numerator 8.4.a = 99000000) is above the whole (denominator 8.4.b = 640000)",
    );
    await page.getByRole("button", { name: "Tiếng Việt", exact: true }).last().click();
    await alert.waitFor();
    // Nothing was imported.
    expect(await page.getByLabel(/^8\.4\.a /).inputValue()).toBe("640.000");
  });

  it("lists the values someone else changed since the download, and keeps theirs", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải mẫu Excel (đã điền số liệu hiện có)" }).click(),
    ]);
    const fresh = readFileSync((await download.path())!);
    // Sở TTTT's officer changes 3.3.a after the download, in another browser.
    const assessmentId = /\/assessments\/([^/]+)/.exec(page.url())![1]!;
    const other = await (await newContext(browser, stack.baseUrl)).newPage();
    await signIn(other, "sotttt-a@demo.local");
    const me = (await (await other.request.get("/api/trpc/auth.me")).json()) as { result: { data: { csrfToken: string } } };
    const detail = (await (
      await other.request.get(`/api/trpc/assessments.get?input=${encodeURIComponent(JSON.stringify({ assessmentId }))}`)
    ).json()) as { result: { data: { inputs: { inputId: string; version: number }[] } } };
    const version = detail.result.data.inputs.find((i) => i.inputId === "households_with_fiber")!.version;
    const changed = await other.request.post("/api/trpc/assessments.setInput", {
      data: { assessmentId, inputId: "households_with_fiber", value: 560000, expectedVersion: version },
      headers: { "x-csrf-token": me.result.data.csrfToken },
    });
    expect(changed.status(), await changed.text()).toBe(200);
    await other.context().close();

    await page.getByLabel("Tệp mẫu đã điền (.xlsx)").setInputFiles({ name: "DTI 2022 Tỉnh Demo A.xlsx", mimeType: XLSX, buffer: fresh });
    await page.getByRole("button", { name: "Nhập số liệu từ tệp" }).click();
    const conflicts = page.getByTestId("template-conflicts");
    await conflicts.getByText("1 giá trị trong tệp không được nhập vì đã có người sửa sau khi bạn tải biểu mẫu:").waitFor();
    await expect(conflicts.locator("tbody tr").innerText()).resolves.toMatch(
      /^3\.3\.a .+\s+550\.400\s+560\.000\s+sotttt-a@demo\.local, \d\d\/\d\d\/\d{4} \d\d:\d\d$/,
    );
    await conflicts.screenshot({ path: join(shots, "import-conflicts.png") });
    // The newer value stays.
    await page.getByRole("link", { name: "III. Hạ tầng số" }).click();
    await expect.poll(() => page.getByLabel(/^3\.3\.a /).inputValue()).toBe("560.000");
  });

  it("refuses a file over the size limit in words, with the limit", async () => {
    await page.getByLabel("Tệp mẫu đã điền (.xlsx)").setInputFiles({
      name: "qua-lon.xlsx",
      mimeType: XLSX,
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1024, 7),
    });
    await page.getByRole("button", { name: "Nhập số liệu từ tệp" }).click();
    await page.getByRole("alert").filter({ hasText: "Tệp quá lớn. Chi tiết: Tệp lớn hơn 5 MiB (giới hạn cho phép)." }).waitFor();
  });

  it("downloads the scorecard and the plan as Excel and CSV", async () => {
    await page.getByRole("link", { name: "Bảng điểm", exact: true }).click();
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Tải bảng điểm: Excel (.xlsx)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^Kết quả DTI 2022 .*\.xlsx$/);
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bảng điểm: CSV" }).click()]);
    expect(readFileSync((await csv.path())!, "utf8")).toContain("8.4");
    expect(errors.filter((e) => !/422|413|Unprocessable|Payload Too Large/i.test(e))).toEqual([]);
  });
});
