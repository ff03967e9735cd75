import { describe, expect, it } from "vitest";
import { translate } from "./context";
import { fileErrorText } from "./file-errors";

const inLang = (lang: "vi" | "en") => (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(lang, k, p);

// The answers of apps/api/test/edge.test.ts (a zip bomb, a sheet of a million rows, a file over 5 MiB).
const bomb = {
  code: "PAYLOAD_TOO_LARGE",
  message: "the file unpacks to more than 20 MiB: it may be a zip bomb",
  fields: [{ path: "file", message: "", expected: "unpacked ≤ 20 MiB" }],
  details: { spreadsheetCode: "FILE_TOO_LARGE", vi: "Tệp giải nén ra quá lớn (tối đa 20 MiB): tệp có thể là một “bom nén”" },
};
const rows = {
  code: "IMPORT_INVALID",
  message: "a sheet has too many rows (xl/worksheets/sheet1.xml: more than 10,000)",
  fields: [],
  details: { spreadsheetCode: "WORKBOOK_TOO_LARGE", vi: "Trang tính có quá nhiều dòng (xl/worksheets/sheet1.xml: hơn 10.000)" },
};
const tooLarge = {
  code: "PAYLOAD_TOO_LARGE",
  message: "the file is larger than 5 MiB",
  fields: [{ path: "file", message: "the file is too large" }],
  details: { maxBytes: 5 * 1024 * 1024, vi: "Tệp lớn hơn 5 MiB (giới hạn cho phép)" },
};

describe("fileErrorText: an upload refused, by its code, in the user's language", () => {
  it("says a zip bomb (413) and too many rows (422) in Vietnamese, with the server's Vietnamese detail", () => {
    const vi = inLang("vi");
    expect(fileErrorText(bomb, vi)).toBe(
      "Tệp quá lớn, hoặc giải nén ra quá lớn (có thể là “bom nén”): hệ thống không đọc tệp này. Chi tiết: Tệp giải nén ra quá lớn (tối đa 20 MiB): tệp có thể là một “bom nén”.",
    );
    expect(fileErrorText(rows, vi)).toBe(
      "Tệp có quá nhiều trang tính, dòng hoặc ô: hệ thống không đọc tệp này. Hãy dùng biểu mẫu tải từ hệ thống. Chi tiết: Trang tính có quá nhiều dòng (xl/worksheets/sheet1.xml: hơn 10.000).",
    );
    expect(fileErrorText(tooLarge, vi)).toBe("Tệp quá lớn. Chi tiết: Tệp lớn hơn 5 MiB (giới hạn cho phép).");
  });

  it("says the same in English, with the server's English detail", () => {
    const en = inLang("en");
    expect(fileErrorText(bomb, en)).toBe(
      "The file, or what it unpacks to, is too large (it may be a zip bomb): it was not read. Details: the file unpacks to more than 20 MiB: it may be a zip bomb.",
    );
    expect(fileErrorText(rows, en)).toContain("The workbook has too many sheets, rows or cells");
    expect(fileErrorText(tooLarge, en)).toBe("The file is too large. Details: the file is larger than 5 MiB.");
  });

  it("never shows English on a Vietnamese screen: a 413 without a Vietnamese detail is the sentence alone", () => {
    expect(fileErrorText({ code: "PAYLOAD_TOO_LARGE", message: "request file too large", fields: [] }, inLang("vi"))).toBe("Tệp quá lớn.");
  });

  it("counts a template's problems, and leaves other errors to the coded texts", () => {
    const problems = { code: "IMPORT_INVALID", message: "", fields: [], details: { problems: [{}, {}, {}] } };
    expect(fileErrorText(problems, inLang("vi"))).toBe("Tệp có 3 lỗi nên chưa nhập giá trị nào.");
    expect(fileErrorText(problems, inLang("en"))).toBe("The file has 3 problem(s), so nothing was imported.");
    expect(fileErrorText({ code: "FORBIDDEN", message: "no", fields: [] }, inLang("vi"))).toBe(
      "Bạn không có quyền thực hiện thao tác này.",
    );
  });
});
