/** An assessment's improvement plan. */
export const vi = {
  "plan.title": "Kế hoạch nâng cao chỉ số",
  "plan.intro": "Nhiệm vụ theo từng chỉ tiêu: giá trị mục tiêu, cơ quan chủ trì, thời hạn. Thêm chỉ tiêu từ",
  "plan.none": "Kế hoạch chưa có nhiệm vụ nào.",
  "plan.current": "Hiện trạng",
  "plan.target": "Mục tiêu",
  "plan.targetPoints": "Điểm mục tiêu",
  "plan.deadline": "Thời hạn",
  "plan.deadlineHint": "dd/mm/yyyy",
  "plan.deadlineInvalid": "Nhập ngày dạng dd/mm/yyyy, ví dụ 31/12/2025.",
  "plan.editNamed": "Sửa nhiệm vụ của chỉ tiêu {code}",
  "plan.progress": "Tiến độ",
  "plan.noteFor": "Ghi chú tiến độ cho chỉ tiêu {code}",
  "plan.notePlaceholder": "Ghi chú tiến độ…",
  "plan.addNote": "Ghi nhận",
} as const;

export const en: Record<keyof typeof vi, string> = {
  "plan.title": "Improvement plan",
  "plan.intro": "Tasks per indicator: target value, lead agency, deadline. Add indicators from",
  "plan.none": "The plan has no task yet.",
  "plan.current": "Current",
  "plan.target": "Target",
  "plan.targetPoints": "Target points",
  "plan.deadline": "Deadline",
  "plan.deadlineHint": "dd/mm/yyyy",
  "plan.deadlineInvalid": "Enter a date as dd/mm/yyyy, e.g. 31/12/2025.",
  "plan.editNamed": "Edit the task of indicator {code}",
  "plan.progress": "Progress",
  "plan.noteFor": "Progress note for indicator {code}",
  "plan.notePlaceholder": "Progress note…",
  "plan.addNote": "Add",
};
