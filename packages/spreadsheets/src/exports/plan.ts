import type { InputValue } from "@dti/contracts";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "../csv/formula";
import { FONT, newWorkbook, toBytes } from "../workbook";
import { printable, writeTable } from "./sheet";
import type { Cell, Table } from "./tables";

export type PlanStatus = "not_started" | "in_progress" | "done" | "overdue" | "cancelled";

export const PLAN_STATUS_VI: Record<PlanStatus, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Hoàn thành",
  overdue: "Chậm tiến độ",
  cancelled: "Dừng thực hiện",
};

/** One task of an improvement plan, as the provinces' Phụ lục 1 lists them. */
export interface PlanItem {
  indicatorCode: string;
  indicatorName: string;
  /** What is to be done; when absent the indicator's name is the task. */
  task?: string;
  currentValue?: InputValue;
  targetValue?: InputValue;
  targetPoints?: number | null;
  leadAgency: string;
  cooperatingAgencies?: readonly string[];
  /** An ISO date ("2025-12-31", shown 31/12/2025 as a real date) or text ("Quý IV/2025"). */
  deadline?: string | Date | null;
  /** A PlanStatus (shown in Vietnamese) or any text. */
  status?: PlanStatus | string | null;
  /** Share done, 0..1 (shown as a percentage). */
  progress?: number | null;
  note?: string;
}

export interface PlanMeta {
  /** e.g. "Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) tỉnh Ninh Thuận năm 2025". */
  title: string;
  /** Default "PHỤ LỤC 1". */
  appendix?: string;
  /** e.g. "(Kèm theo Kế hoạch số 4233/KH-UBND ngày 28/9/2022 của UBND tỉnh)". */
  subtitle?: string;
}

const HEADER_ROW = 5;

function shown(value: InputValue | undefined): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  return value;
}

function deadlineCell(deadline: PlanItem["deadline"]): Cell {
  if (deadline === undefined || deadline === null || deadline === "") return null;
  if (deadline instanceof Date) return deadline;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline.trim());
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : deadline;
}

/** The plan as a table: shared by the workbook and the CSV so that both say the same. */
export function planTable(items: readonly PlanItem[]): Table {
  return {
    columns: [
      { header: "STT", kind: "rank", width: 6 },
      { header: "Mã chỉ số", kind: "text", width: 9 },
      { header: "Nhiệm vụ / Chỉ số", kind: "text", width: 46 },
      { header: "Giá trị hiện tại", kind: "text", width: 12 },
      { header: "Giá trị mục tiêu", kind: "text", width: 12 },
      { header: "Điểm mục tiêu", kind: "points", width: 10 },
      { header: "Cơ quan chủ trì", kind: "text", width: 20 },
      { header: "Cơ quan phối hợp", kind: "text", width: 26 },
      { header: "Thời hạn", kind: "date", width: 12 },
      { header: "Trạng thái", kind: "text", width: 15 },
      { header: "Tiến độ", kind: "percent", width: 9 },
      { header: "Ghi chú", kind: "text", width: 22 },
    ],
    rows: items.map((item, k) => [
      k + 1,
      item.indicatorCode,
      item.task ? `${item.task}\n(Chỉ số ${item.indicatorCode}: ${item.indicatorName})` : item.indicatorName,
      shown(item.currentValue),
      shown(item.targetValue),
      item.targetPoints ?? null,
      item.leadAgency,
      (item.cooperatingAgencies ?? []).join("; "),
      deadlineCell(item.deadline),
      item.status ? (PLAN_STATUS_VI[item.status as PlanStatus] ?? item.status) : null,
      item.progress ?? null,
      item.note ?? null,
    ]),
  };
}

/** The improvement plan as the provinces print it (Phụ lục 1): landscape A4, one page wide, header on every page. */
export async function planWorkbook(items: readonly PlanItem[], meta: PlanMeta): Promise<Uint8Array> {
  const workbook = newWorkbook();
  workbook.title = meta.title;
  const sheet = workbook.addWorksheet("Phụ lục 1");
  const table = planTable(items);
  const width = table.columns.length;
  const centred = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = neutralizeFormula(text);
    cell.font = { ...FONT, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  centred(1, meta.appendix ?? "PHỤ LỤC 1", { bold: true, size: 13 });
  centred(2, meta.title.toLocaleUpperCase("vi-VN"), { bold: true, size: 13 });
  sheet.getRow(2).height = 34;
  if (meta.subtitle) centred(3, meta.subtitle, { italic: true });
  writeTable(sheet, table, HEADER_ROW, { wrapAll: true });
  sheet.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  printable(sheet, `${HEADER_ROW}:${HEADER_ROW}`);
  return toBytes(workbook);
}
