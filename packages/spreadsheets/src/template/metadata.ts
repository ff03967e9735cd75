import type { PackRef } from "@dti/contracts";
import type ExcelJS from "exceljs";
import { cellKey } from "../cells";
import { SpreadsheetError } from "../errors";
import type { WorkbookLimits } from "../limits";
import { fromBytes } from "../workbook";
import { INSTRUCTIONS_SHEET, META_SHEET } from "./layout";

/** Written in every template; a reader refuses other formats. Bump the number when the layout changes incompatibly. */
export const TEMPLATE_FORMAT = "dti-assessment-template@1";

export interface TemplateMetadata {
  format: string;
  pack: PackRef;
  unit: { code: string; name: string };
  period: number;
  generator: string;
}

/** Machine keys, as written in the hidden metadata sheet and in the hidden column C of "Hướng dẫn". */
export const META_KEYS = ["format", "pack_id", "pack_version", "pack_hash", "unit_code", "unit_name", "period", "generator"] as const;
type MetaKey = (typeof META_KEYS)[number];

export function metadataEntries(meta: TemplateMetadata): [MetaKey, string][] {
  return [
    ["format", meta.format],
    ["pack_id", meta.pack.id],
    ["pack_version", meta.pack.version],
    ["pack_hash", meta.pack.hash],
    ["unit_code", meta.unit.code],
    ["unit_name", meta.unit.name],
    ["period", String(meta.period)],
    ["generator", meta.generator],
  ];
}

/** Key/value pairs of a sheet: every row whose column `keyColumn` holds a metadata key. */
function pairs(sheet: ExcelJS.Worksheet | undefined, keyColumn: number, valueColumn: number): Map<string, string> {
  const found = new Map<string, string>();
  sheet?.eachRow((row) => {
    const key = cellKey(row.getCell(keyColumn).value);
    if ((META_KEYS as readonly string[]).includes(key)) found.set(key, cellKey(row.getCell(valueColumn).value));
  });
  return found;
}

/**
 * The template's metadata: from the very hidden sheet "_dti_meta", or else from the hidden keys of
 * the "Hướng dẫn" sheet (a tool that drops very hidden sheets keeps that one).
 */
export function metadataOf(workbook: ExcelJS.Workbook): TemplateMetadata {
  let found = pairs(workbook.getWorksheet(META_SHEET), 1, 2);
  if (!found.has("format")) found = pairs(workbook.getWorksheet(INSTRUCTIONS_SHEET), 3, 2);
  const format = found.get("format") ?? "";
  if (!format.startsWith("dti-assessment-template@"))
    throw new SpreadsheetError("TEMPLATE_NOT_RECOGNIZED", {
      vi: "Tệp không phải là biểu mẫu đánh giá DTI do hệ thống tạo ra (không có thông tin bộ chỉ số và kỳ đánh giá)",
      en: "the workbook is not a DTI assessment template made by this system (no pack and period metadata)",
    });
  if (format !== TEMPLATE_FORMAT)
    throw new SpreadsheetError("TEMPLATE_FORMAT_UNSUPPORTED", {
      vi: `Biểu mẫu theo định dạng ${format}, hệ thống này đọc ${TEMPLATE_FORMAT}`,
      en: `the template is in format ${format}; this reader reads ${TEMPLATE_FORMAT}`,
    });
  const period = Number(found.get("period"));
  const get = (key: MetaKey) => found.get(key) ?? "";
  if (!get("pack_id") || !get("pack_version") || !Number.isInteger(period))
    throw new SpreadsheetError("TEMPLATE_NOT_RECOGNIZED", {
      vi: "Thông tin biểu mẫu (bộ chỉ số, phiên bản, kỳ đánh giá) bị thiếu hoặc bị sửa",
      en: "the template's metadata (pack, version, period) is missing or was edited",
    });
  return {
    format,
    pack: { id: get("pack_id"), version: get("pack_version"), hash: get("pack_hash") },
    unit: { code: get("unit_code"), name: get("unit_name") },
    period,
    generator: get("generator"),
  };
}

/** Pack, version, hash, unit and period of a template file, without reading its values. */
export async function readTemplateMetadata(
  bytes: Uint8Array | ArrayBuffer,
  limits: Partial<WorkbookLimits> = {},
): Promise<TemplateMetadata> {
  return metadataOf(await fromBytes(bytes, limits));
}

/** Marks a template that records the versions of the stored values it was made from (the very hidden sheet). */
export const VERSIONS_KEY = "versions";
const VERSION_PREFIX = "version:";

/** Rows of the metadata sheet for the versions: the marker, then `version:<inputId>` → version. */
export function versionEntries(versions: Readonly<Record<string, number>>): [string, string][] {
  return [
    [VERSIONS_KEY, "1"],
    ...Object.entries(versions).map(([inputId, version]): [string, string] => [`${VERSION_PREFIX}${inputId}`, String(version)]),
  ];
}

/**
 * The versions a template was made from, keyed by input id (an input with no stored value then is
 * absent), or null for a template made before versions were recorded (or whose very hidden sheet a
 * tool dropped).
 */
export function versionsOf(workbook: ExcelJS.Workbook): Record<string, number> | null {
  const sheet = workbook.getWorksheet(META_SHEET);
  let marked = false;
  const versions: Record<string, number> = {};
  sheet?.eachRow((row) => {
    const key = cellKey(row.getCell(1).value);
    if (key === VERSIONS_KEY) marked = true;
    else if (key.startsWith(VERSION_PREFIX)) {
      const version = Number(cellKey(row.getCell(2).value));
      if (Number.isInteger(version) && version >= 0) versions[key.slice(VERSION_PREFIX.length)] = version;
    }
  });
  return marked ? versions : null;
}
