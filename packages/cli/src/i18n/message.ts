import type { Lang } from "./lang";

/** A text in both languages, chosen when it is printed. */
export interface Localized {
  vi: string;
  en: string;
}

export function isLocalized(value: unknown): value is Localized {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Localized).vi === "string" &&
    typeof (value as Localized).en === "string"
  );
}

/** One entry of a catalogue: the same parameters worded in Vietnamese and in English. */
export interface Message<P> {
  vi: (params: P) => string;
  en: (params: P) => string;
}

/**
 * Declares a message. Both languages take the same parameters (a type error otherwise), so neither
 * can forget one. Parameters are plain values (strings, numbers, booleans).
 */
export function message<P = unknown>(vi: (params: P) => string, en: (params: P) => string): Message<P> {
  return { vi, en };
}

/** A parameter may itself be a text in both languages: each language gets its own. */
export type Localizable<P> = { [K in keyof P]: P[K] extends string ? string | Localized : P[K] };

export type ParamsOf<M> = M extends Message<infer P> ? (unknown extends P ? [] : [params: Localizable<P>]) : never;

/** The parameters in one language. */
export function paramsIn(params: unknown, lang: Lang): unknown {
  if (params === undefined || params === null || typeof params !== "object") return params;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, isLocalized(v) ? v[lang] : v]));
}

/** A fixed text in both languages (table headings, labels). */
export function fixed(vi: string, en: string): Message<unknown> {
  return { vi: () => vi, en: () => en };
}
