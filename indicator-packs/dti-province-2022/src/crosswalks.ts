import type { PackDefinition } from "@dti/pack-sdk";

/**
 * From DTI 2020 (1726/QĐ-BTTTT) to this framework, at pillar level: the names stay, the method does
 * not. Under 1726 each pillar had its own 400 / 300 / 300 points and seven parts; under 922 a pillar
 * is the five shared foundation indices plus one activity index (out of 700 / 650 / 650), so a
 * pillar value of 2020 and one of 2021–2023 measure different things (a series break). Main indices
 * have no counterpart: 1726's pillar-level indices were split across 922's shared foundation indices.
 */
export const crosswalks = [
  {
    from: "dti-province-2020",
    note: "1726/QĐ-BTTTT → 922/QĐ-BTTTT: pillars keep their names; their composition and points change, so values are not comparable across 2020/2021.",
    pillars: [
      {
        from: ["cqs"],
        to: ["cqs"],
        relation: "changed",
        note: "2020: Chính quyền số pillar = own points / 400. 2021–2023: (I+II+III+IV+V+VI points) / 700.",
      },
      {
        from: ["kts"],
        to: ["kts"],
        relation: "changed",
        note: "2020: Kinh tế số pillar = own points / 300. 2021–2023: (I+II+III+IV+V+VII points) / 650.",
      },
      {
        from: ["xhs"],
        to: ["xhs"],
        relation: "changed",
        note: "2020: Xã hội số pillar = own points / 300. 2021–2023: (I+II+III+IV+V+VIII points) / 650.",
      },
    ],
    indices: [
      {
        from: ["CQS", "KTS", "XHS"],
        to: ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"],
        relation: "changed",
        note: "1726's three pillar indices (each with its own awareness, institutions, infrastructure, data, activity, security and skills parts) were recast as five shared foundation indices and three activity indices: no index maps one-to-one.",
      },
    ],
    indicators: [],
  },
] satisfies PackDefinition["crosswalks"];
