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
import { both, say } from "../i18n/catalogue";
import { unitsText } from "../i18n/engine-text";
import type { Lang } from "../i18n/lang";
import { inLang } from "../format/localized";
import { renderTable, type Align } from "../format/table";
import { readInputFile } from "../io/input-file";
import { indicesFor, resultRowsFromCsv, resultRowsFromJson, type ResultRow, type ResultTable } from "../io/result-table";
import { loadPackRef } from "../packs";

export interface BackcastOptions {
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
    localized: unitsText({ code: problem.code, message }),
    ...(problem.row !== undefined ? { file: table.file, row: line(problem.row) } : {}),
    ...(problem.field ? { key: problem.field } : problem.measure ? { key: problem.measure } : {}),
  };
}

function fail(problems: UnitsProblem[], table: ResultTable, partial: boolean): never {
  const codes = new Set(problems.map((p) => p.code));
  const code = codes.size === 1 ? problems[0]!.code : "BACKCAST_INVALID";
  const missing = problems.filter((p) => p.code === "PREDECESSOR_MISSING").length;
  // Each issue carries the file's row rather than the position in the row array.
  throw new CliError(code, both("backcast.problems", { file: table.file, count: problems.length, partialHint: missing > 0 && !partial }), {
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

function sourcesText(unit: BackcastUnit, lang: Lang): string {
  return unit.from.map((s) => `${s.shortName}${s.overall !== undefined ? ` ${formatValue(s.overall, lang)}` : ""}`).join("; ");
}

function render(result: BackcastResult, incomplete: Incomplete[], pack: Pack, lang: Lang): string {
  const indices = result.measures.indices;
  const heading = say(lang, "backcast.heading", {
    pack: pack.meta.id,
    from: formatDate(result.from),
    to: formatDate(result.to),
    rule: say(lang, result.rule === "mean" ? "backcast.rule.mean" : "backcast.rule.weighted"),
  });
  const byRank = [...result.units].sort((a, b) => (a.rank.overall ?? 0) - (b.rank.overall ?? 0) || a.code.localeCompare(b.code));
  const head = [
    say(lang, "table.rank"),
    say(lang, "table.code"),
    say(lang, "table.name"),
    ...(result.measures.overall ? ["DTI"] : []),
    ...indices,
    say(lang, "units.col.formedFrom"),
  ];
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
    ...(result.measures.overall ? [u.overall !== undefined ? formatValue(u.overall, lang) : "—"] : []),
    ...indices.map((code) => (u.indices[code] !== undefined ? formatValue(u.indices[code]!, lang) : "—")),
    sourcesText(u, lang),
  ]);
  let out = `${heading}\n${renderTable(head, rows, align)}\n`;
  if (indices.length > 0) {
    const legend = indices.map((code) => `${code} = ${inLang(pack.indices.find((x) => x.code === code)?.name, lang) || code}`).join("; ");
    out += `${say(lang, "score.indices", { legend })}\n`;
  }
  if (incomplete.length > 0) {
    out += `\n${say(lang, "backcast.incomplete", { count: incomplete.length })}\n`;
    for (const u of incomplete) {
      const missing = u.missing.map((id) => unitById(id).shortName).join(", ");
      const present = u.present.map((id) => unitById(id).shortName).join(", ");
      out += `${say(lang, "backcast.missing", { code: u.code, name: u.name, missing, present })}\n`;
    }
  }
  return out;
}

/** dti backcast: results of the old provinces carried over to the units valid on a date. */
export async function backcast(ctx: CommandContext, options: BackcastOptions): Promise<void> {
  const { loaded } = await loadPackRef(options.pack, ctx.io, ctx.engine);
  const input = readInputFile(ctx.io.cwd, options.results);
  const table =
    input.kind === "csv"
      ? resultRowsFromCsv(input.table, options.results, [loaded.pack], { weight: true })
      : resultRowsFromJson(input.data, options.results, [loaded.pack], { weight: true });
  const { result, incomplete } = backcastRows(table, loaded.pack, options);
  if (options.json) writeJson(ctx, { pack: { id: loaded.ref.id, version: loaded.ref.version }, ...result, incomplete });
  else ctx.io.stdout(render(result, incomplete, loaded.pack, ctx.lang));
}
