import type { Command } from "commander";
import { writeJson, type CommandContext } from "../context";
import { CliError } from "../errors";
import { renderScoreResult } from "../format/score";
import { parseCsv } from "../io/csv";
import { readTextFile } from "../io/files";
import { indexRowsFromCsv } from "../io/index-values";
import { parsePeriod } from "../options";
import { loadPackRef } from "../packs";
import { packForPeriod } from "../scoring";

interface AggregateOptions {
  pack?: string;
  indexValues: string;
  json?: boolean;
  period?: number;
}

export function registerAggregate(program: Command, ctx: CommandContext): void {
  program
    .command("aggregate")
    .description("overall, pillars and ranks from main-index values alone (for published tables without raw data)")
    .option("--pack <pack>", "installed pack id, pack directory or bundle file (default: the installed pack for --period)")
    .requiredOption("--index-values <file.csv>", "CSV: code, name (optional), one column per main index (I … VIII or its name)")
    .option("--period <year>", "assessment year (required: a CSV carries none)", parsePeriod)
    .option("--json", "print the result JSON alone on stdout")
    .action(async (options: AggregateOptions) => {
      if (options.pack === undefined && options.period === undefined)
        throw new CliError(
          "PACK_REQUIRED",
          "no pack given: use --pack <id>, or give --period so that the installed pack for that year is chosen",
        );
      const loaded =
        options.pack !== undefined
          ? (await loadPackRef(options.pack, ctx.io, ctx.engine)).loaded
          : await packForPeriod(ctx, options.period);
      const table = parseCsv(readTextFile(ctx.io.cwd, options.indexValues), options.indexValues);
      const rows = indexRowsFromCsv(table, options.indexValues, loaded.pack);
      if (options.period === undefined)
        throw new CliError(
          "PERIOD_REQUIRED",
          `${options.indexValues} is a CSV file, which carries no period: give --period, e.g. --period ${loaded.pack.meta.years[0]}`,
        );
      const result = ctx.engine.aggregate(loaded, { period: options.period, rows });
      if (options.json) writeJson(ctx, result);
      else ctx.io.stdout(renderScoreResult(result, loaded));
    });
}
