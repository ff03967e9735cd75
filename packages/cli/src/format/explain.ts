import type { InputValue } from "@dti/contracts";
import type { Lang } from "../i18n/lang";
import type { ExplainedIndicator, UnitExplanation } from "../explain";
import { formatInputValue, formatPoints, formatValue } from "./number";

const WORDS = {
  vi: {
    title: "Giải thích điểm",
    rank: "hạng",
    of: "trên",
    points: "điểm",
    lost: "mất",
    rule: "Công thức",
    inputs: "Số liệu đã dùng",
    toFull: "Để đạt điểm tối đa",
    notes: "Ghi chú",
    none: "không có",
    whereToGain: "Nơi có thể tăng điểm (xếp theo số điểm bị mất)",
    atFull: (n: number) => `${n} chỉ số đã đạt điểm tối đa.`,
    nothingLost: "Không mất điểm ở chỉ số nào.",
    provisional: "tạm thời",
    noHint: "không thể đạt điểm tối đa chỉ bằng một số liệu (xem công thức)",
  },
  en: {
    title: "Score explanation",
    rank: "rank",
    of: "of",
    points: "points",
    lost: "lost",
    rule: "Rule",
    inputs: "Inputs used",
    toFull: "For full points",
    notes: "Notes",
    none: "none",
    whereToGain: "Where to gain points (by points lost)",
    atFull: (n: number) => `${n} indicator(s) already at full points.`,
    nothingLost: "No points lost on any indicator.",
    provisional: "provisional",
    noHint: "no single input earns full points (see the rule)",
  },
} as const;

function value(v: InputValue, lang: Lang): string {
  if (typeof v === "boolean") return lang === "vi" ? (v ? "có" : "không") : v ? "yes" : "no";
  return formatInputValue(v, lang);
}

export function indicatorBlock(x: ExplainedIndicator, lang: Lang, position?: number): string {
  const w = WORDS[lang];
  const name = lang === "en" ? (x.name.en ?? x.name.vi) : x.name.vi;
  const lines = [
    `${position !== undefined ? `${position}. ` : ""}${x.code} ${name}${x.provisional ? ` [${w.provisional}]` : ""} — ${formatPoints(x.points, lang)} / ${formatPoints(x.max, lang)} ${w.points} (${w.lost} ${formatPoints(x.lost, lang)})`,
  ];
  const e = x.explanation;
  if (e) {
    lines.push(`   ${w.rule}: ${e.rule[lang]}`);
    lines.push(
      `   ${w.inputs}: ${e.inputs.length > 0 ? e.inputs.map((i) => `${i.address} ${i.input} = ${value(i.value, lang)}`).join("; ") : w.none}`,
    );
    if (x.lost > 1e-9)
      lines.push(
        `   ${w.toFull}: ${
          e.toFullPoints.length > 0
            ? e.toFullPoints.map((h) => `${h.address} ${h.input} = ${value(h.value, lang)}${h.note ? ` (${h.note[lang]})` : ""}`).join("; ")
            : w.noHint
        }`,
      );
    for (const note of e.notes) lines.push(`   ${w.notes}: ${note[lang]}`);
  }
  return lines.join("\n");
}

export function renderExplanation(explained: UnitExplanation, lang: Lang, options: { single: boolean }): string {
  const w = WORDS[lang];
  const u = explained.unit;
  const out = [
    `${w.title} — ${u.code}${u.name ? ` ${u.name}` : ""}: DTI ${formatValue(u.overall, lang)} (${w.rank} ${u.rank} ${w.of} ${explained.cohort}), ${formatPoints(u.points, lang)} / ${formatPoints(u.max, lang)} ${w.points}`,
    `${explained.pack.id} ${explained.pack.version}, ${explained.period}`,
    "",
  ];
  if (options.single) out.push(...explained.indicators.map((x) => indicatorBlock(x, lang)));
  else {
    out.push(`${w.whereToGain}:`, "");
    if (explained.indicators.length === 0) out.push(w.nothingLost);
    explained.indicators.forEach((x, k) => out.push(indicatorBlock(x, lang, k + 1), ""));
    out.push(w.atFull(explained.atFullPoints));
  }
  return `${out.join("\n")}\n`;
}
