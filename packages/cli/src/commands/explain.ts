import { Option, type Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { explainUnit } from "../explain";
import { renderExplanation } from "../format/explain";
import { parseCount, parsePeriod } from "../options";
import { scoreFile } from "../scoring";

interface ExplainOptions {
  pack?: string;
  input: string;
  unit: string;
  indicator?: string;
  lang: "vi" | "en";
  json?: boolean;
  period?: number;
  lenient?: boolean;
  top?: number;
}

export function registerExplain(program: Command, ctx: CommandContext): void {
  program
    .command("explain")
    .description("explain one unit's points: per indicator the rule, inputs used, points lost and what earns full points")
    .option(
      "--pack <pack>",
      'installed pack id, pack directory or bundle file (default: the JSON input\'s "pack", else the installed pack for the period)',
    )
    .requiredOption("--input <file>", "input file (.json or .csv), as for dti score; the whole cohort is scored")
    .requiredOption("--unit <code>", "the unit to explain")
    .option("--indicator <code>", "explain this indicator only (e.g. 3.3)")
    .addOption(new Option("--lang <lang>", "language").choices(["vi", "en"]).default("vi"))
    .option("--top <n>", "show only the n indicators that lost most points", parseCount)
    .option("--period <year>", "assessment year (required for CSV)", parsePeriod)
    .option(
      "--lenient",
      "allow missing inputs (each indicator missing one scores 0, with a warning) and nothing else: impossible ratios (a numerator above its denominator, even with another input missing), out-of-range values and unknown keys are refused in every mode",
    )
    .option("--json", "print the explanation as JSON alone on stdout")
    .action(async (options: ExplainOptions) => {
      const { result, loaded } = await scoreFile(ctx, { ...options, explain: true });
      const explained = explainUnit(result, loaded, options.unit, {
        ...(options.indicator !== undefined ? { indicator: options.indicator } : {}),
        ...(options.top !== undefined ? { top: options.top } : {}),
      });
      if (options.json) writeJson(ctx, explained);
      else ctx.io.stdout(renderExplanation(explained, options.lang, { single: options.indicator !== undefined }));
    });
}
