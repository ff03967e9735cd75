import pack2022 from "@dti-packs/dti-province-2022";
import { successorPack, SUCCESSOR_PACK_ID } from "@dti/api-router/testing/successor-pack";
import { testBackends } from "@dti/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, type Session, type TestServer } from "./helpers";

function multipart(file: Buffer, fields: Record<string, string> = {}) {
  const boundary = "----dti-template-carry";
  const parts = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
  );
  const payload = Buffer.concat([
    ...parts,
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="DTI 2022.xlsx"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/**
 * Last year's filled template (dti-province-2022, 2022) imported into a 2024 assessment of another
 * pack (the test framework successorPack, whose crosswalk from dti-province-2022 renames
 * households_with_fiber, derives infosec_spending_bvnd = infosec_invest_bvnd + infosec_recurrent_bvnd
 * and does not collect platforms_with_ai): only after the explicit confirmation, mapped as
 * carry-forward maps, every value marked to confirm.
 */
describe.each(testBackends())("last year's template into another pack's assessment on %s", (kind) => {
  let server: TestServer;
  let admin: Session;
  let dn2022: string;
  let dn2024: string;
  beforeAll(async () => {
    server = await testServer(kind, {}, [pack2022, successorPack(pack2022)]);
    const api = server.api.as("adminDN");
    dn2022 = (await api.assessments.create({ unitId: "p63-48", period: 2022, packId: "dti-province-2022" })).id;
    await api.assessments.importValues({
      assessmentId: dn2022,
      values: [
        { inputId: "households_total", value: 300000, source: "Cục Thống kê" },
        { inputId: "households_with_fiber", value: 210000, source: "Sở TTTT" },
        { inputId: "infosec_invest_bvnd", value: 30 },
        { inputId: "infosec_recurrent_bvnd", value: 14 },
        { inputId: "platforms_with_ai", value: 3 },
      ],
    });
    dn2024 = (await api.assessments.create({ unitId: "p63-48", period: 2024, packId: SUCCESSOR_PACK_ID })).id;
    admin = await signIn(server.app, "adminDN");
  });
  afterAll(() => server?.close());

  const template = async (assessmentId: string) => {
    const response = await server.app.inject({
      method: "GET",
      url: `/api/assessments/${assessmentId}/template.xlsx`,
      headers: { cookie: admin.cookie },
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const upload = (assessmentId: string, file: Buffer, fields: Record<string, string> = {}) => {
    const form = multipart(file, fields);
    return server.app.inject({
      method: "POST",
      url: `/api/assessments/${assessmentId}/template`,
      headers: { ...form.headers, ...admin.headers },
      payload: form.payload,
    });
  };

  it("asks first (another period), then imports the mapped values marked to confirm", async () => {
    const lastYear = await template(dn2022);
    const unconfirmed = await upload(dn2024, lastYear);
    expect(unconfirmed.statusCode, unconfirmed.body).toBe(422);
    expect(unconfirmed.json().error).toMatchObject({ code: "IMPORT_INVALID", details: { spreadsheetCode: "TEMPLATE_PERIOD_MISMATCH" } });
    expect((await server.api.as("adminDN").assessments.get({ assessmentId: dn2024 })).inputs).toEqual([]);

    const confirmed = await upload(dn2024, lastYear, { confirmOtherPeriod: "true" });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const body = confirmed.json() as {
      written: number;
      carried: { fromPack: string; mapping: string; skipped: { inputId: string; code: string; text: { vi: string } }[] };
    };
    expect(body.written).toBe(3);
    expect(body.carried).toMatchObject({ fromPack: "dti-province-2022", mapping: "crosswalk" });
    expect(body.carried.skipped.map((s) => [s.inputId, s.code])).toEqual([["platforms_with_ai", "NO_EARLIER_DATA"]]);
    expect(body.carried.skipped[0]!.text.vi).toContain("không thu thập số liệu này");

    const detail = await server.api.as("adminDN").assessments.get({ assessmentId: dn2024 });
    const byId = Object.fromEntries(detail.inputs.map((v) => [v.inputId, v]));
    expect(Object.keys(byId).sort()).toEqual(["households_fibre_broadband", "households_total", "infosec_spending_bvnd"]);
    expect(byId.households_fibre_broadband).toMatchObject({
      value: 210000,
      source: "Sở TTTT",
      carriedFromPeriod: 2022,
      carriedPending: true,
    });
    expect(byId.infosec_spending_bvnd).toMatchObject({ value: 44, carriedFromPeriod: 2022, carriedPending: true });
    expect(byId.households_total).toMatchObject({ value: 300000, source: "Cục Thống kê", carriedPending: true });
  });

  it("a later framework's template into an earlier framework's assessment is refused, naming both packs", async () => {
    const later = await template(dn2024);
    const dn2025 = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2025, packId: "dti-province-2022" })).id;
    const response = await upload(dn2025, later, { confirmOtherPeriod: "true" });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error).toMatchObject({
      code: "CARRY_FORWARD_UNSUPPORTED",
      details: { fromPack: SUCCESSOR_PACK_ID, toPack: "dti-province-2022", direction: "backwards" },
    });
    expect((await server.api.as("adminDN").assessments.get({ assessmentId: dn2025 })).inputs).toEqual([]);
  });
});
