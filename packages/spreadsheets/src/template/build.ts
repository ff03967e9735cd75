import { unitCodeSchema, type InputValue } from "@dti/contracts";
import type { Pack } from "@dti/pack-sdk";
import type ExcelJS from "exceljs";
import { SpreadsheetError } from "../errors";
import { resolvePack, type PackSource } from "../pack";
import { columnLetter, sheetRef, UNIT_WORDS } from "../text";
import { BORDER, ENTRY_FILL, FONT, GENERATOR, LOCKED_FILL, newWorkbook, styleHeader, title, toBytes } from "../workbook";
import { valueKeys } from "./keys";
import {
  COLUMNS,
  columnOf,
  FIRST_DATA_ROW,
  HEADER_ROW,
  KEY_ROW,
  layoutTemplate,
  TITLE_ROW,
  type LayoutSheet,
  type TemplateLayout,
} from "./layout";
import { metadataEntries, TEMPLATE_FORMAT, versionEntries, type TemplateMetadata } from "./metadata";
import { allowedText, cellValueOf, expectedForm, NO, numberFormatFor, readValue, specOf, validationFor, YES } from "./values";

export interface TemplateOptions {
  pack: PackSource;
  unit: { code: string; name: string };
  /** The assessment period (the year the data is about), e.g. 2022. */
  period: number;
  /** Values to pre-fill, keyed by input id, official address (3.3.a) or general-information code (A6). */
  values?: Readonly<Record<string, InputValue>>;
  /** Notes to pre-fill in "Ghi chú / nguồn số liệu", keyed like `values`. */
  sources?: Readonly<Record<string, string>>;
  /** Lead agency per indicator code (3.3) or general-information code (A6), replacing the pack's. */
  assignments?: Readonly<Record<string, string>>;
  /** Extra lines for the notes of the "Hướng dẫn" sheet (e.g. "Số liệu mẫu, không phải số liệu thật"). */
  notes?: readonly string[];
  /**
   * The version of each stored value, keyed by input id, recorded in the very hidden metadata sheet
   * so that importing the template later can tell which values changed since (readTemplate's
   * `versions`). Omitted: the template records none.
   */
  versions?: Readonly<Record<string, number>>;
}

const LAST_VISIBLE = COLUMNS.filter((c) => !c.hidden).length;
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true } as const;

function invalid(details: string[]): SpreadsheetError {
  return new SpreadsheetError(
    "TEMPLATE_OPTIONS_INVALID",
    {
      vi: `Không tạo được biểu mẫu: ${details[0] ?? ""}`,
      en: `cannot build the template: ${details.length} problem(s); first: ${details[0] ?? ""}`,
    },
    { details },
  );
}

/** Values keyed by hidden id (input id or info-only A-code), checked against their inputs. */
function normalizeValues(
  pack: Pack,
  layout: TemplateLayout,
  options: TemplateOptions,
  problems: string[],
): { values: Map<string, InputValue>; sources: Map<string, string> } {
  const keys = valueKeys(pack);
  const values = new Map<string, InputValue>();
  const sources = new Map<string, string>();
  for (const [key, value] of Object.entries(options.values ?? {})) {
    const id = keys.get(key);
    const entry = id === undefined ? undefined : layout.entries.get(id);
    if (id === undefined || !entry) {
      problems.push(`values: "${key}" is not an input id, address or general-information code of ${pack.meta.id}`);
      continue;
    }
    if (value === null) continue;
    const spec = specOf(entry.row.input, entry.row.unit);
    const typed =
      spec.unit === "boolean"
        ? typeof value === "boolean"
        : spec.unit === "choice"
          ? typeof value === "string"
          : spec.unit === "text"
            ? typeof value === "string"
            : typeof value === "number";
    const reading = typed
      ? readValue(
          spec,
          typeof value === "number"
            ? { kind: "number", value }
            : typeof value === "boolean"
              ? { kind: "boolean", value }
              : { kind: "text", value },
        )
      : undefined;
    if (!reading?.ok || (spec.unit === "choice" && !spec.options?.some((o) => o.value === value))) {
      problems.push(`values: "${key}" = ${JSON.stringify(value)}; expected ${expectedForm(spec).en}`);
      continue;
    }
    if (entry.row.role === "constant" && value !== entry.row.input?.constant) {
      problems.push(`values: "${key}" is fixed at ${entry.row.input?.constant} by the method text`);
      continue;
    }
    if (values.has(id) && values.get(id) !== value) problems.push(`values: "${key}" gives ${id} a second, different value`);
    values.set(id, value);
  }
  for (const [key, note] of Object.entries(options.sources ?? {})) {
    const id = keys.get(key);
    if (id === undefined || !layout.entries.has(id))
      problems.push(`sources: "${key}" is not an input id, address or general-information code of ${pack.meta.id}`);
    else sources.set(id, note);
  }
  const assignable = new Set([...pack.indicators.map((i) => i.code), ...pack.generalInfo.map((g) => g.code)]);
  for (const code of Object.keys(options.assignments ?? {}))
    if (!assignable.has(code)) problems.push(`assignments: "${code}" is not an indicator or general-information code of ${pack.meta.id}`);
  return { values, sources };
}

function checkOptions(pack: Pack, options: TemplateOptions, problems: string[]): void {
  const code = unitCodeSchema.safeParse(options.unit?.code);
  if (!code.success) problems.push(`unit.code: ${code.error.issues[0]?.message ?? "invalid"}`);
  if (typeof options.unit?.name !== "string" || options.unit.name.trim() === "") problems.push("unit.name: the unit's name is required");
  if (!Number.isInteger(options.period) || options.period < 2000 || options.period > 2100)
    problems.push(`period: expected a year such as 2022, got ${String(options.period)}`);
  if (pack.inputs.length === 0)
    problems.push(
      `pack ${pack.meta.id} has no inputs to enter (coverage "${pack.meta.coverage}"): a template needs a pack that scores raw inputs`,
    );
}

function viDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function writeInstructions(
  sheet: ExcelJS.Worksheet,
  pack: Pack,
  meta: TemplateMetadata,
  layout: TemplateLayout,
  notes: readonly string[],
): void {
  sheet.columns = [{ width: 30 }, { width: 110 }, { width: 14, hidden: true }];
  title(sheet, 1, "BIỂU MẪU THU THẬP SỐ LIỆU ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI)", 2, 16);
  title(sheet, 2, pack.meta.title.vi, 2, 12);
  sheet.getRow(2).height = 32;
  let row = 4;
  const line = (label: string, value: string, key?: string) => {
    const r = sheet.getRow(row++);
    r.getCell(1).value = label;
    r.getCell(1).font = { ...FONT, bold: true };
    r.getCell(2).value = value;
    r.getCell(2).font = FONT;
    r.getCell(2).alignment = { wrapText: true, vertical: "top" };
    r.getCell(1).alignment = { vertical: "top" };
    if (key) r.getCell(3).value = key;
  };
  const basis = pack.meta.legalBasis;
  line(
    "Căn cứ",
    `Quyết định số ${basis.decision} ngày ${viDate(basis.date)} của ${basis.issuer.vi}${basis.title ? ` – ${basis.title.vi}` : ""}`,
  );
  if (pack.meta.source) {
    const s = pack.meta.source;
    line("Nguồn chép lại", `${s.title.vi}${s.number ? ` (số ${s.number}${s.date ? ` ngày ${viDate(s.date)}` : ""})` : ""}`);
  }
  const labels: Record<string, string> = {
    pack_id: "Bộ chỉ số (mã)",
    pack_version: "Phiên bản bộ chỉ số",
    pack_hash: "Mã kiểm tra nội dung",
    unit_code: "Mã đơn vị",
    unit_name: "Tên đơn vị",
    period: "Kỳ đánh giá (năm số liệu)",
    format: "Định dạng biểu mẫu",
    generator: "Tạo bởi",
  };
  for (const [key, value] of metadataEntries(meta)) line(labels[key] ?? key, value, key);
  row++;
  const section = (text: string) => {
    const cell = sheet.getCell(row++, 1);
    cell.value = text;
    cell.font = { ...FONT, bold: true, size: 13 };
  };
  const bullet = (text: string) => {
    sheet.mergeCells(row, 1, row, 2);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = FONT;
    cell.alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(row).height = Math.max(16, Math.ceil(text.length / 120) * 16);
    row++;
  };
  section("CÁCH ĐIỀN");
  [
    `1. Mỗi chỉ số chính có một trang tính riêng (${layout.sheets
      .filter((s) => s.kind === "index")
      .map((s) => s.index!.code)
      .join(
        ", ",
      )}); trang “Thông tin chung” chứa các số liệu chung (${layout.sheets[0]!.title.replace(/^Thông tin chung \(|\)$/g, "")}) dùng cho nhiều chỉ số.`,
    "2. Chỉ nhập vào các ô màu vàng của cột “Giá trị” (và cột “Ghi chú / nguồn số liệu” nếu cần). Các ô khác được khóa để tránh sửa nhầm (không đặt mật khẩu).",
    "3. Số lượng: nhập số nguyên ≥ 0, ví dụ 1250. Tỷ đồng: nhập số, dấu thập phân theo cài đặt của máy, ví dụ 12,5. Nên nhập dạng số, không nhập dạng văn bản.",
    `4. Có/không: chọn “${YES}” hoặc “${NO}” trong danh sách. Lựa chọn: chọn một dòng trong danh sách thả xuống của ô.`,
    "5. Ô để trống nghĩa là chưa có số liệu (không phải số 0). Nếu giá trị bằng 0, hãy nhập 0.",
    "6. Một số liệu dùng cho nhiều chỉ số chỉ nhập một lần: các dòng ghi “xem A6” hoặc “xem 3.2.b” (ô màu xám) tự lấy giá trị đã nhập ở đó.",
    "7. Ô màu xám có số là giá trị cố định theo phương pháp tính (ví dụ 3.6.b = 7): không sửa.",
    "8. Cột “Ghi chú / nguồn số liệu”: ghi nguồn (văn bản, hệ thống, cơ quan cung cấp); không bắt buộc.",
    "9. Không đổi tên, xóa, thêm trang tính, dòng hoặc cột; không sửa các cột ẩn. Hệ thống đọc lại tệp theo mã ẩn của từng dòng và báo mọi ô sai cùng lúc (trang, dòng, cột).",
    "10. Chỉ số có dấu (*): phần chép lại phương pháp tính của chỉ số này còn điểm chưa chắc chắn (xem ghi chú của bộ chỉ số).",
  ].forEach(bullet);
  row++;
  section("LƯU Ý");
  [
    `• Biểu mẫu do nền tảng mã nguồn mở đánh giá DTI tạo ra từ bộ chỉ số ${meta.pack.id} phiên bản ${meta.pack.version}; đây không phải biểu mẫu chính thức của cơ quan ban hành. Kết quả tính từ biểu mẫu là ước tính để tự đánh giá, không thay thế kết quả đánh giá chính thức được công bố.`,
    "• Cơ quan chủ trì ghi theo bộ chỉ số (hoặc theo phân công của đơn vị khi tạo biểu mẫu); đơn vị có thể phân công lại.",
    ...notes.map((n) => `• ${n}`),
  ].forEach(bullet);
  row++;
  section("MỤC LỤC");
  for (const s of layout.sheets) {
    const r = sheet.getRow(row++);
    // A HYPERLINK formula rather than a hyperlink relationship: every spreadsheet program follows it inside the file.
    r.getCell(1).value = {
      formula: `HYPERLINK("#${sheetRef(s.name, "A1").replace(/"/g, '""')}","${s.name.replace(/"/g, '""')}")`,
      result: s.name,
    };
    r.getCell(1).font = { ...FONT, color: { argb: "FF0563C1" }, underline: true };
    const toFill = s.rows.filter((x) => x.role === "entry" || x.role === "info").length;
    r.getCell(2).value = `${s.title} – ${toFill} ô cần nhập`;
    r.getCell(2).font = FONT;
  }
  sheet.views = [{ showGridLines: false }];
}

function writeLists(sheet: ExcelJS.Worksheet, pack: Pack): Map<string, string> {
  sheet.columns = [
    { header: "option_of", width: 30 },
    { header: "option_value", width: 30 },
    { header: "label_vi", width: 80 },
    { header: "label_en", width: 80 },
  ];
  const ranges = new Map<string, string>();
  let row = 2;
  for (const [value, vi, en] of [
    ["true", YES, "Yes"],
    ["false", NO, "No"],
  ] as const)
    sheet.getRow(row++).values = ["(yes/no)", value, vi, en];
  for (const input of pack.inputs) {
    if (!input.options) continue;
    const first = row;
    for (const option of input.options) sheet.getRow(row++).values = [input.id, option.value, option.label.vi, option.label.en ?? ""];
    ranges.set(input.id, `${sheetRef(sheet.name, `$C$${first}`)}:$C$${row - 1}`);
  }
  return ranges;
}

function writeDataSheet(
  sheet: ExcelJS.Worksheet,
  layoutSheet: LayoutSheet,
  meta: TemplateMetadata,
  values: Map<string, InputValue>,
  sources: Map<string, string>,
  lists: Map<string, string>,
): void {
  const general = layoutSheet.kind === "general";
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, hidden: c.hidden ?? false }));
  title(
    sheet,
    TITLE_ROW,
    `${layoutSheet.title} · Đơn vị: ${meta.unit.code} – ${meta.unit.name} · Kỳ đánh giá: ${meta.period}`,
    LAST_VISIBLE,
    13,
  );
  sheet.getRow(TITLE_ROW).height = 36;
  const keyRow = sheet.getRow(KEY_ROW);
  COLUMNS.forEach((c, k) => (keyRow.getCell(k + 1).value = c.key));
  keyRow.hidden = true;
  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, k) => (header.getCell(k + 1).value = general ? (c.generalHeader ?? c.header) : c.header));
  header.getCell(columnOf("role")).value = "header";
  styleHeader(sheet, HEADER_ROW, 1, LAST_VISIBLE);
  header.height = 32;

  const value = columnOf("value");
  const source = columnOf("source");
  for (const item of layoutSheet.rows) {
    const r = sheet.getRow(item.row);
    const spec = specOf(item.input, item.unit);
    const cells: Record<string, ExcelJS.CellValue> = {
      code: item.code,
      name: item.name,
      address: item.address,
      label: item.label,
      unit: item.unit ? UNIT_WORDS[item.unit].vi : "",
      allowed: allowedText(spec),
      lead: item.leadAgency ?? "",
      input_id: item.id,
      role: item.role,
    };
    COLUMNS.forEach((c, k) => {
      const cell = r.getCell(k + 1);
      if (c.key in cells) cell.value = cells[c.key]!;
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: c.wrap ?? false };
    });
    const v = r.getCell(value);
    const note = r.getCell(source);
    switch (item.role) {
      case "entry":
      case "info": {
        const given = values.get(item.id);
        if (given !== undefined) v.value = cellValueOf(spec, given);
        const validation = validationFor(spec, lists.get(item.id));
        if (validation) v.dataValidation = validation;
        const format = numberFormatFor(spec);
        if (format) v.numFmt = format;
        v.protection = { locked: false };
        v.fill = ENTRY_FILL;
        note.protection = { locked: false };
        note.fill = ENTRY_FILL;
        if (sources.has(item.id)) note.value = sources.get(item.id)!;
        break;
      }
      case "ref": {
        const target = sheetRef(item.source!.sheet, `${columnLetter(value)}${item.source!.row}`);
        const known = values.get(item.id);
        v.value = {
          formula: `IF(${target}="","",${target})`,
          ...(known !== undefined && known !== null ? { result: cellValueOf(spec, known) ?? "" } : {}),
        } as ExcelJS.CellFormulaValue;
        const format = numberFormatFor(spec);
        if (format && format !== "@") v.numFmt = format;
        v.fill = LOCKED_FILL;
        v.font = { ...FONT, italic: true };
        r.getCell(columnOf("allowed")).value = `xem ${item.source!.address} – đã nhập ở trang “${item.source!.sheet}”, không nhập lại`;
        break;
      }
      case "constant":
        v.value = item.input!.constant!;
        v.fill = LOCKED_FILL;
        r.getCell(columnOf("allowed")).value = `Giá trị cố định theo phương pháp tính: ${item.input!.constant} (không nhập)`;
        break;
      case "note":
        v.fill = LOCKED_FILL;
        r.getCell(columnOf("allowed")).value = "Không nhập";
        break;
    }
  }
  const last = FIRST_DATA_ROW + Math.max(layoutSheet.rows.length, 1) - 1;
  sheet.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: HEADER_ROW,
      topLeftCell: `A${FIRST_DATA_ROW}`,
      activeCell: `${columnLetter(value)}${FIRST_DATA_ROW}`,
    },
  ];
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: last, column: LAST_VISIBLE } };
  sheet.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/**
 * The assessment template of a pack for one unit and period, as .xlsx bytes: "Hướng dẫn",
 * "Thông tin chung", one sheet per main index, a hidden "Danh mục" of choice labels and a very
 * hidden metadata sheet. Every input has exactly one value cell; shared inputs are referred to.
 */
export async function buildTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const { pack, ref } = resolvePack(options.pack);
  const problems: string[] = [];
  checkOptions(pack, options, problems);
  const layout = layoutTemplate(pack, options.assignments);
  const { values, sources } = normalizeValues(pack, layout, options, problems);
  if (problems.length > 0) throw invalid(problems);
  const meta: TemplateMetadata = {
    format: TEMPLATE_FORMAT,
    pack: ref,
    unit: { code: options.unit.code, name: options.unit.name.trim() },
    period: options.period,
    generator: GENERATOR,
  };

  const workbook = newWorkbook();
  workbook.title = `DTI ${meta.period} – ${meta.unit.name}`;
  workbook.subject = pack.meta.title.vi;
  const instructions = workbook.addWorksheet(layout.instructions, { properties: { tabColor: { argb: "FF2F5597" } } });
  const dataSheets = layout.sheets.map((s) => workbook.addWorksheet(s.name));
  const lists = workbook.addWorksheet(layout.lists, { state: "hidden" });
  const metaSheet = workbook.addWorksheet(layout.meta, { state: "veryHidden" });

  writeInstructions(instructions, pack, meta, layout, options.notes ?? []);
  const ranges = writeLists(lists, pack);
  layout.sheets.forEach((s, k) => writeDataSheet(dataSheets[k]!, s, meta, values, sources, ranges));
  metaSheet.columns = [{ width: 16 }, { width: 80 }];
  for (const [key, value] of metadataEntries(meta)) metaSheet.addRow([key, value]);
  for (const s of layout.sheets) metaSheet.addRow([`sheet:${s.index?.code ?? "general"}`, s.name]);
  if (options.versions) for (const [key, value] of versionEntries(options.versions)) metaSheet.addRow([key, value]);

  for (const sheet of [instructions, ...dataSheets, lists, metaSheet]) await sheet.protect("", PROTECTION);
  return toBytes(workbook);
}
