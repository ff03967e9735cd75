import { fixed, message } from "../message";

/** The human output of dti score, aggregate, explain and demo. */
export const SCORE_OUTPUT = {
  "score.heading": message<{ title: string; id: string; version: string; hash: string; period: number; raw: boolean; mode: string }>(
    (p) =>
      `${p.title} — ${p.id} ${p.version} (${p.hash}), năm ${p.period}, ${p.raw ? `tính từ số liệu gốc, chế độ ${p.mode}` : "tổng hợp từ giá trị chỉ số chính"}`,
    (p) =>
      `${p.title} — ${p.id} ${p.version} (${p.hash}), ${p.period}, ${p.raw ? `scored from raw inputs, ${p.mode} mode` : "aggregated from main-index values"}`,
  ),
  "table.rank": fixed("Hạng", "Rank"),
  "table.code": fixed("Mã", "Code"),
  "table.name": fixed("Tên", "Name"),
  "table.indicator": fixed("Chỉ số", "Indicator"),
  "table.points": fixed("Điểm", "Points"),
  "table.max": fixed("Tối đa", "Max"),
  "table.lost": fixed("Mất", "Lost"),
  "table.status": fixed("Trạng thái", "Status"),
  "score.indices": message<{ legend: string }>(
    (p) => `Chỉ số chính: ${p.legend}`,
    (p) => `Main indices: ${p.legend}`,
  ),
  "score.unitPoints": message<{ unit: string; points: string; max: string }>(
    (p) => `${p.unit}: ${p.points} / ${p.max} điểm`,
    (p) => `${p.unit}: ${p.points} / ${p.max} points`,
  ),
  "status.scored": fixed("đã chấm", "scored"),
  "status.missing": fixed("thiếu số liệu", "missing data"),
  "status.not_scored": fixed("không tính điểm", "not scored"),
  "status.provisional": fixed("tạm thời", "provisional"),
  "warnings.title": message<{ count: number }>(
    (p) => `Cảnh báo (${p.count}):`,
    (p) => `Warnings (${p.count}):`,
  ),
  "warnings.more": message<{ count: number }>(
    (p) => `  … và ${p.count} cảnh báo nữa (--json liệt kê mọi cảnh báo)`,
    (p) => `  … ${p.count} more (--json lists every warning)`,
  ),
  "score.packForYear": message<{ id: string; version: string; period: number }>(
    (p) => `dti: không có --pack: ${p.id} ${p.version} là gói đã cài của năm ${p.period}`,
    (p) => `dti: no --pack given: ${p.id} ${p.version} is the installed pack for ${p.period}`,
  ),
  "demo.banner.what": fixed(
    "Ba tỉnh hư cấu với số liệu bịa ra để minh họa cách tính điểm DTI.",
    "Three fictional provinces with made-up figures, to show how the DTI is scored.",
  ),
  "demo.banner.not": fixed(
    "Không phải số liệu hay kết quả thật của bất kỳ tỉnh, thành phố nào.",
    "Not the real data or results of any province or city.",
  ),
};
