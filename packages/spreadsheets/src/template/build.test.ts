import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import pack2022 from "@dti-packs/dti-province-2022";
import { buildTemplate } from "./build";
import { readTemplateMetadata } from "./metadata";
import { isSpreadsheetError } from "../errors";
import { loaded2022, pack, tempFiles, valueCell } from "../test/helpers";

const files = tempFiles();
afterAll(() => files.cleanup());

const UNIT = { code: "MAU", name: "Tỉnh mẫu – Đắk Lắk (demo)" };
let bytes: Uint8Array;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  bytes = await buildTemplate({
    pack: pack2022,
    unit: UNIT,
    period: 2022,
    values: { households_total: 300000, "3.3.a": 210000, dts_steering_head: "deputy", leader_attends_ubqg_meetings: true },
    sources: { "3.3.a": "Báo cáo của VNPT, Viettel, FPT (31/12/2022)" },
    assignments: { "3.3": "Sở Khoa học và Công nghệ" },
    notes: ["Số liệu mẫu, không phải số liệu thật."],
  });
  workbook = await files.open(bytes);
});

/** Every data row of every visible data sheet with its hidden id and role. */
function dataRows(wb: ExcelJS.Workbook) {
  const rows: { sheet: ExcelJS.Worksheet; row: ExcelJS.Row; id: string; role: string }[] = [];
  for (const sheet of wb.worksheets) {
    if (sheet.state !== "visible" || sheet.name === "Hướng dẫn") continue;
    for (let r = 4; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push({ sheet, row, id: String(row.getCell(10).value ?? ""), role: String(row.getCell(11).value ?? "") });
    }
  }
  return rows;
}

describe("buildTemplate (dti-province-2022)", () => {
  it("has the instructions, the general information and one sheet per main index, with valid names", () => {
    const visible = workbook.worksheets.filter((s) => s.state === "visible").map((s) => s.name);
    expect(visible).toEqual([
      "Hướng dẫn",
      "Thông tin chung",
      "I. Nhận thức số",
      "II. Thể chế số",
      "III. Hạ tầng số",
      "IV. Nhân lực số",
      "V. An toàn thông tin mạng",
      "VI. Hoạt động chính quyền số",
      "VII. Hoạt động kinh tế số",
      "VIII. Hoạt động xã hội số",
      "IX. Đô thị thông minh",
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[\\/?*[\]:]/);
    }
    expect(workbook.getWorksheet("_dti_meta")?.state).toBe("veryHidden");
    expect(workbook.getWorksheet("Danh mục")?.state).toBe("hidden");
  });

  it("gives every input exactly one value cell, and each general-information item one row", () => {
    const rows = dataRows(workbook).filter((r) => ["entry", "constant", "info"].includes(r.role));
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const input of pack.inputs) expect(ids, input.id).toContain(input.id);
    for (const item of pack.generalInfo) {
      const general = workbook.getWorksheet("Thông tin chung")!;
      const found = general.getColumn(1).values.filter((v) => v === item.code);
      expect(found, item.code).toHaveLength(1);
    }
    expect(rows).toHaveLength(
      pack.inputs.length + pack.generalInfo.filter((g) => !pack.inputs.some((i) => i.generalInfo === g.code)).length,
    );
  });

  it("puts Excel data validation on every value cell, by kind of input", () => {
    for (const { row, id, role } of dataRows(workbook)) {
      if (role !== "entry") continue;
      const input = pack.inputs.find((i) => i.id === id)!;
      const validation = row.getCell(6).dataValidation;
      expect(validation, id).toBeDefined();
      switch (input.unit) {
        case "count":
          expect(validation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] });
          break;
        case "billion_vnd":
          expect(validation).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
          break;
        case "boolean":
          expect(validation).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
          break;
        case "choice": {
          expect(validation.type).toBe("list");
          const [, from, to] = /!\$C\$(\d+):\$C\$(\d+)$/.exec(String(validation.formulae[0]))!;
          const lists = workbook.getWorksheet("Danh mục")!;
          const labels = [];
          for (let r = Number(from); r <= Number(to); r++) labels.push(lists.getRow(r).getCell(3).value);
          expect(labels).toEqual(input.options!.map((o) => o.label.vi));
          break;
        }
      }
      expect(validation.showErrorMessage).toBe(true);
      expect((validation.error ?? "").length).toBeLessThanOrEqual(225);
    }
  });

  it("round-trips Vietnamese text: labels, names, agencies, units", () => {
    const { sheet, cell } = valueCell(workbook, "3.3.a");
    expect(sheet.name).toBe("III. Hạ tầng số");
    const row = sheet.getRow(Number(cell.row));
    const input = pack.inputs.find((i) => i.id === "households_with_fiber")!;
    expect(row.getCell(1).value).toBe("3.3");
    expect(row.getCell(2).value).toBe(`${pack.indicators.find((i) => i.code === "3.3")!.name.vi} (*)`);
    expect(row.getCell(4).value).toBe(input.label.vi);
    expect(row.getCell(5).value).toBe("số lượng");
    expect(row.getCell(8).value).toBe("Sở Khoa học và Công nghệ");
    expect(row.getCell(9).value).toBe("Báo cáo của VNPT, Viettel, FPT (31/12/2022)");
    expect(String(sheet.getCell("A1").value)).toContain("Tỉnh mẫu – Đắk Lắk (demo)");
    const units = new Set(dataRows(workbook).map((r) => r.row.getCell(5).value));
    expect([...units].sort()).toEqual(["", "có/không", "lựa chọn", "số lượng", "tỷ đồng", "văn bản"].sort());
    const instructions = workbook.getWorksheet("Hướng dẫn")!;
    const text = instructions.getColumn(2).values.concat(instructions.getColumn(1).values).map(String).join("\n");
    expect(text).toContain("922/QĐ-BTTTT");
    expect(text).toContain("Số liệu mẫu, không phải số liệu thật.");
    expect(text).toContain("không phải biểu mẫu chính thức");
  });

  it("pre-fills values as an officer writes them: numbers, Có/Không, the label of a choice", () => {
    expect(valueCell(workbook, "A6").cell.value).toBe(300000);
    expect(valueCell(workbook, "3.3.a").cell.value).toBe(210000);
    expect(valueCell(workbook, "1.1").cell.value).toBe("Trưởng ban là Phó Bí thư/Phó Chủ tịch tỉnh");
    expect(valueCell(workbook, "1.2.a").cell.value).toBe("Có");
    expect(valueCell(workbook, "3.1.a").cell.value).toBeNull();
  });

  it("enters a shared input once and refers to it elsewhere (xem A6), as a locked formula", () => {
    const refs = dataRows(workbook).filter((r) => r.id === "households_total");
    expect(refs.map((r) => [r.sheet.name, r.role, r.row.getCell(3).value])).toEqual([
      ["Thông tin chung", "entry", "3.2.b, 3.3.b, 8.4.b"],
      ["III. Hạ tầng số", "ref", "3.2.b"],
      ["III. Hạ tầng số", "ref", "3.3.b"],
      ["VIII. Hoạt động xã hội số", "ref", "8.4.b"],
    ]);
    const entryRow = refs[0]!.row.number;
    for (const ref of refs.slice(1)) {
      const cell = ref.row.getCell(6);
      expect(cell.formula).toBe(`IF('Thông tin chung'!F${entryRow}="","",'Thông tin chung'!F${entryRow})`);
      expect(cell.protection?.locked).not.toBe(false);
      expect(ref.row.getCell(7).value).toContain("xem A6");
    }
    // A shared input with no general-information code is entered at its first indicator.
    const platforms = dataRows(workbook).filter((r) => r.id === "shared_platforms_deployed");
    expect(platforms.map((r) => [r.role, r.row.getCell(3).value])).toEqual([
      ["entry", "3.6.a"],
      ["ref", "3.7.b"],
    ]);
    expect(platforms[1]!.row.getCell(7).value).toContain("xem 3.6.a");
  });

  it("shows constants (3.6.b = 7) locked, and notes indicators with nothing to enter", () => {
    const constant = dataRows(workbook).find((r) => r.id === "required_platforms_min")!;
    expect(constant.role).toBe("constant");
    expect(constant.row.getCell(3).value).toBe("3.6.b");
    expect(constant.row.getCell(6).value).toBe(7);
    expect(constant.row.getCell(6).protection?.locked).not.toBe(false);
    const notes = dataRows(workbook)
      .filter((r) => r.role === "note")
      .map((r) => r.row.getCell(1).value);
    expect(notes).toEqual(["5.12", "9.1", "9.2", "9.3"]);
  });

  it("protects structure without a password, unlocks value and source cells, freezes the header, hides the id columns", () => {
    for (const sheet of workbook.worksheets.filter((s) => s.state === "visible" && s.name !== "Hướng dẫn")) {
      const protection = (sheet as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      expect(protection?.sheet, sheet.name).toBe(true);
      expect(protection?.hashValue).toBeUndefined();
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
      expect(sheet.getColumn(10).hidden).toBe(true);
      expect(sheet.getColumn(11).hidden).toBe(true);
      expect(sheet.getRow(3).getCell(6).value).toBe("Giá trị");
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
    }
    for (const { row, role } of dataRows(workbook)) {
      const unlocked = row.getCell(6).protection?.locked === false;
      expect(unlocked).toBe(role === "entry" || role === "info");
      expect(row.getCell(1).protection?.locked).not.toBe(false);
      expect(row.getCell(4).alignment?.wrapText).toBe(true);
    }
  });

  it("records pack, version, the engine's content hash, unit and period", async () => {
    expect(await readTemplateMetadata(bytes)).toEqual({
      format: "dti-assessment-template@1",
      pack: loaded2022.ref,
      unit: UNIT,
      period: 2022,
      generator: "@dti/spreadsheets",
    });
  });

  it("refuses bad options with every problem, and packs with nothing to enter", async () => {
    const error = await buildTemplate({
      pack: pack2022,
      unit: { code: "bad code", name: "" },
      period: 1999,
      values: { nope: 1, households_total: -1, "1.1": "maybe", required_platforms_min: 8 },
      assignments: { "99.9": "Sở X" },
    }).catch((e: unknown) => e);
    expect(isSpreadsheetError(error) && error.code).toBe("TEMPLATE_OPTIONS_INVALID");
    const details = (error as { details: string[] }).details.join("\n");
    for (const part of ["unit.code", "unit.name", "period", '"nope"', '"households_total"', '"1.1"', "fixed at 7", '"99.9"'])
      expect(details).toContain(part);
    const indicesOnly = (await import("@dti-packs/dti-province-2020")).default;
    await expect(buildTemplate({ pack: indicesOnly, unit: UNIT, period: 2020 })).rejects.toMatchObject({
      code: "TEMPLATE_OPTIONS_INVALID",
    });
  });
});
