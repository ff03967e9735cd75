import type { Pack } from "@dti/pack-sdk";
import type { CsvProblemCode, Localized } from "../errors";
import { readNumber } from "@dti/conventions";
import { resolvePack, type PackSource } from "../pack";
import { textKey } from "@dti/conventions";
import { parseCsv } from "./parse";

/** One unit of a published results table, as written (values on 0..1). */
export interface PublishedRow {
  /** The line of the CSV text (the header is line 1). */
  line: number;
  /** The unit as written: its code when the table has a code column, else its name. */
  unit: string;
  code?: string;
  name?: string;
  rank?: number;
  overall: number;
  /** Main-index values by index code (I, II, …); a cell left empty is left out. */
  indices: Record<string, number>;
  /** Pillar values by pillar id, when the table publishes them. */
  pillars?: Record<string, number>;
  source?: string;
  /** The year column, when there is one. */
  period?: number;
}

export interface CsvProblem {
  code: CsvProblemCode;
  /** Line of the CSV text (the header is line 1). */
  row: number;
  /** 1-based column number, when the problem is in one cell or header. */
  column?: number;
  header?: string;
  value?: string;
  message: Localized;
  expected?: Localized;
}

export interface PublishedResults {
  /** Every unit row; empty when there are problems (all or nothing). */
  rows: PublishedRow[];
  problems: CsvProblem[];
  /**
   * How each header was understood: "unit_code", "unit_name", "rank", "overall", "index:I",
   * "pillar:cqs", "source", "period", "ignored". A generic unit header ("unit", "Đơn vị") is
   * "unit_code" beside a name column and "unit_name" otherwise.
   */
  columns: Record<string, string>;
}

const FIXED: Record<string, string[]> = {
  unit_code: ["code", "ma", "ma_don_vi", "unit_code", "ma_tinh"],
  unit_name: ["name", "ten", "ten_don_vi", "unit_name", "province", "tinh", "tinh_thanh_pho", "dia_phuong"],
  /** The unit by whatever identifies it (code, id or name): its code beside a name column, else its name. */
  unit: ["unit", "don_vi"],
  rank: ["rank", "hang", "xep_hang", "thu_hang"],
  overall: ["overall", "dti", "chi_so_dti", "diem_dti", "dti_tong_the", "tong_the", "chi_so_chuyen_doi_so"],
  source: ["source", "nguon", "nguon_so_lieu"],
  period: ["year", "nam", "period", "ky", "ky_danh_gia", "nam_danh_gia"],
  ignored: ["framework", "khung", "quyet_dinh", "decision", "note", "notes", "ghi_chu", "points", "diem", "max", "diem_toi_da", "stt"],
};

/**
 * What each header may mean, compared without case, diacritics or punctuation: index code (I),
 * Vietnamese or English name ("Nhận thức số", nhan_thuc_so), "I. Nhận thức số"; pillar id (cqs,
 * cqs_pillar) or name ("Chính quyền số"); and the fixed columns above ("unit", a generic unit
 * header, is resolved by the reader to "unit_code" or "unit_name").
 */
export function headerMeanings(pack: Pack): Map<string, string> {
  const meanings = new Map<string, string>();
  const add = (key: string, meaning: string) => key && !meanings.has(key) && meanings.set(key, meaning);
  for (const [meaning, keys] of Object.entries(FIXED)) for (const key of keys) add(key, meaning);
  for (const index of pack.indices) {
    const meaning = `index:${index.code}`;
    for (const name of [
      index.code,
      index.name.vi,
      index.name.en ?? "",
      `${index.code}. ${index.name.vi}`,
      `${index.code} ${index.name.en ?? ""}`,
    ])
      add(textKey(name), meaning);
  }
  for (const pillar of pack.aggregation.pillars) {
    const meaning = `pillar:${pillar.id}`;
    for (const name of [
      pillar.id,
      `${pillar.id}_pillar`,
      `pillar_${pillar.id}`,
      pillar.name.vi,
      pillar.name.en ?? "",
      `trụ cột ${pillar.name.vi}`,
    ])
      add(textKey(name), meaning);
  }
  return meanings;
}

const VALUE_EXPECTED: Localized = {
  vi: "Giá trị từ 0 đến 1, ví dụ 0.8002 hoặc 0,8002",
  en: "a value between 0 and 1 such as 0.8002 or 0,8002",
};

/**
 * A published results table (rank, unit, overall, main indices, pillars, source) read with every
 * problem at once, by row and column. It does not check that overall and pillars agree with the
 * indices: the caller aggregates the indices with the engine and compares.
 */
export function readPublishedResultsCsv(text: string, options: { pack: PackSource }): PublishedResults {
  const { pack } = resolvePack(options.pack);
  const table = parseCsv(text);
  // Headers are judged below by what they mean (an empty one names nothing, "I" repeats "Nhận thức
  // số"), so the reader's own header problems would only say the same thing twice.
  const problems: CsvProblem[] = table.problems
    .filter((p) => p.kind !== "empty-header" && p.kind !== "repeated-header")
    .map((p) => ({
      code: "CSV_MALFORMED",
      row: p.line,
      ...(p.column ? { column: p.column } : {}),
      message: p.message,
      ...(p.expected ? { expected: p.expected } : {}),
    }));
  const meanings = headerMeanings(pack);
  const columns: Record<string, string> = {};
  const at = new Map<string, number>();
  // "unit,name,…" (the API's layout) identifies the unit in one column and names it in the other.
  const named = table.header.some((header) => meanings.get(textKey(header)) === "unit_name");
  table.header.forEach((header, k) => {
    const written = meanings.get(textKey(header));
    const meaning = written === "unit" ? (named ? "unit_code" : "unit_name") : written;
    if (!meaning) {
      problems.push({
        code: "CSV_UNKNOWN_COLUMN",
        row: 1,
        column: k + 1,
        header,
        message: {
          vi: `Cột “${header}” không phải là chỉ số chính, trụ cột hay cột đã biết của ${pack.meta.id}`,
          en: `column "${header}" names no main index, pillar or known column of ${pack.meta.id}`,
        },
        expected: {
          vi: `Một trong: ${pack.indices.map((i) => `${i.code} (${i.name.vi})`).join(", ")}; ${pack.aggregation.pillars.map((p) => p.name.vi).join(", ")}; xếp hạng, mã, tên, đơn vị, DTI, nguồn, năm`,
          en: `one of ${pack.indices.map((i) => i.code).join(", ")}, an index or pillar name, or rank, code, name, unit, overall, source, year (case and diacritics ignored)`,
        },
      });
      return;
    }
    columns[header] = meaning;
    if (meaning === "ignored") return;
    if (at.has(meaning))
      problems.push({
        code: "CSV_DUPLICATE_COLUMN",
        row: 1,
        column: k + 1,
        header,
        message: {
          vi: `Cột “${header}” trùng với cột “${table.header[at.get(meaning)!]}”`,
          en: `column "${header}" means the same as column "${table.header[at.get(meaning)!]}" (${meaning})`,
        },
      });
    else at.set(meaning, k);
  });
  if (table.header.length > 0) {
    if (!at.has("unit_code") && !at.has("unit_name"))
      problems.push({
        code: "CSV_MISSING_COLUMN",
        row: 1,
        message: { vi: "Thiếu cột đơn vị (mã hoặc tên)", en: "no unit column (code or name)" },
        expected: { vi: "Cột “Mã” hoặc “Tên”/“province”", en: 'a "code" or "name"/"province" column' },
      });
    if (!at.has("overall"))
      problems.push({
        code: "CSV_MISSING_COLUMN",
        row: 1,
        message: { vi: "Thiếu cột giá trị DTI", en: "no overall column" },
        expected: { vi: "Cột “DTI” hoặc “overall”", en: 'a "DTI" or "overall" column' },
      });
  }

  const rows: PublishedRow[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const cell = (meaning: string) => {
      const k = at.get(meaning);
      return k === undefined ? undefined : { k, raw: (record.cells[k] ?? "").trim() };
    };
    const problem = (code: CsvProblemCode, k: number, raw: string, message: Localized, expected?: Localized) =>
      problems.push({
        code,
        row: record.line,
        column: k + 1,
        header: table.header[k]!,
        value: raw,
        message,
        ...(expected ? { expected } : {}),
      });
    const value = (meaning: string, required: boolean): number | undefined => {
      const c = cell(meaning);
      if (!c) return undefined;
      if (c.raw === "") {
        if (required) problem("CSV_EMPTY_CELL", c.k, c.raw, { vi: "Ô bắt buộc bị trống", en: "a required cell is empty" }, VALUE_EXPECTED);
        return undefined;
      }
      const reading = readNumber(c.raw);
      // "0,800" style ambiguity cannot arise below 1; a value of 1,000 is one, never a thousand.
      const number = reading.ok ? reading.value : reading.reason === "ambiguous" ? reading.readings![1] : undefined;
      if (number === undefined)
        problem("CSV_NOT_A_NUMBER", c.k, c.raw, { vi: `“${c.raw}” không phải là số`, en: `"${c.raw}" is not a number` }, VALUE_EXPECTED);
      else if (number < 0 || number > 1)
        problem(
          "CSV_OUT_OF_RANGE",
          c.k,
          c.raw,
          {
            vi: `${c.raw} nằm ngoài khoảng 0..1 (phần trăm như 80,02 cần viết 0,8002)`,
            en: `${c.raw} is outside 0..1 (a percentage such as 80.02 is written 0.8002)`,
          },
          VALUE_EXPECTED,
        );
      else return number;
      return undefined;
    };

    const code = cell("unit_code")?.raw ?? "";
    const name = cell("unit_name")?.raw ?? "";
    const unit = code || name;
    if (unit === "") {
      const c = cell("unit_code") ?? cell("unit_name");
      if (c) problem("CSV_EMPTY_CELL", c.k, "", { vi: "Thiếu tên hoặc mã đơn vị", en: "the unit is empty" });
    } else if (seen.has(textKey(unit))) {
      const c = (code ? cell("unit_code") : cell("unit_name"))!;
      problem("CSV_DUPLICATE_UNIT", c.k, unit, {
        vi: `Đơn vị “${unit}” đã có ở dòng ${seen.get(textKey(unit))}`,
        en: `unit "${unit}" already appears on line ${seen.get(textKey(unit))}`,
      });
    } else seen.set(textKey(unit), record.line);

    let rank: number | undefined;
    const r = cell("rank");
    if (r && r.raw !== "") {
      const reading = readNumber(r.raw, { whole: true });
      if (!reading.ok) problem("CSV_NOT_A_NUMBER", r.k, r.raw, { vi: `“${r.raw}” không phải là số`, en: `"${r.raw}" is not a number` });
      else if (!Number.isInteger(reading.value) || reading.value < 1)
        problem("CSV_OUT_OF_RANGE", r.k, r.raw, { vi: "Thứ hạng phải là số nguyên ≥ 1", en: "a rank is a whole number ≥ 1" });
      else rank = reading.value;
    }
    let period: number | undefined;
    const p = cell("period");
    if (p && p.raw !== "") {
      const year = Number(p.raw);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        problem("CSV_NOT_A_NUMBER", p.k, p.raw, { vi: `“${p.raw}” không phải là năm`, en: `"${p.raw}" is not a year` });
      else period = year;
    }
    const overall = value("overall", true);
    const indices: Record<string, number> = {};
    for (const index of pack.indices) {
      const v = value(`index:${index.code}`, false);
      if (v !== undefined) indices[index.code] = v;
    }
    const pillars: Record<string, number> = {};
    for (const pillar of pack.aggregation.pillars) {
      const v = value(`pillar:${pillar.id}`, false);
      if (v !== undefined) pillars[pillar.id] = v;
    }
    const source = cell("source")?.raw;
    if (unit === "" || overall === undefined) continue;
    rows.push({
      line: record.line,
      unit,
      ...(code ? { code } : {}),
      ...(name ? { name } : {}),
      ...(rank !== undefined ? { rank } : {}),
      overall,
      indices,
      ...(Object.keys(pillars).length > 0 ? { pillars } : {}),
      ...(source ? { source } : {}),
      ...(period !== undefined ? { period } : {}),
    });
  }
  if (table.header.length > 0 && table.records.length === 0)
    problems.push({
      code: "CSV_MALFORMED",
      row: 1,
      message: { vi: "Có dòng tiêu đề nhưng không có dòng số liệu", en: "a header but no unit rows" },
    });
  problems.sort((a, b) => a.row - b.row || (a.column ?? 0) - (b.column ?? 0));
  return { rows: problems.length === 0 ? rows : [], problems, columns };
}
