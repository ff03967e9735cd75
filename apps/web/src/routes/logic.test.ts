import { describe, expect, it } from "vitest";
import { frameworkBreaks, frameworkByYear } from "./admin/trend";
import { carriesFrom, packsForYear } from "./home";

const pack = (
  packId: string,
  years: number[],
  extra: Partial<{ status: "active" | "draft"; coverage: string; createdAt: string; version: string }> = {},
) => ({
  id: `${packId}-${extra.version ?? "1.0.0"}`,
  packId,
  version: extra.version ?? "1.0.0",
  hash: "h",
  title: packId,
  years,
  coverage: extra.coverage ?? "full",
  source: "installed" as const,
  status: extra.status ?? "active",
  pinned: false,
  createdAt: extra.createdAt ?? "2025-01-01T00:00:00.000Z",
});

describe("the framework a year defaults to", () => {
  it("is the one active pack with raw inputs whose years include it", () => {
    const packs = [
      pack("dti-province-2020", [2020], { coverage: "indices" }),
      pack("dti-province-2022", [2021, 2022, 2023]),
      pack("dti-province-2024", [2024], { status: "draft" }),
    ];
    expect(packsForYear(packs, 2022).map((p) => p.packId)).toEqual(["dti-province-2022"]);
    expect(packsForYear(packs, 2020)).toEqual([]); // published values only: nothing to enter
    expect(packsForYear(packs, 2024)).toEqual([]); // a draft is not offered
  });

  it("offers a choice where two apply, newest framework first, newest version of each", () => {
    const packs = [
      pack("dti-province-2022", [2022, 2023]),
      pack("dti-province-2022", [2022, 2023], { version: "1.1.0", createdAt: "2025-06-01T00:00:00.000Z" }),
      pack("dti-province-2023", [2023, 2024]),
    ];
    expect(packsForYear(packs, 2023).map((p) => `${p.packId}@${p.version}`)).toEqual([
      "dti-province-2023@1.0.0",
      "dti-province-2022@1.1.0",
    ]);
  });
});

describe("whether a new assessment can start from one of another framework", () => {
  it("only when the new framework declares a crosswalk from the earlier one (earlier → later)", () => {
    const later = { crosswalks: [{ from: "dti-province-2022", pillars: [], indices: [], indicators: [] }] };
    expect(carriesFrom(later, "dti-province-2022")).toBe(true);
    expect(carriesFrom(later, "dti-province-2020")).toBe(false);
    expect(carriesFrom({ crosswalks: [] }, "dti-province-2022")).toBe(false);
    expect(carriesFrom(undefined, "dti-province-2022")).toBe(false); // not loaded yet: the option stays off
  });
});

describe("the trend's breaks", () => {
  it("fall on the first year of each new framework", () => {
    const framework = frameworkByYear([
      pack("dti-province-2020", [2020]),
      pack("dti-province-2022", [2021, 2022, 2023]),
      pack("dti-province-2024", [2024]),
    ]);
    expect([...framework]).toEqual([
      [2020, "dti-province-2020"],
      [2021, "dti-province-2022"],
      [2022, "dti-province-2022"],
      [2023, "dti-province-2022"],
      [2024, "dti-province-2024"],
    ]);
    expect(frameworkBreaks([2020, 2021, 2022, 2023, 2024], framework)).toEqual([2021, 2024]);
  });
});
