import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { translate } from "../i18n/context";
import { ProvisionalNotice, provisionalText } from "./provisional";

/** Indicator 3.3 of dti-province-2022, as the pack holds it. */
const ocr = "Name restored: the OCR reads ';r(”)};l:;clzii)) %lja(ri]lgnh ¢6 ket ndi Internet bing'. Scoring unaffected.";
const i18n = (lang: "vi" | "en") => ({
  t: (k: Parameters<typeof translate>[1]) => translate(lang, k),
  l: (x: { vi: string; en?: string } | null | undefined) => (x ? (lang === "en" ? (x.en ?? x.vi) : x.vi) : ""),
});

describe("an officer's note on a provisional indicator", () => {
  it("says in Vietnamese what is uncertain, never the OCR reason", () => {
    render(<ProvisionalNotice provisional={{ reason: ocr, aspect: ["name"] }} i18n={i18n("vi")} />);
    const note = screen.getByRole("note");
    expect(note.textContent).toContain("Tên chỉ tiêu được khôi phục từ bản gốc khó đọc; cách tính điểm không bị ảnh hưởng.");
    expect(note.textContent).not.toContain("OCR");
    expect(note.textContent).not.toContain("clzii");
  });

  it("lists one sentence per aspect, then the pack's own note, in the interface's language", () => {
    const provisional = {
      reason: ocr,
      aspect: ["points", "cohort"] as const,
      note: { vi: "Đối chiếu với Bộ khi có kết quả.", en: "Check with the ministry." },
    };
    const vi = provisionalText({ ...provisional, aspect: [...provisional.aspect] }, i18n("vi").l);
    expect(vi).toEqual([
      "Điểm tối đa chưa chắc chắn: bản gốc của phương pháp khó đọc, đang tạm tính theo cách đọc hợp lý nhất.",
      expect.stringContaining("Điểm phụ thuộc số liệu của các tỉnh khác"),
      "Đối chiếu với Bộ khi có kết quả.",
    ]);
    const en = provisionalText({ ...provisional, aspect: [...provisional.aspect] }, i18n("en").l);
    expect(en[0]).toMatch(/^Maximum points uncertain/);
    expect(en[2]).toBe("Check with the ministry.");
  });

  it("falls back to a general sentence for a pack without aspects", () => {
    expect(provisionalText({ reason: ocr }, i18n("vi").l)).toEqual([expect.stringMatching(/^Chỉ tiêu này chưa được xác định chắc chắn/)]);
  });
});
