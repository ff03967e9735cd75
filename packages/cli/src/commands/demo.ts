import { DEMO_2022_FILE } from "@dti-packs/dti-province-2022/demo";
import type { CommandContext } from "../context";
import { explainUnit } from "../explain";
import { renderExplanation } from "../format/explain";
import { renderScoreResult } from "../format/score";
import { say } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import { scoreFile } from "../scoring";

/**
 * The demo dataset: three fictional provinces, clearly labelled as illustration. The dti-province-2022
 * pack holds it (the API seeds the same file in demo mode).
 */
export const DEMO_FILE = DEMO_2022_FILE;

const RULE = "═".repeat(72);
/** In both languages whatever the language of the run: nobody may mistake these figures for real ones. */
export const DEMO_LABEL = "DỮ LIỆU MINH HỌA — DEMO DATA";

/** The banner around the demo, so that nobody takes its figures for real ones. */
export function demoBanner(lang: Lang): string {
  return [RULE, ` ${DEMO_LABEL}`, ` ${say(lang, "demo.banner.what")}`, ` ${say(lang, "demo.banner.not")}`, RULE].join("\n");
}

/** dti demo: scores the demo dataset and shows where the first province can gain points. */
export async function demo(ctx: CommandContext, options: { top: number }): Promise<void> {
  const { result, loaded } = await scoreFile(ctx, { input: DEMO_FILE, explain: true });
  const first = result.units[0]!;
  const explained = explainUnit(result, loaded, first.code, { top: options.top });
  const banner = demoBanner(ctx.lang);
  ctx.io.stdout(
    `${banner}\n\n${renderScoreResult(result, loaded, { lang: ctx.lang })}\n${renderExplanation(explained, ctx.lang, { single: false })}\n${DEMO_LABEL}\n`,
  );
}
