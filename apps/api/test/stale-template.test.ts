import { testBackends } from "@dti/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, type Session, type TestServer } from "./helpers";

function multipart(file: Buffer) {
  const boundary = "----dti-stale";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="t.xlsx"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Types `value` into the value cell (F) of the row whose hidden input id (J) is the key. */
async function fill(bytes: Buffer, entries: Record<string, number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => {
      const id = row.getCell("J").value;
      if (typeof id === "string" && row.getCell("K").value === "entry" && id in entries) row.getCell("F").value = entries[id]!;
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A template carries the versions of the values it was made from: uploading it after another user
 * changed a value reports that value as a conflict and leaves the newer value stored; values
 * unchanged since import as before.
 */
describe.each(testBackends())("a stale template on %s", (kind) => {
  let server: TestServer;
  let assessmentId: string;
  let admin: Session;
  beforeAll(async () => {
    server = await testServer(kind);
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    await server.api
      .as("adminDN")
      .assessments.setInput({ assessmentId, inputId: "households_total", value: 300000, expectedVersion: null });
    admin = await signIn(server.app, "adminDN");
  });
  afterAll(() => server?.close());

  const download = async () =>
    (await server.app.inject({ method: "GET", url: `/api/assessments/${assessmentId}/template.xlsx`, headers: { cookie: admin.cookie } }))
      .rawPayload;
  const upload = (file: Buffer) => {
    const form = multipart(file);
    return server.app.inject({
      method: "POST",
      url: `/api/assessments/${assessmentId}/template`,
      headers: { ...form.headers, cookie: admin.cookie, "x-csrf-token": admin.csrf },
      payload: form.payload,
    });
  };
  const stored = async (inputId: string) =>
    (await server.api.as("adminDN").assessments.get({ assessmentId })).inputs.find((i) => i.inputId === inputId);

  it("download, another user changes a value, upload the untouched template: that value is a conflict and is not written", async () => {
    const template = await download();
    // Sở TTTT updates the number of households after the download.
    await server.api.as("ttttDN").assessments.setInput({ assessmentId, inputId: "households_total", value: 310000, expectedVersion: 1 });
    const response = await upload(template);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      written: 0,
      unchanged: 0,
      warnings: expect.any(Array),
      conflicts: [
        {
          inputId: "households_total",
          templateValue: 300000,
          currentValue: 310000,
          baseVersion: 1,
          currentVersion: 2,
          updatedBy: "ttttdn@test.vn",
          updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      ],
    });
    expect(await stored("households_total")).toMatchObject({ value: 310000, version: 2 });
  });

  it("values unchanged since the download import as before, beside the conflicts", async () => {
    const template = await fill(await download(), { households_with_fiber: 200000 });
    await server.api.as("ttttDN").assessments.setInput({ assessmentId, inputId: "households_total", value: 320000, expectedVersion: 2 });
    const response = await upload(template);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { written: number; conflicts: { inputId: string; templateValue: unknown }[] };
    expect(body.written).toBe(1);
    expect(body.conflicts).toEqual([expect.objectContaining({ inputId: "households_total", templateValue: 310000, currentValue: 320000 })]);
    expect(await stored("households_with_fiber")).toMatchObject({ value: 200000, version: 1 });
    expect(await stored("households_total")).toMatchObject({ value: 320000 });
    // A value typed into a cell that was empty at download, but stored by someone else since, is a conflict too.
    const another = await fill(await download(), {});
    await server.api.as("ttttDN").assessments.setInput({ assessmentId, inputId: "households_with_fiber", value: 1, expectedVersion: 1 });
    const again = await upload(another);
    expect((again.json() as { conflicts: { inputId: string }[] }).conflicts.map((c) => c.inputId)).toEqual(["households_with_fiber"]);
    expect(await stored("households_with_fiber")).toMatchObject({ value: 1, version: 2 });
  });
});
