import { fixed, message } from "../message";

/** The human output of dti packs and dti pack …. */
export const PACK_OUTPUT = {
  "packs.none": fixed("Chưa cài gói chỉ số nào.", "No indicator packs are installed."),
  "packs.col.pack": fixed("Gói", "Pack"),
  "packs.col.version": fixed("Phiên bản", "Version"),
  "packs.col.hash": fixed("Mã băm", "Hash"),
  "packs.col.years": fixed("Năm", "Years"),
  "packs.col.indicators": fixed("Chỉ số", "Indicators"),
  "packs.col.points": fixed("Điểm", "Points"),
  "packs.col.coverage": fixed("Phạm vi", "Coverage"),
  "packs.col.from": fixed("Nguồn", "From"),
  "packs.origin.dependency": fixed("gói phụ thuộc", "package dependency"),
  "packs.origin.indicator-packs": fixed("thư mục indicator-packs", "indicator-packs directory"),
  "packs.origin.DTI_PACKS_PATH": fixed("DTI_PACKS_PATH", "DTI_PACKS_PATH"),
  "packs.origin.bundle": fixed("bản dựng sẵn", "bundle"),
  "packs.error": message<{ code: string }>(
    (p) => `lỗi ${p.code}`,
    (p) => `error ${p.code}`,
  ),
  "packs.cannotLoad": message<{ id: string; packageName: string; message: string }>(
    (p) => `không nạp được gói ${p.id} (${p.packageName}): ${p.message}; chạy \`dti pack validate ${p.id}\` để xem mọi vấn đề`,
    (p) => `pack ${p.id} (${p.packageName}) cannot be loaded: ${p.message}; run \`dti pack validate ${p.id}\` for every problem`,
  ),

  "validate.summary": message<{ errors: number; warnings: number }>(
    (p) => `${p.errors} lỗi, ${p.warnings} cảnh báo`,
    (p) => `${p.errors} error(s), ${p.warnings} warning(s)`,
  ),
  "validate.error": fixed("lỗi", "error"),
  "validate.warning": fixed("cảnh báo", "warning"),
  "validate.errors": fixed("lỗi", "error(s)"),
  "validate.warnings": fixed("cảnh báo", "warning(s)"),
  "validate.more": message<{ count: number; what: string; codes: string }>(
    (p) => `… và ${p.count} ${p.what} nữa (${p.codes}); xem tất cả với --json`,
    (p) => `… and ${p.count} more ${p.what} (${p.codes}); see them all with --json`,
  ),
  "validate.invalid": message<{ id: string; count: number; json: boolean }>(
    (p) => `gói ${p.id} không hợp lệ: ${p.count} vấn đề${p.json ? " (liệt kê trong báo cáo JSON)" : " (liệt kê ở trên)"}`,
    (p) => `pack ${p.id} is not valid: ${p.count} problem(s)${p.json ? " (listed in the JSON report)" : " (listed above)"}`,
  ),
  "validate.bundleHash": message<{ declared: string; hash: string }>(
    (p) => `tệp gói ghi ${p.declared} nhưng nội dung có mã băm ${p.hash}: tệp đã bị sửa sau dti pack build`,
    (p) => `the bundle says ${p.declared} but its pack hashes to ${p.hash}: it was changed after dti pack build`,
  ),
  "validate.hash": message<{ hash: string }>(
    (p) => `  mã băm ${p.hash}`,
    (p) => `  hash ${p.hash}`,
  ),
  "validate.unnamed": fixed("(chưa đặt tên)", "(unnamed)"),
  "source.package": fixed("gói phụ thuộc", "package"),
  "source.directory": fixed("thư mục", "directory"),
  "source.bundle": fixed("tệp gói", "bundle"),

  "build.wrote": message<{ id: string; version: string; hash: string; path: string }>(
    (p) => `đã ghi ${p.id} ${p.version} (${p.hash}) vào ${p.path}`,
    (p) => `wrote ${p.id} ${p.version} (${p.hash}) to ${p.path}`,
  ),
  "docs.wrote": message<{ id: string; version: string; path: string }>(
    (p) => `đã ghi sổ tay tiếng Việt của ${p.id} ${p.version} vào ${p.path}`,
    (p) => `wrote the English handbook of ${p.id} ${p.version} to ${p.path}`,
  ),
  "release.already": message<{ id: string; version: string; hash: string }>(
    (p) => `${p.id} ${p.version} đã được ghi nhận: ${p.hash}`,
    (p) => `${p.id} ${p.version} is already recorded: ${p.hash}`,
  ),
  "release.recorded": message<{ id: string; version: string; file: string; hash: string }>(
    (p) => `${p.id} ${p.version} đã ghi vào ${p.file}: ${p.hash}`,
    (p) => `${p.id} ${p.version} recorded in ${p.file}: ${p.hash}`,
  ),

  "test.none": fixed(
    "  không có ca kiểm thử vàng (fixtures/cases/*.yaml) hay số liệu đã công bố (fixtures/published-*.yaml) để chạy",
    "  no golden cases (fixtures/cases/*.yaml) nor published figures (fixtures/published-*.yaml) to run",
  ),
  "test.notChecked": message<{ file: string; code: string; message: string }>(
    (p) => `  – ${p.file}: không kiểm tra được (${p.code}: ${p.message})`,
    (p) => `  – ${p.file}: not checked (${p.code}: ${p.message})`,
  ),
  "test.counts": message<{ passed: number; failed: number }>(
    (p) => `${p.passed} đạt, ${p.failed} không đạt`,
    (p) => `${p.passed} passed, ${p.failed} failed`,
  ),
  "test.failures": message<{ shown: number; total: number }>(
    (p) => `Ca không đạt${p.total > p.shown ? ` (${p.shown} ca đầu trên ${p.total})` : ""}:`,
    (p) => `Failures${p.total > p.shown ? ` (first ${p.shown} of ${p.total})` : ""}:`,
  ),
  "test.mismatch": message<{ unit: string; what: string; expected: string; actual: string }>(
    (p) => `      ${p.unit} ${p.what}: cần ${p.expected}, nhận được ${p.actual}`,
    (p) => `      ${p.unit} ${p.what}: expected ${p.expected}, got ${p.actual}`,
  ),

  "new.createdFrom": message<{ id: string; at: string; from: string; fromVersion: string; version: string; years: string }>(
    (p) =>
      `Đã tạo bộ chỉ số ${p.id} tại ${p.at} (bản sửa đổi tiếp theo của ${p.from} ${p.fromVersion}, phiên bản ${p.version}, năm ${p.years})`,
    (p) => `Created ${p.id} in ${p.at}: the next revision of ${p.from}, version ${p.version}, years ${p.years}`,
  ),
  "new.crosswalk": message<{ from: string; id: string; mappings: number }>(
    (p) => `  Bảng đối chiếu (crosswalk) ${p.from} → ${p.id}: ${p.mappings} quan hệ, tất cả "same" (src/crosswalks.ts)`,
    (p) => `  Crosswalk ${p.from} → ${p.id}: ${p.mappings} mappings, all "same" (src/crosswalks.ts)`,
  ),
  "new.casesFrom": fixed(
    "  Ca kiểm thử vàng: fixtures/cases; kiểm thử: src/pack.test.ts; không có pack-versions.json (chưa phát hành)",
    "  Golden cases: fixtures/cases; test: src/pack.test.ts; no pack-versions.json (nothing released)",
  ),
  "new.next": fixed("Bước tiếp theo:", "Next steps:"),
  "new.from.step1": fixed(
    "  1. pnpm dti packs                                   (tìm thấy không cần sửa package.json)",
    "  1. pnpm dti packs                                   (found without editing package.json)",
  ),
  "new.from.step2": fixed(
    "  2. Sửa nội dung theo văn bản mới (src/meta.ts: căn cứ pháp lý, tên; src/indices/ …)",
    "  2. Revise the content from the new text (src/meta.ts: legal basis, title; src/indices/ …)",
  ),
  "new.from.step3": message<{ id: string }>(
    (p) => `  3. pnpm dti pack validate ${p.id}                (bảng đối chiếu được kiểm tra với nội dung)`,
    (p) => `  3. pnpm dti pack validate ${p.id}                (the crosswalk is checked against content)`,
  ),
  "new.from.step4": message<{ from: string; id: string }>(
    (p) => `  4. pnpm dti pack diff ${p.from} ${p.id} --crosswalk-draft   (đổi "same" thành quan hệ đúng)`,
    (p) => `  4. pnpm dti pack diff ${p.from} ${p.id} --crosswalk-draft   (turn "same" into the right relations)`,
  ),
  "new.from.step5": message<{ id: string }>(
    (p) => `  5. pnpm dti pack test ${p.id}                    (ca kiểm thử vàng)`,
    (p) => `  5. pnpm dti pack test ${p.id}                    (golden cases)`,
  ),
  "new.from.step6": message<{ id: string }>(
    (p) => `  6. pnpm install && pnpm changeset && pnpm dti pack release ${p.id}`,
    (p) => `  6. pnpm install && pnpm changeset && pnpm dti pack release ${p.id}`,
  ),
  "new.created": message<{ id: string; at: string; template: string }>(
    (p) => `Đã tạo bộ chỉ số ${p.id} tại ${p.at} (bản sao của ${p.template}, phiên bản 0.1.0)`,
    (p) => `Created ${p.id} in ${p.at} (a copy of ${p.template}, version 0.1.0)`,
  ),
  "new.replaced": message<{ template: string; id: string; files: string }>(
    (p) => `  Đã thay ${p.template} → ${p.id} trong: ${p.files}`,
    (p) => `  Replaced ${p.template} → ${p.id} in: ${p.files}`,
  ),
  "new.step1": fixed(
    "  1. pnpm install                       (liên kết gói mới vào workspace)",
    "  1. pnpm install                       (link the new package into the workspace)",
  ),
  "new.step2": message<{ at: string }>(
    (p) => `  2. pnpm dti pack validate ${p.at}`,
    (p) => `  2. pnpm dti pack validate ${p.at}`,
  ),
  "new.step3": fixed(
    "  3. Viết src/meta.ts, src/indices/, src/inputs/ theo văn bản gốc; thay fixtures/cases/*.yaml bằng ca kiểm thử tính tay",
    "  3. Write src/meta.ts, src/indices/, src/inputs/ from the decision; replace fixtures/cases/*.yaml with cases computed by hand",
  ),
  "new.step4": message<{ at: string }>(
    (p) => `  4. cd ${p.at} && npx vitest run     (các ca kiểm thử và kiểm thử của gói)`,
    (p) => `  4. cd ${p.at} && npx vitest run     (the golden cases and the pack's tests)`,
  ),
  "new.step5": fixed(
    "  5. pnpm changeset                     (ghi thay đổi; phát hành 1.0.0 khi đã kiểm tra)",
    "  5. pnpm changeset                     (record the change; 1.0.0 once checked)",
  ),
  "new.readme": fixed("  Xem README.md của gói và docs/authoring-packs.md", "  See the pack's README.md and docs/authoring-packs.md"),
};
