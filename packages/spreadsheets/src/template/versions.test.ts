import pack2022 from "@dti-packs/dti-province-2022";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "./build";
import { readTemplate } from "./read";

const UNIT = { code: "MAU", name: "Tỉnh mẫu (demo)" };

describe("versions recorded in a template", () => {
  it("come back from readTemplate as written, by input id; a template made without them reads null", async () => {
    const versions = { households_with_fiber: 3, households_total: 1 };
    const withVersions = await buildTemplate({
      pack: pack2022,
      unit: UNIT,
      period: 2022,
      values: { households_with_fiber: 10, households_total: 100 },
      versions,
    });
    const reading = await readTemplate(withVersions, { pack: pack2022, period: 2022, unit: "MAU" });
    expect(reading.problems).toEqual([]);
    expect(reading.versions).toEqual(versions);
    expect(reading.values).toMatchObject({ households_with_fiber: 10, households_total: 100 });

    const none = await buildTemplate({ pack: pack2022, unit: UNIT, period: 2022, versions: {} });
    expect((await readTemplate(none, { pack: pack2022 })).versions).toEqual({});
    const older = await buildTemplate({ pack: pack2022, unit: UNIT, period: 2022 });
    expect((await readTemplate(older, { pack: pack2022 })).versions).toBeNull();
  });
});
