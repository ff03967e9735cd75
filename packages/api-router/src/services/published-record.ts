import type { PublishedRowInput } from "@dti/db";
import type { LoadedPack } from "@dti/engine";
import { parseCsv } from "@dti/spreadsheets/csv";
import { findUnit, isUnitsError } from "@dti/units";
import type { FieldIssue } from "../errors";

/**
 * The published record's layout (apps/api/data/published/dti-results-YYYY.csv): one row per
 * province or provincial average as the sources give it, with every source URL. Empty cells stay
 * empty: a rank without a value is read as a rank without a value.
 */
export const RECORD_COLUMNS = [
  "year",
  "framework",
  "province",
  "rank",
  "overall",
  "cohort",
  "cqs",
  "cqs_rank",
  "kts",
  "kts_rank",
  "xhs",
  "xhs_rank",
  "nhan_thuc_so",
  "the_che_so",
  "ha_tang_so",
  "nhan_luc_so",
  "attt_mang",
  "hd_cqs",
  "hd_kts",
  "hd_xhs",
  "note",
  "source_url",
] as const;

/** The main-index columns of the record and the index codes of the 922 and 405 packs. */
export const RECORD_INDEX_CODES: Record<string, string> = {
  nhan_thuc_so: "I",
  the_che_so: "II",
  ha_tang_so: "III",
  nhan_luc_so: "IV",
  attt_mang: "V",
  hd_cqs: "VI",
  hd_kts: "VII",
  hd_xhs: "VIII",
};

export const RECORD_PILLARS = ["cqs", "kts", "xhs"] as const;

/** The 63 provinces' names are read on this day when a row's cohort is 63 (or "63?"); the 34's on the next. */
const LAST_DAY_OF_63 = "2025-06-30";
const FIRST_DAY_OF_34 = "2025-07-01";

/** A header with `province`, `framework` and `source_url`: the published record's layout. */
export function isPublishedRecordCsv(csv: string): boolean {
  const header = (csv.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").split(",").map((h) => h.trim().toLowerCase());
  return header.includes("province") && header.includes("framework") && header.includes("source_url");
}

/** A provincial average's row names no province: "(trung bình cấp tỉnh / provincial average)". */
export function isAverageName(name: string): boolean {
  return /trung bình|provincial average/i.test(name);
}

/** The name without what the source adds in brackets: "TP. Hải Phòng (mới = Hải Phòng + Hải Dương)" → "TP. Hải Phòng". */
export function provinceNameOf(written: string): string {
  return written.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

export interface RecordReading {
  rows: PublishedRowInput[];
  problems: FieldIssue[];
  /** The framework decision the rows name ("922/QĐ-BTTTT"), when they agree. */
  framework: string | null;
}

/**
 * Reads a published record table for one period under one pack. Every row is kept: a province
 * resolved to its unit of `@dti/units` (the 63 for cohorts 63 and "63?", the 34 for cohort 34), a
 * provincial average as a row of its own kind; ranks and values only where the source gives them;
 * the note and the source URLs as written. Every problem at once, by row (the header is row 1) and
 * column.
 */
export function readPublishedRecordCsv(csv: string, options: { period: number; pack: LoadedPack }): RecordReading {
  const problems: FieldIssue[] = [];
  const table = parseCsv(csv.replace(/^\uFEFF/, ""));
  for (const p of table.problems) problems.push({ path: `row ${p.line}${p.column ? `, column ${p.column}` : ""}`, message: p.message.en });
  const header = table.header.map((h) => h.trim().toLowerCase());
  const missing = RECORD_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0)
    problems.push({ path: "row 1", message: `missing column(s): ${missing.join(", ")}`, expected: RECORD_COLUMNS.join(",") });
  if (problems.length > 0) return { rows: [], problems, framework: null };

  const packIndices = new Set(options.pack.pack.indices.map((i) => i.code));
  const frameworks = new Set<string>();
  const rows: PublishedRowInput[] = [];
  for (const record of table.records) {
    const cell = (column: string) => (record.cells[header.indexOf(column)] ?? "").trim();
    const at = (column: string) => `row ${record.line}, column ${column}`;
    const number = (column: string, kind: "value" | "rank"): number | null => {
      const text = cell(column);
      if (text === "") return null;
      if (kind === "rank") {
        if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
        problems.push({ path: at(column), message: `"${text}" is not a rank`, expected: "a positive whole number, or empty" });
        return null;
      }
      const value = Number(text.replace(",", "."));
      if (/^\d+([.,]\d+)?$/.test(text) && value >= 0 && value <= 1) return value;
      problems.push({
        path: at(column),
        message: `"${text}" is not a value`,
        expected: "a value between 0 and 1 such as 0.8002, or empty",
      });
      return null;
    };

    const year = cell("year");
    if (Number(year) !== options.period)
      problems.push({
        path: at("year"),
        message: `the row is for ${year || "no year"}, the import for ${options.period}`,
        expected: String(options.period),
      });
    const framework = cell("framework");
    if (framework) frameworks.add(framework);

    const cohort = cell("cohort");
    const cohortMatch = /^(63|34)(\?)?$/.exec(cohort);
    if (!cohortMatch) problems.push({ path: at("cohort"), message: `"${cohort}" is not a cohort`, expected: '63, 34 or "63?"' });
    const cohortOf = cohortMatch?.[1] ?? "63";

    const written = cell("province");
    const average = isAverageName(written);
    let unitId: string | null = null;
    if (!average) {
      const name = provinceNameOf(written);
      try {
        const unit = findUnit(name, { at: cohortOf === "34" ? FIRST_DAY_OF_34 : LAST_DAY_OF_63 });
        if (!unit.id.startsWith(`p${cohortOf}-`))
          problems.push({
            path: at("province"),
            message: `"${written}" is ${unit.id}, not one of the ${cohortOf}`,
            expected: `a province of the ${cohortOf}`,
          });
        unitId = unit.id;
      } catch (error) {
        if (!isUnitsError(error)) throw error;
        problems.push({
          path: at("province"),
          message: error.message,
          expected: `a province of the ${cohortOf}, or the provincial average`,
        });
      }
    }

    const pillars: Record<string, number> = {};
    const pillarRanks: Record<string, number> = {};
    for (const id of RECORD_PILLARS) {
      const value = number(id, "value");
      if (value !== null) pillars[id] = value;
      const rank = number(`${id}_rank`, "rank");
      if (rank !== null) pillarRanks[id] = rank;
    }
    const indices: Record<string, number> = {};
    for (const [column, code] of Object.entries(RECORD_INDEX_CODES)) {
      const value = number(column, "value");
      if (value === null) continue;
      if (!packIndices.has(code))
        problems.push({ path: at(column), message: `pack ${options.pack.ref.id} has no main index ${code}`, expected: "empty" });
      indices[code] = value;
    }
    const rank = number("rank", "rank");
    if (average && rank !== null) problems.push({ path: at("rank"), message: "a provincial average has no rank", expected: "empty" });
    const sources = cell("source_url")
      .split("|")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (sources.length === 0) problems.push({ path: at("source_url"), message: "no source", expected: "one or more URLs separated by |" });
    rows.push({
      unitId,
      period: options.period,
      packId: options.pack.ref.id,
      overall: number("overall", "value"),
      rank,
      indices,
      pillars,
      source: sources.join(" | ") || null,
      kind: average ? "average" : "province",
      cohort: cohort || null,
      cohortSize: cohortMatch && !cohortMatch[2] ? Number(cohortMatch[1]) : null,
      pillarRanks,
      framework: framework || null,
      nameAsPublished: written,
      note: cell("note") || null,
      sources,
    });
  }
  if (frameworks.size > 1)
    problems.push({
      path: "column framework",
      message: `the rows name ${frameworks.size} frameworks: ${[...frameworks].join(", ")}`,
      expected: "one framework per table",
    });
  const decision = options.pack.pack.meta.legalBasis.decision;
  const named = frameworks.size === 1 ? [...frameworks][0]! : null;
  if (named && named !== decision)
    problems.push({
      path: "column framework",
      message: `the table is under ${named}, pack ${options.pack.ref.id} under ${decision}`,
      expected: `the pack whose decision is ${named}`,
    });
  if (rows.length === 0) problems.push({ path: "row 2", message: "the table has no rows", expected: "one row per province or average" });
  return problems.length > 0 ? { rows: [], problems, framework: named } : { rows, problems, framework: named };
}
