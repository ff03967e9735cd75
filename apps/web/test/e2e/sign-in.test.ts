import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launch, newContext, signIn, watch } from "./browser";
import { ADMIN, startStack, type Stack } from "./stack";

describe.skipIf(!chromiumAvailable())("sign-in and the app shell (real API, fresh database)", () => {
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("refuses a wrong password in Vietnamese, then signs in and shows the DEMO banner and the role's navigation", async () => {
    const context = await newContext(browser, stack.baseUrl);
    const page = await context.newPage();
    const { errors } = watch(page);
    await page.goto("/");
    // Not signed in: sent to sign-in, which is in Vietnamese by default.
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("vi");

    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Nhập địa chỉ thư điện tử, ví dụ ten@donvi.gov.vn.").isVisible()).resolves.toBe(true);

    await page.getByLabel("Thư điện tử").fill("tinh-a@demo.local");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("alert").filter({ hasText: "Thư điện tử hoặc mật khẩu không đúng." }).waitFor();

    await signIn(page, "tinh-a@demo.local");
    await page.getByText("DỮ LIỆU MINH HỌA (DEMO).").waitFor();
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link").allInnerTexts()).resolves.toEqual([
      "Đánh giá",
      "Xếp hạng",
      "Bản đồ",
      "Xu hướng",
      "Bộ chỉ số",
      "Người dùng",
    ]);
    await page
      .getByRole("main")
      .getByRole("link", { name: /Tỉnh Demo A/ })
      .first()
      .waitFor();

    // The skip link is the first thing the keyboard reaches, and it moves focus to the content.
    await page.reload();
    await page
      .getByRole("main")
      .getByRole("link", { name: /Tỉnh Demo A/ })
      .first()
      .waitFor();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Bỏ qua, đến nội dung chính");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");

    // English switch, remembered; back to Vietnamese.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Assessments" }).waitFor();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await page.getByRole("heading", { level: 1, name: "Các kỳ đánh giá" }).waitFor();

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    expect(errors.filter((e) => !e.includes("401"))).toEqual([]);
    await context.close();
  });

  it("a national admin created from the environment sees every admin screen in the navigation", async () => {
    const context = await newContext(browser, stack.baseUrl);
    const page = await context.newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
    await expect(nav.getByRole("link").allInnerTexts()).resolves.toEqual([
      "Đánh giá",
      "Xếp hạng",
      "Bản đồ",
      "Xu hướng",
      "Sáp nhập 63 → 34",
      "Bộ chỉ số",
      "Người dùng",
      "Nhật ký",
    ]);
    // Not a demo account: no banner on the shell.
    expect(await page.getByText("DỮ LIỆU MINH HỌA (DEMO).").count()).toBe(0);

    // The account page changes the password (the current one is checked, the new twice).
    await page.getByRole("link", { name: "Quản trị E2E" }).click();
    await page.getByRole("heading", { level: 1, name: "Tài khoản" }).waitFor();
    await page.getByLabel("Mật khẩu hiện tại").fill("sai-mat-khau-hien-tai");
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill("mat-khau-moi-rat-dai-2025");
    await page.getByLabel("Nhập lại mật khẩu mới").fill("mat-khau-moi-rat-dai-2025");
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.getByRole("alert").filter({ hasText: "Mật khẩu hiện tại không đúng." }).waitFor();
    await page.getByLabel("Mật khẩu hiện tại").fill(ADMIN.password);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
    await page.getByRole("status").filter({ hasText: "Đã đổi mật khẩu." }).waitFor();
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    // Wait for the sign-out to finish: navigating at once cancels its request in the browser, the
    // session survives, and /sign-in sends the still signed-in admin home (CI failed exactly so).
    await page.getByRole("heading", { level: 1, name: "Đăng nhập" }).waitFor();
    await signIn(page, ADMIN.email, "mat-khau-moi-rat-dai-2025");
    await context.close();
  });
});
