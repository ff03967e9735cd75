import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { InputValue } from "@dti/contracts";
import { createEngine } from "@dti/engine";
import { officialAddress, packSchema, type Pack } from "@dti/pack-sdk";
import pack2022 from "@dti-packs/dti-province-2022";
import ExcelJS from "exceljs";
import { parse } from "yaml";

export const engine = createEngine();
export const loaded2022 = engine.load(pack2022);
export const pack: Pack = packSchema.parse(pack2022);

export const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

/** Real files on disk: every workbook of the tests is written and read back from a temporary directory. */
export function tempFiles() {
  const dir = mkdtempSync(join(tmpdir(), "dti-spreadsheets-"));
  let n = 0;
  return {
    dir,
    async write(bytes: Uint8Array, name = `file-${++n}.xlsx`): Promise<string> {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    async open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await this.write(bytes));
      return workbook;
    },
    /** Saves a workbook as a person's Excel would, and returns the file's bytes. */
    async save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
      const path = join(dir, `saved-${++n}.xlsx`);
      await workbook.xlsx.writeFile(path);
      return new Uint8Array(readFileSync(path));
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The hand-computed full-unit case of the 2022 pack: every input given. */
export function fullUnitCase(): { input: Record<string, InputValue>; expected: { overall: number } } {
  const packDir = dirname(dirname(fileURLToPath(import.meta.resolve("@dti-packs/dti-province-2022"))));
  const doc = parse(readFileSync(join(packDir, "fixtures/cases/full-unit.yaml"), "utf8")) as {
    cases: { input: Record<string, InputValue>; expected: { overall: number } }[];
  };
  return doc.cases[0]!;
}

/** Where an officer types a value: the official address (3.3.a) or general-information code (A6). */
export function addressOfInput(p: Pack, id: string): string {
  const input = p.inputs.find((i) => i.id === id);
  if (input?.generalInfo) return input.generalInfo;
  for (const indicator of p.indicators)
    for (const ref of indicator.inputs) if (ref.input === id) return officialAddress(indicator.code, ref);
  return id;
}

/**
 * The value cell an officer would type into, found as a person finds it: by the visible "Mã" (A6)
 * column of "Thông tin chung" or the "Địa chỉ" (3.3.a) column of an index sheet, among the
 * unlocked cells of the "Giá trị" column (F).
 */
export function valueCell(workbook: ExcelJS.Workbook, address: string): { sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell } {
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible" || sheet.name === "Hướng dẫn") continue;
    const column = sheet.name === "Thông tin chung" ? 1 : 3;
    for (let r = 4; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const cell = row.getCell(6);
      if (String(row.getCell(column).value ?? "") === address && cell.protection?.locked === false) return { sheet, cell };
    }
  }
  throw new Error(`no value cell for ${address}`);
}

/** How a person writes a value: Có/Không, the Vietnamese label of a choice, the number or text. */
export function asTyped(p: Pack, id: string, value: InputValue): ExcelJS.CellValue {
  const input = p.inputs.find((i) => i.id === id);
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (input?.unit === "choice") return input.options!.find((o) => o.value === value)!.label.vi;
  return value;
}

/** Input id (or info-only A-code) of a key of the fixture. */
export function idOf(p: Pack, key: string): string {
  return p.inputs.find((i) => i.id === key || i.generalInfo === key)?.id ?? key;
}
