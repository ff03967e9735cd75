import type { Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { renderScoreResult } from "../format/score";
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
    .option("--lenient", "score missing inputs 0 with a warning instead of refusing them")
    .option("--json", "print the result JSON (the ScoreResult shape) alone on stdout")
    .option("--explain", "with --json: attach an explanation to every indicator")
    .option("--indicators", "also print each unit's points per indicator")
    .action(async (options: ScoreOptions) => {
      const { result, loaded } = await scoreFile(ctx, { ...options, explain: Boolean(options.explain && options.json) });
      if (options.json) writeJson(ctx, result);
      else ctx.io.stdout(renderScoreResult(result, loaded, { indicators: options.indicators ?? false }));
    });
}
