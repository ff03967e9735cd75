import type { ScoreRequest, UnitInput } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import { CliError, cliIssue, type CliIssue } from "../errors";
import { both } from "../i18n/catalogue";
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
    throw new CliError("CSV_INVALID", both("csv.noCodeColumn", { file }), {
      issues: [cliIssue({ code: "CSV_INVALID", file, row: 1 }, both("csv.noCodeColumn.issue"), both("csv.expected.inputHeader"))],
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
      issues.push(
        cliIssue(
          { code: "CSV_INVALID", file, row, column, key: header, unit: unit.code, ...(input ? { input: input.id } : {}) },
          coerced.reason,
          coerced.expected,
        ),
      );
      return;
    }
    if (coerced.value === null) return;
    if (seen) {
      const first = seen.get(`${unit.code}\u0000${resolved}`);
      if (first !== undefined) {
        issues.push(
          cliIssue(
            { code: "CSV_INVALID", file, row, column, key: header, unit: unit.code },
            both("csv.givenAgain", { input: resolved, unit: unit.code, first }),
          ),
        );
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
      issues.push(
        cliIssue({ code: "CSV_INVALID", file, row: record.line, column: codeAt + 1, key: table.header[codeAt]! }, both("csv.emptyCode")),
      );
      continue;
    }
    const unit = unitFor(code, nameAt >= 0 ? record.cells[nameAt]!.trim() : "");
    if (layout === "long") {
      const key = record.cells[inputAt]!.trim();
      if (key === "") {
        issues.push(
          cliIssue(
            { code: "CSV_INVALID", file, row: record.line, column: inputAt + 1, key: table.header[inputAt]!, unit: code },
            both("csv.emptyInput"),
          ),
        );
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
  if (units.size === 0) throw new CliError("CSV_INVALID", both("csv.noUnitRows", { file }));
  return [...units.values()];
}

/** The score request an input file describes, the period taken from --period or the JSON. */
export function scoreRequestFrom(input: InputFile, pack: Pack, period: number | undefined): ScoreRequest {
  if (input.kind === "csv") {
    if (period === undefined)
      throw new CliError("PERIOD_REQUIRED", both("input.csvNoPeriod", { file: input.file, year: pack.meta.years[0]! }));
    return { period, units: unitsFromCsv(input.table, input.file, pack) };
  }
  const data = input.data;
  if (data === null || typeof data !== "object" || Array.isArray(data))
    throw new CliError("JSON_INVALID", both("input.expectedObject", { file: input.file, pack: pack.meta.id, year: pack.meta.years[0]! }));
  const request = data as Record<string, unknown>;
  const chosen = period ?? request.period;
  if (chosen === undefined) throw new CliError("PERIOD_REQUIRED", both("input.noPeriod", { file: input.file, year: pack.meta.years[0]! }));
  return { ...request, period: chosen } as ScoreRequest;
}
