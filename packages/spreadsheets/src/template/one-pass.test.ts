import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import pack2022 from "@dti-packs/dti-province-2022";
import { buildTemplate } from "./build";
import { readTemplate } from "./read";
import { engineProblems } from "./engine-checks";
import { layoutTemplate } from "./layout";
import { loaded2022, pack, tempFiles, valueCell } from "../test/helpers";

/**
 * One pass: a filled template's type problems, range problems and broken ratios come out of one
 * reading, each at its sheet and cell, in Vietnamese and English — not the types first and the
 * ratios only once the types are fixed.
 */
const files = tempFiles();
afterAll(() => files.cleanup());

let blank: Uint8Array;
beforeAll(async () => {
  blank = await buildTemplate({ pack: pack2022, unit: { code: "MAU", name: "Tỉnh mẫu (demo)" }, period: 2022 });
});

/** Types values into the blank template as a person would; returns the file and where each value went. */
async function typed(entries: Record<string, ExcelJS.CellValue>): Promise<{ bytes: Uint8Array; at: Record<string, [string, string]> }> {
  const workbook = await files.open(blank);
  const at: Record<string, [string, string]> = {};
  for (const [address, value] of Object.entries(entries)) {
    const { sheet, cell } = valueCell(workbook, address);
    cell.value = value;
    at[address] = [sheet.name, cell.address];
  }
  return { bytes: await files.save(workbook), at };
}

describe("readTemplate: every problem of a file in one pass", () => {
  it("reports a type error, an out-of-range value and a broken ratio together, each by sheet and cell, in both languages", async () => {
    const { bytes, at } = await typed({
      "3.1.a": "khoảng 300 nghìn", // not a number
      "3.4.a": -5, // a count below zero
      A6: 100, // households_total, the whole of 8.4
      "8.4.a": 120, // households with a digital address: a part above its whole
    });
    const reading = await readTemplate(bytes, { pack: pack2022, period: 2022, unit: "MAU" });
    expect(reading.values).toEqual({});
    expect(reading.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([
      ["CELL_NOT_A_NUMBER", ...at["3.1.a"]!],
      ["CELL_NEGATIVE", ...at["3.4.a"]!],
      ["RATIO_NUMERATOR_EXCEEDS_DENOMINATOR", ...at["8.4.a"]!],
    ]);
    for (const p of reading.problems) {
      expect(p.message.vi).toMatch(/[ạảãàáâậầấẩẫăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữựíìỉĩịúùủũụýỳỷỹỵóòỏõọéèẻẽẹ]/);
      expect(p.message.en).toMatch(/^[\x20-\x7e“”≥≤—]*[a-z]/);
    }
    const ratio = reading.problems[2]!;
    expect(ratio).toMatchObject({
      indicator: "8.4",
      inputId: "households_with_digital_address",
      address: "8.4.a",
      engineCode: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
      ratio: {
        numerator: { total: 120, inputs: [{ inputId: "households_with_digital_address", address: "8.4.a", value: 120 }] },
        denominator: {
          total: 100,
          inputs: [{ inputId: "households_total", address: "8.4.b", enteredAt: "A6", value: 100, sheet: at.A6![0], cell: at.A6![1] }],
        },
      },
    });
    // Both sides named, with their numbers and where to find them.
    expect(ratio.message.vi).toContain("phần (tử số 8.4.a = 120) lớn hơn tổng (mẫu số 8.4.b = 100)");
    expect(ratio.message.vi).toContain(`(nhập ở A6, ô ${at.A6![1]}, trang “Thông tin chung”)`);
    expect(ratio.message.en).toContain("the part (numerator 8.4.a = 120) is above the whole (denominator 8.4.b = 100)");
    expect(ratio.message.en).toContain(`cell ${at["8.4.a"]![1]}, sheet "${at["8.4.a"]![0]}"`);
    expect(ratio.expected).toEqual({
      vi: "8.4.a ≤ 8.4.b",
      en: "8.4.a households_with_digital_address ≤ 8.4.b households_total",
    });
  });

  it("names a side's empty inputs: a part already above its whole whatever they are", async () => {
    const { bytes, at } = await typed({ "6.12.a": 100, "6.12.b": 500 });
    const reading = await readTemplate(bytes, { pack: pack2022 });
    expect(reading.problems).toHaveLength(1);
    const [problem] = reading.problems;
    expect(problem).toMatchObject({ code: "RATIO_NUMERATOR_EXCEEDS_DENOMINATOR", sheet: at["6.12.b"]![0], cell: at["6.12.b"]![1] });
    expect(problem!.ratio!.numerator).toMatchObject({ total: 500, missing: ["6.12.c"] });
    expect(problem!.ratio!.numerator.inputs.map((x) => x.value)).toEqual([500, null]);
    expect(problem!.message.vi).toContain("6.12.b + 6.12.c ≥ 500 (6.12.c chưa nhập)");
    expect(problem!.message.en).toContain("6.12.b + 6.12.c ≥ 500 (6.12.c not entered)");
  });

  it("does not report a value twice: a side that did not read is a type problem, not a ratio", async () => {
    const { bytes, at } = await typed({ A6: "một trăm", "8.4.a": 120 });
    const reading = await readTemplate(bytes, { pack: pack2022 });
    expect(reading.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([["CELL_NOT_A_NUMBER", ...at.A6!]]);
  });

  it("writes Vietnamese numbers the Vietnamese way in the ratio's message", async () => {
    const { bytes } = await typed({ A6: 1000, "8.4.a": 1500 });
    const [problem] = (await readTemplate(bytes, { pack: pack2022 })).problems;
    expect(problem!.message.vi).toContain("8.4.a = 1.500");
    expect(problem!.message.vi).toContain("8.4.b = 1.000");
    expect(problem!.message.en).toContain("8.4.a = 1500");
  });
});

describe("engineProblems: what the engine refuses, placed at its cell", () => {
  const layout = layoutTemplate(pack);

  it("places a value the engine refuses at the cell it was read from, with the expected form in both languages", () => {
    const readAt = new Map([["households_total", { sheet: "Thông tin chung", row: 9, column: "F", cell: "F9" }]]);
    const problems = engineProblems(loaded2022, layout, new Map([["households_total", -3]]), readAt);
    expect(problems).toEqual([
      {
        code: "CELL_OUT_OF_RANGE",
        engineCode: "INPUT_OUT_OF_RANGE",
        sheet: "Thông tin chung",
        row: 9,
        column: "F",
        cell: "F9",
        inputId: "households_total",
        address: "A6",
        value: "-3",
        message: { vi: "A6: -3 nằm ngoài khoảng cho phép", en: "A6: -3 is outside the allowed range" },
        expected: { vi: "Số nguyên ≥ 0, ví dụ 1250", en: "a whole number ≥ 0 such as 1250" },
      },
    ]);
  });

  it("places an input not read at its row in the template", () => {
    const [problem] = engineProblems(loaded2022, layout, new Map([["households_total", 2.5]]), new Map());
    const entry = layout.entries.get("households_total")!;
    expect(problem).toMatchObject({ sheet: entry.sheet.name, row: entry.row.row, cell: `F${entry.row.row}`, code: "CELL_OUT_OF_RANGE" });
  });
});
