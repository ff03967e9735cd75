import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/**
 * Carry-forward: Demo A's province admin opens its 2023 assessment from the 2022 one (the same
 * framework, dti-province-2022): every value is there, marked "Từ 2022, cần xác nhận" until someone
 * confirms it (one value, or all of an indicator) or changes it. The sidebar shows each main
 * index's completion.
 */
describe.skipIf(!chromiumAvailable())("carry-forward from the previous assessment", () => {
  let stack: Stack;
  let browser: Browser;
  let admin: Page;
  let errors: string[];
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    admin = await (await newContext(browser, stack.baseUrl)).newPage();
    errors = watch(admin).errors;
    await signIn(admin, "tinh-a@demo.local");
  });
  beforeEach(() => {
    onTestFailed(async () => {
      await admin.screenshot({ path: "/tmp/fail-carry.png", fullPage: true }).catch(() => undefined);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const badges = () => admin.locator(".entry-main .carried-mark .badge-carried");

  it("A 2023 assessment created from Demo A's 2022 one starts with its values, marked to confirm", async () => {
    await admin.locator("#create-year").selectOption("2023");
    const start = admin.getByRole("group", { name: "Số liệu ban đầu" });
    await start.getByText("Sao chép số liệu của kỳ 2022").waitFor();
    await start.getByLabel("Bắt đầu từ kỳ trước (2022)").check();
    await admin.getByRole("button", { name: "Mở kỳ đánh giá" }).click();
    await admin.getByRole("heading", { level: 1, name: /Nhập số liệu.*2023/ }).waitFor();
    await admin.getByText(/giá trị chuyển từ kỳ trước đang chờ xác nhận/).waitFor();
    await badges().first().waitFor();
    expect(await badges().first().innerText()).toBe("Từ 2022, cần xác nhận");
    const first = await badges().count();
    expect(first).toBeGreaterThan(3);

    // Each main index shows its completion: every value was carried, none approved yet.
    const progress = await admin.getByTestId("progress-I").locator("[aria-hidden]").innerText();
    expect(progress).toMatch(/^(\d+)\/(\d+) · 0 đã duyệt$/);
    const [entered, total] = progress.split(" ")[0]!.split("/").map(Number);
    expect(entered).toBeGreaterThan(0);
    expect(entered).toBeLessThanOrEqual(total!);

    await admin.screenshot({ path: "/tmp/dti-carried-desktop.png", fullPage: false });
    await admin.setViewportSize({ width: 375, height: 800 });
    await badges().first().scrollIntoViewIfNeeded();
    await admin.screenshot({ path: "/tmp/dti-carried-375.png", fullPage: false });
    await admin.setViewportSize({ width: 1366, height: 820 });
  });

  it("confirming a value, or all of an indicator, clears the mark; changing a value clears it too", async () => {
    const before = await badges().count();
    await admin
      .getByRole("button", { name: /^Xác nhận giá trị .* chuyển từ 2022$/ })
      .first()
      .click();
    await expect.poll(() => badges().count()).toBe(before - 1);

    const allName = /^Xác nhận tất cả giá trị chuyển từ kỳ trước của chỉ tiêu /;
    const card = admin
      .locator("article.indicator-card")
      .filter({ has: admin.getByRole("button", { name: allName }) })
      .first();
    const all = card.getByRole("button", { name: allName });
    const inCard = await card.locator(".badge-carried").count();
    expect(inCard).toBeGreaterThan(1);
    await all.click();
    await expect.poll(() => badges().count()).toBe(before - 1 - inCard);

    // A carried number changed by the officer is theirs: the mark goes.
    const field = admin
      .locator(".carried-field")
      .filter({ has: admin.locator(".badge-carried") })
      .first();
    const input = field.locator(`input[inputmode="decimal"]`).first();
    const label = await input.getAttribute("id");
    await input.fill("1");
    await input.blur();
    await admin.getByText("Đã lưu mọi thay đổi").waitFor();
    await expect.poll(() => admin.locator(`.carried-field:has(#${label!.replace(/\./g, "\\.")}) .badge-carried`).count()).toBe(0);
    await expect.poll(() => badges().count()).toBe(before - 2 - inCard);
    expect(errors.filter((e) => !/409|Conflict/i.test(e))).toEqual([]);
  });
});
