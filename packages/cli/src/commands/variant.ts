import type { Command } from "commander";
import { compareResults, type VariantChange } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { renderComparison } from "../format/compare";
import { formatPoints, formatValue } from "../format/number";
import { shortHash } from "../format/pack";
import { readInputFile } from "../io/input-file";
import { scoreRequestFrom } from "../io/score-input";
import { parsePeriod } from "../options";
import { loadVariant, readVariantFile } from "../packs";
import { requestForVariant } from "../scoring";

interface VariantOptions {
  pack?: string;
  variant: string;
  input: string;
  period?: number;
  lenient?: boolean;
  json?: boolean;
}

function changeText(c: VariantChange): string {
  switch (c.op) {
    case "set_max_points":
      return `${c.indicator}: điểm tối đa → ${formatPoints(c.maxPoints)}`;
    case "set_index_max":
      return `chỉ số chính ${c.index}: điểm tối đa → ${formatPoints(c.maxPoints)} (các chỉ số thành phần nhân theo tỷ lệ)`;
    case "set_threshold":
      return `${c.indicator}: ngưỡng → ${c.value <= 1 ? `${formatValue(c.value * 100).replace(/,?0+$/, "")}%` : String(c.value)}`;
    case "remove_indicator":
      return `bỏ ${c.indicator}`;
    case "replace_rule":
      return `${c.indicator}: cách tính mới (${c.rule.kind}; xem dti pack diff)`;
  }
}

export function registerVariant(program: Command, ctx: CommandContext): void {
  program
    .command("variant")
    .description("score the input under the official pack and under a what-if variant (dti-variant@1 overlay), side by side")
    .option("--pack <pack>", 'the official pack (default: the "base" the overlay names)')
    .requiredOption("--variant <overlay.json>", 'what-if overlay: { "format": "dti-variant@1", "id", "base", "title", "changes": [ … ] }')
    .requiredOption("--input <file>", "input file (.json or .csv), as for dti score")
    .option("--period <year>", "assessment year (required for CSV; overrides the JSON's period)", parsePeriod)
    .option(
      "--lenient",
      "allow missing inputs (each indicator missing one scores 0, with a warning) and nothing else: impossible ratios (a numerator above its denominator, even with another input missing), out-of-range values and unknown keys are refused in every mode",
    )
    .option("--json", "print { official, variant, comparison } as JSON on stdout")
    .action(async (options: VariantOptions) => {
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
      const heading = [
        `Phương án giả định / What-if variant "${overlay.id}": ${overlay.title.vi}`,
        `Chính thức: ${official.ref.id} ${official.ref.version} (${shortHash(official.ref.hash)}); phương án: ${variantPack.ref.id} (${shortHash(variantPack.ref.hash)}); năm ${request.period}, chế độ ${scoreOptions.mode}`,
        `Thay đổi: ${overlay.changes.map(changeText).join("; ")}`,
      ];
      const moved = comparison.units.filter((u) => u.delta.rank !== null && u.delta.rank !== 0).length;
      heading.push(
        `${moved} trên ${comparison.units.length} đơn vị đổi hạng. Cùng một bộ số liệu: mọi chênh lệch là do phương án (same data: every difference is the variant's).`,
      );
      // The data is the same on both sides, so the engine's "mixes method and progress" does not apply.
      const shown = { ...comparison, notComparable: comparison.notComparable.filter((n) => !n.startsWith("overall:")) };
      const warnings = [
        ...officialResult.warnings.map((w) => ({ ...w, side: "chính thức" })),
        ...variantResult.warnings.map((w) => ({ ...w, side: "phương án" })),
      ];
      const warningText =
        warnings.length > 0
          ? `\nCảnh báo (${warnings.length}):\n${warnings
              .slice(0, 30)
              .map((w) => `  [${w.side}] ${w.code}${w.unit ? ` unit ${w.unit}` : ""}: ${w.message}`)
              .join("\n")}${warnings.length > 30 ? `\n  … ${warnings.length - 30} more (--json lists every warning)` : ""}\n`
          : "";
      ctx.io.stdout(`${heading.join("\n")}\n${renderComparison(shown, { from: "chính thức", to: "phương án" })}${warningText}`);
    });
}
