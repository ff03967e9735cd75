import type { Lang } from "./lang";

type Rule = [pattern: RegExp, vi: (m: RegExpExecArray) => string];

/**
 * Why a pack change has its semver class (@dti/pack-sdk's classifyChange words each reason in English):
 * said in Vietnamese by recognising each of its sentences; a reason this does not know stays English.
 */
const RULES: Rule[] = [
  [/^indicator (\S+) removed$/, (m) => `bỏ chỉ số ${m[1]}`],
  [/^index (\S+) removed$/, (m) => `bỏ chỉ số chính ${m[1]}`],
  [/^(\S+) renamed to (\S+)$/, (m) => `đổi mã ${m[1]} thành ${m[2]}`],
  [/^(\S+): name changed$/, (m) => `${m[1]}: đổi tên`],
  [/^(\S+): max points (\S+) → (\S+)$/, (m) => `${m[1]}: điểm tối đa ${m[2]} → ${m[3]}`],
  [/^(\S+) moved from index (\S+) to (\S+)$/, (m) => `${m[1]} chuyển từ chỉ số chính ${m[2]} sang ${m[3]}`],
  [/^(\S+): rule scores new options only$/, (m) => `${m[1]}: cách tính chỉ thêm điểm cho phương án mới`],
  [/^(\S+): rule changed \(a patch if/, (m) => `${m[1]}: đổi cách tính (là patch nếu chỉ sửa một giá trị chép sai của văn bản chính thức)`],
  [/^input (\S+) removed$/, (m) => `bỏ đầu vào ${m[1]}`],
  [/^input (\S+): accepts (.+) instead of (.+)$/, (m) => `đầu vào ${m[1]}: nhận ${m[2]} thay vì ${m[3]}`],
  [/^indicator (\S+) added$/, (m) => `thêm chỉ số ${m[1]}`],
  [/^index (\S+) added$/, (m) => `thêm chỉ số chính ${m[1]}`],
  [/^input (\S+) added$/, (m) => `thêm đầu vào ${m[1]}`],
  [/^input (\S+): option\(s\) (.+) added$/, (m) => `đầu vào ${m[1]}: thêm phương án ${m[2]}`],
  [/^texts changed/, () => "đổi văn bản (tên, phương pháp, ghi chú, nhãn hoặc minh chứng)"],
];

export function changeReasonText(what: string, lang: Lang): string {
  if (lang === "en") return what;
  for (const [pattern, vi] of RULES) {
    const m = pattern.exec(what);
    if (m) return vi(m);
  }
  return what;
}
