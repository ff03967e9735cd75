import { describe, expect, it } from "vitest";
import { translate } from "./context";
import { errorText } from "./errors";
import { MESSAGES, MESSAGE_PARTS } from "./messages";

describe("the dictionary", () => {
  it("has every key in both languages, none empty, and the same parameters", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[]) {
      expect(MESSAGES.en[key], key).toBeTruthy();
      expect(params(MESSAGES.en[key]), key).toEqual(params(MESSAGES.vi[key]));
    }
  });

  it("holds each key in one screen's file only, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const keys = Object.values(MESSAGE_PARTS).flatMap((part) => Object.keys(part[lang]));
      expect(
        keys.filter((key, i) => keys.indexOf(key) !== i),
        lang,
      ).toEqual([]);
      expect(keys, lang).toHaveLength(Object.keys(MESSAGES[lang]).length);
    }
  });

  it("writes Vietnamese with its diacritics", () => {
    expect(MESSAGES.vi["tab.gains"]).toBe("Nơi có thể tăng điểm");
    expect(translate("vi", "scorecard.points", { points: "848,87", max: "1.000" })).toBe("848,87/1.000 điểm");
  });

  it("turns the API's coded errors into Vietnamese", () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("vi", k, p);
    expect(errorText({ code: "LOGIN_FAILED", message: "the e-mail or password is wrong", fields: [] }, t)).toBe(
      "Thư điện tử hoặc mật khẩu không đúng.",
    );
    expect(errorText({ code: "RATE_LIMITED", message: "", fields: [], details: { retryAfterSeconds: 600 } }, t)).toBe(
      "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng 10 phút.",
    );
    expect(errorText({ code: "SOMETHING_NEW", message: "x", fields: [] }, t)).toBe("Đã xảy ra lỗi. (x)");
    expect(
      errorText({ code: "SEPARATION_OF_DUTIES", message: "you submitted indicator 3.3", fields: [], details: { indicatorCode: "3.3" } }, t),
    ).toBe("Bạn đã gửi chỉ tiêu 3.3 nên không thể tự duyệt: cần một người xét duyệt khác (nguyên tắc phân tách nhiệm vụ).");
    expect(
      errorText(
        {
          code: "CARRY_FORWARD_UNSUPPORTED",
          message: "",
          fields: [],
          details: { fromPack: "dti-province-2022", toPack: "dti-province-2024" },
        },
        t,
      ),
    ).toContain("từ bộ chỉ số dti-province-2022 sang bộ chỉ số dti-province-2024");
  });

  it("says a refused ratio in the user's language, with the other side's value in its number format", () => {
    const refusal = (side: "denominator" | "numerator", address: string, value: number) => ({
      code: "INPUT_INVALID",
      message: "8.4.a households_with_digital_address: indicator 8.4, numerator 650000 exceeds denominator 640000; nothing was written",
      fields: [],
      details: {
        engineCode: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR",
        indicators: ["8.4"],
        others: [{ indicator: "8.4", inputId: "x", address, value, side }],
      },
    });
    const vi = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("vi", k, p);
    const en = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("en", k, p);
    expect(errorText(refusal("denominator", "8.4.b", 640000), vi)).toBe(
      "Giá trị này lớn hơn mẫu số của tỷ lệ ở chỉ tiêu 8.4 (8.4.b = 640.000): tử số không được lớn hơn mẫu số. Chưa lưu.",
    );
    expect(errorText(refusal("numerator", "8.4.a", 600000), vi)).toContain("nhỏ hơn tử số của tỷ lệ ở chỉ tiêu 8.4 (8.4.a = 600.000)");
    expect(errorText(refusal("denominator", "8.4.b", 640000), en)).toContain(
      "above the denominator of the ratio of indicator 8.4 (8.4.b = 640,000)",
    );
    // Details of another form keep the generic text and the server's detail.
    expect(
      errorText({ code: "INPUT_INVALID", message: "m", fields: [], details: { engineCode: "INPUT_NUMERATOR_EXCEEDS_DENOMINATOR" } }, vi),
    ).toBe("Giá trị không hợp lệ. (m)");
  });
});
