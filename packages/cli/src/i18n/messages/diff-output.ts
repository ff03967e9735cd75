import { fixed, message } from "../message";

/** The human output of dti pack diff. */
export const DIFF_OUTPUT = {
  "diff.heading": message<{ from: string; to: string }>(
    (p) => `So sánh hai bộ chỉ số: ${p.from} → ${p.to}`,
    (p) => `Pack diff: ${p.from} → ${p.to}`,
  ),
  "diff.viaCrosswalk": message<{ to: string; from: string }>(
    (p) => `Mã được đối chiếu theo bảng chuyển đổi (crosswalk) của ${p.to} từ ${p.from}.`,
    (p) => `Codes are matched through ${p.to}'s crosswalk from ${p.from}.`,
  ),
  "diff.byCode": message<{ from: string }>(
    (p) => `Không có bảng chuyển đổi (crosswalk) từ ${p.from}: mã được đối chiếu theo mã.`,
    (p) => `No crosswalk from ${p.from}: codes are matched as they are.`,
  ),
  "diff.partial": message<{ to: string; published: boolean; coverage: string }>(
    (p) =>
      `Lưu ý: ${p.to} chỉ mô tả ${p.published ? "kết quả đã công bố" : "giá trị chỉ số chính"} (coverage: ${p.coverage}): "?" là số điểm chưa rõ; chỉ số thành phần gói này không liệt kê là chưa biết, không phải đã bị bỏ.`,
    (p) =>
      `Note: ${p.to} describes ${p.published ? "published results" : "main-index values"} only (coverage: ${p.coverage}): "?" is an unknown number of points; an indicator this pack does not list is unknown, not removed.`,
  ),
  "diff.indices": fixed("Chỉ số chính", "Main indices"),
  "diff.indicators": fixed("Chỉ số thành phần", "Indicators"),
  "diff.added": message<{ count: number }>(
    (p) => `  Thêm — ${p.count}:`,
    (p) => `  Added — ${p.count}:`,
  ),
  "diff.removed": message<{ count: number }>(
    (p) => `  Bỏ — ${p.count}:`,
    (p) => `  Removed — ${p.count}:`,
  ),
  "diff.renamed": message<{ count: number }>(
    (p) => `  Đổi tên hoặc mã — ${p.count}:`,
    (p) => `  Renamed or recoded — ${p.count}:`,
  ),
  "diff.reweighted": message<{ count: number }>(
    (p) => `  Đổi điểm tối đa — ${p.count}:`,
    (p) => `  Re-weighted — ${p.count}:`,
  ),
  "diff.moved": message<{ count: number }>(
    (p) => `  Chuyển sang chỉ số chính khác — ${p.count}:`,
    (p) => `  Moved to another main index — ${p.count}:`,
  ),
  "diff.ruleChanged": message<{ count: number }>(
    (p) => `  Đổi cách tính — ${p.count}:`,
    (p) => `  Rule changed — ${p.count}:`,
  ),
  "diff.noChange": fixed("  Không thay đổi.", "  No change."),
  "diff.points": message<{ points: string }>(
    (p) => `${p.points} điểm`,
    (p) => `${p.points} points`,
  ),
  "diff.notListed": message<{ to: string; count: number }>(
    (p) => `Không được liệt kê trong ${p.to} — chưa biết, không phải đã bỏ — ${p.count}:`,
    (p) => `Not listed in ${p.to} — unknown, not known to be removed — ${p.count}:`,
  ),
  "diff.restructured": fixed("Tách, gộp:", "Split or merged:"),
  "diff.level.indices": fixed("chỉ số chính", "main index"),
  "diff.level.indicators": fixed("chỉ số", "indicator"),
  "diff.before": fixed("trước", "before"),
  "diff.after": fixed("sau", "after"),
  "diff.afterNew": fixed("sau (mới)", "after (new)"),
  "diff.gone": fixed("bị bỏ", "removed"),
  "diff.total": fixed("Tổng điểm", "Points"),
  "diff.pointsTitle": fixed("Điểm giữa các chỉ số chính:", "Points per main index:"),
  "diff.col.index": fixed("Chỉ số", "Index"),
  "diff.col.before": message<{ id: string }>(
    (p) => `Trước (${p.id})`,
    (p) => `Before (${p.id})`,
  ),
  "diff.col.after": message<{ id: string }>(
    (p) => `Sau (${p.id})`,
    (p) => `After (${p.id})`,
  ),
  "diff.removedCell": fixed("— (bỏ)", "— (removed)"),
  "diff.pointsMoved": message<{ moves: string }>(
    (p) => `Điểm đã chuyển: ${p.moves}`,
    (p) => `Points moved: ${p.moves}`,
  ),
  "diff.semver": message<{ level: string; next: string }>(
    (p) => `Mức thay đổi theo semver (.changeset/README.md): ${p.level}${p.next}`,
    (p) => `Semver class of the change (.changeset/README.md): ${p.level}${p.next}`,
  ),
  "diff.level.none": fixed("không đổi", "none"),
  "diff.moreReasons": message<{ count: number }>(
    (p) => `  … và ${p.count} thay đổi khác`,
    (p) => `  … and ${p.count} more`,
  ),
};
