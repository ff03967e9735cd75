import { DEMO_2022_FILE } from "@dti-packs/dti-province-2022/demo";
import type { Command } from "commander";
import type { CommandContext } from "../context";
import { explainUnit } from "../explain";
import { renderExplanation } from "../format/explain";
import { renderScoreResult } from "../format/score";
import { parseCount } from "../options";
import { scoreFile } from "../scoring";

/**
 * The demo dataset: three fictional provinces, clearly labelled as illustration. The dti-province-2022
 * pack holds it (the API seeds the same file in demo mode).
 */
export const DEMO_FILE = DEMO_2022_FILE;

const BANNER = [
  "════════════════════════════════════════════════════════════════════════",
  " DỮ LIỆU MINH HỌA — DEMO DATA",
  " Ba tỉnh hư cấu với số liệu bịa ra để minh họa cách tính điểm DTI.",
  " Không phải số liệu hay kết quả thật của bất kỳ tỉnh, thành phố nào.",
  " Three fictional provinces with made-up figures: not real data of any province.",
  "════════════════════════════════════════════════════════════════════════",
].join("\n");

export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command("demo")
    .description("score the bundled demo dataset (fictional provinces) and show where the first one can gain points")
    .option("--top <n>", "how many indicators to list for the first province", parseCount, 5)
    .action(async (options: { top: number }) => {
      const { result, loaded } = await scoreFile(ctx, { input: DEMO_FILE, explain: true });
      const first = result.units[0]!;
      const explained = explainUnit(result, loaded, first.code, { top: options.top });
      ctx.io.stdout(
        `${BANNER}\n\n${renderScoreResult(result, loaded)}\n${renderExplanation(explained, "vi", { single: false })}\n${BANNER.split("\n")[1]!.trim()}\n`,
      );
    });
}
