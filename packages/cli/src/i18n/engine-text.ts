import type { EngineErrorCode } from "@dti/engine";
import type { UnitsErrorCode, UnitsProblem } from "@dti/units";
import type { Lang } from "./lang";
import type { Localized } from "./message";

/**
 * The engine and @dti/units word their errors and warnings in English only, from structured fields
 * where they have them. The CLI says them in Vietnamese too: from those fields where an error carries
 * them (input issues: input-issues.ts), else by recognising the engine's sentence (a pattern per known
 * message, below), else with a Vietnamese lead for the code followed by the English detail. English
 * output is the engine's own message, unchanged.
 */

type Rule = [pattern: RegExp, vi: (m: RegExpExecArray) => string];

/** What each engine code means, in Vietnamese: the lead of a message this file does not recognise. */
const ENGINE_LEAD: Record<EngineErrorCode, string> = {
  PACK_INVALID: "Gói chỉ số không hợp lệ",
  PACK_ENGINE_INCOMPATIBLE: "Gói chỉ số không chạy được với phiên bản bộ máy tính điểm này",
  PACK_NOT_FOUND: "Không tìm thấy gói chỉ số",
  PACK_LOAD_FAILED: "Không đọc hoặc nhập được gói chỉ số",
  PACK_COVERAGE: "Gói chỉ số không làm được việc được yêu cầu",
  REQUEST_INVALID: "Dữ liệu gửi để tính điểm không đúng dạng",
  UNIT_DUPLICATE: "Hai đơn vị trùng mã",
  INPUT_INVALID: "Số liệu đầu vào không hợp lệ",
  INPUT_MISSING: "Thiếu số liệu đầu vào",
  INPUT_UNKNOWN: "Khóa không phải đầu vào của gói",
  INPUT_NOT_A_NUMBER: "Giá trị không phải là số",
  INPUT_NOT_BOOLEAN: "Cần giá trị có/không",
  INPUT_UNKNOWN_CHOICE: "Giá trị không phải một phương án của đầu vào",
  INPUT_OUT_OF_RANGE: "Giá trị nằm ngoài khoảng cho phép",
  INPUT_CONFLICT: "Một đầu vào được nhập hai lần với hai giá trị khác nhau",
  INPUT_CONSTANT: "Giá trị cố định theo văn bản hướng dẫn bị nhập khác đi",
  INPUT_NUMERATOR_EXCEEDS_DENOMINATOR: "Tử số lớn hơn mẫu số",
  INDEX_VALUE_INVALID: "Giá trị chỉ số chính thiếu, không rõ hoặc nằm ngoài 0..1",
  EXPRESSION_INVALID: "Biểu thức của quy tắc tính không hợp lệ",
  VARIANT_INVALID: "Tệp phương án giả định không hợp lệ",
  COMPARE_INVALID: "Không so sánh được hai kết quả",
  PACK_CHOICE_REQUIRED: "Nhiều gói cùng áp dụng cho năm này: hãy chọn một",
};

const UNITS_LEAD: Record<UnitsErrorCode, string> = {
  UNIT_UNKNOWN: "Không có đơn vị hành chính nào khớp",
  UNIT_AMBIGUOUS: "Tên hoặc mã khớp với nhiều đơn vị",
  UNIT_NOT_PREDECESSOR: "Đơn vị không còn hiệu lực trước ngày quy đổi",
  UNIT_NOT_VALID: "Đơn vị không có hiệu lực vào ngày quy đổi",
  PREDECESSOR_MISSING: "Thiếu số liệu của tỉnh cũ",
  UNIT_DUPLICATE: "Hai dòng cùng chỉ một đơn vị",
  MEASURE_MISSING: "Một dòng thiếu giá trị mà các dòng khác có",
  WEIGHT_MISSING: "Một dòng thiếu trọng số",
  ROW_INVALID: "Dòng số liệu không đúng dạng",
  DATE_INVALID: "Ngày không đúng dạng YYYY-MM-DD",
  OPTION_INVALID: "Tùy chọn quy đổi không hợp lệ",
  DATE_OUT_OF_RANGE: "Ngày nằm ngoài danh mục đơn vị hành chính",
  BACKCAST_INVALID: "Không quy đổi được",
};

/** Engine messages the CLI can meet, recognised and said in Vietnamese. */
const ENGINE_RULES: Rule[] = [
  [/^pack (.+?) is not valid: (\d+) problem\(s\)/, (m) => `gói ${m[1]} không hợp lệ: ${m[2]} vấn đề`],
  [
    /^(.+) has no package\.json; a pack directory is a package with (.+)$/s,
    (m) => `${m[1]} không có package.json; thư mục gói là một gói có ${m[2]}`,
  ],
  [/^could not import the pack in (.+?): (.*)$/s, (m) => `không nhập được gói trong ${m[1]}: ${m[2]}`],
  [/^could not read bundle (.+?): (.*)$/s, (m) => `không đọc được tệp gói ${m[1]}: ${m[2]}`],
  [
    /^(.+) is not a pack bundle: expected "format": "dti-pack-bundle@1", got (.*)$/s,
    (m) => `${m[1]} không phải tệp gói: cần "format": "dti-pack-bundle@1", nhưng có ${m[2]}`,
  ],
  [
    /^pack (\S+) covers "(.+)" only: it cannot score raw inputs/,
    (m) => `gói ${m[1]} chỉ có phạm vi "${m[2]}": không tính điểm được từ số liệu gốc; hãy dùng dti aggregate với giá trị các chỉ số chính`,
  ],
  [
    /^pack (\S+) covers published values only/,
    (m) => `gói ${m[1]} chỉ mô tả kết quả đã công bố: không tổng hợp được từ giá trị các chỉ số chính`,
  ],
  [
    /^(\S+) does not score raw inputs, so the change cannot be split/,
    (m) => `${m[1]} không tính điểm từ số liệu gốc nên không tách được thay đổi thành phần do phương pháp và do tiến bộ`,
  ],
  [
    /^(\S+) declares no sensitivity alternatives/,
    (m) => `${m[1]} không khai báo phương án thay thế nào (mục "sensitivity") để rút ngẫu nhiên`,
  ],
  [/^unit codes must be unique; repeated: (.+)$/, (m) => `mã đơn vị phải khác nhau; bị lặp: ${m[1]}`],
  [
    /^the two results have no unit in common/,
    () => "hai kết quả không có đơn vị nào chung; hãy quy đổi (dti backcast) một kết quả sang các đơn vị của kết quả kia trước",
  ],
  [/^(\d+) problem\(s\) in the index values/, (m) => `${m[1]} vấn đề trong giá trị các chỉ số chính (liệt kê dưới đây)`],
  [/^the request is for pack "(.+)" but pack "(.+)" was given$/, (m) => `dữ liệu ghi gói "${m[1]}" nhưng gói được dùng là "${m[2]}"`],
  [
    /^runs must be a whole number from 1 to 100000, not (.+)$/,
    (m) => `số lần rút (--runs) phải là số nguyên từ 1 đến 100000, không phải ${m[1]}`,
  ],
  [/^(score request|aggregate request) is not valid: (.*)$/s, (m) => `dữ liệu gửi để tính điểm không đúng dạng (chi tiết: ${m[2]})`],
  [/^the variant is not valid: (.*)$/s, (m) => `tệp phương án giả định không hợp lệ (chi tiết: ${m[1]})`],
  [/^the variant is based on (\S+), not (\S+)$/, (m) => `phương án giả định dựa trên ${m[1]}, không phải ${m[2]}`],
  [/^indicator (\S+) is not in (\S+)$/, (m) => `chỉ số ${m[1]} không có trong ${m[2]}`],
  [/^index (\S+) is not in (\S+)$/, (m) => `chỉ số chính ${m[1]} không có trong ${m[2]}`],
  [/^index (\S+) has no points to scale$/, (m) => `chỉ số chính ${m[1]} không có điểm để nhân theo tỷ lệ`],
  [
    /^indicator (\S+) is scored by (\S+), which has no single threshold; use replace_rule$/,
    (m) => `chỉ số ${m[1]} được tính theo ${m[2]}, không có một ngưỡng duy nhất; hãy dùng replace_rule`,
  ],
  [/^(\d+) input\(s\) given twice with different values/, (m) => `${m[1]} đầu vào được nhập hai lần với hai giá trị khác nhau`],
  [
    /^unit (.+?): index (.+?) is missing; expected a value between 0 and 1$/,
    (m) => `đơn vị ${m[1]}: thiếu giá trị chỉ số ${m[2]}; cần giá trị từ 0 đến 1`,
  ],
  [
    /^unit (.+?): index (.+?) is (.+); expected a value between 0 and 1$/,
    (m) => `đơn vị ${m[1]}: chỉ số ${m[2]} có giá trị ${m[3]}; cần giá trị từ 0 đến 1`,
  ],
  [/^unit (.+?): "(.+)" is not a main index of this pack$/, (m) => `đơn vị ${m[1]}: "${m[2]}" không phải chỉ số chính của gói này`],
  [/^unit (.+) appears twice$/, (m) => `đơn vị ${m[1]} xuất hiện hai lần`],
  [
    /^(.+), row (\d+): the overall given \((.+)\) differs from the one (\S+) aggregates from the main indices \((.+)\)$/,
    (m) => `${m[1]}, dòng ${m[2]}: giá trị overall đã cho (${m[3]}) khác với giá trị ${m[4]} tổng hợp từ các chỉ số chính (${m[5]})`,
  ],
  [
    /^(\S+), (\d+): overall values only \((the pack describes published values|the file has no column).*\); ranks among the (\d+) row\(s\) given$/,
    (m) =>
      `${m[1]}, ${m[2]}: chỉ có giá trị overall (${m[3]!.startsWith("the pack") ? "gói mô tả kết quả đã công bố, không tổng hợp được từ các chỉ số chính" : "tệp không có cột cho mọi chỉ số chính được tính điểm"}); xếp hạng trong ${m[4]} dòng đã cho`,
  ],
  [/^pack (\S+) applies to (.+), not (\d+)$/, (m) => `gói ${m[1]} áp dụng cho năm ${m[2]}, không phải ${m[3]}`],
];

const UNITS_RULES: Rule[] = [
  [
    /^(?:row (\d+): )?No unit matches "(.+?)"(?: on (\S+))?\.(?: Did you mean (.+)\?)?/is,
    (m) =>
      `${m[1] ? `dòng ${m[1]}: ` : ""}không có đơn vị nào khớp với "${m[2]}"${m[3] ? ` vào ngày ${m[3]}` : ""}${m[4] ? `; có phải ${m[4]}?` : ""}`,
  ],
  [/^No unit has id "(.+)"\.$/, (m) => `không có đơn vị nào có mã "${m[1]}"`],
  [
    /^(?:row (\d+): )?"(.+?)" matches (\d+) units(?: on (\S+))?: (.+)\. Pass a date \(at\) or an id\.$/is,
    (m) =>
      `${m[1] ? `dòng ${m[1]}: ` : ""}"${m[2]}" khớp với ${m[3]} đơn vị${m[4] ? ` vào ngày ${m[4]}` : ""}: ${m[5]}; hãy ghi ngày hoặc mã (id)`,
  ],
  [
    /^row (\d+): "(.+?)" is (.+), not a unit valid before (\S+)\./is,
    (m) => `dòng ${m[1]}: "${m[2]}" là ${m[3]}, không phải đơn vị có hiệu lực trước ngày ${m[4]}; phép quy đổi nhận các dòng của đơn vị cũ`,
  ],
  [/^row (\d+): "(.+?)" is (.+), not valid on (\S+)\.$/is, (m) => `dòng ${m[1]}: "${m[2]}" là ${m[3]}, không có hiệu lực vào ngày ${m[4]}`],
  [
    /^(\S+) \((.+?)\) is formed from (.+?); no row for (.+?)\./s,
    (m) => `${m[1]} (${m[2]}) được hình thành từ ${m[3]}; không có dòng nào cho ${m[4]}`,
  ],
  [
    /^row (\d+) \("(.+?)"\) and row (\d+) \("(.+?)"\) both name (\S+) \((.+)\)\.$/is,
    (m) => `dòng ${m[1]} ("${m[2]}") và dòng ${m[3]} ("${m[4]}") cùng chỉ ${m[5]} (${m[6]})`,
  ],
  [
    /^row (\d+) \((.+?)\) has no value for (?:overall|index "(.+)"), which other rows have\.$/is,
    (m) => `dòng ${m[1]} (${m[2]}) thiếu giá trị ${m[3] ? `chỉ số "${m[3]}"` : "overall"} mà các dòng khác có`,
  ],
  [
    /^row (\d+) \((.+?)\) has no weight;/is,
    (m) => `dòng ${m[1]} (${m[2]}) không có trọng số; cách tính weighted cần trọng số dương (ví dụ dân số) ở mọi dòng`,
  ],
  [
    /^row (\d+) \((.+?)\) has no values: give overall and\/or indices\.$/is,
    (m) => `dòng ${m[1]} (${m[2]}) không có giá trị nào: hãy cho overall và/hoặc indices`,
  ],
  [/^No rows were given\.$/, () => "không có dòng nào"],
  [/^(.+) "(.+)" is not an ISO calendar date \(YYYY-MM-DD\)\.$/, (m) => `${m[1]} "${m[2]}" không phải ngày dạng YYYY-MM-DD`],
  [
    /^(.+) (\S+) is before (\S+): the registry starts/,
    (m) => `${m[1]} ${m[2]} trước ngày ${m[3]}: danh mục bắt đầu với 63 đơn vị hình thành khi Hà Tây sáp nhập vào Hà Nội`,
  ],
  [/^The back-cast has (\d+) problems?:/, (m) => `phép quy đổi có ${m[1]} vấn đề`],
];

function viFrom(rules: Rule[], message: string, lead: string | undefined): string {
  for (const [pattern, vi] of rules) {
    const m = pattern.exec(message);
    if (m) return vi(m);
  }
  return `${lead ?? "Lỗi"} (chi tiết bằng tiếng Anh: ${message})`;
}

/** An engine error's message in both languages. */
export function engineErrorText(code: string, message: string): Localized {
  return { vi: viFrom(ENGINE_RULES, message, ENGINE_LEAD[code as EngineErrorCode]), en: message };
}

/** An error or problem of @dti/units in both languages. */
export function unitsText(problem: Pick<UnitsProblem, "code" | "message">): Localized {
  return { vi: viFrom(UNITS_RULES, problem.message, UNITS_LEAD[problem.code]), en: problem.message };
}

/** Words a warning of a score result (engine or CLI) in a language, from its fields where it can. */
export function warningText(w: { code: string; message: string; unit?: string; indicator?: string }, lang: Lang): string {
  if (lang === "en") return w.message;
  const missing = /^unit (.+?), indicator (.+?): scored 0 because (.+) (?:is|are) missing$/.exec(w.message);
  if (w.code === "INPUT_MISSING" && missing) return `đơn vị ${missing[1]}, chỉ số ${missing[2]}: tính 0 điểm vì thiếu ${missing[3]}`;
  return viFrom(ENGINE_RULES, w.message, "Cảnh báo");
}

/**
 * A line of a comparison's "not comparable" list in a language: the engine's two sentences are said
 * again; crosswalk lines ("3.3 → 3.3 (changed): note") are codes and the pack's own note.
 */
export function notComparableText(line: string, lang: Lang): string {
  if (lang === "en") return line;
  let m = /^(\S+) declares no crosswalk from (\S+) \(nor the reverse\): only overall values are compared$/.exec(line);
  if (m) return `${m[1]} không khai báo bảng chuyển đổi (crosswalk) từ ${m[2]} (và ngược lại): chỉ so sánh giá trị tổng thể`;
  m = /^overall: the method changed from (\S+) to (\S+); the difference mixes method and progress$/.exec(line);
  if (m) return `tổng thể: phương pháp đã thay đổi từ ${m[1]} sang ${m[2]}; chênh lệch gồm cả phần do phương pháp và phần do tiến bộ`;
  return line;
}
