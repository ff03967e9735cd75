import type { ScoreRequest, UnitInput } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import { CliError, type CliIssue } from "../errors";
import { coerceCell } from "./coerce";
import type { CsvTable } from "./csv";
import { csvError } from "./csv";
import type { InputFile } from "./input-file";
import { inputKeys } from "./input-keys";
import { textKey } from "@dti/conventions";

const CODE_COLUMNS = new Set(["code", "ma"]);
const NAME_COLUMNS = new Set(["name", "ten"]);
const LONG_COLUMNS = { input: new Set(["input", "key", "chi_tieu"]), value: new Set(["value", "gia_tri"]) };

function columnIndex(header: string[], names: Set<string>): number {
  return header.findIndex((h) => names.has(textKey(h)));
}

/** Long form when the header is exactly code, (name,) input, value; wide form otherwise. */
export function csvLayout(header: string[]): "long" | "wide" {
  const input = columnIndex(header, LONG_COLUMNS.input);
  const value = columnIndex(header, LONG_COLUMNS.value);
  const code = columnIndex(header, CODE_COLUMNS);
  const name = columnIndex(header, NAME_COLUMNS);
  const known = [input, value, code, name].filter((k) => k >= 0).length;
  return input >= 0 && value >= 0 && code >= 0 && known === header.length ? "long" : "wide";
}

function resolveKey(key: string, keys: ReturnType<typeof inputKeys>): string {
  if (keys.has(key)) return key;
  const lower = key.toLowerCase();
  for (const candidate of keys.keys()) if (candidate.toLowerCase() === lower) return candidate;
  return key;
}

/** Units from a CSV file, every cell read as its input's unit; all bad cells reported at once. */
export function unitsFromCsv(table: CsvTable, file: string, pack: Pack): UnitInput[] {
  const keys = inputKeys(pack);
  const issues: CliIssue[] = [];
  const codeAt = columnIndex(table.header, CODE_COLUMNS);
  if (codeAt < 0)
    throw new CliError("CSV_INVALID", `${file}: the header has no "code" column`, {
      issues: [
        {
          code: "CSV_INVALID",
          file,
          row: 1,
          message: 'no "code" column',
          expected: 'a header such as "code,name,<input id or address>…" or "code,name,input,value"',
        },
      ],
    });
  const nameAt = columnIndex(table.header, NAME_COLUMNS);
  const units = new Map<string, UnitInput>();
  const unitFor = (code: string, name: string) => {
    let unit = units.get(code);
    if (!unit) units.set(code, (unit = { code, ...(name ? { name } : {}), inputs: {} }));
    else if (name && !unit.name) unit.name = name;
    return unit;
  };
  const put = (unit: UnitInput, key: string, raw: string, row: number, column: number, header: string, seen?: Map<string, number>) => {
    const resolved = resolveKey(key, keys);
    const input = keys.get(resolved);
    const coerced = coerceCell(raw, input);
    if (!coerced.ok) {
      issues.push({
        code: "CSV_INVALID",
        file,
        row,
        column,
        key: header,
        unit: unit.code,
        ...(input ? { input: input.id } : {}),
        expected: coerced.expected,
        message: coerced.reason,
      });
      return;
    }
    if (coerced.value === null) return;
    if (seen) {
      const first = seen.get(`${unit.code}\u0000${resolved}`);
      if (first !== undefined) {
        issues.push({
          code: "CSV_INVALID",
          file,
          row,
          column,
          key: header,
          unit: unit.code,
          message: `${resolved} is given again for unit ${unit.code} (first on row ${first})`,
        });
        return;
      }
      seen.set(`${unit.code}\u0000${resolved}`, row);
    }
    unit.inputs[resolved] = coerced.value;
  };

  const layout = csvLayout(table.header);
  const inputAt = columnIndex(table.header, LONG_COLUMNS.input);
  const valueAt = columnIndex(table.header, LONG_COLUMNS.value);
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const code = record.cells[codeAt]!.trim();
    if (code === "") {
      issues.push({
        code: "CSV_INVALID",
        file,
        row: record.line,
        column: codeAt + 1,
        key: table.header[codeAt]!,
        message: "the unit code is empty",
      });
      continue;
    }
    const unit = unitFor(code, nameAt >= 0 ? record.cells[nameAt]!.trim() : "");
    if (layout === "long") {
      const key = record.cells[inputAt]!.trim();
      if (key === "") {
        issues.push({
          code: "CSV_INVALID",
          file,
          row: record.line,
          column: inputAt + 1,
          key: table.header[inputAt]!,
          unit: code,
          message: "the input name is empty",
        });
        continue;
      }
      put(unit, key, record.cells[valueAt]!, record.line, valueAt + 1, key, seen);
    } else {
      table.header.forEach((header, k) => {
        if (k === codeAt || k === nameAt) return;
        put(unit, header, record.cells[k]!, record.line, k + 1, header);
      });
    }
  }
  if (issues.length > 0) throw csvError(file, issues);
  if (units.size === 0) throw new CliError("CSV_INVALID", `${file} has a header but no unit rows`);
  return [...units.values()];
}

/** The score request an input file describes, the period taken from --period or the JSON. */
export function scoreRequestFrom(input: InputFile, pack: Pack, period: number | undefined): ScoreRequest {
  if (input.kind === "csv") {
    if (period === undefined)
      throw new CliError(
        "PERIOD_REQUIRED",
        `${input.file} is a CSV file, which carries no period: give --period, e.g. --period ${pack.meta.years[0]}`,
      );
    return { period, units: unitsFromCsv(input.table, input.file, pack) };
  }
  const data = input.data;
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new CliError(
      "JSON_INVALID",
      `${input.file}: expected an object such as { "pack": "${pack.meta.id}", "period": ${pack.meta.years[0]}, "units": [ … ] }`,
    );
  const request = data as Record<string, unknown>;
  const chosen = period ?? request.period;
  if (chosen === undefined)
    throw new CliError("PERIOD_REQUIRED", `${input.file} has no "period": add one or give --period, e.g. --period ${pack.meta.years[0]}`);
  return { ...request, period: chosen } as ScoreRequest;
}
