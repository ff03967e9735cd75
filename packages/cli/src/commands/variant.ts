import { compareResults, type VariantChange } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { renderComparison } from "../format/compare";
import { inLang } from "../format/localized";
import { formatPoints, formatValue } from "../format/number";
import { shortHash } from "../format/pack";
import { say } from "../i18n/catalogue";
import { warningText } from "../i18n/engine-text";
import type { Lang } from "../i18n/lang";
import { readInputFile } from "../io/input-file";
import { scoreRequestFrom } from "../io/score-input";
import { loadVariant, readVariantFile } from "../packs";
import { requestForVariant } from "../scoring";

export interface VariantOptions {
  pack?: string;
  variant: string;
  input: string;
  period?: number;
  lenient?: boolean;
  json?: boolean;
}

function changeText(c: VariantChange, lang: Lang): string {
  switch (c.op) {
    case "set_max_points":
      return say(lang, "variant.setMax", { indicator: c.indicator, points: formatPoints(c.maxPoints, lang) });
    case "set_index_max":
      return say(lang, "variant.setIndexMax", { index: c.index, points: formatPoints(c.maxPoints, lang) });
    case "set_threshold": {
      const value = c.value <= 1 ? `${formatValue(c.value * 100, lang).replace(/[.,]?0+$/, "")}%` : String(c.value);
      return say(lang, "variant.setThreshold", { indicator: c.indicator, value });
    }
    case "remove_indicator":
      return say(lang, "variant.remove", { indicator: c.indicator });
    case "replace_rule":
      return say(lang, "variant.replaceRule", { indicator: c.indicator, kind: c.rule.kind });
  }
}

/** dti variant: the input scored under the official pack and under a what-if variant, side by side. */
export async function variant(ctx: CommandContext, options: VariantOptions): Promise<void> {
  const lang = ctx.lang;
  const overlay = readVariantFile(ctx.io, options.variant);
  const { loaded: variantPack, variantOf } = await loadVariant(ctx.io, ctx.engine, options.variant, options.pack ?? overlay.base);
  const official = variantOf.base;
  const request = scoreRequestFrom(readInputFile(ctx.io.cwd, options.input), official.pack, options.period);
  const scoreOptions = { mode: options.lenient ? ("lenient" as const) : ("strict" as const), explain: false };
  const officialResult = ctx.engine.score(official, request, scoreOptions);
  const variantResult = ctx.engine.score(variantPack, requestForVariant(request, variantPack.pack, official.pack), scoreOptions);
  const comparison = compareResults({ result: officialResult, pack: official.pack }, { result: variantResult, pack: variantPack.pack });
  if (options.json) {
    writeJson(ctx, { official: officialResult, variant: variantResult, comparison });
    return;
  }
  const moved = comparison.units.filter((u) => u.delta.rank !== null && u.delta.rank !== 0).length;
  const heading = [
    say(lang, "variant.heading", { id: overlay.id, title: inLang(overlay.title, lang) }),
    say(lang, "variant.sides", {
      official: `${official.ref.id} ${official.ref.version}`,
      officialHash: shortHash(official.ref.hash),
      variant: variantPack.ref.id,
      variantHash: shortHash(variantPack.ref.hash),
      period: request.period,
      mode: scoreOptions.mode,
    }),
    say(lang, "variant.changes", { changes: overlay.changes.map((c) => changeText(c, lang)).join("; ") }),
    say(lang, "variant.moved", { moved, total: comparison.units.length }),
  ];
  // The data is the same on both sides, so the engine's "mixes method and progress" does not apply.
  const shown = { ...comparison, notComparable: comparison.notComparable.filter((n) => !n.startsWith("overall:")) };
  const sides = { official: say(lang, "variant.official"), variant: say(lang, "variant.variant") };
  const warnings = [
    ...officialResult.warnings.map((w) => ({ ...w, side: sides.official })),
    ...variantResult.warnings.map((w) => ({ ...w, side: sides.variant })),
  ];
  const warningLines =
    warnings.length > 0
      ? `\n${say(lang, "warnings.title", { count: warnings.length })}\n${warnings
          .slice(0, 30)
          .map((w) => `  [${w.side}] ${w.code}${w.unit ? ` ${say(lang, "issue.unit", { code: w.unit })}` : ""}: ${warningText(w, lang)}`)
          .join("\n")}${warnings.length > 30 ? `\n${say(lang, "warnings.more", { count: warnings.length - 30 })}` : ""}\n`
      : "";
  ctx.io.stdout(`${heading.join("\n")}\n${renderComparison(shown, { from: sides.official, to: sides.variant, lang })}${warningLines}`);
}
