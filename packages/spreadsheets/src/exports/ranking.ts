import type { ScoreResult } from "@dti/contracts";
import { resolvePack, type PackSource } from "../pack";
import { newWorkbook, title, toBytes } from "../workbook";
import { packLine } from "./columns";
import { printable, writeTable } from "./sheet";
import { summaryTable } from "./tables";

const HEADER_ROW = 4;

/** A ranked table of units (rank, code, name, overall, pillars, main indices) on one printable sheet. */
export async function rankingWorkbook(result: ScoreResult, packSource: PackSource, options: { title?: string } = {}): Promise<Uint8Array> {
  const { pack } = resolvePack(packSource);
  const workbook = newWorkbook();
  const heading = options.title ?? `BẢNG XẾP HẠNG CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) – KỲ ${result.period}`;
  workbook.title = heading;
  const sheet = workbook.addWorksheet("Xếp hạng");
  const table = summaryTable(result, pack, { points: false });
  title(sheet, 1, heading, table.columns.length, 14);
  title(sheet, 2, packLine(result), table.columns.length, 10);
  writeTable(sheet, table, HEADER_ROW, { freezeColumns: 3 });
  printable(sheet, `${HEADER_ROW}:${HEADER_ROW}`);
  return toBytes(workbook);
}
