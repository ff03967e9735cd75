import type { Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { renderScoreResult } from "../format/score";
import { parseLang } from "../i18n";
import { parsePeriod } from "../options";
import { scoreFile } from "../scoring";

interface ScoreOptions {
  pack?: string;
  input: string;
  lenient?: boolean;
  json?: boolean;
  period?: number;
  explain?: boolean;
  indicators?: boolean;
}

export function registerScore(program: Command, ctx: CommandContext): void {
  program
    .command("score")
    .description("score units from raw inputs (JSON, wide CSV or long CSV): overall, pillars, main indices, ranks")
    .option(
      "--pack <pack>",
      'installed pack id, pack directory or bundle file (default: the JSON input\'s "pack", else the installed pack for the period)',
    )
    .requiredOption("--input <file>", "input file: .json, or .csv (wide: code,name,<input>… or long: code,name,input,value)")
    .option("--period <year>", "assessment year (required for CSV; overrides the JSON's period)", parsePeriod)
    .option(
      "--lenient",
      "allow missing inputs (each indicator missing one scores 0, with a warning) and nothing else: impossible ratios (a numerator above its denominator, even with another input missing), out-of-range values and unknown keys are refused in every mode",
    )
    .option("--json", "print the result JSON (the ScoreResult shape) alone on stdout")
    .option("--explain", "with --json: attach an explanation to every indicator")
    .option("--indicators", "also print each unit's points per indicator")
    .option("--lang <lang>", "language of input errors: vi (default) or en", parseLang)
    .action(async (options: ScoreOptions) => {
      const { result, loaded } = await scoreFile(ctx, { ...options, explain: Boolean(options.explain && options.json) });
      if (options.json) writeJson(ctx, result);
      else ctx.io.stdout(renderScoreResult(result, loaded, { indicators: options.indicators ?? false }));
    });
}
