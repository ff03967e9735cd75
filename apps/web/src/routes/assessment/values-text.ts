import type { AssessmentDetail } from "../../api/hooks";
import { formatNumber, type Lang } from "../../format/number";
import type { PackModel } from "../../pack/model";

type T = (key: "common.yes" | "common.no" | "entry.notEntered") => string;

/** A value as an officer reads it: Có/Không, the choice's label, a number in the language's format. */
export function describeValue(model: PackModel, inputId: string, value: unknown, lang: Lang, t: T): string {
  const def = model.input.get(inputId);
  if (value === null || value === undefined) return t("entry.notEntered");
  if (def?.unit === "boolean" || typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (def?.unit === "choice") {
    const label = def.options?.find((o) => o.value === value)?.label;
    return label ? (lang === "en" ? (label.en ?? label.vi) : label.vi) : String(value);
  }
  if (typeof value === "number") return formatNumber(value, lang);
  return String(value);
}

/** The stored value of an input in the assessment. */
export function currentValue(detail: AssessmentDetail, inputId: string): unknown {
  return detail.inputs.find((v) => v.inputId === inputId)?.value ?? null;
}
