import type { ProvisionalAspect, ProvisionalDefinition } from "./schema/pack";
import type { LocalizedText } from "./schema/text";

/**
 * What an officer reads about a provisional indicator, per uncertain aspect (Vietnamese first). The
 * `reason` is the developer's transcription note (English, quoting OCR noise): only pack screens show it.
 */
export const PROVISIONAL_ASPECT_TEXT: Record<ProvisionalAspect | "other", Required<LocalizedText>> = {
  points: {
    vi: "Điểm tối đa chưa chắc chắn: bản gốc của phương pháp khó đọc, đang tạm tính theo cách đọc hợp lý nhất.",
    en: "Maximum points uncertain: the original method is hard to read; the most plausible reading is used for now.",
  },
  rule: {
    vi: "Cách tính điểm chưa chắc chắn: văn bản phương pháp khó đọc hoặc có thể hiểu theo nhiều cách, đang áp dụng cách hiểu hợp lý nhất.",
    en: "Scoring rule uncertain: the method text is hard to read or can be read several ways; the most plausible reading is used.",
  },
  band: {
    vi: "Ngưỡng hoặc mức điểm chưa chắc chắn: một số mốc trong bản gốc khó đọc, đang tạm dùng cách đọc hợp lý nhất.",
    en: "Thresholds or levels uncertain: some limits in the original are hard to read; the most plausible reading is used for now.",
  },
  cohort: {
    vi: "Điểm phụ thuộc số liệu của các tỉnh khác: công thức chính xác chưa được công bố, điểm ở đây chỉ là ước tính theo các đơn vị đang có số liệu.",
    en: "Points depend on other provinces' data: the exact formula is not published; the points here are an estimate over the units that have data.",
  },
  name: {
    vi: "Tên chỉ tiêu được khôi phục từ bản gốc khó đọc; cách tính điểm không bị ảnh hưởng.",
    en: "The indicator's name was restored from a hard-to-read original; scoring is not affected.",
  },
  other: {
    vi: "Chỉ tiêu này chưa được xác định chắc chắn từ văn bản gốc; kết quả cần được đối chiếu khi có văn bản chính thức.",
    en: "This indicator is not yet certain from the original text; check its result against the official document.",
  },
};

/** One short sentence per uncertain aspect (a general one when the pack names none), then the pack's own note. */
export function provisionalNotes(provisional: ProvisionalDefinition): LocalizedText[] {
  const aspects = provisional.aspect?.length ? provisional.aspect : (["other"] as const);
  const notes: LocalizedText[] = aspects.map((a) => PROVISIONAL_ASPECT_TEXT[a] ?? PROVISIONAL_ASPECT_TEXT.other);
  if (provisional.note) notes.push(provisional.note);
  return notes;
}
