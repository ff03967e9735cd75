import type { InputDefinition } from "@dti/pack-sdk/model";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../i18n/context";
import { EntryField } from "./field";
import { EntryStore, type SaveInput } from "./store";

const input: InputDefinition = {
  id: "households_with_digital_address",
  label: { vi: "Số hộ gia đình có địa chỉ số", en: "Households with a digital address" },
  unit: "count",
  min: 0,
};

function setup(save: SaveInput, lang: "vi" | "en" = "vi") {
  const store = new EntryStore({
    inputs: new Map([[input.id, input]]),
    initial: [{ inputId: input.id, value: 224000, version: 1 }],
    save,
    lang,
    errorOf: (e) => (e as { apiError: never }).apiError,
    debounceMs: 10_000,
  });
  render(
    <I18nProvider lang={lang}>
      <EntryField store={store} address="8.4.a" input={input} readOnly={false} idPrefix="t" />
    </I18nProvider>,
  );
  return store;
}

describe("EntryField", () => {
  it("is labelled with the official address, the label and the unit, in Vietnamese", () => {
    setup(async (x) => ({ ...x, version: 2 }));
    const field = screen.getByLabelText("8.4.a Số hộ gia đình có địa chỉ số (số lượng)") as HTMLInputElement;
    expect(field.value).toBe("224.000");
  });

  it("says what is wrong inline and marks the field invalid", () => {
    setup(async (x) => ({ ...x, version: 2 }));
    const field = screen.getByLabelText(/8\.4\.a/);
    fireEvent.change(field, { target: { value: "12,5" } });
    expect(screen.getByText("Nhập số nguyên (đây là số đếm).")).toBeTruthy();
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(field.getAttribute("aria-describedby")).toContain("t-households_with_digital_address-status");
  });

  it("shows a conflict with the other person's value and the officer's, and saves theirs only by choice", async () => {
    const calls: Parameters<SaveInput>[0][] = [];
    const save: SaveInput = async (x) => {
      calls.push(x);
      if (x.expectedVersion === 1)
        throw {
          apiError: {
            code: "CONFLICT",
            message: "stale",
            fields: [],
            details: { current: { value: 600000, version: 2, updatedBy: "u2", updatedAt: "2025-07-01T01:00:00.000Z" } },
          },
        };
      return { inputId: x.inputId, value: x.value, version: 3 };
    };
    setup(save);
    const field = screen.getByLabelText(/8\.4\.a/) as HTMLInputElement;
    fireEvent.change(field, { target: { value: "620.000" } });
    await act(async () => void fireEvent.blur(field));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Người khác đã sửa mục này.");
    expect(alert.textContent).toContain("Giá trị đã lưu hiện nay là 600.000");
    expect(alert.textContent).toContain("Giá trị của bạn, 620.000, chưa được lưu và vẫn giữ nguyên.");
    expect(field.value).toBe("620.000");
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Lưu giá trị của tôi" })));
    expect(calls.at(-1)).toEqual({ inputId: input.id, value: 620000, expectedVersion: 2 });
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText("Đã lưu")).toBeTruthy();
  });

  it("speaks English when switched", () => {
    setup(async (x) => ({ ...x, version: 2 }), "en");
    expect(screen.getByLabelText("8.4.a Households with a digital address (count)")).toBeTruthy();
    expect((screen.getByLabelText(/8\.4\.a/) as HTMLInputElement).value).toBe("224,000");
  });
});
