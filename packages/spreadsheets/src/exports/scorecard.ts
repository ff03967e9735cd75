import type { ScoreResult } from "@dti/contracts";
import { resolvePack, type PackSource } from "../pack";
import { title, FONT, newWorkbook, toBytes } from "../workbook";
import { packLine } from "./columns";
import { printable, writeTable } from "./sheet";
import { indicatorTable, summaryTable } from "./tables";

const HEADER_ROW = 5;

/**
 * A scorecard of one or many units: "Tổng hợp" (rank, overall, pillars and main indices),
 * "Chi tiết" (every indicator of every unit) and, when the engine warned, "Cảnh báo".
 */
export async function scorecardWorkbook(result: ScoreResult, packSource: PackSource): Promise<Uint8Array> {
  const { pack } = resolvePack(packSource);
  const workbook = newWorkbook();
  workbook.title = `DTI ${result.period}`;

  const summary = workbook.addWorksheet("Tổng hợp");
  const table = summaryTable(result, pack, { points: true });
  const only = result.units.length === 1 ? ` – ${result.units[0]!.name ?? result.units[0]!.code}` : "";
  title(summary, 1, `KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) – KỲ ${result.period}${only}`, table.columns.length, 14);
  title(summary, 2, pack.meta.title.vi, table.columns.length, 11);
  title(summary, 3, packLine(result), table.columns.length, 10);
  summary.getRow(2).height = 30;
  writeTable(summary, table, HEADER_ROW, { freezeColumns: 3 });
  printable(summary, `${HEADER_ROW}:${HEADER_ROW}`);

  const detail = workbook.addWorksheet("Chi tiết");
  const indicators = indicatorTable(result, pack);
  title(detail, 1, `ĐIỂM TỪNG CHỈ SỐ THÀNH PHẦN – KỲ ${result.period}`, indicators.columns.length, 14);
  title(detail, 2, packLine(result), indicators.columns.length, 10);
  if (indicators.rows.length === 0) {
    detail.getCell(3, 1).value = "Kết quả được tổng hợp từ giá trị các chỉ số chính: không có điểm từng chỉ số thành phần.";
    detail.getCell(3, 1).font = { ...FONT, italic: true };
  }
  writeTable(detail, indicators, 4, { freezeColumns: 4 });
  printable(detail, "4:4");

  if (result.warnings.length > 0) {
    const warnings = workbook.addWorksheet("Cảnh báo");
    title(warnings, 1, "CẢNH BÁO KHI TÍNH ĐIỂM", 5, 14);
    writeTable(
      warnings,
      {
        columns: [
          { header: "Mã cảnh báo", kind: "text", width: 22 },
          { header: "Đơn vị", kind: "text", width: 10 },
          { header: "Chỉ số", kind: "text", width: 9 },
          { header: "Số liệu", kind: "text", width: 28 },
          { header: "Nội dung (tiếng Anh)", kind: "text", width: 90 },
        ],
        rows: result.warnings.map((w) => [w.code, w.unit ?? "", w.indicator ?? "", w.input ?? "", w.message]),
      },
      3,
    );
  }
  return toBytes(workbook);
}
