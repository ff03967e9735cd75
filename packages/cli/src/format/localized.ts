import type { LocalizedText } from "@dti/pack-sdk";
import type { Lang } from "../i18n/lang";

/** A pack's own text (title, names, notes) in a language: its English where it has one, else its Vietnamese. */
export function inLang(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return "";
  return lang === "en" ? (text.en ?? text.vi) : text.vi;
}
