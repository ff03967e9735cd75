import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launch, newContext, newPhoneContext, newTabletContext, openAssessment, signIn, watch } from "./browser";
import { startStack, type Stack } from "./stack";

/** Where the screenshots go: DTI_SCREENSHOTS, else a new temporary directory (printed). */
const shots = process.env.DTI_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), "dti-screens-"));

/** The page's width against the window's: no horizontal scroll means the first is at most the second. */
async function widths(page: Page): Promise<{ scroll: number; viewport: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
}

/** Counts the values the page saves (assessments.setInput calls). */
function countSaves(page: Page): { count: () => number } {
  let n = 0;
  page.on("request", (r) => {
    if (r.url().includes("assessments.setInput")) n++;
  });
  return { count: () => n };
}

/**
 * Issue 11, items 4 and 5, on the demo province A (2022): the entry, scorecard, gains and plan pages
 * on a phone (375 px) and a tablet (768 px) without horizontal scroll; keyboard entry (Enter moves
 * on, arrow keys on a closed select save once, clearing a scored value asks first); and a plan whose
 * targets are values of the indicator's inputs, refused when impossible, summed into a projected DTI.
 */
describe.skipIf(!chromiumAvailable())("any screen, keyboard entry and plans that add up", () => {
  let stack: Stack;
  let browser: Browser;
  let desk: Page;
  let base: string;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startStack(), launch()]);
    desk = await (await newContext(browser, stack.baseUrl)).newPage();
    watch(desk);
    await signIn(desk, "tinh-a@demo.local");
    await openAssessment(desk, /Tỉnh Demo A/);
    base = new URL(desk.url()).pathname.replace(/\/$/, "");
    mkdirSync(shots, { recursive: true });
    console.info(`[web e2e] screenshots in ${shots}`);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  describe("plans that add up", () => {
    it("a target is a value of the indicator's inputs: one above its denominator is refused, a valid one shows its points", async () => {
      await desk.goto(`${base}/gains`);
      await desk.getByRole("button", { name: "Đưa vào kế hoạch: chỉ tiêu 8.4" }).click();
      await desk.getByTestId("gains-table").getByRole("link", { name: "Đã có trong kế hoạch" }).first().waitFor();
      await desk.goto(`${base}/plan`);
      const row = desk.getByTestId("plan-row-8.4");
      // The engine's "what would earn full points" became the target, its points computed.
      await row.getByTestId("target-points").filter({ hasText: "20/20 điểm" }).waitFor();
      await desk.getByRole("button", { name: "Sửa nhiệm vụ của chỉ tiêu 8.4" }).click();
      const numerator = desk.getByLabel(/^8\.4\.a /);
      await numerator.fill("650.000");
      await desk
        .getByTestId("target-preview")
        .filter({ hasText: "8.4.a = 650.000 lớn hơn mẫu số 8.4.b = 640.000: mục tiêu không được vượt quá 640.000." })
        .waitFor();
      await desk.getByRole("button", { name: "Lưu", exact: true }).click();
      await desk.getByRole("alert").filter({ hasText: "Mục tiêu này không thể đạt được." }).first().waitFor();
      await numerator.fill("600.000");
      // 8.4 = a/b × 20: 600.000/640.000 earns 18,75 of 20 points (7 now).
      await desk.getByTestId("target-preview").filter({ hasText: "Với mục tiêu này: 18,75/20 điểm (+11,75 so với hiện nay 7)." }).waitFor();
      await desk.getByRole("button", { name: "Lưu", exact: true }).click();
      await row.getByTestId("target-points").filter({ hasText: "18,75/20 điểm" }).waitFor();
    });

    it("sums the plan into a projected DTI value and rank, and says whether the province's goal is reached", async () => {
      await desk.getByTestId("dti-now").filter({ hasText: "0,8489" }).waitFor();
      // 848,87 − 7 + 18,75 points of 1.000.
      await desk.getByTestId("dti-projected").filter({ hasText: "0,8606" }).waitFor();
      const summary = desk.getByTestId("plan-summary");
      const ranked = await desk.getByTestId("rank-projected").innerText();
      if (ranked.trim() === "") await summary.getByTestId("no-cohort").filter({ hasText: "Chưa có kết quả công bố" }).waitFor();
      else expect(ranked).toMatch(/^Hạng \d+\/\d+ so với kết quả công bố năm \d{4}$/);
      await summary.getByText("Tỉnh chưa đặt mục tiêu.").waitFor();

      await desk.getByLabel("Loại mục tiêu").selectOption({ label: "Giá trị DTI" });
      await desk.getByLabel("Mức mục tiêu").fill("0,9");
      await desk.getByRole("button", { name: "Lưu mục tiêu" }).click();
      await desk.getByTestId("goal-outcome").filter({ hasText: "Mục tiêu: DTI đạt 0,9000" }).waitFor();
      await desk
        .getByTestId("goal-outcome")
        .filter({ hasText: "Kế hoạch chưa đạt mục tiêu. Còn thiếu 0,0394 giá trị DTI (cần 0,9000)." })
        .waitFor();

      await desk.getByLabel("Mức mục tiêu").fill("0,85");
      await desk.getByRole("button", { name: "Lưu mục tiêu" }).click();
      await desk.getByTestId("goal-outcome").filter({ hasText: "Kế hoạch đạt mục tiêu." }).waitFor();

      await desk.getByLabel("Mức mục tiêu").fill("1,5");
      await desk.getByRole("button", { name: "Lưu mục tiêu" }).click();
      await desk.getByText("Nhập giá trị DTI lớn hơn 0 và không quá 1, ví dụ 0,65.").waitFor();
    });
  });

  describe("keyboard entry", () => {
    it("Enter saves the value and moves to the next field", async () => {
      await desk.goto(`${base}/entry?index=VIII`);
      const a = desk.getByLabel(/^8\.5\.a /);
      const next = await a.evaluate((el) => {
        const all = [...document.querySelectorAll("[data-input]:not([disabled])")];
        return all[all.indexOf(el) + 1]?.id;
      });
      expect(next).toBeTruthy();
      await a.fill("700.000");
      await a.press("Enter");
      expect(await desk.evaluate(() => document.activeElement?.id)).toBe(next);
      await desk
        .locator(".entry-field.status-saved")
        .filter({ has: desk.getByLabel(/^8\.5\.a /) })
        .waitFor();
    });

    it("ArrowDown on a closed select does not save every option it passes: one save, when the field is left", async () => {
      await desk.goto(`${base}/entry?index=I`);
      const select = desk.locator("select[data-input]:not([disabled])").first();
      await select.waitFor();
      const before = await select.inputValue();
      const saves = countSaves(desk);
      const last = await select.evaluate((el) => (el as HTMLSelectElement).selectedIndex === (el as HTMLSelectElement).options.length - 1);
      const keys = last ? ["ArrowUp", "ArrowDown", "ArrowUp"] : ["ArrowDown", "ArrowUp", "ArrowDown"];
      await select.focus();
      for (const key of keys) await desk.keyboard.press(key);
      // Three options passed, each a "change" event; the officer stops on a different value.
      const moved = await select.inputValue();
      expect(moved).not.toBe(before);
      await desk.waitForTimeout(1200); // longer than the typing debounce: nothing may be saved yet
      expect(saves.count()).toBe(0);
      await desk.keyboard.press("Tab");
      await expect.poll(() => saves.count(), { timeout: 10_000 }).toBe(1);
      await desk.waitForTimeout(800);
      expect(saves.count()).toBe(1);
      // Put it back (a choice made with the mouse saves at once; clearing a scored value is confirmed).
      const accept = (d: Dialog) => void d.accept();
      desk.on("dialog", accept);
      await select.selectOption(before);
      await expect.poll(() => saves.count(), { timeout: 10_000 }).toBe(2);
      desk.off("dialog", accept);
    });

    it("clearing a scored value asks first, saying the points lost; cancelling restores it and saves nothing", async () => {
      await desk.goto(`${base}/entry?index=VIII`);
      const field = desk.getByLabel(/^8\.4\.a /);
      await field.waitFor();
      const before = await field.inputValue();
      await desk.getByTestId("live-total").waitFor();
      const saves = countSaves(desk);
      const messages: string[] = [];
      desk.once("dialog", (d) => {
        messages.push(d.message());
        void d.dismiss();
      });
      await field.fill("");
      await desk.waitForTimeout(1200);
      expect(messages).toEqual([]); // not while typing
      await field.press("Enter");
      await expect.poll(() => messages.length).toBe(1);
      expect(messages[0]).toMatch(/^Xóa giá trị 8\.4\.a\? Chỉ tiêu 8\.4 sẽ mất 7 điểm\. Bấm Hủy để giữ giá trị 224\.000\.$/);
      await expect.poll(() => field.inputValue()).toBe(before);
      expect(saves.count()).toBe(0);
    });
  });

  for (const device of [
    { name: "phone", width: 375, context: newPhoneContext },
    { name: "tablet", width: 768, context: newTabletContext },
  ] as const) {
    it(`at ${device.width} px the entry, scorecard, gains and plan pages have no horizontal scroll`, async () => {
      const page = await (await device.context(browser, stack.baseUrl)).newPage();
      const { errors } = watch(page);
      await signIn(page, "tinh-a@demo.local");
      for (const [name, path] of [
        ["entry", `${base}/entry?index=VIII`],
        ["scorecard", base],
        ["gains", `${base}/gains`],
        ["plan", `${base}/plan`],
      ] as const) {
        await page.goto(path);
        await page.getByRole("heading", { level: 1 }).waitFor();
        if (name === "entry") await page.getByLabel(/^8\.4\.a /).waitFor();
        if (name === "scorecard") await page.getByTestId("overall-value").waitFor();
        if (name === "gains") await page.getByTestId("gains-table").waitFor();
        if (name === "plan") await page.getByTestId("plan-table").waitFor();
        await page.waitForTimeout(300);
        const { scroll, viewport } = await widths(page);
        expect(viewport, name).toBe(device.width);
        expect(scroll, `${name} at ${device.width} px is ${scroll} px wide`).toBeLessThanOrEqual(device.width);
        if (name === "entry") {
          // The form uses the width: the indicator card is not squeezed beside the sections.
          const card = await page.locator(".indicator-card").first().boundingBox();
          expect(card!.width).toBeGreaterThan(device.width * 0.55);
          if (device.name === "phone") {
            // The sections are a collapsed list above the form, opened by a tap.
            const toggle = page.getByTestId("sections-toggle");
            expect(await toggle.isVisible()).toBe(true);
            expect(await page.getByRole("link", { name: "I. Nhận thức số" }).isVisible()).toBe(false);
            await toggle.click();
            expect(await page.getByRole("link", { name: "I. Nhận thức số" }).isVisible()).toBe(true);
            const toggleBox = await toggle.boundingBox();
            expect(toggleBox!.y).toBeLessThan(card!.y);
            await toggle.click();
          }
        }
        await page.screenshot({ path: join(shots, `${device.name}-${name}.png`), fullPage: true });
        if (name === "plan") {
          // The target editor too: one field per input of the indicator, stacked.
          await page.getByRole("button", { name: "Sửa nhiệm vụ của chỉ tiêu 8.4" }).click();
          await page.getByLabel(/^8\.4\.a /).waitFor();
          expect((await widths(page)).scroll, `the plan editor at ${device.width} px`).toBeLessThanOrEqual(device.width);
          await page.getByTestId("plan-table").screenshot({ path: join(shots, `${device.name}-plan-editor.png`) });
          await page.getByRole("button", { name: "Hủy", exact: true }).click();
        }
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
