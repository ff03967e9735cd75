import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launch, newContext, openAssessment, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/**
 * The Excel round trip provinces work with: download the template from the entry page, fill a
 * value in Excel (here with exceljs, as Excel would save it), upload it, see the value on the page;
 * a broken file changes nothing and says why. Exports download as real files.
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
  });
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
    await page.getByRole("alert").filter({ hasText: "Không đọc được tệp nhập." }).waitFor();
    expect(await page.getByLabel(/^8\.4\.a /).inputValue()).toBe("640.000");
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
    expect(errors.filter((e) => !/422|Unprocessable/i.test(e))).toEqual([]);
  });
});
