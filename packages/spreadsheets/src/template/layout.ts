import { compareCodes } from "@dti/engine";
import type { IndicatorDefinition, InputDefinition, InputUnit, MainIndex, Pack } from "@dti/pack-sdk";
import { renderRule } from "@dti/pack-sdk";
import { sheetName } from "../text";

/**
 * Where every input of a pack goes in the assessment template. Pure: the builder writes this
 * layout and the reader recomputes it from the pack to know what to expect, so the two agree.
 */
export type RowRole = "entry" | "info" | "ref" | "constant" | "note";

export interface LayoutRow {
  role: RowRole;
  /** Column A: indicator code (3.3) or general-information code (A6). */
  code: string;
  /** Column B: indicator name (first row of the indicator) or general-information name. */
  name: string;
  /** Column C: the official address (3.3.a, 1.1); on the general sheet, the addresses that use the input. */
  address: string;
  /** Column D: what to enter. */
  label: string;
  /** Hidden id: the input id, or the A-code of a general-information item no input uses. */
  id: string;
  unit: InputUnit | null;
  input?: InputDefinition;
  indicator?: IndicatorDefinition;
  leadAgency: string | null;
  /** Ref rows: where the value is entered. */
  source?: { sheet: string; row: number; address: string };
  provisional: boolean;
  /** The Excel row number (1-based). */
  row: number;
}

export interface LayoutSheet {
  kind: "general" | "index";
  index?: MainIndex;
  name: string;
  title: string;
  rows: LayoutRow[];
}

export interface TemplateLayout {
  instructions: string;
  lists: string;
  meta: string;
  sheets: LayoutSheet[];
  /** Where each value is entered (entry, info and constant rows), by hidden id. */
  entries: Map<string, { sheet: LayoutSheet; row: LayoutRow }>;
}

export const INSTRUCTIONS_SHEET = "Hướng dẫn";
export const GENERAL_SHEET = "Thông tin chung";
export const LISTS_SHEET = "Danh mục";
export const META_SHEET = "_dti_meta";

export const TITLE_ROW = 1;
export const KEY_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export interface ColumnSpec {
  /** Machine key, written in the hidden key row so the reader does not depend on labels or positions. */
  key: string;
  header: string;
  generalHeader?: string;
  width: number;
  wrap?: boolean;
  hidden?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "code", header: "Mã chỉ số", generalHeader: "Mã", width: 9 },
  { key: "name", header: "Tên chỉ số", generalHeader: "Thông tin", width: 36, wrap: true },
  { key: "address", header: "Địa chỉ", generalHeader: "Dùng cho chỉ số", width: 11, wrap: true },
  { key: "label", header: "Nội dung", width: 50, wrap: true },
  { key: "unit", header: "Đơn vị", width: 10 },
  { key: "value", header: "Giá trị", width: 18, wrap: true },
  { key: "allowed", header: "Giá trị cho phép", width: 32, wrap: true },
  { key: "lead", header: "Cơ quan chủ trì", width: 20, wrap: true },
  { key: "source", header: "Ghi chú / nguồn số liệu", width: 30, wrap: true },
  { key: "input_id", header: "input_id", width: 28, hidden: true },
  { key: "role", header: "role", width: 10, hidden: true },
];

export function columnOf(key: string): number {
  const at = COLUMNS.findIndex((c) => c.key === key);
  if (at < 0) throw new Error(`no column ${key}`);
  return at + 1;
}

function addressOf(indicator: IndicatorDefinition, address: string | undefined): string {
  return address ? `${indicator.code}.${address}` : indicator.code;
}

export function layoutTemplate(pack: Pack, assignments: Readonly<Record<string, string>> = {}): TemplateLayout {
  const taken = new Set([INSTRUCTIONS_SHEET, GENERAL_SHEET, LISTS_SHEET, META_SHEET]);
  const entries = new Map<string, { sheet: LayoutSheet; row: LayoutRow }>();
  const inputs = new Map(pack.inputs.map((i) => [i.id, i]));
  const usedAt = new Map<string, string[]>();
  for (const indicator of pack.indicators)
    for (const ref of indicator.inputs) usedAt.set(ref.input, [...(usedAt.get(ref.input) ?? []), addressOf(indicator, ref.address)]);

  const place = (sheet: LayoutSheet, row: Omit<LayoutRow, "row">) => {
    const placed = { ...row, row: FIRST_DATA_ROW + sheet.rows.length };
    sheet.rows.push(placed);
    if (placed.role === "entry" || placed.role === "info" || placed.role === "constant") entries.set(placed.id, { sheet, row: placed });
    return placed;
  };

  // Thông tin chung: every general-information item, in the pack's order; the input behind it, if any.
  const general: LayoutSheet = { kind: "general", name: GENERAL_SHEET, title: "Thông tin chung (A1–A…)", rows: [] };
  for (const item of pack.generalInfo) {
    const input = pack.inputs.find((i) => i.generalInfo === item.code);
    const lead = assignments[item.code] ?? item.leadAgency;
    if (input)
      place(general, {
        role: input.constant !== undefined ? "constant" : "entry",
        code: item.code,
        name: item.name.vi,
        address: (usedAt.get(input.id) ?? []).join(", "),
        label: input.label.vi,
        id: input.id,
        unit: input.unit,
        input,
        leadAgency: lead,
        provisional: false,
      });
    else
      place(general, {
        role: "info",
        code: item.code,
        name: item.name.vi,
        address: "",
        label: item.name.vi,
        id: item.code,
        unit: item.unit,
        leadAgency: lead,
        provisional: false,
      });
  }
  const codes = pack.generalInfo.map((g) => g.code);
  general.title = codes.length > 0 ? `Thông tin chung (${codes[0]}–${codes[codes.length - 1]})` : "Thông tin chung";
  // An input linked to a general-information code the pack does not list still goes here.
  for (const input of pack.inputs)
    if (input.generalInfo && !entries.has(input.id))
      place(general, {
        role: input.constant !== undefined ? "constant" : "entry",
        code: input.generalInfo,
        name: input.label.vi,
        address: (usedAt.get(input.id) ?? []).join(", "),
        label: input.label.vi,
        id: input.id,
        unit: input.unit,
        input,
        leadAgency: assignments[input.generalInfo] ?? null,
        provisional: false,
      });

  const sheets: LayoutSheet[] = [general];
  for (const index of pack.indices) {
    const name = sheetName(`${index.code}. ${index.name.vi}`, taken);
    taken.add(name);
    const points = index.maxPoints === null ? "" : index.group === "unscored" ? " (không tính điểm)" : ` (${index.maxPoints} điểm)`;
    const sheet: LayoutSheet = { kind: "index", index, name, title: `Chỉ số chính ${index.code} – ${index.name.vi}${points}`, rows: [] };
    sheets.push(sheet);
    const indicators = pack.indicators.filter((i) => i.index === index.code).sort((a, b) => compareCodes(a.code, b.code));
    for (const indicator of indicators) {
      const lead = assignments[indicator.code] ?? indicator.leadAgency;
      const provisional = indicator.provisional !== undefined;
      const name = `${indicator.name.vi}${provisional ? " (*)" : ""}`;
      if (indicator.inputs.length === 0) {
        place(sheet, {
          role: "note",
          code: indicator.code,
          name,
          address: indicator.code,
          label: `Không nhập: ${renderRule(indicator.rule, "vi")}`,
          id: "",
          unit: null,
          indicator,
          leadAgency: lead,
          provisional,
        });
        continue;
      }
      indicator.inputs.forEach((ref, k) => {
        const input = inputs.get(ref.input);
        const address = addressOf(indicator, ref.address);
        const common = {
          code: indicator.code,
          name: k === 0 ? name : "",
          address,
          label: input?.label.vi ?? ref.input,
          id: ref.input,
          unit: input?.unit ?? null,
          indicator,
          leadAgency: lead,
          provisional,
          ...(input ? { input } : {}),
        };
        const primary = entries.get(ref.input);
        if (primary)
          place(sheet, {
            ...common,
            role: "ref",
            source: {
              sheet: primary.sheet.name,
              row: primary.row.row,
              address: primary.sheet.kind === "general" ? primary.row.code : primary.row.address,
            },
          });
        else place(sheet, { ...common, role: input?.constant !== undefined ? "constant" : "entry" });
      });
    }
  }
  // Inputs no indicator uses and no general-information item names: kept, so no value is lost.
  for (const input of pack.inputs)
    if (!entries.has(input.id))
      place(general, {
        role: input.constant !== undefined ? "constant" : "entry",
        code: "",
        name: "",
        address: "",
        label: input.label.vi,
        id: input.id,
        unit: input.unit,
        input,
        leadAgency: null,
        provisional: false,
      });
  return { instructions: INSTRUCTIONS_SHEET, lists: LISTS_SHEET, meta: META_SHEET, sheets, entries };
}
