import { describe, expect, it } from "vitest";
import { formatNumber, renderRule } from "./render";

const byAddress = (id: string) => ({ fiber: "3.3.a", households: "3.3.b", smes: "7.5.a", total: "7.5.b" })[id] ?? id;

describe("renderRule", () => {
  it("words a ratio as the method text does", () => {
    expect(renderRule({ kind: "ratio", a: "fiber", b: "households" }, "vi", byAddress)).toBe(
      "Tỷ lệ = 3.3.a / 3.3.b; Điểm = Tỷ lệ × Điểm tối đa",
    );
    expect(renderRule({ kind: "ratio", a: "fiber", b: "households" }, "en", byAddress)).toBe("ratio = 3.3.a / 3.3.b; points = ratio × max");
  });

  it("shows thresholds as Vietnamese percentages", () => {
    expect(renderRule({ kind: "ratio_to_target", a: "smes", b: "total", target: 0.5 }, "vi", byAddress)).toBe(
      "Tỷ lệ = 7.5.a / 7.5.b; Điểm = min(1, Tỷ lệ / 50%) × Điểm tối đa",
    );
    expect(renderRule({ kind: "ratio_to_target", a: "x", b: "y", target: 0.0025 }, "vi")).toContain("0,25%");
    expect(renderRule({ kind: "ratio_to_target", a: "x", b: "y", target: 0.0025 }, "en")).toContain("0.25%");
  });

  it("sums grouped operands", () => {
    expect(renderRule({ kind: "ratio", a: ["a1", "a2"], b: ["b1", "b2"] }, "en")).toBe(
      "ratio = (a1 + a2) / (b1 + b2); points = ratio × max",
    );
  });

  it("words choices, bands and parts with fractions of max", () => {
    expect(renderRule({ kind: "choice", input: "head", fractions: { chair: 1, deputy: 0.5, none: 0 } }, "vi")).toBe(
      "head = chair: Điểm tối đa; head = deputy: 1/2 × Điểm tối đa; head = none: 0 điểm",
    );
    expect(
      renderRule(
        {
          kind: "count_bands",
          input: "n",
          gate: "g",
          bands: [
            { min: 20, fraction: 1 },
            { min: 10, fraction: 0.5 },
            { min: 0, fraction: 0.25 },
          ],
        },
        "vi",
      ),
    ).toBe("g = Không: 0 điểm; n ≥ 20: Điểm tối đa; n ≥ 10: 1/2 × Điểm tối đa; n ≥ 0: 1/4 × Điểm tối đa");
    expect(
      renderRule(
        {
          kind: "parts",
          parts: [
            { id: "p", label: { vi: "Phần một", en: "Part one" }, fraction: 0.8, input: "x" },
            { id: "q", label: { vi: "Phần hai" }, fraction: 0.2, input: "y" },
          ],
        },
        "en",
      ),
    ).toBe("Part one (x): 4/5 × max; Phần hai (y): 1/5 × max");
  });

  it("names the cohort in relative rules", () => {
    expect(renderRule({ kind: "min_max", value: "drills", form: "x_over_max" }, "vi")).toBe(
      "Điểm = x / max(x của các tỉnh) × Điểm tối đa, x = drills",
    );
    expect(renderRule({ kind: "relative_to_best", a: "d", b: "e" }, "en")).toBe(
      "ratio = d / e; points = ratio / best ratio among provinces × max",
    );
  });

  it("formats numbers the Vietnamese way", () => {
    expect(formatNumber(0.5649, "vi")).toBe("0,5649");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(0.5649, "en")).toBe("0.5649");
  });
});
