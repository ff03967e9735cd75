import type { Band, Operand, Part, Rule } from "./schema/rules";

export type Lang = "vi" | "en";

/** How a rule names its inputs: by official address ("3.3.a") or id, as the caller prefers. */
export type InputNamer = (inputId: string) => string;

const VI_NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });
const EN_NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

export function formatNumber(value: number, lang: Lang): string {
  return (lang === "vi" ? VI_NUMBER : EN_NUMBER).format(value);
}

function percent(value: number, lang: Lang): string {
  return `${formatNumber(value * 100, lang)}%`;
}

function fractionText(fraction: number, lang: Lang): string {
  const max = lang === "vi" ? "Điểm tối đa" : "max";
  if (fraction === 1) return max;
  if (fraction === 0) return lang === "vi" ? "0 điểm" : "0 points";
  for (const d of [2, 3, 4, 5, 10]) {
    const n = Math.round(fraction * d);
    if (Math.abs(n / d - fraction) < 1e-9) return `${n}/${d} × ${max}`;
  }
  return `${formatNumber(fraction, lang)} × ${max}`;
}

function operandText(operand: Operand | undefined, name: InputNamer): string {
  if (operand === undefined) return "?";
  if (typeof operand === "string") return name(operand);
  return operand.length === 1 ? name(operand[0]!) : `(${operand.map(name).join(" + ")})`;
}

function bandsText(subject: string, bands: Band[], lang: Lang, asPercent: boolean): string {
  const show = (v: number) => (asPercent ? percent(v, lang) : formatNumber(v, lang));
  return bands
    .map((band) => {
      const op = band.minInclusive === false ? ">" : "≥";
      return `${subject} ${op} ${show(band.min)}: ${fractionText(band.fraction, lang)}`;
    })
    .join("; ");
}

/**
 * A rule as a readable formula, in Vietnamese or English. Used by explanations, the pack handbook
 * and the web app, so that every surface words a rule the same way.
 */
export function renderRule(rule: Rule, lang: Lang, name: InputNamer = (id) => id): string {
  const vi = lang === "vi";
  const ratio = (r: { a: Operand; b: Operand }) => `${operandText(r.a, name)} / ${operandText(r.b, name)}`;
  const points = vi ? "Điểm" : "Points";
  const max = vi ? "Điểm tối đa" : "max";
  switch (rule.kind) {
    case "ratio":
      return vi ? `Tỷ lệ = ${ratio(rule)}; Điểm = Tỷ lệ × Điểm tối đa` : `ratio = ${ratio(rule)}; points = ratio × max`;
    case "ratio_to_target":
      return vi
        ? `Tỷ lệ = ${ratio(rule)}; Điểm = min(1, Tỷ lệ / ${percent(rule.target, lang)}) × Điểm tối đa`
        : `ratio = ${ratio(rule)}; points = min(1, ratio / ${percent(rule.target, lang)}) × max`;
    case "ratio_full_above":
      return vi
        ? `Tỷ lệ = ${ratio(rule)}; Tỷ lệ ≥ ${percent(rule.threshold, lang)}: Điểm tối đa; Tỷ lệ < ${percent(rule.threshold, lang)}: Điểm = Tỷ lệ × Điểm tối đa`
        : `ratio = ${ratio(rule)}; ratio ≥ ${percent(rule.threshold, lang)}: max; below: points = ratio × max`;
    case "all_or_nothing":
      return vi
        ? `Tỷ lệ = ${ratio(rule)}; Tỷ lệ ≥ ${percent(rule.threshold, lang)}: Điểm tối đa; còn lại: 0 điểm`
        : `ratio = ${ratio(rule)}; ratio ≥ ${percent(rule.threshold, lang)}: max; otherwise 0 points`;
    case "boolean":
      return vi ? `${name(rule.input)} = Có: Điểm tối đa; Không: 0 điểm` : `${name(rule.input)} = yes: max; no: 0 points`;
    case "choice":
      return Object.entries(rule.fractions)
        .map(([value, f]) => `${name(rule.input)} = ${value}: ${fractionText(f, lang)}`)
        .join("; ");
    case "count_bands":
    case "amount_bands": {
      const gate = rule.gate ? (vi ? `${name(rule.gate)} = Không: 0 điểm; ` : `${name(rule.gate)} = no: 0 points; `) : "";
      return gate + bandsText(name(rule.input), rule.bands, lang, false);
    }
    case "ratio_bands": {
      const subject = vi ? "Tỷ lệ" : "ratio";
      return `${subject} = ${ratio(rule)}; ${bandsText(subject, rule.bands, lang, true)}`;
    }
    case "min_max": {
      const x = rule.value !== undefined ? operandText(rule.value, name) : ratio({ a: rule.a!, b: rule.b! });
      const unitWord = vi ? "các tỉnh" : "all provinces";
      return rule.form === "x_over_max"
        ? `${points} = x / max(x ${vi ? "của" : "of"} ${unitWord}) × ${max}, x = ${x}`
        : `${points} = (x − min) / (max − min) × ${max}, x = ${x}, min/max ${vi ? "của" : "over"} ${unitWord}`;
    }
    case "relative_to_best":
      return vi
        ? `Tỷ lệ = ${ratio(rule)}; Điểm = Tỷ lệ / Tỷ lệ cao nhất của các tỉnh × Điểm tối đa`
        : `ratio = ${ratio(rule)}; points = ratio / best ratio among provinces × max`;
    case "count_capped":
      return vi
        ? `Mỗi ${name(rule.input)}: ${formatNumber(rule.pointsPerItem, lang)} điểm; tổng không quá Điểm tối đa`
        : `${formatNumber(rule.pointsPerItem, lang)} point(s) per ${name(rule.input)}, up to max`;
    case "sum_children":
      return vi ? `Tổng điểm của ${rule.children.join(", ")}` : `sum of the points of ${rule.children.join(", ")}`;
    case "not_scored":
      return vi ? "Không tính điểm" : "not scored";
    case "unknown":
      return vi ? `Chưa rõ cách tính điểm (${rule.note})` : `scoring rule unknown (${rule.note})`;
    case "expression": {
      const text = Object.entries(rule.variables).reduce(
        (out, [variable, input]) => out.replace(new RegExp(`\\b${variable}\\b`, "g"), name(input)),
        rule.expression,
      );
      return `${points} = (${text}) × ${max}`;
    }
    case "parts":
      return rule.parts.map((part) => partText(part, lang, name)).join("; ");
  }
}

function partText(part: Part, lang: Lang, name: InputNamer): string {
  const worth = fractionText(part.fraction, lang);
  const label = part.label[lang] ?? part.label.vi;
  if (part.input !== undefined) return `${label} (${name(part.input)}): ${worth}`;
  return `${label} [${worth}]: ${renderRule(part.rule!, lang, name)}`;
}
