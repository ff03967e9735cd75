// Data of the 405/QĐ-BKHCN provincial DTI pack (DTI 2024). Every fact comes from a public source named in
// `source` or in README.md "Sources"; what the sources do not give stays null.
import type { PackDefinition } from "@dti/pack-sdk";

type MainIndex = PackDefinition["indices"][number];

const GROUPS_SOURCE =
  "Eight main indices, 47 components; nhóm chỉ số nền tảng chung (nhận thức số, thể chế số, hạ tầng số, nhân lực số, an toàn thông tin mạng) and nhóm chỉ số hoạt động (chính quyền số, kinh tế số, xã hội số): vietnamnet.vn/ha-noi-hue-hai-phong-dan-dau-ve-chuyen-doi-so-2455309.html, sggp.org.vn/tphcm-trong-nhom-dan-dau-ve-chuyen-doi-so-quoc-gia-post819198.html, ngaynay.vn/viet-nam-tang-15-bac-trong-bang-xep-hang-chinh-phu-dien-tu-post165605.html (21–22/10/2025).";
const ACTIVITY_SOURCE = `${GROUPS_SOURCE} "Hoạt động Kinh tế số" and "Hoạt động Xã hội số" named as main indices of DTI 2024: dantri.com.vn/khoa-hoc/ha-noi-dan-dau-ca-nuoc-ve-chi-so-chuyen-doi-so-20251021181803153.htm.`;

const POINTS_UNKNOWN =
  "Max points under 405 not found in public sources (under 922 this index was worth {old} of 1000). Numbered as in 922 without Đô thị thông minh; 405's own numbering was not seen.";

function index(code: string, vi: string, en: string, group: "foundation" | "activity", old: number, source: string, extra = ""): MainIndex {
  return {
    code,
    name: { vi, en },
    maxPoints: null,
    group,
    notes: POINTS_UNKNOWN.replace("{old}", String(old)) + extra,
    source,
  };
}

export const indices: MainIndex[] = [
  index(
    "I",
    "Nhận thức số",
    "Digital awareness",
    "foundation",
    100,
    GROUPS_SOURCE,
    " dantri.com.vn names it among the four main indices Hà Nội led in 2024.",
  ),
  index(
    "II",
    "Thể chế số",
    "Digital institutions",
    "foundation",
    100,
    GROUPS_SOURCE,
    " dantri.com.vn names it among the four main indices Hà Nội led in 2024.",
  ),
  index("III", "Hạ tầng số", "Digital infrastructure", "foundation", 100, GROUPS_SOURCE),
  index("IV", "Nhân lực số", "Digital human resources", "foundation", 100, GROUPS_SOURCE),
  index("V", "An toàn thông tin mạng", "Cybersecurity", "foundation", 100, GROUPS_SOURCE),
  index(
    "VI",
    "Hoạt động chính quyền số",
    "Digital government activity",
    "activity",
    200,
    GROUPS_SOURCE,
    " The press reports list the activity group as '(chính quyền số, kinh tế số, xã hội số)'; the name 'Hoạt động chính quyền số' is 922's, consistent with dantri.com.vn's 'Hoạt động Kinh tế số' and 'Hoạt động Xã hội số'.",
  ),
  index("VII", "Hoạt động kinh tế số", "Digital economy activity", "activity", 150, ACTIVITY_SOURCE),
  index("VIII", "Hoạt động xã hội số", "Digital society activity", "activity", 150, ACTIVITY_SOURCE),
];
