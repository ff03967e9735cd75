import { describe, expect, it } from "vitest";
import { translate } from "./context";
import { errorText } from "./errors";
import { MESSAGES } from "./messages";

describe("the dictionary", () => {
  it("has every key in both languages, none empty, and the same parameters", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[]) {
      expect(MESSAGES.en[key], key).toBeTruthy();
      expect(params(MESSAGES.en[key]), key).toEqual(params(MESSAGES.vi[key]));
    }
  });

  it("writes Vietnamese with its diacritics", () => {
    expect(MESSAGES.vi["tab.gains"]).toBe("Nơi có thể tăng điểm");
    expect(translate("vi", "scorecard.points", { points: "848,87", max: "1.000" })).toBe("848,87/1.000 điểm");
  });

  it("turns the API's coded errors into Vietnamese", () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("vi", k, p);
    expect(errorText({ code: "LOGIN_FAILED", message: "the e-mail or password is wrong", fields: [] }, t)).toBe("Thư điện tử hoặc mật khẩu không đúng.");
    expect(errorText({ code: "RATE_LIMITED", message: "", fields: [], details: { retryAfterSeconds: 600 } }, t)).toBe("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng 10 phút.");
    expect(errorText({ code: "SOMETHING_NEW", message: "x", fields: [] }, t)).toBe("Đã xảy ra lỗi. (x)");
  });
});
