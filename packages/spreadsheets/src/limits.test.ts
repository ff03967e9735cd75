import pack2022 from "@dti-packs/dti-province-2022";
import { describe, expect, it } from "vitest";
import { SpreadsheetError } from "./errors";
import { DEFAULT_WORKBOOK_LIMITS, inspectWorkbook } from "./limits";
import { buildTemplate } from "./template/build";
import { readTemplate } from "./template/read";
import { readTemplateMetadata } from "./template/metadata";
import { sheetXml, workbookParts, zip } from "./test/zip";

async function refusal(promise: Promise<unknown>): Promise<SpreadsheetError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return error as SpreadsheetError;
}

describe("workbook limits, checked on the zip before exceljs unpacks it", () => {
  it("let a real template through, with room to spare", async () => {
    const bytes = await buildTemplate({ pack: pack2022, unit: { code: "MAU", name: "Tỉnh mẫu (demo)" }, period: 2022 });
    await expect(inspectWorkbook(bytes)).resolves.toBeUndefined();
    await expect(readTemplateMetadata(bytes)).resolves.toMatchObject({ unit: { code: "MAU" } });
    // The template has 13 sheets and at most 300 rows: tighter limits still read it.
    await expect(inspectWorkbook(bytes, { maxSheets: 13, maxRowsPerSheet: 300, maxCells: 5000 })).resolves.toBeUndefined();
  });

  it("refuse a file above the size limit (FILE_TOO_LARGE)", async () => {
    const bytes = zip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sheetXml(10) }]);
    const error = await refusal(inspectWorkbook(bytes, { maxBytes: 100 }));
    expect(error.code).toBe("FILE_TOO_LARGE");
    expect(error.text.vi).toContain("Tệp quá lớn");
  });

  it("refuse a zip bomb by its declared size, and by its ratio, before inflating anything", async () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 0x41); // 30 MiB of "A" deflate to about 30 kB
    const bomb = zip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: big }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const started = Date.now();
    const error = await refusal(readTemplate(bomb, { pack: pack2022 }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("FILE_TOO_LARGE");
    expect(error.text).toEqual({
      vi: "Tệp giải nén ra quá lớn (tối đa 20 MiB): tệp có thể là một “bom nén”",
      en: "the file unpacks to more than 20 MiB: it may be a zip bomb",
    });
    const ratio = await refusal(inspectWorkbook(bomb, { maxUnpackedBytes: 100 * 1024 * 1024 }));
    expect(ratio.code).toBe("FILE_TOO_LARGE");
    expect(ratio.text.en).toMatch(/xl\/worksheets\/sheet1\.xml unpacks \d+ times larger/);
  });

  it("refuse a bomb whose directory lies about its size, as soon as inflating passes the declared size", async () => {
    const liar = zip([
      ...workbookParts(1),
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024, 0x41), declared: 1000 },
    ]);
    const error = await refusal(readTemplateMetadata(liar));
    expect(error.code).toBe("FILE_TOO_LARGE");
  });

  it("refuse too many sheets, rows in a sheet or cells (WORKBOOK_TOO_LARGE)", async () => {
    const sheets = zip([...workbookParts(3), ...[1, 2, 3].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: sheetXml(2) }))]);
    expect((await refusal(inspectWorkbook(sheets, { maxSheets: 2 }))).code).toBe("WORKBOOK_TOO_LARGE");
    await expect(inspectWorkbook(sheets, { maxSheets: 3 })).resolves.toBeUndefined();

    const rows = zip([
      ...workbookParts(1),
      { name: "xl/worksheets/sheet1.xml", data: sheetXml(DEFAULT_WORKBOOK_LIMITS.maxRowsPerSheet + 1, 0) },
    ]);
    const tooManyRows = await refusal(inspectWorkbook(rows));
    expect(tooManyRows.code).toBe("WORKBOOK_TOO_LARGE");
    expect(tooManyRows.text.en).toBe("a sheet has too many rows (xl/worksheets/sheet1.xml: more than 10,000)");
    await expect(inspectWorkbook(rows, { maxRowsPerSheet: DEFAULT_WORKBOOK_LIMITS.maxRowsPerSheet + 1 })).resolves.toBeUndefined();

    // Cells are counted whatever the namespace prefix, across chunk boundaries, never <col>.
    const cells = zip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sheetXml(5000, 4, "x") }]);
    await expect(inspectWorkbook(cells, { maxCells: 20_000 })).resolves.toBeUndefined();
    const tooManyCells = await refusal(inspectWorkbook(cells, { maxCells: 19_999 }));
    expect(tooManyCells.code).toBe("WORKBOOK_TOO_LARGE");
    expect(tooManyCells.text.vi).toBe("Tệp có quá nhiều ô (hơn 19.999)");
  });

  it("say a broken zip is not a workbook (FILE_NOT_XLSX)", async () => {
    const bytes = zip([...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sheetXml(10) }]);
    const cut = bytes.subarray(0, bytes.length - 30); // the end of the directory is gone
    expect((await refusal(inspectWorkbook(cut))).code).toBe("FILE_NOT_XLSX");
    const corrupt = Buffer.from(bytes);
    corrupt[30 + "[Content_Types].xml".length] = 0b111; // the first deflate block: final, of the reserved type 3
    expect((await refusal(inspectWorkbook(corrupt))).code).toBe("FILE_NOT_XLSX");
  });
});
