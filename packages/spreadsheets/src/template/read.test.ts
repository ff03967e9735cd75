import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import pack2022 from "@dti-packs/dti-province-2022";
import pack2020 from "@dti-packs/dti-province-2020";
import type { InputValue } from "@dti/contracts";
import { buildTemplate } from "./build";
import { readTemplate } from "./read";
import { readTemplateMetadata } from "./metadata";
import { SpreadsheetError } from "../errors";
import { addressOfInput, asTyped, engine, fullUnitCase, idOf, loaded2022, pack, tempFiles, valueCell } from "../test/helpers";

const files = tempFiles();
afterAll(() => files.cleanup());

const UNIT = { code: "MAU", name: "Tỉnh mẫu (demo)" };
let blank: Uint8Array;

beforeAll(async () => {
  blank = await buildTemplate({ pack: pack2022, unit: UNIT, period: 2022 });
});

/** Opens the blank template, lets `edit` type into it as a person would, saves it as a file. */
async function filled(edit: (wb: ExcelJS.Workbook) => void, from = blank): Promise<Uint8Array> {
  const workbook = await files.open(from);
  edit(workbook);
  return files.save(workbook);
}

async function caught(promise: Promise<unknown>): Promise<SpreadsheetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return error as SpreadsheetError;
}

describe("readTemplate: a filled template", () => {
  it("gives back exactly the values typed into it (the full hand-computed unit), which the engine scores as by hand", async () => {
    const { input, expected } = fullUnitCase();
    const bytes = await filled((wb) => {
      for (const [key, value] of Object.entries(input)) {
        const id = idOf(pack, key);
        const address = /^A\d+$/.test(key) ? key : addressOfInput(pack, id);
        valueCell(wb, address).cell.value = asTyped(pack, id, value);
      }
    });
    const reading = await readTemplate(bytes, { pack: pack2022, period: 2022, unit: "MAU" });
    expect(reading.problems).toEqual([]);
    expect(reading.warnings).toEqual([]);
    const want = Object.fromEntries(Object.entries(input).map(([k, v]) => [idOf(pack, k), v]));
    expect(reading.values).toEqual(want);
    const result = engine.score(loaded2022, { period: 2022, units: [{ code: "MAU", inputs: reading.values }] });
    expect(result.units[0]!.overall).toBeCloseTo(expected.overall, 10);
  });

  it("accepts Vietnamese number writing, numbers typed as text, x/true/false for yes/no, a choice by label or value, and source notes", async () => {
    const bytes = await filled((wb) => {
      valueCell(wb, "A4").cell.value = "1.234.567";
      valueCell(wb, "A19").cell.value = "1.234,5";
      valueCell(wb, "5.12.1.a").cell.value = "0,5";
      valueCell(wb, "5.12.1.b").cell.value = 12.25;
      valueCell(wb, "A6").cell.value = "300000";
      valueCell(wb, "A8").cell.value = { formula: "50+10", result: 60 };
      valueCell(wb, "1.2.a").cell.value = "x";
      valueCell(wb, "1.2.b").cell.value = true;
      valueCell(wb, "1.4").cell.value = "weekly_updates";
      valueCell(wb, "1.1").cell.value = "trưởng ban là phó bí thư/phó chủ tịch tỉnh";
      valueCell(wb, "3.5.b").cell.value = "không";
      valueCell(wb, "2.1").cell.value = "FALSE";
      valueCell(wb, "A1").cell.value = "Tỉnh Đắk Lắk";
      valueCell(wb, "A7").cell.value = 15;
      const { sheet, cell } = valueCell(wb, "A6");
      sheet.getRow(Number(cell.row)).getCell(9).value = "Cục Thống kê, niên giám 2022";
    });
    const reading = await readTemplate(bytes, { pack: pack2022 });
    expect(reading.problems).toEqual([]);
    expect(reading.values).toEqual({
      population_total: 1234567,
      dts_budget_total_bvnd: 1234.5,
      infosec_invest_bvnd: 0.5,
      infosec_recurrent_bvnd: 12.25,
      households_total: 300000,
      communes_total: 60,
      leader_attends_ubqg_meetings: true,
      leader_chairs_dts_meetings: true,
      dts_portal_page_status: "weekly_updates",
      dts_steering_head: "deputy",
      connected_gov_cloud: false,
      party_dts_resolution_issued: false,
      A1: "Tỉnh Đắk Lắk",
      A7: 15,
    });
    expect(reading.sources).toEqual({ households_total: "Cục Thống kê, niên giám 2022" });
  });

  it("reads an untouched template as no values and no problems; shared cells left as formulas are ignored", async () => {
    const reading = await readTemplate(blank, { pack: pack2022 });
    expect(reading).toMatchObject({ values: {}, sources: {}, problems: [], warnings: [] });
    expect(reading.metadata.unit).toEqual(UNIT);
  });
});

describe("readTemplate: a broken template", () => {
  it("reports every problem at once with sheet, row, column and cell, and returns no values", async () => {
    let where: Record<string, string> = {};
    const bytes = await filled((wb) => {
      const cell = (address: string, value: ExcelJS.CellValue) => {
        const found = valueCell(wb, address);
        found.cell.value = value;
        // Excel gives a typed date a date format; without it the date is stored as a plain number.
        // (A fresh style object: exceljs shares one among the cells a file loaded with the same style.)
        if (value instanceof Date) found.cell.style = { ...found.cell.style, numFmt: "dd/mm/yyyy" };
        return `${found.sheet.name}!${found.cell.address}`;
      };
      where = {
        text: cell("3.1.a", "khoảng 300 nghìn"),
        negative: cell("3.4.a", -5),
        fraction: cell("A8", 2.5),
        choice: cell("1.1", "Chủ tịch xã"),
        yesNo: cell("1.2.a", "abc"),
        ambiguous: cell("5.12.2", "1,234"),
        date: cell("3.2.a", new Date(Date.UTC(2022, 11, 31))),
        error: cell("3.3.a", { error: "#DIV/0!" } as ExcelJS.CellErrorValue),
        fine: cell("A6", 300000),
      };
      wb.removeWorksheet(wb.getWorksheet("II. Thể chế số")!.id);
    });
    const reading = await readTemplate(bytes, { pack: pack2022 });
    expect(reading.values).toEqual({});
    expect(reading.sources).toEqual({});
    const got = reading.problems.map((p) => [p.code, p.sheet, p.cell ?? null]);
    const at = (key: string) => [where[key]!.split("!")[0], where[key]!.split("!")[1]];
    expect(got).toEqual(
      expect.arrayContaining([
        ["CELL_NOT_A_NUMBER", ...at("text")],
        ["CELL_NEGATIVE", ...at("negative")],
        ["CELL_NOT_WHOLE", ...at("fraction")],
        ["CELL_UNKNOWN_CHOICE", ...at("choice")],
        ["CELL_NOT_YES_NO", ...at("yesNo")],
        ["CELL_AMBIGUOUS_NUMBER", ...at("ambiguous")],
        ["CELL_NOT_A_NUMBER", ...at("date")],
        ["CELL_FORMULA_ERROR", ...at("error")],
        ["SHEET_MISSING", "II. Thể chế số", null],
      ]),
    );
    expect(reading.problems).toHaveLength(9);
    const text = reading.problems.find((p) => p.code === "CELL_NOT_A_NUMBER" && p.value === "khoảng 300 nghìn")!;
    expect(text).toMatchObject({
      sheet: "III. Hạ tầng số",
      column: "F",
      inputId: "adults_with_smartphone",
      address: "3.1.a",
      message: { vi: "3.1.a: “khoảng 300 nghìn” không phải là số", en: '3.1.a: "khoảng 300 nghìn" is not a number' },
      expected: { vi: "Số nguyên ≥ 0, ví dụ 1250", en: "a whole number ≥ 0 such as 1250" },
    });
    expect(text.row).toBe(Number(text.cell!.slice(1)));
    // In workbook order: Thông tin chung, I, III, …, then the missing sheet.
    expect(reading.problems.map((p) => p.sheet)).toEqual([
      "Thông tin chung",
      "I. Nhận thức số",
      "I. Nhận thức số",
      "III. Hạ tầng số",
      "III. Hạ tầng số",
      "III. Hạ tầng số",
      "III. Hạ tầng số",
      "V. An toàn thông tin mạng",
      "II. Thể chế số",
    ]);
  });

  it("reports rows the template did not make, unknown and duplicated hidden ids, overwritten shared values and constants", async () => {
    const bytes = await filled((wb) => {
      const sheet = wb.getWorksheet("III. Hạ tầng số")!;
      sheet.unprotect();
      const rows = (id: string) => {
        const found: ExcelJS.Row[] = [];
        sheet.eachRow((row) => row.getCell(10).value === id && found.push(row));
        return found;
      };
      rows("households_total")[0]!.getCell(6).value = 123; // over the "xem A6" formula
      rows("required_platforms_min")[0]!.getCell(6).value = 8; // the constant 3.6.b
      rows("communes_on_tslcd")[0]!.getCell(10).value = "made_up_input";
      const copy = sheet.getRow(sheet.rowCount + 1);
      copy.getCell(10).value = "households_with_fiber";
      copy.getCell(11).value = "entry";
      sheet.getRow(sheet.rowCount + 2).getCell(6).value = 42; // typed below the table
      valueCell(wb, "A6").cell.value = 100;
    });
    const reading = await readTemplate(bytes, { pack: pack2022 });
    expect(reading.values).toEqual({});
    expect(reading.problems.map((p) => [p.code, p.sheet, p.address ?? p.inputId ?? null])).toEqual([
      ["SHARED_VALUE_CONFLICT", "III. Hạ tầng số", "A6"],
      ["ROW_MISSING", "III. Hạ tầng số", "3.4.a"],
      ["ROW_UNKNOWN_INPUT", "III. Hạ tầng số", "made_up_input"],
      ["CONSTANT_CHANGED", "III. Hạ tầng số", "3.6.b"],
      ["ROW_DUPLICATE_INPUT", "III. Hạ tầng số", "3.3.a"],
      ["ROW_UNRECOGNIZED", "III. Hạ tầng số", null],
    ]);
    for (const p of reading.problems) expect(p.message.vi.length * p.message.en.length).toBeGreaterThan(0);
  });
});

describe("readTemplate: files that are not this template", () => {
  it("refuses random bytes, an empty file and an old .xls with FILE_NOT_XLSX", async () => {
    const random = new Uint8Array(4096).map((_, k) => (k * 7919 + 13) % 251);
    for (const bytes of [random, new Uint8Array(0), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])]) {
      const error = await caught(readTemplate(bytes, { pack: pack2022 }));
      expect(error.code).toBe("FILE_NOT_XLSX");
      expect(error.text.vi.length).toBeGreaterThan(0);
    }
    const damaged = blank.slice(0, 2000);
    expect((await caught(readTemplate(damaged, { pack: pack2022 }))).code).toBe("FILE_NOT_XLSX");
  });

  it("refuses an .xlsx that is not one of our templates with TEMPLATE_NOT_RECOGNIZED", async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").addRow(["Mã chỉ số", "Giá trị"]);
    const bytes = await files.save(other);
    const error = await caught(readTemplate(bytes, { pack: pack2022 }));
    expect(error.code).toBe("TEMPLATE_NOT_RECOGNIZED");
    expect(error.message).toContain("không phải là biểu mẫu");
    await expect(readTemplateMetadata(bytes)).rejects.toMatchObject({ code: "TEMPLATE_NOT_RECOGNIZED" });
  });

  it("refuses a template of another pack, version, period or unit", async () => {
    expect((await caught(readTemplate(blank, { pack: pack2020 }))).code).toBe("TEMPLATE_PACK_MISMATCH");
    const bumped = { ...pack2022, meta: { ...pack2022.meta, version: "1.1.0" } };
    const mismatch = await caught(readTemplate(blank, { pack: bumped }));
    expect(mismatch.code).toBe("TEMPLATE_PACK_MISMATCH");
    expect(mismatch.text.en).toBe("the template was made for pack dti-province-2022 1.0.0, not dti-province-2022 1.1.0");
    expect((await caught(readTemplate(blank, { pack: pack2022, period: 2023 }))).code).toBe("TEMPLATE_PERIOD_MISMATCH");
    expect((await caught(readTemplate(blank, { pack: pack2022, unit: "DNG" }))).code).toBe("TEMPLATE_UNIT_MISMATCH");
  });

  it("refuses a newer template format, and warns when the pack was edited under the same version", async () => {
    const newer = await filled((wb) => {
      wb.getWorksheet("_dti_meta")!.getCell("B1").value = "dti-assessment-template@2";
    });
    expect((await caught(readTemplate(newer, { pack: pack2022 }))).code).toBe("TEMPLATE_FORMAT_UNSUPPORTED");
    const edited = { ...pack2022, meta: { ...pack2022.meta, title: { ...pack2022.meta.title, en: "edited" } } };
    const reading = await readTemplate(blank, { pack: edited });
    expect(reading.warnings.map((w) => w.code)).toEqual(["TEMPLATE_PACK_HASH_DIFFERS"]);
  });

  it("still reads the metadata from the instructions sheet when the hidden metadata sheet is gone", async () => {
    const without = await filled((wb) => wb.removeWorksheet(wb.getWorksheet("_dti_meta")!.id));
    expect((await readTemplateMetadata(without)).pack).toEqual(loaded2022.ref);
    const values: Record<string, InputValue> = (await readTemplate(without, { pack: pack2022 })).values;
    expect(values).toEqual({});
  });
});
