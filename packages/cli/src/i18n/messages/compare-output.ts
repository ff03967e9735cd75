import { fixed, message } from "../message";

/** The human output of dti compare, dti variant and dti sensitivity. */
export const COMPARE_OUTPUT = {
  "compare.basis.raw": fixed("tính từ số liệu gốc", "scored from raw inputs"),
  "compare.basis.indices": fixed("từ kết quả đã công bố hoặc đã tính", "from published or computed results"),
  "compare.side": message<{ id: string; version: string; hash: string; year: number; basis: string; mode: string }>(
    (p) => `${p.id} ${p.version} (${p.hash}), năm ${p.year}, ${p.basis}${p.mode ? `, chế độ ${p.mode}` : ""}`,
    (p) => `${p.id} ${p.version} (${p.hash}), ${p.year}, ${p.basis}${p.mode ? `, ${p.mode} mode` : ""}`,
  ),
  "compare.heading": message<{ from: string; to: string }>(
    (p) => `So sánh kết quả DTI: ${p.from} → ${p.to}`,
    (p) => `DTI comparison: ${p.from} → ${p.to}`,
  ),
  "compare.variantSide": message<{ id: string; title: string; base: string; file: string }>(
    (p) => `${p.id}: phương án giả định "${p.title}" trên ${p.base} (${p.file})`,
    (p) => `${p.id}: what-if variant "${p.title}" of ${p.base} (${p.file})`,
  ),
  "compare.col.dti": message<{ side: string }>(
    (p) => `DTI ${p.side}`,
    (p) => `DTI ${p.side}`,
  ),
  "compare.col.deltaDti": fixed("Δ DTI", "Δ DTI"),
  "compare.col.deltaRank": fixed("Δ hạng", "Δ rank"),
  "compare.col.method": fixed("Do phương pháp", "Method"),
  "compare.col.progress": fixed("Do tiến bộ", "Progress"),
  "compare.col.notComparable": fixed("Không so sánh được", "Not comparable"),
  "compare.legend.rank": fixed("Δ hạng: số bậc tăng (+) hoặc giảm (−).", "Δ rank: places gained (+) or lost (−)."),
  "compare.legend.decomposed": message<{ from: string; to: string; fromPack: string; toPack: string; outside: boolean }>(
    (p) =>
      `Δ DTI = do phương pháp (số liệu ${p.from} tính lại theo ${p.toPack} trừ kết quả theo ${p.fromPack}) + do tiến bộ (${p.to} so với ${p.from}, cùng tính theo ${p.toPack})${p.outside ? " + không so sánh được (chỉ tiêu mới, bị bỏ hoặc không có số liệu năm trước: không tính vào tiến bộ)" : ""}; phương pháp và tiến bộ chỉ cộng trên các chỉ tiêu mà số liệu năm trước tính lại được.`,
    (p) =>
      `Δ DTI = method (the ${p.from} data re-scored under ${p.toPack} minus its result under ${p.fromPack}) + progress (${p.to} against ${p.from}, both under ${p.toPack})${p.outside ? " + not comparable (new, removed or unfed indicators: never counted as progress)" : ""}; method and progress are summed only over indicators the earlier data can be re-scored on.`,
  ),
  "compare.seriesBreak": fixed(
    "Chuỗi số liệu bị gián đoạn: hai kết quả được tính theo hai bộ chỉ số hoặc hai phiên bản khác nhau.",
    "Series break: the two results were scored under two different packs or versions.",
  ),
  "compare.notComparable": fixed("Không so sánh được:", "Not comparable:"),
  "decompose.summary": message<{ from: string; to: string; comparable: number; changed: number; added: number; removed: number }>(
    (p) =>
      `Tách thay đổi (${p.from} → ${p.to}): ${p.comparable} nhóm chỉ tiêu so sánh được, ${p.changed} thay đổi, ${p.added} mới, ${p.removed} bỏ.`,
    (p) => `Decomposition (${p.from} → ${p.to}): ${p.comparable} comparable, ${p.changed} changed, ${p.added} new, ${p.removed} removed.`,
  ),
  "decompose.cover": message<{ rescorable: string; total: string; to: string }>(
    (p) => `Phương pháp và tiến bộ được tính trên ${p.rescorable} / ${p.total} điểm của ${p.to}.`,
    (p) => `Method and progress cover ${p.rescorable} of ${p.total} points of ${p.to}.`,
  ),
  "decompose.outside": fixed("Không so sánh được, không tính vào tiến bộ:", "Not comparable, never counted as progress:"),
  "decompose.outsideLine": message<{ name: string; kind: string; max: string; reason: string; per: string }>(
    (p) => `  - ${p.name} [${p.kind}] ${p.max} điểm tối đa: ${p.reason}. ${p.per}`,
    (p) => `  - ${p.name} [${p.kind}] ${p.max} points at most: ${p.reason}. ${p.per}`,
  ),
  "decompose.unitPoints": message<{ code: string; points: string; contribution: string }>(
    (p) => `${p.code} ${p.points} đ (${p.contribution})`,
    (p) => `${p.code} ${p.points} pts (${p.contribution})`,
  ),
  "decompose.warnings": message<{ count: number }>(
    (p) => `Cảnh báo khi tách (${p.count}):`,
    (p) => `Decomposition warnings (${p.count}):`,
  ),
  "variant.heading": message<{ id: string; title: string }>(
    (p) => `Phương án giả định "${p.id}": ${p.title}`,
    (p) => `What-if variant "${p.id}": ${p.title}`,
  ),
  "variant.sides": message<{ official: string; officialHash: string; variant: string; variantHash: string; period: number; mode: string }>(
    (p) => `Chính thức: ${p.official} (${p.officialHash}); phương án: ${p.variant} (${p.variantHash}); năm ${p.period}, chế độ ${p.mode}`,
    (p) => `Official: ${p.official} (${p.officialHash}); variant: ${p.variant} (${p.variantHash}); ${p.period}, ${p.mode} mode`,
  ),
  "variant.changes": message<{ changes: string }>(
    (p) => `Thay đổi: ${p.changes}`,
    (p) => `Changes: ${p.changes}`,
  ),
  "variant.moved": message<{ moved: number; total: number }>(
    (p) => `${p.moved} trên ${p.total} đơn vị đổi hạng. Cùng một bộ số liệu: mọi chênh lệch là do phương án.`,
    (p) => `${p.moved} of ${p.total} units change rank. Same data: every difference is the variant's.`,
  ),
  "variant.official": fixed("chính thức", "official"),
  "variant.variant": fixed("phương án", "variant"),
  "variant.setMax": message<{ indicator: string; points: string }>(
    (p) => `${p.indicator}: điểm tối đa → ${p.points}`,
    (p) => `${p.indicator}: max points → ${p.points}`,
  ),
  "variant.setIndexMax": message<{ index: string; points: string }>(
    (p) => `chỉ số chính ${p.index}: điểm tối đa → ${p.points} (các chỉ số thành phần nhân theo tỷ lệ)`,
    (p) => `main index ${p.index}: max points → ${p.points} (its indicators scaled in proportion)`,
  ),
  "variant.setThreshold": message<{ indicator: string; value: string }>(
    (p) => `${p.indicator}: ngưỡng → ${p.value}`,
    (p) => `${p.indicator}: threshold → ${p.value}`,
  ),
  "variant.remove": message<{ indicator: string }>(
    (p) => `bỏ ${p.indicator}`,
    (p) => `remove ${p.indicator}`,
  ),
  "variant.replaceRule": message<{ indicator: string; kind: string }>(
    (p) => `${p.indicator}: cách tính mới (${p.kind}; xem dti pack diff)`,
    (p) => `${p.indicator}: new rule (${p.kind}; see dti pack diff)`,
  ),
  "sensitivity.heading": message<{ id: string; version: string; period: number; runs: number; seed: number; mode: string }>(
    (p) =>
      `Độ nhạy của thứ hạng: ${p.id} ${p.version}, năm ${p.period}, ${p.runs} lần rút ngẫu nhiên, hạt giống ${p.seed}, chế độ ${p.mode}`,
    (p) => `Rank sensitivity: ${p.id} ${p.version}, ${p.period}, ${p.runs} runs, seed ${p.seed}, ${p.mode} mode`,
  ),
  "sensitivity.col.official": fixed("Hạng chính thức", "Official rank"),
  "sensitivity.col.band": fixed("Khoảng hạng 5–95 %", "Rank band 5–95 %"),
  "sensitivity.col.median": fixed("Trung vị", "Median"),
  "sensitivity.col.range": fixed("Thấp nhất–cao nhất", "Lowest–highest"),
  "sensitivity.col.same": fixed("Giữ hạng", "Same rank"),
  "sensitivity.legend.band": fixed(
    "Khoảng hạng: phân vị 5 % và 95 % của thứ hạng qua các lần rút (hạng 1 là cao nhất).",
    "Rank band: the 5th and 95th percentiles of the rank over the runs (rank 1 is the highest).",
  ),
  "sensitivity.alternatives": fixed(
    "Phương án làm thứ hạng thay đổi nhiều nhất (lần lượt từng phương án):",
    "Alternatives that move ranks most (one at a time):",
  ),
  "sensitivity.col.alternative": fixed("Phương án", "Alternative"),
  "sensitivity.col.appliesTo": fixed("Áp dụng cho", "Applies to"),
  "sensitivity.col.kind": fixed("Loại", "Kind"),
  "sensitivity.col.change": fixed("Chính thức → phương án", "Official → alternatives"),
  "sensitivity.col.meanMove": fixed("TB |Δ hạng|", "Mean |Δ rank|"),
  "sensitivity.col.maxMove": fixed("Lớn nhất |Δ hạng|", "Max |Δ rank|"),
  "sensitivity.legend.move": fixed(
    "TB |Δ hạng|: trung bình số bậc thay đổi của các đơn vị khi chỉ phương án đó thay đổi.",
    "Mean |Δ rank|: the mean places moved by the units when only that alternative changes.",
  ),
  "sensitivity.kind.weight": fixed("trọng số", "weight"),
  "sensitivity.kind.threshold": fixed("ngưỡng", "threshold"),
  "sensitivity.kind.normalisation": fixed("chuẩn hóa", "normalisation"),
};
