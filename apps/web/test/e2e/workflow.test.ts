import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, openAssessment, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function entryOf(page: Page, section: string): Promise<void> {
  await openAssessment(page, /Tỉnh Demo A/);
  await page.getByRole("link", { name: "Nhập số liệu", exact: true }).click();
  await page.getByRole("link", { name: section }).click();
}

/**
 * Two people at once, and the review: the province admin and the agency (Sở TTTT) edit the same
 * figure; the stale edit is shown beside the saved one, never lost. The agency attaches evidence
 * and submits; the province returns it with a reason, then approves; the province submits the
 * assessment and the national admin locks it.
 */
describe.skipIf(!chromiumAvailable())("agency contributor, conflicts, evidence, review and lock", () => {
  let stack: Stack;
  let browser: Browser;
  let admin: Page;
  let agency: Page;
  const errors: string[][] = [];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    admin = await (await newContext(browser, stack.baseUrl)).newPage();
    agency = await (await newContext(browser, stack.baseUrl)).newPage();
    errors.push(watch(admin).errors, watch(agency).errors);
    await Promise.all([signIn(admin, "tinh-a@demo.local"), signIn(agency, "sotttt-a@demo.local")]);
  });
  beforeEach(() => {
    onTestFailed(async () => {
      await admin.screenshot({ path: "/tmp/fail-admin.png" }).catch(() => undefined);
      await agency.screenshot({ path: "/tmp/fail-agency.png" }).catch(() => undefined);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("the agency edits only its assigned indicators", async () => {
    await entryOf(agency, "VIII. Hoạt động xã hội số");
    const mine = agency.getByLabel(/^8\.4\.a /);
    await mine.waitFor();
    expect(await mine.isDisabled()).toBe(false);
    // By default the agency sees its own indicators only …
    expect(await agency.locator(".entry-field input[disabled], .entry-field select[disabled]").count()).toBe(0);
    // … and the others, read only, on request.
    await agency.getByLabel(/Chỉ hiện các chỉ tiêu giao cho cơ quan tôi/).uncheck();
    await agency.getByText("Chỉ tiêu này không giao cho cơ quan của bạn: chỉ xem.").first().waitFor();
    expect(await agency.locator(".entry-field input[disabled], .entry-field select[disabled]").count()).toBeGreaterThan(0);
  });

  it("a stale edit is shown beside the other person's saved value, kept, and saved only by choice", async () => {
    await entryOf(admin, "VIII. Hoạt động xã hội số");
    const adminField = admin.getByLabel(/^8\.4\.a /);
    await adminField.waitFor();

    // The agency saves first.
    const agencyField = agency.getByLabel(/^8\.4\.a /);
    await agencyField.fill("600.000");
    await agencyField.blur();
    await agency.getByText("Đã lưu mọi thay đổi").waitFor();
    await agency.locator(".entry-field.status-saved").filter({ has: agencyField }).waitFor();

    // The admin's page still holds the old version: the save is refused, both values stay on screen.
    await adminField.fill("620.000");
    await adminField.blur();
    const conflict = admin.getByRole("alert").filter({ hasText: "Người khác đã sửa mục này." });
    await conflict.waitFor();
    await expect(conflict.innerText()).resolves.toContain("Giá trị đã lưu hiện nay là 600.000");
    await expect(conflict.innerText()).resolves.toContain("Giá trị của bạn, 620.000, chưa được lưu và vẫn giữ nguyên.");
    expect(await adminField.inputValue()).toBe("620.000");
    await admin.getByText("1 mục chưa lưu").waitFor();

    // The admin keeps theirs, knowingly: saved on the current version.
    await conflict.getByRole("button", { name: "Lưu giá trị của tôi" }).click();
    await admin.getByText("Đã lưu mọi thay đổi").waitFor();
    await agency.reload();
    await agency.getByLabel(/^8\.4\.a /).waitFor();
    expect(await agency.getByLabel(/^8\.4\.a /).inputValue()).toBe("620.000");
  });

  it("the agency attaches evidence with a Vietnamese file name and submits the indicator", async () => {
    await agency.goto(agency.url().replace(/\/entry.*$/, "/indicators/8.4"));
    await agency.getByRole("heading", { level: 1, name: /8\.4/ }).waitFor();
    await agency.getByRole("heading", { name: "Điểm được tính thế nào" }).waitFor();
    await agency
      .getByLabel("Chọn tệp minh chứng")
      .setInputFiles({ name: "Biên bản kiểm tra địa chỉ số.png", mimeType: "image/png", buffer: PNG });
    await agency.getByRole("button", { name: "Tải lên" }).click();
    await agency.getByRole("status").filter({ hasText: "Đã tải lên." }).waitFor();
    await agency.getByRole("link", { name: "Biên bản kiểm tra địa chỉ số.png" }).waitFor();
    await agency.getByRole("button", { name: "Gửi chỉ tiêu để xét duyệt" }).click();
    await agency.locator(".badge-submitted").first().waitFor();
  });

  it("the province returns it with a reason (required), the agency sees why, resubmits, and the province approves", async () => {
    await openAssessment(admin, /Tỉnh Demo A/);
    await admin.getByRole("link", { name: "Xét duyệt", exact: true }).click();
    await admin.getByRole("heading", { level: 1, name: "Xét duyệt" }).waitFor();
    await admin.getByRole("button", { name: "Trả lại chỉ tiêu 8.4" }).click();
    await admin.getByText("Nêu lý do trả lại.").waitFor();
    await admin.getByLabel("Lý do trả lại chỉ tiêu 8.4").fill("Thiếu danh sách hộ có địa chỉ số");
    await admin.getByRole("button", { name: "Trả lại chỉ tiêu 8.4" }).click();
    await admin.getByText("Không có chỉ tiêu nào ở trạng thái này.").waitFor();

    // The agency's home page says what was returned to it, and why, with a link to the indicator.
    await agency.goto("/");
    const inbox = agency.getByRole("region", { name: "Việc cần làm" });
    await inbox.getByRole("link", { name: /Bị trả lại\s*1/ }).waitFor();
    await inbox.getByText("Lý do: Thiếu danh sách hộ có địa chỉ số").waitFor();
    await inbox.getByRole("link", { name: "Chỉ tiêu 8.4" }).click();
    await agency.getByRole("heading", { level: 1, name: /8\.4/ }).waitFor();
    await agency.getByText("Thiếu danh sách hộ có địa chỉ số").first().waitFor();
    await agency.getByRole("button", { name: "Gửi chỉ tiêu để xét duyệt" }).click();
    await agency.locator(".badge-submitted").first().waitFor();

    await admin.reload();
    await admin.getByRole("button", { name: "Duyệt chỉ tiêu 8.4" }).click();
    await admin.getByLabel("Hiển thị").selectOption({ label: "Đã duyệt" });
    await admin.getByRole("row").filter({ hasText: "8.4" }).getByText("Đã duyệt").waitFor();
  });

  it("separation of duties: the province admin who submitted an indicator is refused, in Vietnamese, when approving it", async () => {
    await admin.goto(admin.url().replace(/\/review.*$/, "/indicators/1.1"));
    await admin.getByRole("heading", { level: 1, name: /1\.1/ }).waitFor();
    await admin.getByRole("button", { name: "Gửi chỉ tiêu để xét duyệt" }).click();
    await admin.locator(".badge-submitted").first().waitFor();
    await admin.goto(admin.url().replace(/\/indicators\/.*$/, "/review"));
    await admin.getByText("Bạn đã gửi chỉ tiêu này: người khác duyệt.").waitFor();
    await admin.getByRole("button", { name: "Duyệt chỉ tiêu 1.1" }).click();
    await admin
      .getByRole("alert")
      .filter({ hasText: "Bạn đã gửi chỉ tiêu 1.1 nên không thể tự duyệt: cần một người xét duyệt khác (nguyên tắc phân tách nhiệm vụ)." })
      .waitFor();
    // Still waiting for someone else: the province admin's inbox says so.
    await admin.goto("/");
    const inbox = admin.getByRole("region", { name: "Việc cần làm" });
    await inbox.getByRole("link", { name: /Chờ xét duyệt\s*1/ }).waitFor();
    await inbox.getByText("bạn đã gửi: cần người khác duyệt").waitFor();
    await admin.screenshot({ path: "/tmp/dti-inbox-desktop.png", fullPage: true });
    await admin.setViewportSize({ width: 375, height: 800 });
    await admin.screenshot({ path: "/tmp/dti-inbox-375.png", fullPage: true });
    // The inbox itself fits a phone's width (the assessments table below it scrolls on its own).
    const box = await inbox.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await admin.setViewportSize({ width: 1366, height: 820 });
  });

  it("the province submits the assessment after confirming what is incomplete, the national admin locks it after confirming, and nothing can be edited", async () => {
    await openAssessment(admin, /Tỉnh Demo A/);
    await admin.getByRole("link", { name: "Xét duyệt", exact: true }).click();
    await admin.getByRole("button", { name: "Gửi kỳ đánh giá" }).click();
    const submit = admin.getByRole("dialog", { name: "Gửi kỳ đánh giá?" });
    await submit.getByText(/chỉ tiêu chưa hoàn thành:/).waitFor();
    const listed = await submit.innerText();
    expect(listed).toContain("Chưa gửi (nháp)");
    expect(listed).toContain("Đã gửi, chưa duyệt: 1");
    expect(listed).toContain("Theo chỉ số chính");
    await submit.getByRole("link", { name: "1.1", exact: true }).waitFor();
    await admin.screenshot({ path: "/tmp/dti-submit-dialog.png" });
    // Cancelling submits nothing.
    await submit.getByRole("button", { name: "Hủy" }).click();
    await admin.locator(".assessment-head .badge-open").waitFor();
    await admin.getByRole("button", { name: "Gửi kỳ đánh giá" }).click();
    await submit.getByRole("button", { name: "Vẫn gửi kỳ đánh giá" }).click();
    await admin.locator(".assessment-head .badge-submitted").waitFor();

    const national = await (await newContext(browser, stack.baseUrl)).newPage();
    errors.push(watch(national).errors);
    await signIn(national, "quantri@demo.local");
    // The national admin's inbox lists the submitted assessment to lock.
    const inbox = national.getByRole("region", { name: "Việc cần làm" });
    await inbox.getByRole("link", { name: /Chờ khóa\s*1/ }).waitFor();
    await inbox.getByRole("link", { name: /Tỉnh Demo A/ }).click();
    await national.getByRole("heading", { level: 1, name: "Xét duyệt" }).waitFor();
    await national.getByRole("button", { name: "Khóa kỳ đánh giá" }).click();
    const lock = national.getByRole("dialog", { name: "Khóa kỳ đánh giá?" });
    await lock.getByText(/Chỉ quản trị quốc gia mở lại được/).waitFor();
    await lock.getByRole("button", { name: "Khóa kỳ đánh giá" }).click();
    await national.locator(".assessment-head .badge-locked").waitFor();

    await entryOf(admin, "VIII. Hoạt động xã hội số");
    await admin.getByText("Kỳ đánh giá đang ở trạng thái “Đã khóa”: không sửa được số liệu.").waitFor();
    expect(await admin.getByLabel(/^8\.4\.a /).isDisabled()).toBe(true);

    // Every change above is in the assessment's audit log.
    await admin.getByRole("link", { name: "Nhật ký", exact: true }).last().click();
    await admin.getByRole("heading", { level: 1, name: "Nhật ký thay đổi của kỳ đánh giá" }).waitFor();
    const log = await admin.locator(".audit-table").innerText();
    // In words: who (by name) changed what, from what to what (Vietnamese numbers).
    expect(log).toContain("Sở TTTT Tỉnh Demo A (demo)");
    expect(log).toContain("620.000");
  });

  it("a national admin reopens the locked assessment with a required reason, kept in the audit log", async () => {
    const national = await (await newContext(browser, stack.baseUrl)).newPage();
    errors.push(watch(national).errors);
    await signIn(national, "quantri@demo.local");
    await openAssessment(national, /Tỉnh Demo A/);
    await national.getByRole("link", { name: "Xét duyệt", exact: true }).click();
    await national.getByRole("button", { name: "Mở lại để sửa" }).click();
    const reopen = national.getByRole("dialog", { name: "Mở lại kỳ đánh giá?" });
    await reopen.getByRole("button", { name: "Mở lại", exact: true }).click();
    await reopen.getByText("Nêu lý do mở lại.").waitFor();
    await reopen.getByLabel("Lý do mở lại").fill("Bộ yêu cầu bổ sung minh chứng 8.4");
    await reopen.getByRole("button", { name: "Mở lại", exact: true }).click();
    await national.locator(".assessment-head .badge-open").waitFor();
    await national.getByRole("link", { name: "Nhật ký", exact: true }).last().click();
    await national.getByRole("heading", { level: 1, name: "Nhật ký thay đổi của kỳ đánh giá" }).waitFor();
    await national
      .locator(".audit-table .audit-reason")
      .getByText(/Lý do: Bộ yêu cầu bổ sung minh chứng 8\.4/)
      .waitFor();
    // SEPARATION_OF_DUTIES (403) and the stale edit (409) were expected refusals.
    expect(errors.flat().filter((e) => !/409|403|Conflict|Forbidden/i.test(e))).toEqual([]);
  });
});
