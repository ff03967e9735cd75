import type { ScoreRequest, ScoreResult, UnitResult } from "@dti/contracts";
import { rankValues, type Engine, type LoadedPack } from "@dti/engine";
import type { Pack } from "@dti/pack-sdk";
import { CliError, cliIssue, type CliIssue } from "./errors";
import { both } from "./i18n/catalogue";
import { csvError } from "./io/csv";
import { readInputFile, type InputFile } from "./io/input-file";
import { indexCodesFor, indicesFor, resultRowsFromCsv, type ResultRow, type ResultTable } from "./io/result-table";
import { scoreRequestFrom, unitsFromCsv } from "./io/score-input";
import { textKey } from "@dti/conventions";

/**
 * What `dti compare` reads for one side (a pack and a year): rows of results (published or computed),
 * or raw data to score.
 */
export type SideData = { kind: "results"; table: ResultTable; rows: ResultRow[] } | { kind: "raw"; request: ScoreRequest; file: string };

/** One input file, read once: a results table (with period and/or overall), raw datasets, or one raw request. */
export type CompareInput =
  | { kind: "results"; file: string; table: ResultTable }
  | { kind: "datasets"; file: string; datasets: { period: number; request: ScoreRequest }[] }
  | { kind: "raw"; file: string; input: InputFile };

const RESULT_COLUMNS = new Set(["overall", "dti", "chi_so_dti", "diem_dti", "tong_the", "period", "year", "nam", "ky"]);

/** Reads an input file of dti compare; `packs` name the index columns a results table may use. */
export function readCompareInput(cwd: string, file: string, packs: readonly Pack[]): CompareInput {
  const input = readInputFile(cwd, file);
  if (input.kind === "csv") {
    if (input.table.header.some((h) => RESULT_COLUMNS.has(textKey(h))))
      return { kind: "results", file, table: resultRowsFromCsv(input.table, file, packs, { period: true }) };
    return { kind: "raw", file, input };
  }
  const data = input.data as { datasets?: unknown; units?: unknown } | null;
  if (data !== null && typeof data === "object" && !Array.isArray(data) && "datasets" in data) {
    if (!Array.isArray(data.datasets) || data.datasets.length === 0)
      throw new CliError("JSON_INVALID", both("compare.datasetsNotList", { file }));
    const issues: CliIssue[] = [];
    const datasets = (data.datasets as unknown[]).flatMap((d, k) => {
      const period = (d as { period?: unknown } | null)?.period;
      if (typeof period !== "number" || !Number.isInteger(period)) {
        issues.push(
          cliIssue(
            { code: "JSON_INVALID", file, key: `datasets.${k}.period` },
            both("compare.datasetNoPeriod", { n: k + 1 }),
            both("csv.expected.year"),
          ),
        );
        return [];
      }
      if (!Array.isArray((d as { units?: unknown }).units)) {
        issues.push(
          cliIssue({ code: "JSON_INVALID", file, key: `datasets.${k}.units` }, both("compare.datasetNoUnits", { n: k + 1, period })),
        );
        return [];
      }
      return [{ period, request: { period, units: (d as { units: ScoreRequest["units"] }).units } }];
    });
    const periods = datasets.map((d) => d.period);
    periods.forEach((p, k) => {
      if (periods.indexOf(p) !== k)
        issues.push(cliIssue({ code: "JSON_INVALID", file, key: `datasets.${k}.period` }, both("compare.datasetsSameYear", { period: p })));
    });
    if (issues.length > 0) throw new CliError("JSON_INVALID", both("compare.datasetsProblems", { file, count: issues.length }), { issues });
    return { kind: "datasets", file, datasets };
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data) && "units" in data) return { kind: "raw", file, input };
  throw new CliError("JSON_INVALID", both("compare.expectedData", { file }));
}

/** The rows or raw data of one side: the input's rows or dataset for the year. */
export function sideData(input: CompareInput, year: number, pack: Pack, which: "--from" | "--to"): SideData {
  switch (input.kind) {
    case "results": {
      const rows = input.table.has.period ? input.table.rows.filter((r) => r.period === year) : input.table.rows;
      if (rows.length === 0) {
        const periods = [...new Set(input.table.rows.map((r) => r.period))].sort();
        throw new CliError("PERIOD_NOT_FOUND", both("compare.noRowsFor", { file: input.file, year, which, periods: periods.join(", ") }));
      }
      return { kind: "results", table: input.table, rows };
    }
    case "datasets": {
      const dataset = input.datasets.find((d) => d.period === year);
      if (!dataset)
        throw new CliError(
          "PERIOD_NOT_FOUND",
          both("compare.noDatasetFor", { file: input.file, year, which, periods: input.datasets.map((d) => d.period).join(", ") }),
        );
      return { kind: "raw", request: dataset.request, file: input.file };
    }
    case "raw": {
      if (input.input.kind === "csv")
        return { kind: "raw", request: { period: year, units: unitsFromCsv(input.input.table, input.file, pack) }, file: input.file };
      const own = (input.input.data as { period?: unknown }).period;
      if (own !== undefined && own !== year)
        throw new CliError("PERIOD_NOT_FOUND", both("compare.holdsOtherYear", { file: input.file, own: String(own), year, which }));
      const { pack: _named, ...request } = scoreRequestFrom(input.input, pack, year);
      return { kind: "raw", request, file: input.file };
    }
  }
}

/** A unit code for a row: its code, else its name reduced to letters and digits ("Đà Nẵng" → da_nang). */
function rowCode(row: ResultRow): string {
  return row.code ?? textKey(row.name ?? "");
}

/**
 * A ScoreResult from rows of results. With a column for every scored main index of the pack, and a pack
 * that can aggregate, the engine aggregates them (pillars, overall and ranks as the pack defines them);
 * else the result carries the overall values alone, ranked as published tables rank (competition ranks
 * on values rounded to the pack's precision).
 */
export function resultFromRows(
  engine: Engine,
  loaded: LoadedPack,
  data: Extract<SideData, { kind: "results" }>,
  period: number,
): ScoreResult {
  const pack = loaded.pack;
  const scored = pack.indices.filter((x) => x.group !== "unscored").map((x) => x.code);
  const columns = new Set(indexCodesFor(data.table, pack.meta.id));
  const canAggregate = pack.meta.coverage !== "published" && scored.length > 0 && scored.every((code) => columns.has(code));
  if (canAggregate) {
    const result = engine.aggregate(loaded, {
      period,
      rows: data.rows.map((row) => ({
        code: rowCode(row),
        ...(row.name ? { name: row.name } : {}),
        indices: indicesFor(data.table, row, pack.meta.id),
      })),
    });
    const tolerance = 0.5 * 10 ** -pack.aggregation.precision;
    data.rows.forEach((row, k) => {
      const unit = result.units[k]!;
      if (row.overall !== undefined && Math.abs(row.overall - unit.overall) > tolerance + 1e-12)
        result.warnings.push({
          code: "OVERALL_MISMATCH",
          unit: unit.code,
          message: `${data.table.file}, row ${row.line}: the overall given (${row.overall}) differs from the one ${pack.meta.id} aggregates from the main indices (${unit.overall.toFixed(pack.aggregation.precision)})`,
        });
    });
    return result;
  }
  const issues: CliIssue[] = data.rows
    .filter((row) => row.overall === undefined)
    .map((row) =>
      cliIssue(
        { code: "CSV_INVALID", file: data.table.file, row: row.line, unit: rowCode(row) },
        both("compare.noOverall", { pack: pack.meta.id, columns: columns.size, needs: scored.join(", ") }),
        both("compare.expected.overall"),
      ),
    );
  const firstRow = new Map<string, number>();
  for (const row of data.rows) {
    const code = rowCode(row);
    const first = firstRow.get(code);
    if (first !== undefined)
      issues.push(
        cliIssue(
          { code: "CSV_INVALID", file: data.table.file, row: row.line, unit: code },
          both("compare.unitTwice", { unit: code, period, first }),
        ),
      );
    else firstRow.set(code, row.line);
  }
  if (issues.length > 0) throw csvError(data.table.file, issues);
  const overall = data.rows.map((row) => row.overall!);
  const ranks = rankValues(overall, pack.aggregation.precision);
  const max = pack.aggregation.totalPoints ?? 1;
  const units: UnitResult[] = data.rows.map((row, k) => ({
    code: rowCode(row),
    ...(row.name ? { name: row.name } : {}),
    overall: overall[k]!,
    rank: ranks[k]!,
    points: overall[k]! * max,
    max,
    pillars: {},
    indices: {},
  }));
  return {
    pack: loaded.ref,
    period,
    basis: "indices",
    mode: "strict",
    units,
    reference: [],
    warnings: [
      {
        code: "OVERALL_ONLY",
        message: `${pack.meta.id}, ${period}: overall values only (${pack.meta.coverage === "published" ? "the pack describes published values and cannot aggregate main indices" : "the file has no column for every scored main index"}); ranks among the ${units.length} row(s) given`,
      },
    ],
  };
}

export type { InputFile };
