import type { PackDefinition } from "@dti/pack-sdk";

/**
 * MINH HỌA, KHÔNG CHÍNH THỨC — illustrative what-ifs, not official. A small set of alternatives the
 * method of 922/QĐ-BTTTT leaves open to debate, for `dti sensitivity` (how stable is a rank?). None of
 * these is a published or proposed revision; each says where its doubt comes from.
 */
export const sensitivity = {
  note: {
    vi: "Các phương án thay thế dưới đây chỉ là giả định minh họa để xem thứ hạng có vững hay không, không phải phương pháp chính thức hay đề xuất sửa đổi.",
    en: "The alternatives below are illustrative what-ifs to see how stable a rank is; they are not the official method nor a proposed revision.",
  },
  alternatives: [
    {
      id: "n-7-1-literal",
      indicator: "7.1",
      kind: "normalisation",
      options: [
        {
          // 7.1's operands and threshold as the pack states them (vii-hoat-dong-kinh-te-so.ts), read literally.
          rule: { kind: "ratio_full_above", a: "digital_economy_value_added_bvnd", b: "grdp_bvnd", threshold: 0.2 },
          label: {
            vi: "Đọc theo câu chữ: dưới 20% thì điểm = tỷ lệ × điểm tối đa",
            en: "Word-for-word reading: below 20%, points = ratio × max",
          },
        },
      ],
      note: {
        vi: "Cách tính 7.1 có hai cách đọc: gói chỉ số dùng min(1, tỷ lệ/20%) × điểm tối đa (khớp điểm đã công bố), câu chữ của văn bản đọc là tỷ lệ × điểm tối đa dưới ngưỡng.",
        en: "7.1's method reads two ways: the pack scores min(1, ratio/20%) × max (it matches published points); the text word for word reads ratio × max below the threshold.",
      },
      source: "literalKind of 7.1 in this pack (vii-hoat-dong-kinh-te-so.ts)",
    },
    {
      id: "t-7-1",
      indicator: "7.1",
      kind: "threshold",
      options: [0.15, 0.25],
      note: {
        vi: "Ngưỡng tỷ trọng kinh tế số trong GRDP đạt điểm tối đa: 15% hoặc 25% thay vì 20% (giả định minh họa).",
        en: "Digital-economy share of GRDP for full points: 15% or 25% instead of 20% (illustrative).",
      },
    },
    {
      id: "t-7-2",
      indicator: "7.2",
      kind: "threshold",
      options: [0.04, 0.06],
      note: {
        vi: "Ngưỡng tỷ lệ doanh nghiệp công nghệ số: 4% hoặc 6% thay vì 5% (giả định minh họa).",
        en: "Share of digital-technology enterprises for full points: 4% or 6% instead of 5% (illustrative).",
      },
    },
    {
      id: "w-vi",
      index: "VI",
      kind: "weight",
      options: [150, 250],
      note: {
        vi: "Trọng số của Hoạt động chính quyền số: 150 hoặc 250 điểm thay vì 200 (giả định minh họa về cân đối ba trụ cột).",
        en: "Weight of digital government activity: 150 or 250 points instead of 200 (illustrative: the balance of the three pillars).",
      },
    },
    {
      id: "w-vii",
      index: "VII",
      kind: "weight",
      options: [100, 200],
      note: {
        vi: "Trọng số của Hoạt động kinh tế số: 100 hoặc 200 điểm thay vì 150 (giả định minh họa).",
        en: "Weight of digital economy activity: 100 or 200 points instead of 150 (illustrative).",
      },
    },
    {
      id: "w-viii",
      index: "VIII",
      kind: "weight",
      options: [100, 200],
      note: {
        vi: "Trọng số của Hoạt động xã hội số: 100 hoặc 200 điểm thay vì 150 (giả định minh họa).",
        en: "Weight of digital society activity: 100 or 200 points instead of 150 (illustrative).",
      },
    },
  ],
} satisfies NonNullable<PackDefinition["sensitivity"]>;
