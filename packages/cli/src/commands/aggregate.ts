import { writeJson, type CommandContext } from "../context";
import { CliError } from "../errors";
import { renderScoreResult } from "../format/score";
import { both } from "../i18n/catalogue";
import { parseCsv } from "../io/csv";
import { readTextFile } from "../io/files";
import { indexRowsFromCsv } from "../io/index-values";
import { loadPackRef } from "../packs";
import { packForPeriod } from "../scoring";

export interface AggregateOptions {
  pack?: string;
  indexValues: string;
  json?: boolean;
  period?: number;
}

/** dti aggregate: overall, pillars and ranks from main-index values. */
export async function aggregate(ctx: CommandContext, options: AggregateOptions): Promise<void> {
  if (options.pack === undefined && options.period === undefined) throw new CliError("PACK_REQUIRED", both("pack.requiredForIndices"));
  const loaded =
    options.pack !== undefined ? (await loadPackRef(options.pack, ctx.io, ctx.engine)).loaded : await packForPeriod(ctx, options.period);
  const table = parseCsv(readTextFile(ctx.io.cwd, options.indexValues), options.indexValues);
  const rows = indexRowsFromCsv(table, options.indexValues, loaded.pack);
  if (options.period === undefined)
    throw new CliError("PERIOD_REQUIRED", both("aggregate.csvNoPeriod", { file: options.indexValues, year: loaded.pack.meta.years[0]! }));
  const result = ctx.engine.aggregate(loaded, { period: options.period, rows });
  if (options.json) writeJson(ctx, result);
  else ctx.io.stdout(renderScoreResult(result, loaded, { lang: ctx.lang }));
}
