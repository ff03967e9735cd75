import type { Lang } from "./render";

/** The values a message is made from: codes, ids, numbers, and texts already worded in both languages. */
export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams) => string;

/** What a code names, in each language, for messages that say "index III" or "chỉ số chính III". */
const THINGS = {
  index: { en: "index", vi: "chỉ số chính" },
  indicator: { en: "indicator", vi: "chỉ số thành phần" },
  input: { en: "input", vi: "đầu vào" },
  pillar: { en: "pillar", vi: "trụ cột" },
  agency: { en: "agency", vi: "cơ quan" },
  general_info: { en: "general-information item", vi: "mục thông tin chung" },
  indices: { en: "index", vi: "chỉ số chính" },
  indicators: { en: "indicator", vi: "chỉ số thành phần" },
  pillars: { en: "pillar", vi: "trụ cột" },
} as const;

/** "index" / "chỉ số chính" for a thing named in the params. */
export function thing(what: string | number | undefined, lang: Lang): string {
  const entry = THINGS[String(what) as keyof typeof THINGS];
  return entry ? entry[lang] : String(what ?? "");
}

const RELATION_VI: Record<string, string> = {
  same: "giữ nguyên (same)",
  renamed: "đổi tên (renamed)",
  changed: "thay đổi (changed)",
  split: "tách (split)",
  merged: "gộp (merged)",
  new: "mới (new)",
  removed: "bỏ (removed)",
};

const ASPECT: Record<string, { en: string; vi: string }> = {
  points: { en: "its max points", vi: "điểm tối đa" },
  rule: { en: "its rule", vi: "cách tính" },
  inputs: { en: "its inputs", vi: "các đầu vào" },
  indicators: { en: "its indicators", vi: "các chỉ số thành phần" },
  indices: { en: "its main indices", vi: "các chỉ số chính" },
};
const aspects = (list: string | number | undefined, lang: Lang) =>
  String(list ?? "")
    .split(",")
    .filter(Boolean)
    .map((a) => ASPECT[a]?.[lang] ?? a)
    .join(lang === "vi" ? ", " : ", ");

/**
 * Every message of pack validation, by key, in English and Vietnamese. An issue carries its key and
 * params (`PackIssue.text`) so that any host (CLI, API, web) says it in the reader's language; its
 * `message` is the English text, for logs and older callers.
 */
export const PACK_MESSAGES = {
  schema: {
    en: (p) => `${p.en}${p.hint ? `; ${p.hint}` : ""}`,
    vi: (p) => `${p.vi}${p.hint ? `; ${p.hintVi}` : ""}`,
  },
  schema_unreadable: {
    en: () => "the pack is not an object with meta, inputs, indices, indicators and aggregation",
    vi: () => "gói chỉ số không phải một đối tượng có meta, inputs, indices, indicators và aggregation",
  },
  choice_options_missing: {
    en: (p) => `choice input "${p.input}" needs its options: list them under options`,
    vi: (p) => `đầu vào lựa chọn "${p.input}" cần danh sách phương án: khai báo trong options`,
  },
  options_not_choice: {
    en: (p) => `only choice inputs have options; "${p.input}" is ${p.unit}: remove options or make its unit choice`,
    vi: (p) => `chỉ đầu vào lựa chọn mới có options; "${p.input}" có đơn vị ${p.unit}: bỏ options hoặc đổi đơn vị thành choice`,
  },
  duplicate: {
    en: (p) => `${thing(p.what, "en")} "${p.key}" is declared more than once: give each its own code`,
    vi: (p) => `${thing(p.what, "vi")} "${p.key}" được khai báo nhiều lần: mỗi mục cần một mã riêng`,
  },
  unknown_general_info: {
    en: (p) => `input "${p.input}" links to ${p.code}, which the pack does not declare: add it to generalInfo or correct the code`,
    vi: (p) => `đầu vào "${p.input}" gắn với ${p.code}, mục mà gói không khai báo: thêm vào generalInfo hoặc sửa mã`,
  },
  unknown_index: {
    en: (p) =>
      `${thing(p.what, "en")} ${p.owner} names index "${p.index}", which is not declared: declare it under indices or correct the code`,
    vi: (p) => `${thing(p.what, "vi")} ${p.owner} nêu chỉ số chính "${p.index}" chưa được khai báo: khai báo trong indices hoặc sửa mã`,
  },
  unknown_agency: {
    en: (p) => `${p.indicator}: agency "${p.agency}" is not declared in agencies: declare it or correct the code`,
    vi: (p) => `${p.indicator}: cơ quan "${p.agency}" chưa được khai báo trong agencies: khai báo hoặc sửa mã`,
  },
  provisional: {
    en: (p) => `${p.indicator} is provisional: ${p.reason}`,
    vi: (p) => `${p.indicator} đang tạm xác định: ${p.reason}`,
  },
  unknown_input_listed: {
    en: (p) =>
      `indicator ${p.indicator} lists input "${p.input}", which is not declared: declare it under inputs or correct the id${p.suggest ? ` (did you mean "${p.suggest}"?)` : ""}`,
    vi: (p) =>
      `chỉ số ${p.indicator} liệt kê đầu vào "${p.input}" chưa được khai báo: khai báo trong inputs hoặc sửa mã${p.suggest ? ` (có phải "${p.suggest}"?)` : ""}`,
  },
  unknown_input_rule: {
    en: (p) =>
      `rule of ${p.indicator} uses input "${p.input}", which is not declared: declare it under inputs or correct the id${p.suggest ? ` (did you mean "${p.suggest}"?)` : ""}`,
    vi: (p) =>
      `cách tính của ${p.indicator} dùng đầu vào "${p.input}" chưa được khai báo: khai báo trong inputs hoặc sửa mã${p.suggest ? ` (có phải "${p.suggest}"?)` : ""}`,
  },
  duplicate_address: {
    en: (p) => `indicator ${p.indicator} has two inputs at address "${p.address}": give each its own letter`,
    vi: (p) => `chỉ số ${p.indicator} có hai đầu vào cùng địa chỉ "${p.address}": mỗi đầu vào cần một chữ cái riêng`,
  },
  choice_mismatch: {
    en: (p) =>
      `choice rule of ${p.indicator} scores [${p.valued}] but input "${p.input}" offers [${p.options}]: give a fraction for exactly the input's options`,
    vi: (p) =>
      `cách tính lựa chọn của ${p.indicator} cho điểm [${p.valued}] nhưng đầu vào "${p.input}" có [${p.options}]: cho điểm đúng các phương án của đầu vào`,
  },
  bands_order: {
    en: (p) =>
      `band ${p.band} of ${p.indicator} (min ${p.min}) must be below band ${p.previous} (min ${p.previousMin}): list bands from the highest minimum down`,
    vi: (p) =>
      `mức ${p.band} của ${p.indicator} (min ${p.min}) phải thấp hơn mức ${p.previous} (min ${p.previousMin}): liệt kê các mức từ ngưỡng cao nhất xuống`,
  },
  parts_fraction: {
    en: (p) => `the parts of ${p.indicator} add up to ${p.total}, more than the whole (1): lower their fractions`,
    vi: (p) => `các phần của ${p.indicator} cộng lại ${p.total}, lớn hơn toàn bộ (1): giảm tỷ trọng các phần`,
  },
  child_missing: {
    en: (p) => `sub-indicator ${p.child} of ${p.indicator} is not declared: declare it or remove it from children`,
    vi: (p) => `chỉ số con ${p.child} của ${p.indicator} chưa được khai báo: khai báo hoặc bỏ khỏi children`,
  },
  child_parent: {
    en: (p) => `sub-indicator ${p.child} must declare parent "${p.indicator}"`,
    vi: (p) => `chỉ số con ${p.child} phải khai báo parent "${p.indicator}"`,
  },
  cycle: {
    en: (p) => `indicators ${p.cycle} form a cycle (an indicator sums itself through its sub-indicators): remove one of these links`,
    vi: (p) => `các chỉ số ${p.cycle} tạo thành vòng lặp (một chỉ số tự cộng chính nó qua các chỉ số con): bỏ một liên kết trong vòng`,
  },
  children_points: {
    en: (p) => `${p.indicator} is worth ${p.max} but its sub-indicators add up to ${p.sum}: make them agree`,
    vi: (p) => `${p.indicator} có ${p.max} điểm nhưng các chỉ số con cộng lại ${p.sum}: sửa cho khớp`,
  },
  unlisted_input: {
    en: (p) => `rule of ${p.indicator} uses "${p.input}" but the indicator's inputs do not list it: add it to inputs with its address`,
    vi: (p) => `cách tính của ${p.indicator} dùng "${p.input}" nhưng danh sách đầu vào của chỉ số không có: thêm vào inputs kèm địa chỉ`,
  },
  wrong_unit: {
    en: (p) =>
      `${p.indicator} uses "${p.input}" as ${p.role === "number" ? "a number" : `a ${p.role}`}, but its unit is ${p.unit}: use a rule for ${p.unit} or change the input`,
    vi: (p) =>
      `${p.indicator} dùng "${p.input}" như ${p.role === "number" ? "một số" : p.role === "boolean" ? "có/không" : "lựa chọn"}, nhưng đơn vị của nó là ${p.unit}: dùng cách tính phù hợp hoặc đổi đầu vào`,
  },
  parent_not_summing: {
    en: (p) => `${p.indicator} names parent ${p.parent}, whose rule does not sum it: add it to ${p.parent}'s sum_children or remove parent`,
    vi: (p) =>
      `${p.indicator} nêu chỉ số cha ${p.parent}, nhưng cách tính của ${p.parent} không cộng nó: thêm vào sum_children của ${p.parent} hoặc bỏ parent`,
  },
  parent_index: {
    en: (p) => `${p.indicator} is in index ${p.index} but its parent is in ${p.parentIndex}: put both in one index`,
    vi: (p) => `${p.indicator} thuộc chỉ số chính ${p.index} nhưng chỉ số cha thuộc ${p.parentIndex}: đưa về cùng một chỉ số chính`,
  },
  unused_input: {
    en: (p) => `input "${p.input}" is declared but no rule uses it: use it in a rule or remove it`,
    vi: (p) => `đầu vào "${p.input}" được khai báo nhưng không cách tính nào dùng: dùng trong một cách tính hoặc xoá`,
  },
  coverage_index: {
    en: (p) =>
      `index ${p.index} has unknown points, so the pack cannot cover "${p.coverage}": give its points or declare coverage "published"`,
    vi: (p) =>
      `chỉ số chính ${p.index} chưa rõ điểm nên gói không thể có coverage "${p.coverage}": ghi điểm hoặc khai báo coverage "published"`,
  },
  coverage_points: {
    en: (p) =>
      `${p.indicator} has unknown points, so the pack cannot score raw inputs: give its points or declare coverage "indices" or "published"`,
    vi: (p) =>
      `${p.indicator} chưa rõ điểm nên gói không thể tính từ số liệu gốc: ghi điểm hoặc khai báo coverage "indices" hay "published"`,
  },
  coverage_rule: {
    en: (p) =>
      `${p.indicator} has an unknown rule, so the pack cannot score raw inputs: give its rule or declare coverage "indices" or "published"`,
    vi: (p) =>
      `${p.indicator} chưa rõ cách tính nên gói không thể tính từ số liệu gốc: ghi cách tính hoặc khai báo coverage "indices" hay "published"`,
  },
  index_points: {
    en: (p) =>
      `index ${p.index} is worth ${p.max} but its indicators add up to ${p.sum}: correct the index's maxPoints or its indicators' points`,
    vi: (p) =>
      `chỉ số chính ${p.index} có ${p.max} điểm nhưng các chỉ số thành phần cộng lại ${p.sum}: sửa maxPoints của chỉ số chính hoặc điểm các chỉ số thành phần`,
  },
  total_points: {
    en: (p) => `the pack declares ${p.total} points but its indices add up to ${p.sum}: correct totalPoints or the indices' points`,
    vi: (p) => `gói khai báo ${p.total} điểm nhưng các chỉ số chính cộng lại ${p.sum}: sửa totalPoints hoặc điểm các chỉ số chính`,
  },
  expression: {
    en: (p) =>
      `expression of ${p.indicator} ("${p.expression}"): ${
        p.problem === "variable"
          ? `unknown variable "${p.name}": declare it under variables`
          : p.problem === "function"
            ? `function "${p.name}" is not allowed: use ${p.allowed}`
            : p.problem === "operator"
              ? `operator "${p.name}" is not allowed`
              : p.problem === "arity"
                ? `${p.name} takes ${p.arity} argument(s)`
                : p.problem === "literal"
                  ? `only numbers are allowed, not ${p.name}`
                  : p.problem === "node"
                    ? `"${p.name}" is not allowed (only numbers, variables, arithmetic, comparisons, ?: and ${p.allowed})`
                    : `does not parse: ${p.name}`
      }`,
    vi: (p) =>
      `biểu thức của ${p.indicator} ("${p.expression}"): ${
        p.problem === "variable"
          ? `biến "${p.name}" chưa được khai báo: khai báo trong variables`
          : p.problem === "function"
            ? `không được dùng hàm "${p.name}": chỉ dùng ${p.allowed}`
            : p.problem === "operator"
              ? `không được dùng toán tử "${p.name}"`
              : p.problem === "arity"
                ? `${p.name} nhận ${p.arity} đối số`
                : p.problem === "literal"
                  ? `chỉ được dùng số, không dùng ${p.name}`
                  : p.problem === "node"
                    ? `không được dùng "${p.name}" (chỉ số, biến, phép tính, so sánh, ?: và ${p.allowed})`
                    : `không phân tích được: ${p.name}`
      }`,
  },
  engine_range: {
    en: (p) => `"${p.range}" is not a semver range such as ^0.1.0`,
    vi: (p) => `"${p.range}" không phải một khoảng phiên bản semver như ^0.1.0`,
  },
  engine_incompatible: {
    en: (p) => `the pack supports engine ${p.range}; this engine is ${p.engine}`,
    vi: (p) => `gói hỗ trợ engine ${p.range}; engine này là ${p.engine}`,
  },
  crosswalk_target: {
    en: (p) => `crosswalk from ${p.from} maps to ${thing(p.level, "en")} "${p.code}", which this pack does not declare`,
    vi: (p) => `bảng chuyển đổi từ ${p.from} trỏ tới ${thing(p.level, "vi")} "${p.code}", mục mà gói này không khai báo`,
  },
  crosswalk_source: {
    en: (p) => `crosswalk from ${p.from} maps ${thing(p.level, "en")} "${p.code}", which ${p.from} does not declare`,
    vi: (p) => `bảng chuyển đổi từ ${p.from} nêu ${thing(p.level, "vi")} "${p.code}", mục mà ${p.from} không khai báo`,
  },
  crosswalk_unchecked: {
    en: (p) =>
      `crosswalk from ${p.from} is not checked against its content: pack ${p.from} is not known here (install it, or pass it to the validation)`,
    vi: (p) =>
      `bảng chuyển đổi từ ${p.from} chưa được đối chiếu nội dung: không tìm thấy gói ${p.from} (cài gói đó, hoặc truyền vào khi kiểm tra)`,
  },
  crosswalk_shape: {
    en: (p) => `"${p.relation}" maps ${p.expected}, but this mapping maps ${p.fromCount} code(s) to ${p.toCount}`,
    vi: (p) =>
      `"${RELATION_VI[String(p.relation)] ?? p.relation}" phải nối ${p.expectedVi}, nhưng mục này nối ${p.fromCount} mã với ${p.toCount}`,
  },
  crosswalk_twice: {
    en: (p) => `${thing(p.level, "en")} "${p.code}" appears in more than one mapping (${p.side} side): map each code once`,
    vi: (p) =>
      `${thing(p.level, "vi")} "${p.code}" xuất hiện trong nhiều mục chuyển đổi (phía ${p.side === "from" ? "trước" : "sau"}): mỗi mã chỉ nối một lần`,
  },
  crosswalk_content: {
    en: (p) =>
      `${thing(p.level, "en")} ${p.fromCode}${p.fromCode === p.toCode ? "" : ` → ${p.toCode}`} is called "${p.relation}" but ${aspects(p.differ, "en")} changed${p.detail ? ` (${p.detail})` : ""}: say "${p.suggest}" or make them equal`,
    vi: (p) =>
      `${thing(p.level, "vi")} ${p.fromCode}${p.fromCode === p.toCode ? "" : ` → ${p.toCode}`} được ghi là "${RELATION_VI[String(p.relation)] ?? p.relation}" nhưng ${aspects(p.differ, "vi")} đã thay đổi${p.detail ? ` (${p.detail})` : ""}: ghi "${p.suggest}" hoặc sửa cho giống nhau`,
  },
  crosswalk_points: {
    en: (p) =>
      `${p.relation} ${p.fromCodes} → ${p.toCodes}: ${p.fromSum} point(s) before, ${p.toSum} after: make the points add up, or say where the difference of ${p.difference} went in the mapping's note`,
    vi: (p) =>
      `${RELATION_VI[String(p.relation)] ?? p.relation} ${p.fromCodes} → ${p.toCodes}: trước ${p.fromSum} điểm, sau ${p.toSum} điểm: sửa cho khớp, hoặc ghi rõ phần chênh lệch ${p.difference} điểm trong note`,
  },
  version_not_bumped: {
    en: (p) =>
      `version ${p.version} was released with content ${p.recorded}, but this content hashes to ${p.hash}: bump the version${p.bump ? ` (a ${p.bump} change: ${p.next})` : ""} and record it (dti pack release)`,
    vi: (p) =>
      `phiên bản ${p.version} đã phát hành với nội dung ${p.recorded}, nhưng nội dung này có mã băm ${p.hash}: tăng phiên bản${p.bump ? ` (thay đổi ${p.bump}: ${p.next})` : ""} rồi ghi lại (dti pack release)`,
  },
  version_pending: {
    en: (p) =>
      `the content differs from the released ${p.version}; a pending changeset bumps it (${p.pending}: ${p.next} at pnpm version-packages), then record it (dti pack release)`,
    vi: (p) =>
      `nội dung khác bản ${p.version} đã phát hành; một changeset đang chờ sẽ tăng phiên bản (${p.pending}: ${p.next} khi chạy pnpm version-packages), sau đó ghi lại (dti pack release)`,
  },
  version_below: {
    en: (p) => `version ${p.version} is below ${p.latest}, already released: a new content takes a version above ${p.latest}`,
    vi: (p) => `phiên bản ${p.version} thấp hơn ${p.latest} đã phát hành: nội dung mới cần phiên bản cao hơn ${p.latest}`,
  },
} satisfies Record<string, { en: Template; vi: Template }>;

export type PackMessageKey = keyof typeof PACK_MESSAGES;

/** An issue's message in a language: from its key and params when it has them, else its English message. */
export function packIssueMessage(issue: { message: string; text?: { key: string; params: MessageParams } }, lang: Lang): string {
  const template = issue.text ? PACK_MESSAGES[issue.text.key as PackMessageKey] : undefined;
  return template ? template[lang](issue.text!.params) : issue.message;
}
