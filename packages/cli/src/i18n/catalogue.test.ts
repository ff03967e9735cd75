import { ENGINE_ERROR_CODES } from "@dti/engine";
import { UNITS_ERROR_CODES } from "@dti/units";
import { describe, expect, it } from "vitest";
import { CATALOGUE, CATALOGUE_PARTS, say } from "./catalogue";
import { engineErrorText, unitsText } from "./engine-text";
import { HELP } from "./help";
import { LANGS } from "./lang";
import type { Message } from "./message";
import { VIETNAMESE_LETTER } from "../test/vietnamese";

/**
 * Parameters for any message: every field reads as a plain word, so that what each language adds of
 * its own is what is checked.
 */
const anyParams = new Proxy({}, { get: (_target, key) => (typeof key === "string" ? "x" : undefined) });

/** Messages whose Vietnamese is made of codes, numbers, command lines or proper names only. */
const LANGUAGE_NEUTRAL = new Set(["compare.col.dti", "compare.col.deltaDti", "packs.origin.DTI_PACKS_PATH", "new.from.step6", "new.step2"]);

/** Vietnamese words that happen to take no mark ("sau": after): still told apart from the English. */
const UNMARKED_VIETNAMESE = new Set(["diff.after", "diff.col.after"]);

/** English messages that quote Vietnamese on purpose: accepted spellings, an example name. */
const QUOTES_VIETNAMESE = new Set(["cell.expected.yesNo", "rows.expectedList"]);

describe("the message catalogue", () => {
  const keys = Object.keys(CATALOGUE) as (keyof typeof CATALOGUE)[];

  it("has each key once across its parts (a key defined twice would silently shadow the other)", () => {
    const total = Object.values(CATALOGUE_PARTS).reduce((n, part) => n + Object.keys(part).length, 0);
    expect(keys).toHaveLength(total);
  });

  it.each(keys)("words %s in Vietnamese and in English", (key) => {
    const entry = CATALOGUE[key] as Message<unknown>;
    for (const lang of LANGS) expect(typeof entry[lang]).toBe("function");
    const vi = entry.vi(anyParams);
    const en = entry.en(anyParams);
    expect(vi.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    if (!LANGUAGE_NEUTRAL.has(key)) {
      if (!UNMARKED_VIETNAMESE.has(key)) expect(vi).toMatch(VIETNAMESE_LETTER);
      expect(vi).not.toBe(en);
    }
    if (!QUOTES_VIETNAMESE.has(key)) expect(en).not.toMatch(VIETNAMESE_LETTER);
  });

  it("takes texts in both languages as parameters, each language getting its own", () => {
    expect(say("vi", "file.unreadable", { file: "a.csv", reason: { vi: "bị khóa", en: "locked" } })).toBe("không đọc được a.csv: bị khóa");
    expect(say("en", "file.unreadable", { file: "a.csv", reason: { vi: "bị khóa", en: "locked" } })).toBe("a.csv cannot be read: locked");
  });
});

describe("the help texts", () => {
  it.each(Object.keys(HELP))("says %s in Vietnamese and in English", (key) => {
    const text = HELP[key]!;
    expect(text.vi.trim()).not.toBe("");
    expect(text.en.trim()).not.toBe("");
    expect(text.vi).toMatch(VIETNAMESE_LETTER);
    expect(text.vi).not.toBe(text.en);
  });
});

describe("errors of the engine and of @dti/units", () => {
  it.each(Object.keys(ENGINE_ERROR_CODES))("have a Vietnamese lead for %s when the message is not recognised", (code) => {
    const text = engineErrorText(code, "something the CLI has never seen");
    expect(text.en).toBe("something the CLI has never seen");
    expect(text.vi).toMatch(VIETNAMESE_LETTER);
    expect(text.vi).toContain("something the CLI has never seen");
  });

  it.each(Object.keys(UNITS_ERROR_CODES))("have a Vietnamese lead for units code %s", (code) => {
    const text = unitsText({ code: code as keyof typeof UNITS_ERROR_CODES, message: "unheard of" });
    expect(text.vi).toMatch(VIETNAMESE_LETTER);
  });

  it("say the engine's known sentences again in Vietnamese, with their values", () => {
    expect(engineErrorText("PACK_COVERAGE", 'pack x covers "indices" only: it cannot score raw inputs; use aggregate').vi).toBe(
      'gói x chỉ có phạm vi "indices": không tính điểm được từ số liệu gốc; hãy dùng dti aggregate với giá trị các chỉ số chính',
    );
    expect(unitsText({ code: "UNIT_UNKNOWN", message: 'No unit matches "Atlantis".' }).vi).toBe('không có đơn vị nào khớp với "Atlantis"');
  });
});
