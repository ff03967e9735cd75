/**
 * Screenshots of the main screens into docs/screenshots/ (`pnpm --filter @dti/web screenshots`):
 * the real API on a fresh embedded database with the labelled demo, the built app, Debian's
 * Chromium at a laptop's size.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { launch, newContext, openAssessment, signIn } from "../test/e2e/browser";
import { startStack } from "../test/e2e/stack";

const out = fileURLToPath(new URL("../../../docs/screenshots/", import.meta.url));
mkdirSync(out, { recursive: true });

const [stack, browser] = await Promise.all([startStack(), launch()]);
const shot = async (page: Page, name: string, fullPage = false) => {
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}${name}.png`, fullPage });
  console.log(`docs/screenshots/${name}.png`);
};

try {
  const page = await (await newContext(browser, stack.baseUrl)).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Thư điện tử").fill("tinh-a@demo.local");
  await shot(page, "01-dang-nhap");

  await signIn(page, "tinh-a@demo.local");
  await shot(page, "02-cac-ky-danh-gia");
  await openAssessment(page, /Tỉnh Demo A/);
  await page.locator(".chart-radar svg").waitFor();
  await shot(page, "03-bang-diem", true);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: /DTI 2022 scorecard/ }).waitFor();
  await shot(page, "03b-scorecard-english");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await page.getByRole("heading", { level: 1, name: /Bảng điểm DTI 2022/ }).waitFor();

  await page.getByRole("link", { name: "Nhập số liệu", exact: true }).click();
  await page.getByRole("link", { name: "VIII. Hoạt động xã hội số" }).click();
  await page.getByLabel(/^8\.4\.a /).fill("12,5");
  await page.getByRole("link", { name: "Nơi có thể tăng điểm" }).waitFor();
  await shot(page, "04-nhap-so-lieu");
  await page.getByLabel(/^8\.4\.a /).fill("224.000");
  await page.getByLabel(/^8\.4\.a /).blur();
  await page.getByText("Đã lưu mọi thay đổi").waitFor();

  // A conflict, as the officer sees it: someone else saved first.
  const other = await (await newContext(browser, stack.baseUrl)).newPage();
  await signIn(other, "sotttt-a@demo.local");
  await openAssessment(other, /Tỉnh Demo A/);
  await other.getByRole("link", { name: "Nhập số liệu", exact: true }).click();
  await other.getByRole("link", { name: "VIII. Hoạt động xã hội số" }).click();
  await other.getByLabel(/^8\.4\.a /).fill("300.000");
  await other.getByLabel(/^8\.4\.a /).blur();
  await other.getByText("Đã lưu mọi thay đổi").waitFor();
  await page.getByLabel(/^8\.4\.a /).fill("350.000");
  await page.getByLabel(/^8\.4\.a /).blur();
  await page.getByText("Người khác đã sửa mục này.").waitFor();
  await page.getByText("Người khác đã sửa mục này.").scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await shot(page, "05-xung-dot");
  await page.getByRole("button", { name: "Lưu giá trị của tôi" }).click();

  await page.getByRole("link", { name: "Nơi có thể tăng điểm" }).click();
  await page.getByTestId("gains-table").waitFor();
  await page.getByRole("button", { name: "Đưa vào kế hoạch: chỉ tiêu 8.4" }).click();
  await page.getByRole("button", { name: "Đưa vào kế hoạch: chỉ tiêu 1.7" }).click();
  await page.getByRole("link", { name: "Đã có trong kế hoạch" }).nth(1).waitFor();
  await shot(page, "06-noi-co-the-tang-diem");

  await page.goto(page.url().replace(/\/gains$/, "/indicators/8.4"));
  await page.getByRole("heading", { name: "Điểm được tính thế nào" }).waitFor();
  await shot(page, "07-chi-tieu", true);

  await page.goto(page.url().replace(/\/indicators\/8\.4$/, "/plan"));
  await page.getByTestId("plan-table").waitFor();
  await shot(page, "08-ke-hoach");
  await page.getByRole("link", { name: "Báo cáo in" }).click();
  await page.getByTestId("plan-table").waitFor();
  await page.emulateMedia({ media: "print" });
  await shot(page, "09-bao-cao-in", true);
  await page.emulateMedia({ media: "screen" });

  const admin = await (await newContext(browser, stack.baseUrl)).newPage();
  await signIn(admin, "quantri@demo.local");
  await admin.goto("/rankings");
  await admin.getByTestId("rankings-table").waitFor();
  await shot(admin, "10-xep-hang");
  await admin.goto("/map");
  await admin.locator(".chart-map svg").waitFor();
  await shot(admin, "11-ban-do", true);
  await admin.getByLabel("Đơn vị hành chính").selectOption({ label: "34 tỉnh, thành phố (từ 1/7/2025)" });
  await admin.getByText("34 đơn vị hành chính cấp tỉnh").waitFor();
  await shot(admin, "11b-ban-do-34-tinh", true);
  await admin.goto("/trend");
  await admin.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng (đến 2025)" });
  await admin.locator(".chart-trend svg").waitFor();
  await shot(admin, "12-xu-huong");
  await admin.goto("/merger");
  await admin.getByTestId("merger-table").waitFor();
  await shot(admin, "13-sap-nhap");
  await admin.goto("/packs");
  await admin
    .getByRole("link", { name: /Quyết định 922\/QĐ-BTTTT/ })
    .first()
    .click();
  await admin.locator("summary", { hasText: "III. Hạ tầng số" }).click();
  await shot(admin, "14-bo-chi-so");
  await admin.goto("/packs/compare");
  await admin.getByTestId("crosswalk-table").waitFor();
  await shot(admin, "15-so-sanh-bo-chi-so", true);
  await admin.goto("/packs/variant");
  await admin.getByRole("button", { name: "Chấm theo phương án" }).click();
  await admin.getByTestId("variant-table").waitFor();
  await shot(admin, "16-phuong-an-gia-dinh", true);
  // A revision of the 2022 framework (7.1 at full points from 10%), uploaded as a draft, scored with the demo data.
  const installed = (await (await admin.request.get("/api/trpc/packs.list")).json()).result.data.find(
    (p: { packId: string }) => p.packId === "dti-province-2022",
  );
  const content = (
    await (await admin.request.get(`/api/trpc/packs.get?input=${encodeURIComponent(JSON.stringify({ id: installed.id }))}`)).json()
  ).result.data.content;
  content.meta.version = "1.1.0";
  content.indicators.find((i: { code: string }) => i.code === "7.1").rule.target = 0.1;
  await admin.goto("/packs/upload");
  await admin.getByLabel("Tệp gói (.json)").setInputFiles({
    name: "dti-province-2022-1.1.0.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "dti-pack-bundle@1", pack: content })),
  });
  await admin.getByRole("button", { name: "Kiểm tra và tải lên" }).click();
  await admin.getByText("Đã lưu bản nháp:").waitFor();
  const draft = (await (await admin.request.get("/api/trpc/packs.list")).json()).result.data.find(
    (p: { packId: string; status: string }) => p.packId === "dti-province-2022" && p.status === "draft",
  );
  await admin.goto(`/packs/${draft.id}`);
  await admin.getByLabel("Năm", { exact: true }).selectOption("2022");
  await admin.getByRole("button", { name: "Chấm thử" }).click();
  await admin.getByTestId("score-dataset-table").waitFor();
  await admin.getByRole("heading", { name: "Chấm thử với dữ liệu" }).scrollIntoViewIfNeeded();
  await shot(admin, "17-cham-thu-du-lieu");
} finally {
  await browser.close();
  await stack.stop();
}
