import { fixed, message } from "../message";

/** The human output of dti units, dti template and dti backcast. */
export const DATA_OUTPUT = {
  "units.heading": message<{ date: string; region: string; count: number }>(
    (p) => `Đơn vị hành chính cấp tỉnh ngày ${p.date}${p.region ? `, vùng ${p.region}` : ""}: ${p.count} đơn vị`,
    (p) => `Provinces and centrally-run cities on ${p.date}${p.region ? `, region ${p.region}` : ""}: ${p.count} units`,
  ),
  "units.col.region": fixed("Vùng", "Region"),
  "units.col.from": fixed("Hiệu lực từ", "Valid from"),
  "units.col.to": fixed("Đến", "To"),
  "units.col.formedFrom": fixed("Hình thành từ", "Formed from"),
  "units.unchanged": fixed("giữ nguyên", "unchanged"),
  "template.written": message<{
    id: string;
    version: string;
    period: number;
    out: string;
    inputs: number;
    years: string;
    outside: boolean;
  }>(
    (p) =>
      `Đã ghi mẫu nhập liệu của ${p.id} ${p.version} cho năm ${p.period}: ${p.out} (${p.inputs} đầu vào)${p.outside ? ` (lưu ý: ${p.id} áp dụng cho ${p.years}, không phải ${p.period})` : ""}`,
    (p) =>
      `Wrote the input template of ${p.id} ${p.version} for ${p.period}: ${p.out} (${p.inputs} inputs)${p.outside ? ` (note: ${p.id} applies to ${p.years}, not ${p.period})` : ""}`,
  ),
  "backcast.rule.mean": fixed("trung bình cộng (mean, như Bộ đã công bố DTI 2024)", "the mean (as the ministry published DTI 2024)"),
  "backcast.rule.weighted": fixed(
    "bình quân gia quyền theo cột weight (weighted, không phải cách tính chính thức)",
    "weighted by the weight column (not the official rule)",
  ),
  "backcast.heading": message<{ pack: string; from: string; to: string; rule: string }>(
    (p) => `Quy đổi kết quả ${p.pack} từ các đơn vị ngày ${p.from} sang các đơn vị ngày ${p.to} — cách tính: ${p.rule}`,
    (p) => `Results of ${p.pack} carried over from the units of ${p.from} to the units of ${p.to} — rule: ${p.rule}`,
  ),
  "backcast.incomplete": message<{ count: number }>(
    (p) => `Chưa quy đổi — thiếu số liệu của tỉnh cũ (${p.count}):`,
    (p) => `Not back-cast, old provinces missing (${p.count}):`,
  ),
  "backcast.missing": message<{ code: string; name: string; missing: string; present: string }>(
    (p) => `  ${p.code} ${p.name}: thiếu ${p.missing}${p.present ? ` (có ${p.present})` : ""}`,
    (p) => `  ${p.code} ${p.name}: missing ${p.missing}${p.present ? ` (given ${p.present})` : ""}`,
  ),
};
