import type { ScoreResult } from "@dti/contracts";
import { toCsv, csvNumber, roundTo, type CsvCell } from "../csv/write";
import { resolvePack, type PackSource } from "../pack";
import { planTable, type PlanItem } from "./plan";
import { indicatorTable, summaryTable, type Table } from "./tables";

/**
 * The CSV counterparts of the workbooks: the same tables, UTF-8 with a BOM, "," separated, numbers
 * with "." decimals (values on 0..1 with the pack's precision, e.g. 0.8002; shares and progress
 * on 0..1 too), dates as YYYY-MM-DD.
 */
function tableCsv(table: Table, precision: number): string {
  const rows: CsvCell[][] = [table.columns.map((c) => c.header)];
  for (const cells of table.rows)
    rows.push(
      cells.map((cell, k) => {
        if (cell instanceof Date) return cell.toISOString().slice(0, 10);
        if (typeof cell !== "number") return cell;
        const kind = table.columns[k]!.kind;
        return kind === "value"
          ? roundTo(cell, precision).toFixed(precision)
          : kind === "rank"
            ? csvNumber(cell, 0)
            : csvNumber(cell, precision);
      }),
    );
  return toCsv(rows);
}

/** "summary" (default): one row per unit, as the "Tổng hợp" sheet; "indicators": one row per unit and indicator, as "Chi tiết". */
export function scorecardCsv(result: ScoreResult, packSource: PackSource, options: { table?: "summary" | "indicators" } = {}): string {
  const { pack } = resolvePack(packSource);
  const table = options.table === "indicators" ? indicatorTable(result, pack) : summaryTable(result, pack, { points: true });
  return tableCsv(table, pack.aggregation.precision);
}

/** Rank, code, name, overall, pillars and main indices: readable back by readPublishedResultsCsv. */
export function rankingCsv(result: ScoreResult, packSource: PackSource): string {
  const { pack } = resolvePack(packSource);
  return tableCsv(summaryTable(result, pack, { points: false }), pack.aggregation.precision);
}

export function planCsv(items: readonly PlanItem[]): string {
  return tableCsv(planTable(items), 4);
}
