import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from "vitest";
import { chromiumAvailable, launch, newContext, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/** The national admin's screens on the published 2022 figures the API starts with, and the demo. */
describe.skipIf(!chromiumAvailable())("national admin: rankings, map, trend, merger, users, audit, packs", () => {
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
  beforeEach(() => onTestFailed(async () => void (await page.screenshot({ path: "/tmp/fail-national.png" }).catch(() => undefined))));
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  // The API starts with the published record of 2020–2024 (apps/api/data/published/): all 63 ranks of 2022.
  it("ranks the provinces as published, beside the ranks computed from the assessments, nationally and by region", async () => {
    await page.getByRole("link", { name: "Xếp hạng" }).click();
    const table = page.getByTestId("rankings-table");
    await table.waitFor();
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(63 + 3);
    await expect(rows.first().innerText()).resolves.toMatch(/^1\s+Thành phố Đà Nẵng\s*\[\d+\]\s+0,8002/);
    await expect(rows.first().innerText()).resolves.toMatch(/^1\s/);
    // The demo provinces appear with their computed rank only, labelled DEMO.
    const demo = rows.filter({ hasText: "Tỉnh Demo A" });
    await expect(demo.innerText()).resolves.toMatch(/DEMO[\s\S]*0,8489/);

    await page.getByLabel("Phạm vi").selectOption({ label: "Bắc Trung Bộ và duyên hải miền Trung" });
    await page.getByRole("columnheader", { name: "Hạng trong vùng" }).waitFor();
    // The region's 14 provinces, recounted in the published order.
    expect(await rows.count()).toBe(14);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/^1\s+Thành phố Đà Nẵng\s*\[\d+\]\s+0,8002\s+1/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^2\s+Tỉnh Thừa Thiên Huế\s+0,6975\s+4/);
    await expect(rows.nth(2).innerText()).resolves.toMatch(/^3\s+Tỉnh Thanh Hóa\s*\[\d+\]\s+—\s+15/);
    await page.getByLabel("Phạm vi").selectOption({ label: "Toàn quốc" });
  });

  it("imports a published table only when its totals match the framework (unchanged when imported twice), and shows what a newer one changed", async () => {
    const csv = readFileSync(fileURLToPath(new URL("../../../api/data/published/dti-results-2022.csv", import.meta.url)), "utf8");
    await page.getByText("Nhập kết quả công bố năm 2022 (CSV)").click();
    // One overall value that is not the aggregation of its indices: refused, every row named.
    const broken = csv.replace("TP. Đà Nẵng,1,0.8002", "TP. Đà Nẵng,1,0.9002");
    await page.getByLabel("Tệp CSV").setInputFiles({ name: "dti-2022-loi.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await page.getByRole("alert").filter({ hasText: "Tổng số liệu công bố không khớp" }).waitFor();
    await page.getByLabel("Tệp CSV").setInputFiles({ name: "dti-2022.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await page.getByRole("status").filter({ hasText: "Bảng này đã có (64 dòng): không thay đổi gì." }).waitFor();

    // A newer table: Lạng Sơn's value found, Bắc Kạn's row gone. The screen says what changed.
    const newer = csv
      .replace("2022,922/QĐ-BTTTT,Lạng Sơn,6,,", "2022,922/QĐ-BTTTT,Lạng Sơn,6,0.6900,")
      .replace(/\n2022,922\/QĐ-BTTTT,Bắc Kạn,[^\n]*/, "");
    await page.getByLabel("Tệp CSV").setInputFiles({ name: "dti-2022-moi.csv", mimeType: "text/csv", buffer: Buffer.from(newer) });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    const changes = page.getByTestId("published-changes");
    await changes.getByText("So với bảng trước: 0 dòng thêm, 1 dòng sửa, 1 dòng bỏ.").waitFor();
    await changes.locator("li").filter({ hasText: "Sửa Lạng Sơn: Giá trị — → 0,6900" }).waitFor();
    await changes.locator("li").filter({ hasText: "Bỏ Bắc Kạn (Hạng 63, —)" }).waitFor();
    // The shipped table again: restored, Bắc Kạn added back.
    await page.getByLabel("Tệp CSV").setInputFiles({ name: "dti-2022.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Kiểm tra và nhập" }).click();
    await changes.getByText("So với bảng trước: 1 dòng thêm, 1 dòng sửa, 0 dòng bỏ.").waitFor();
  });

  it("draws the 63 provinces on the map, coloured where published, and names Hoàng Sa and Trường Sa as Vietnam's", async () => {
    await page.getByRole("link", { name: "Bản đồ" }).click();
    await page.getByRole("heading", { level: 1, name: "Bản đồ DTI" }).waitFor();
    const svg = page.locator(".chart-map svg");
    await svg.waitFor();
    await page.getByText("63 đơn vị hành chính cấp tỉnh").waitFor();
    const labels = await svg.locator("text").allTextContents();
    expect(labels).toContain("Quần đảo Hoàng Sa (Việt Nam)");
    expect(labels).toContain("Quần đảo Trường Sa (Việt Nam)");
    expect(await svg.locator("path").count()).toBeGreaterThan(63);
    expect(await page.locator(".map-table tbody tr").count()).toBe(63);

    // The 34 provinces of 1/7/2025 (dissolved from the 63), with the archipelagos still named: 2022's
    // figures carried onto them as a labelled back-cast, where every former province has a value.
    const paths63 = await svg.locator("path").count();
    await page.getByLabel("Đơn vị hành chính").selectOption({ label: "34 tỉnh, thành phố (từ 1/7/2025)" });
    await page.getByText("34 đơn vị hành chính cấp tỉnh").waitFor();
    const note = page.getByTestId("map-backcast");
    await note.getByText("Ước tính quy đổi (back-cast) — không phải kết quả công bố").waitFor();
    await note.getByText(/Giá trị DTI năm 2022 .* được tô màu: 3\/34\./).waitFor();
    expect(await note.getByText(/Chưa có kết quả DTI/).count()).toBe(0);
    expect(await page.getByTestId("map-figures").locator("tbody tr").count()).toBe(34);
    await expect.poll(() => svg.locator("path").count()).toBeLessThan(paths63);
    const labels34 = await svg.locator("text").allTextContents();
    expect(labels34).toContain("Quần đảo Hoàng Sa (Việt Nam)");
    expect(labels34).toContain("Quần đảo Trường Sa (Việt Nam)");
  });

  it("shows the 34 provinces formed from the 63 on 1/7/2025", async () => {
    await page.getByRole("link", { name: "Sáp nhập 63 → 34" }).click();
    const rows = page.getByTestId("merger-table").locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(34);
    await expect(rows.filter({ hasText: "Thành phố Đà Nẵng" }).innerText()).resolves.toMatch(/Đà Nẵng \+ Tỉnh Quảng Nam/);
  });

  it("draws a province's trend with a break where the framework changed", async () => {
    await page.getByRole("link", { name: "Xu hướng" }).click();
    await page.getByRole("heading", { level: 1, name: "Xu hướng qua các năm" }).waitFor();
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng (đến 30/06/2025)" });
    await page.locator(".chart-trend svg").waitFor();
    await page.getByRole("row").filter({ hasText: "Đổi bộ chỉ số" }).first().waitFor();
  });

  it("lists users and creates one, with the password policy explained in Vietnamese", async () => {
    await page.getByRole("link", { name: "Người dùng" }).click();
    await page.getByRole("cell", { name: "tinh-a@demo.local" }).waitFor();
    await page.getByLabel("Họ tên").fill("Nguyễn Văn Bình");
    await page.getByLabel("Thư điện tử").fill("binh@songtt.example.vn");
    await page.getByLabel("Mật khẩu ban đầu").fill("ngan");
    await page.getByLabel("Vai trò").selectOption({ label: "Người xem" });
    await page.getByLabel("Tỉnh, thành phố").selectOption({ label: "Thành phố Đà Nẵng" });
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await page.getByRole("alert").filter({ hasText: "Mật khẩu chưa đủ mạnh" }).waitFor();
    await page.getByLabel("Mật khẩu ban đầu").fill("mat-khau-du-manh-2025");
    await page.getByRole("button", { name: "Tạo tài khoản" }).click();
    await page.getByRole("cell", { name: "binh@songtt.example.vn" }).waitFor();
  });

  it("reads the audit log", async () => {
    await page.getByRole("link", { name: "Nhật ký" }).click();
    await page.getByRole("heading", { level: 1, name: "Nhật ký thay đổi" }).waitFor();
    // In words: who did what to which value, when — the codes only in the raw data.
    await page
      .locator(".audit-sentence")
      .getByText(/đã nhập \S+ \(.+\) của chỉ tiêu [\d.]+: /)
      .first()
      .waitFor();
    await page.getByLabel("Thao tác").selectOption({ label: "tạo tài khoản" });
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll(".audit-sentence")].map((x) => x.textContent ?? "");
      return shown.length > 0 && shown.every((x) => /đã tạo tài khoản lúc \d\d:\d\d \d\d\/\d\d\/\d{4}$/.test(x));
    });
  });

  it("browses a pack with its rules as formulas in Vietnamese and English", async () => {
    await page.getByRole("link", { name: "Bộ chỉ số" }).click();
    await page
      .getByRole("link", { name: /Quyết định 922\/QĐ-BTTTT/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: /922\/QĐ-BTTTT/ }).waitFor();
    await page.locator("summary", { hasText: "I. Nhận thức số" }).click();
    await page.getByRole("cell", { name: "1.6 = Có: Điểm tối đa; Không: 0 điểm" }).waitFor();
    await page.getByRole("button", { name: "English", exact: true }).last().click();
    await page.getByRole("cell", { name: "1.6 = yes: max; no: 0 points" }).waitFor();
  });

  it("shows two frameworks side by side with the crosswalk between them", async () => {
    await page.getByRole("link", { name: "Bộ chỉ số" }).click();
    await page.getByRole("link", { name: "So sánh hai bộ chỉ số" }).click();
    const table = page.getByTestId("compare-table");
    await table.waitFor();
    // By default the two newest revisions: 922 (DTI 2021–2023) and 405 (DTI 2024).
    await expect(table.innerText()).resolves.toMatch(/922\/QĐ-BTTTT\s+405\/QĐ-BKHCN/);
    await page.getByLabel("Bộ chỉ số thứ nhất").selectOption({ label: "dti-province-2020 v1.0.0 (2020)" });
    await page.getByLabel("Bộ chỉ số thứ hai").selectOption({ label: "dti-province-2022 v1.0.0 (2021, 2022, 2023)" });
    await expect.poll(() => table.innerText()).toMatch(/1726\/QĐ-BTTTT\s+922\/QĐ-BTTTT/);
    const walk = page.getByTestId("crosswalk-table");
    await expect(walk.innerText()).resolves.toMatch(/Trụ cột\s+cqs\s+cqs\s+Thay đổi cách tính/);
  });

  it("scores a what-if variant beside the official framework, and shows every problem of a broken one", async () => {
    await page.getByRole("link", { name: "Bộ chỉ số" }).first().click();
    await page.getByRole("link", { name: "Phương án giả định" }).click();
    await page.getByRole("heading", { name: "Phương án giả định", level: 1 }).waitFor();
    // Prefilled: 7.1 (digital economy share of GRDP) at full points from 15% instead of 20%.
    await expect(page.getByLabel("Phương án (JSON dti-variant@1)").inputValue()).resolves.toContain('"value": 0.15');
    await page.getByRole("button", { name: "Chấm theo phương án" }).click();
    const table = page.getByTestId("variant-table");
    await table.waitFor();
    await expect(table.locator("thead").innerText()).resolves.toMatch(
      /DTI chính thức\s+Hạng chính thức\s+DTI theo phương án\s+Hạng theo phương án\s+Δ giá trị\s+Δ hạng/,
    );
    // Tỉnh Demo A: 7.1 at 17% of GRDP, 85% of its points officially, all of them under the variant.
    const demoA = table.locator("tbody tr").filter({ hasText: "Tỉnh Demo A" });
    await expect(demoA.innerText()).resolves.toMatch(/^Tỉnh Demo A[^\t]*\s+0,\d{4}\s+\d\s+0,\d{4}\s+\d\s+\+0,\d{4}\s+(0|[+−]\d)$/);
    await page
      .getByRole("status")
      .filter({ hasText: /^3 trên 3 đơn vị thay đổi giá trị DTI\.$/ })
      .waitFor();

    // A broken overlay: unknown format, a change without its value, an indicator the framework lacks.
    const broken = {
      format: "dti-variant@2",
      id: "hong",
      base: "dti-province-2022",
      title: { vi: "Hỏng", en: "Broken" },
      changes: [{ op: "set_threshold", indicator: "7.1" }],
    };
    await page.getByLabel("Phương án (JSON dti-variant@1)").fill(JSON.stringify(broken));
    await page.getByRole("button", { name: "Chấm theo phương án" }).click();
    const problems = page.getByTestId("variant-problems");
    await problems.waitFor();
    await expect(problems.innerText()).resolves.toMatch(/Phương án không hợp lệ: \d+ lỗi/);
    await expect(problems.innerText()).resolves.toMatch(/VARIANT_INVALID\s+variant\.format/);
    await expect(problems.innerText()).resolves.toMatch(/VARIANT_INVALID\s+variant\.changes\.0/);
    expect(await page.getByTestId("variant-table").count()).toBe(0);
    await page.getByLabel("Phương án (JSON dti-variant@1)").fill('{ "format": ');
    await page.getByRole("button", { name: "Chấm theo phương án" }).click();
    await page.getByRole("alert").filter({ hasText: "Nội dung không phải JSON hợp lệ" }).waitFor();
  });

  it("uploads a broken draft bundle and sees every problem in the validation report", async () => {
    await page.getByRole("link", { name: "Bộ chỉ số" }).click();
    await page.getByRole("link", { name: "Tải lên gói bộ chỉ số (bản nháp)" }).click();
    const bundle = { format: "dti-pack-bundle@1", pack: { meta: { id: "Sai Ma", version: "1" }, inputs: [], indices: [], indicators: [] } };
    await page
      .getByLabel("Tệp gói (.json)")
      .setInputFiles({ name: "goi-loi.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bundle)) });
    await page.getByRole("button", { name: "Kiểm tra và tải lên" }).click();
    await page.getByRole("alert").filter({ hasText: "Gói bộ chỉ số không hợp lệ." }).waitFor();
    await page.getByRole("heading", { name: "Báo cáo kiểm tra" }).waitFor();
    const rows = await page.locator("tr.row-error").count();
    expect(rows).toBeGreaterThan(1);
    expect(errors.filter((e) => !/422|Unprocessable/i.test(e))).toEqual([]);
  });
});

describe.skipIf(!chromiumAvailable())("pack developer: a revision uploaded as a draft, checked against the pack it revises", () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    page = await (await newContext(browser, stack.baseUrl)).newPage();
    await signIn(page, "quantri@demo.local");
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("validates and stores the draft, shows what changed indicator by indicator, then activates it", async () => {
    // The installed 2022 pack as its bundle holds it, revised: 1.6 renamed and led by another agency.
    const trpc = async (path: string, input?: unknown) =>
      (
        (await (
          await page.request.get(`/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`)
        ).json()) as { result: { data: unknown } }
      ).result.data;
    const packs = (await trpc("packs.list")) as { id: string; packId: string }[];
    const installed = packs.find((p) => p.packId === "dti-province-2022")!;
    const content = (
      (await trpc("packs.get", { id: installed.id })) as {
        content: { meta: { version: string }; indicators: { code: string; name: { vi: string }; leadAgency: string | null }[] };
      }
    ).content;
    content.meta.version = "1.1.0";
    const ind = content.indicators.find((i) => i.code === "1.6")!;
    ind.name.vi = "Cơ quan báo chí của Tỉnh có chuyên mục chuyển đổi số";
    ind.leadAgency = "Sở TTTT";
    // … and 7.1 (digital economy share of GRDP) at full points from 10% instead of 20%.
    const x71 = content.indicators.find((i) => i.code === "7.1")! as unknown as { rule: { target: number } };
    x71.rule.target = 0.1;
    const bundle = Buffer.from(JSON.stringify({ format: "dti-pack-bundle@1", pack: content }));

    await page.goto("/packs/upload");
    await page
      .getByLabel("Tệp gói (.json)")
      .setInputFiles({ name: "dti-province-2022-1.1.0.json", mimeType: "application/json", buffer: bundle });
    await page.getByRole("button", { name: "Kiểm tra và tải lên" }).click();
    await page.getByText(/^0 lỗi, \d+ cảnh báo\.$/).waitFor();
    await page.getByText("Đã lưu bản nháp:").waitFor();

    await page.goto("/packs/compare");
    await page.getByLabel("Bộ chỉ số thứ nhất").selectOption({ label: "dti-province-2022 v1.0.0 (2021, 2022, 2023)" });
    await page.getByLabel("Bộ chỉ số thứ hai").selectOption({ label: "dti-province-2022 v1.1.0 (2021, 2022, 2023) · Bản nháp" });
    const diff = page.getByTestId("indicator-diff");
    await diff.waitFor();
    await expect(diff.innerText()).resolves.toMatch(
      /1\.6\s+Tên\s+Cơ quan báo chí của Tỉnh, thành phố có chuyên mục riêng về chuyển đổi số\s+Cơ quan báo chí của Tỉnh có chuyên mục chuyển đổi số/,
    );
    await expect(diff.innerText()).resolves.toMatch(/Cơ quan chủ trì\s+Báo Ninh Thuận\s+Sở TTTT/);

    // Scored with the demo assessments' data, beside the active 1.0.0 it revises.
    const draft = ((await trpc("packs.list")) as { id: string; packId: string; status: string }[]).find(
      (p) => p.packId === "dti-province-2022" && p.status === "draft",
    )!;
    await page.goto(`/packs/${draft.id}`);
    await page.getByRole("heading", { name: "Chấm thử với dữ liệu" }).waitFor();
    await page.getByLabel("Năm", { exact: true }).selectOption("2022");
    await page.getByRole("button", { name: "Chấm thử" }).click();
    const scored = page.getByTestId("score-dataset-table");
    await scored.waitFor();
    await page.getByText("3 kỳ đánh giá, so với dti-province-2022 v1.0.0 đang áp dụng.").waitFor();
    await expect(scored.locator("thead").innerText()).resolves.toMatch(
      /DTI theo v1\.1\.0\s+Hạng\s+DTI theo v1\.0\.0 \(đang áp dụng\)\s+Δ giá trị\s+Δ hạng/,
    );
    expect(await scored.locator("tbody tr").count()).toBe(3);
    // Tỉnh Demo B: 7.1 at 10% of GRDP, half its points under 1.0.0, all of them under the draft.
    await expect(scored.locator("tbody tr").filter({ hasText: "Tỉnh Demo B" }).innerText()).resolves.toMatch(
      /^Tỉnh Demo B[^\t]*\s+0,\d{4}\s+\d\s+0,\d{4}\s+\+0,\d{4}\s+(0|[+−]\d)$/,
    );

    await page.goto("/packs/upload");
    await page
      .getByLabel("Tệp gói (.json)")
      .setInputFiles({ name: "dti-province-2022-1.1.0.json", mimeType: "application/json", buffer: bundle });
    await page.getByRole("button", { name: "Kiểm tra và tải lên" }).click();
    await page.getByText("Gói này đã có:").waitFor();
    await page.getByRole("button", { name: "Kích hoạt" }).click();
    await page.getByRole("button", { name: "Đã kích hoạt" }).waitFor();
  });
});
