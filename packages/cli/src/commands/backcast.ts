import { Option, type Command } from "commander";
import type { Pack } from "@dti/pack-sdk";
import {
  checkBackcast,
  defaultFrom,
  findUnit,
  successorOf,
  predecessorsOf,
  unitById,
  unitsAt,
  type BackcastResult,
  type BackcastRow,
  type BackcastRule,
  type BackcastUnit,
  type UnitsProblem,
} from "@dti/units";
import { writeJson, type CommandContext } from "../context";
import { CliError, type CliIssue } from "../errors";
import { formatDate, formatValue } from "../format/number";
import { renderTable, type Align } from "../format/table";
import { readInputFile } from "../io/input-file";
import { indicesFor, resultRowsFromCsv, resultRowsFromJson, type ResultRow, type ResultTable } from "../io/result-table";
import { parseDate } from "../options";
import { loadPackRef } from "../packs";

interface BackcastOptions {
  pack: string;
  results: string;
  to: string;
  rule: BackcastRule;
  partial?: boolean;
  json?: boolean;
}

/** A new unit left out by --partial: the old provinces it has rows for, and the ones it lacks. */
interface Incomplete {
  unitId: string;
  code: string;
  name: string;
  present: string[];
  missing: string[];
}

/** The unit a row names, as the back-cast should read it: its code if that names a unit on `from`, else its name. */
function unitText(row: ResultRow, from: string): string {
  for (const text of [row.code, row.name])
    if (text !== undefined)
      try {
        findUnit(text, { at: from });
        return text;
      } catch {
        // not this one: try the name, else let the back-cast report the code with suggestions
      }
  return (row.code ?? row.name)!;
}

function toRows(table: ResultTable, pack: Pack, from: string): BackcastRow[] {
  return table.rows.map((row) => {
    const indices = indicesFor(table, row, pack.meta.id);
    return {
      unit: unitText(row, from),
      ...(row.overall !== undefined ? { overall: row.overall } : {}),
      ...(Object.keys(indices).length > 0 ? { indices } : {}),
      ...(row.weight !== undefined ? { weight: row.weight } : {}),
    };
  });
}

/** A problem as the CLI prints it: "Row 0" of the row array becomes the file's row (CSV line). */
function problemIssue(problem: UnitsProblem, table: ResultTable): CliIssue {
  const line = (index: number) => table.rows[index]?.line ?? index + 1;
  // "Row 3 (Đà Nẵng) has no weight" counts rows from 0: say the file's row instead ("row 4 …").
  const message = problem.message.replace(/\b[Rr]ow (\d+)/g, (_, n: string) => `row ${line(Number(n))}`);
  return {
    code: problem.code,
    message,
    ...(problem.row !== undefined ? { file: table.file, row: line(problem.row) } : {}),
    ...(problem.field ? { key: problem.field } : problem.measure ? { key: problem.measure } : {}),
  };
}

function fail(problems: UnitsProblem[], table: ResultTable, partial: boolean): never {
  const codes = new Set(problems.map((p) => p.code));
  const code = codes.size === 1 ? problems[0]!.code : "BACKCAST_INVALID";
  const missing = problems.filter((p) => p.code === "PREDECESSOR_MISSING").length;
  const hint = missing > 0 && !partial ? `; give --partial to back-cast only the units whose old provinces are all given` : "";
  // Each issue carries the file's row rather than the position in the row array.
  throw new CliError(code, `${table.file}: the back-cast has ${problems.length} problem(s)${hint}`, {
    issues: problems.map((p) => problemIssue(p, table)),
  });
}

function backcastRows(table: ResultTable, pack: Pack, options: BackcastOptions): { result: BackcastResult; incomplete: Incomplete[] } {
  const from = defaultFrom(options.to);
  const rows = toRows(table, pack, from);
  if (!options.partial) {
    // Every new unit must be complete: each one lacking rows is a PREDECESSOR_MISSING problem.
    const outcome = checkBackcast(rows, { to: options.to, from, rule: options.rule, requireAll: true });
    if (!outcome.ok) fail(outcome.problems, table, false);
    return { result: outcome.result, incomplete: [] };
  }
  // --partial: leave out the new units some of whose old provinces have no row, and say which.
  const first = checkBackcast(rows, { to: options.to, from, rule: options.rule });
  const problems = first.ok ? [] : first.problems;
  const others = problems.filter((p) => p.code !== "PREDECESSOR_MISSING");
  if (others.length > 0) fail(others, table, true);
  const left = new Set(problems.map((p) => p.unitId!));
  const targetOf = (row: BackcastRow) => successorOf(findUnit(row.unit, { at: from }).id, options.to)!.id;
  const kept = rows.filter((row) => !left.has(targetOf(row)));
  if (kept.length === 0) fail(problems, table, true);
  const second = checkBackcast(kept, { to: options.to, from, rule: options.rule });
  if (!second.ok) fail(second.problems, table, true);
  const oldUnits = unitsAt(from);
  const incomplete = second.result.units
    .filter((u) => u.from.length === 0)
    .map((u): Incomplete => {
      // In the order of the resolution that formed the unit, where there is one.
      const lineage = predecessorsOf(u.unitId).filter((old) => old.validTo !== undefined && old.validTo >= from && old.validFrom <= from);
      const expected = (lineage.length > 0 ? lineage : oldUnits.filter((old) => successorOf(old.id, options.to)?.id === u.unitId)).map(
        (old) => old.id,
      );
      const present = rows.map((row) => findUnit(row.unit, { at: from }).id).filter((id) => expected.includes(id));
      return { unitId: u.unitId, code: u.code, name: u.name, present, missing: expected.filter((id) => !present.includes(id)) };
    });
  return { result: { ...second.result, units: second.result.units.filter((u) => u.from.length > 0) }, incomplete };
}

function sourcesText(unit: BackcastUnit): string {
  return unit.from.map((s) => `${s.shortName}${s.overall !== undefined ? ` ${formatValue(s.overall)}` : ""}`).join("; ");
}

function render(result: BackcastResult, incomplete: Incomplete[], pack: Pack): string {
  const indices = result.measures.indices;
  const ruleText =
    result.rule === "mean"
      ? "trung bình cộng (mean, như Bộ đã công bố DTI 2024)"
      : "bình quân gia quyền theo cột weight (weighted, không phải cách tính chính thức)";
  const heading = `Quy đổi kết quả ${pack.meta.id} từ các đơn vị ngày ${formatDate(result.from)} sang các đơn vị ngày ${formatDate(result.to)} — cách tính: ${ruleText}`;
  const byRank = [...result.units].sort((a, b) => (a.rank.overall ?? 0) - (b.rank.overall ?? 0) || a.code.localeCompare(b.code));
  const head = ["Hạng", "Mã", "Tên", ...(result.measures.overall ? ["DTI"] : []), ...indices, "Hình thành từ"];
  const align: Align[] = [
    "right",
    "left",
    "left",
    ...(result.measures.overall ? (["right"] as Align[]) : []),
    ...indices.map((): Align => "right"),
    "left",
  ];
  const rows = byRank.map((u) => [
    u.rank.overall !== undefined ? String(u.rank.overall) : "—",
    u.code,
    u.name,
    ...(result.measures.overall ? [u.overall !== undefined ? formatValue(u.overall) : "—"] : []),
    ...indices.map((code) => (u.indices[code] !== undefined ? formatValue(u.indices[code]!) : "—")),
    sourcesText(u),
  ]);
  let out = `${heading}\n${renderTable(head, rows, align)}\n`;
  if (indices.length > 0)
    out += `Chỉ số chính: ${indices.map((code) => `${code} = ${pack.indices.find((x) => x.code === code)?.name.vi ?? code}`).join("; ")}\n`;
  if (incomplete.length > 0) {
    out += `\nChưa quy đổi — thiếu số liệu của tỉnh cũ / Not back-cast, old provinces missing (${incomplete.length}):\n`;
    for (const u of incomplete) {
      const missing = u.missing.map((id) => unitById(id).shortName).join(", ");
      const present = u.present.map((id) => unitById(id).shortName).join(", ");
      out += `  ${u.code} ${u.name}: thiếu ${missing}${present ? ` (có ${present})` : ""}\n`;
    }
  }
  return out;
}

export function registerBackcast(program: Command, ctx: CommandContext): void {
  program
    .command("backcast")
    .description("carry results of the old provinces over to the units valid on a date (e.g. the 63 of DTI 2024 to the 34 of 2025-07-01)")
    .requiredOption("--pack <pack>", "the pack the results were computed under (its main indices name the columns)")
    .requiredOption("--results <file>", "CSV (code or name, overall and/or main-index columns, optional weight) or JSON rows")
    .requiredOption("--to <date>", "the date whose units the results are wanted for (YYYY-MM-DD), e.g. 2025-07-01", parseDate)
    .addOption(
      new Option("--rule <rule>", "mean (the ministry's rule for DTI 2024) or weighted (by the weight column)")
        .choices(["mean", "weighted"])
        .default("mean"),
    )
    .option("--partial", "back-cast only the new units whose old provinces are all given, and list the others")
    .option("--json", "print JSON on stdout")
    .action(async (options: BackcastOptions) => {
      const { loaded } = await loadPackRef(options.pack, ctx.io, ctx.engine);
      const input = readInputFile(ctx.io.cwd, options.results);
      const table =
        input.kind === "csv"
          ? resultRowsFromCsv(input.table, options.results, [loaded.pack], { weight: true })
          : resultRowsFromJson(input.data, options.results, [loaded.pack], { weight: true });
      const { result, incomplete } = backcastRows(table, loaded.pack, options);
      if (options.json) writeJson(ctx, { pack: { id: loaded.ref.id, version: loaded.ref.version }, ...result, incomplete });
      else ctx.io.stdout(render(result, incomplete, loaded.pack));
    });
}
