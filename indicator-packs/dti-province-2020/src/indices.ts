// Data of the 1726/QĐ-BTTTT provincial DTI pack (DTI 2020). Every fact here comes from a public source
// named in `source` or in README.md "Sources"; what the sources do not give stays null.
import type { PackDefinition } from "@dti/pack-sdk";

type MainIndex = PackDefinition["indices"][number];

const STRUCTURE_SOURCES =
  "Pillars and points: uongbi.gov.vn/quang-ninh-dung-thu-4-bang-xep-hang-chuyen-doi-so-nam-2020-p13n54951.html and phapluatmoitruong.vn/buc-tranh-tong-the-ve-chuyen-doi-so-o-viet-nam-nam-2020/ (Chính quyền số 400 điểm, 133 tiêu chí; Kinh tế số 300 điểm, 101 tiêu chí; Xã hội số 300 điểm, 72 tiêu chí). " +
  "Seven main indices per pillar: vndx.gov.vn/bo-chi-so-danh-gia-chuyen-doi-so-cua-cac-bo-co-quan-ngang-bo-co-quan-thuoc-chinh-phu-cac-tinh-thanh-pho-truc-thuoc-trung-uong-va-cua-quoc-gia and thukyluat.vn/news/thong-bao-van-ban-moi/bo-tttt-cong-bo-bo-chi-so-chuyen-doi-so-cap-tinh-bo-va-quoc-gia-84529.html (summaries of 1726/QĐ-BTTTT).";

/**
 * The seven main indices ("chỉ số chính") that 1726 builds each pillar from, in the order and wording of
 * the public summaries ("Chỉ số đánh giá về …"). Their points are not given by any source reachable here.
 */
const components = [
  { name: { vi: "Chuyển đổi nhận thức", en: "Changing awareness" } },
  { name: { vi: "Kiến tạo thể chế", en: "Building institutions" } },
  { name: { vi: "Phát triển hạ tầng và nền tảng số", en: "Developing digital infrastructure and platforms" } },
  { name: { vi: "Thông tin và dữ liệu số", en: "Digital information and data" } },
  { name: { vi: "Hoạt động chuyển đổi số", en: "Digital transformation activities" } },
  { name: { vi: "An toàn, an ninh mạng", en: "Cyber safety and security" } },
  { name: { vi: "Đào tạo và phát triển nhân lực", en: "Training and human-resource development" } },
].map((c) => ({ ...c, maxPoints: null }));

const SHARED_NOTES =
  "Modelled as a main index so that the engine can aggregate published pillar values: 1726 scores each pillar from its own seven main indices (listed as components, points unknown); the pack has no indicators because the 1726 component table (108 indicators, 306 criteria) and its rules were not available. " +
  "group: the schema asks for foundation/activity/unscored, a split that only came with 922/QĐ-BTTTT; 'activity' is used because, like 922's activity indices, each pillar index belongs to one pillar only.";

export const indices = [
  {
    code: "CQS",
    name: { vi: "Chính quyền số", en: "Digital government" },
    maxPoints: 400,
    group: "activity",
    components,
    notes: `${SHARED_NOTES} 133 of the 306 criteria. A provincial news report on DTI 2020 (thainguyentv.vn, 'Xếp hạng chuyển đổi số 2020: Thái Nguyên đứng thứ 3 ở trụ cột Chính quyền số') names this pillar's activity part 'Hoạt động Chính quyền số'; the pack keeps the decision summaries' generic wording 'Hoạt động chuyển đổi số'.`,
    source: STRUCTURE_SOURCES,
  },
  {
    code: "KTS",
    name: { vi: "Kinh tế số", en: "Digital economy" },
    maxPoints: 300,
    group: "activity",
    components,
    notes: `${SHARED_NOTES} 101 of the 306 criteria.`,
    source: STRUCTURE_SOURCES,
  },
  {
    code: "XHS",
    name: { vi: "Xã hội số", en: "Digital society" },
    maxPoints: 300,
    group: "activity",
    components,
    notes: `${SHARED_NOTES} 72 of the 306 criteria.`,
    source: STRUCTURE_SOURCES,
  },
] satisfies MainIndex[];
