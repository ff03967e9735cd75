import type { CrosswalkMapping, PackDefinition } from "@dti/pack-sdk";

const INDEX_NOTE =
  "Same main index by name and group; under 405 its points are not public (922: {old} of 1000) and the framework's components fell from 98 to 47, so its content changed: values are not comparable across 922 and 405.";

const changed = (code: string, old: number): CrosswalkMapping => ({
  from: [code],
  to: [code],
  relation: "changed",
  note: INDEX_NOTE.replace("{old}", String(old)),
});

/**
 * How dti-province-2022 (922/QĐ-BTTTT, DTI 2021–2023) maps to this pack. Indicator-level mappings only where a
 * source supports them: 3.3 (the same name in Gia Lai's plan) and the three indicators of the dropped
 * Đô thị thông minh. Every other 922 indicator's fate under 405 is unknown, not "removed".
 */
export const crosswalks = [
  {
    from: "dti-province-2022",
    note: "405/QĐ-BKHCN keeps the five foundation and three activity main indices of 922 and drops Đô thị thông minh (8 main indices, 47 components instead of 9 and 98). Per-index points and most components under 405 are not public.",
    pillars: [],
    indices: [
      changed("I", 100),
      changed("II", 100),
      changed("III", 100),
      changed("IV", 100),
      changed("V", 100),
      changed("VI", 200),
      changed("VII", 150),
      changed("VIII", 150),
      {
        from: ["IX"],
        to: [],
        relation: "removed",
        note: "Đô thị thông minh is not among 405's eight main indices (it was listed but not scored under 922: 0 points).",
      },
    ],
    indicators: [
      {
        from: ["3.3"],
        to: ["3.901"],
        relation: "changed",
        note: "Same name ('Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang') in Gia Lai's plan for DTI 2024; 405's points and rule for it are unknown, and 3.901 is this pack's code, not the ministry's.",
      },
      {
        from: ["9.1", "9.2", "9.3"],
        to: [],
        relation: "removed",
        note: "The indicators of Đô thị thông minh, which 405 drops.",
      },
    ],
  },
] satisfies PackDefinition["crosswalks"];
