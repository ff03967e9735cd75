import { describe, expect, it } from "vitest";
import { indexValuesRowSchema, scoreRequestSchema } from "./scoring";

describe("score request", () => {
  it("accepts the documented example", () => {
    const example = {
      pack: "dti-province-2022",
      period: 2022,
      units: [
        {
          code: "MAU",
          name: "Tỉnh mẫu",
          inputs: { households_total: 300000, "3.3.a": 210000, dts_steering_head: "secretary_or_chairman" },
        },
      ],
    };
    expect(scoreRequestSchema.parse(example)).toEqual(example);
  });

  it("names the field at fault", () => {
    const result = scoreRequestSchema.safeParse({ period: 2022, units: [{ code: "bad code!", inputs: {} }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["units", 0, "code"]);
    expect(result.error!.issues[0]!.message).toMatch(/unit code/);
  });

  it("refuses an empty cohort and a period that is not a year", () => {
    expect(scoreRequestSchema.safeParse({ period: 2022, units: [] }).success).toBe(false);
    expect(scoreRequestSchema.safeParse({ period: 22.5, units: [{ code: "A", inputs: {} }] }).success).toBe(false);
  });
});

describe("index values row", () => {
  it("takes numbers keyed by index code (the engine checks their range, every problem at once)", () => {
    expect(indexValuesRowSchema.safeParse({ code: "DNG", indices: { I: 1 } }).success).toBe(true);
    expect(indexValuesRowSchema.safeParse({ code: "DNG", indices: { I: "0,89" } }).success).toBe(false);
  });
});
