import { readFileSync } from "node:fs";
import { testBackends } from "@dti/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, testServer, type Session, type TestServer } from "./helpers";

function multipart(file: Buffer, name = "template.xlsx") {
  const boundary = "----dti-template";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Writes `value` in the value cell (column F) of the row whose hidden input id (column J) is `inputId`. */
async function fill(bytes: Buffer, entries: Record<string, string | number>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const sheet of workbook.worksheets)
    sheet.eachRow((row) => {
      const id = row.getCell("J").value;
      const role = row.getCell("K").value;
      if (typeof id === "string" && role === "entry" && id in entries) row.getCell("F").value = entries[id]!;
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(testBackends())("spreadsheets over HTTP on %s", (kind) => {
  let server: TestServer;
  let assessmentId: string;
  let admin: Session;
  beforeAll(async () => {
    server = await testServer(kind);
    assessmentId = (await server.api.as("adminDN").assessments.create({ unitId: "p63-48", period: 2022 })).id;
    await server.api
      .as("adminDN")
      .assessments.setInput({ assessmentId, inputId: "households_total", value: 300000, expectedVersion: null, source: "Cục Thống kê" });
    admin = await signIn(server.app, "adminDN");
  });
  afterAll(() => server?.close());

  const template = async (session: Session) => {
    const response = await server.app.inject({
      method: "GET",
      url: `/api/assessments/${assessmentId}/template.xlsx`,
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return response.rawPayload;
  };
  const upload = (session: Session, file: Buffer) => {
    const form = multipart(file);
    return server.app.inject({
      method: "POST",
      url: `/api/assessments/${assessmentId}/template`,
      headers: { ...form.headers, cookie: session.cookie, "x-csrf-token": session.csrf },
      payload: form.payload,
    });
  };

  it("exports the template, imports it filled, and the scores follow", async () => {
    const blank = await template(admin);
    const before = (await server.api.as("adminDN").assessments.score({ assessmentId })).result.units[0]!.indicators!["3.3"]!.points;
    const filled = await fill(blank, { households_with_fiber: 210000 });
    const response = await upload(admin, filled);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ written: 1, unchanged: 1 });
    const after = (await server.api.as("adminDN").assessments.score({ assessmentId })).result.units[0]!.indicators!["3.3"]!;
    expect(after.points).toBeGreaterThan(before);
    expect(after.explanation!.inputs.find((i) => i.input === "households_with_fiber")!.value).toBe(210000);
    // The same file again changes nothing.
    expect((await upload(admin, filled)).json()).toMatchObject({ written: 0, unchanged: 2 });
  });

  it("a broken file gets precise errors by sheet and cell, and changes nothing", async () => {
    const stored = await server.api.as("adminDN").assessments.get({ assessmentId });
    const broken = await fill(await template(admin), { households_with_fiber: "nhiều lắm", communes_total: -4 });
    const response = await upload(admin, broken);
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe("IMPORT_INVALID");
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual([
      expect.stringMatching(/^Thông tin chung!F\d+$/),
      expect.stringMatching(/^III\. .*!F\d+$/),
    ]);
    expect((await server.api.as("adminDN").assessments.get({ assessmentId })).inputs).toEqual(stored.inputs);
    const notXlsx = await upload(admin, Buffer.from("this is not a workbook"));
    expect(notXlsx.statusCode).toBe(422);
    expect(notXlsx.json().error).toMatchObject({ code: "IMPORT_INVALID", details: { spreadsheetCode: "FILE_NOT_XLSX" } });
  });

  it("one pass: a type error, a negative count and a broken ratio in one file are all reported, by sheet and cell, in both languages", async () => {
    const stored = await server.api.as("adminDN").assessments.get({ assessmentId });
    // households_total (A6) is stored at 300000 and comes pre-filled: 8.4.a above it breaks the ratio of 8.4.
    const broken = await fill(await template(admin), {
      households_with_fiber: "nhiều lắm",
      communes_total: -4,
      households_with_digital_address: 350000,
    });
    const response = await upload(admin, broken);
    expect(response.statusCode).toBe(422);
    const error = response.json().error as {
      code: string;
      details: {
        vi: string;
        problems: {
          code: string;
          sheet: string;
          cell: string;
          inputId: string;
          indicator?: string;
          message: { vi: string; en: string };
          ratio?: { numerator: { total: number }; denominator: { total: number; inputs: { inputId: string; cell: string }[] } };
        }[];
      };
    };
    expect(error.code).toBe("IMPORT_INVALID");
    const problems = error.details.problems;
    expect(problems.map((p) => [p.code, p.inputId])).toEqual([
      ["CELL_NEGATIVE", "communes_total"],
      ["CELL_NOT_A_NUMBER", "households_with_fiber"],
      ["RATIO_NUMERATOR_EXCEEDS_DENOMINATOR", "households_with_digital_address"],
    ]);
    for (const p of problems) {
      expect(p.sheet.length).toBeGreaterThan(0);
      expect(p.cell).toMatch(/^F\d+$/);
      expect(p.message.vi).not.toBe(p.message.en);
    }
    const ratio = problems[2]!;
    expect(ratio).toMatchObject({ sheet: "VIII. Hoạt động xã hội số", indicator: "8.4" });
    expect(ratio.ratio).toMatchObject({
      numerator: { total: 350000 },
      denominator: { total: 300000, inputs: [{ inputId: "households_total" }] },
    });
    expect(ratio.message.vi).toContain("phần (tử số 8.4.a = 350.000) lớn hơn tổng (mẫu số 8.4.b = 300.000)");
    expect(ratio.message.en).toContain("the part (numerator 8.4.a = 350000) is above the whole (denominator 8.4.b = 300000)");
    expect(error.details.vi).toMatch(/^Biểu mẫu có 3 lỗi; chưa nhập giá trị nào\./);
    // Nothing was imported, not even the value that read well.
    expect((await server.api.as("adminDN").assessments.get({ assessmentId })).inputs).toEqual(stored.inputs);
  });

  it("an agency contributor's upload touching inputs of other agencies is refused whole", async () => {
    const contributor = await signIn(server.app, "noiVuDN");
    const filled = await fill(await template(contributor), { households_with_fiber: 1, civil_servants_dts_fulltime: 5 });
    const response = await upload(contributor, filled);
    expect(response.statusCode).toBe(403);
    expect(
      (await server.api.as("adminDN").assessments.get({ assessmentId })).inputs.find((i) => i.inputId === "civil_servants_dts_fulltime"),
    ).toBeUndefined();
  });

  it("another province cannot download the template; CSRF is required to upload", async () => {
    const other = await signIn(server.app, "adminQN");
    expect(
      (await server.app.inject({ method: "GET", url: `/api/assessments/${assessmentId}/template.xlsx`, headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(404);
    const form = multipart(await template(admin));
    expect(
      (
        await server.app.inject({
          method: "POST",
          url: `/api/assessments/${assessmentId}/template`,
          headers: { ...form.headers, cookie: admin.cookie },
          payload: form.payload,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("exports scorecards, plans and rankings as .xlsx and CSV", async () => {
    await server.api
      .as("adminDN")
      .plans.create({ assessmentId, indicatorCode: "3.3", targetValue: "90%", leadAgency: "Sở TTTT", deadline: "2023-12-31" });
    for (const path of ["scorecard.xlsx", "scorecard.csv", "plan.xlsx", "plan.csv"]) {
      const response = await server.app.inject({
        method: "GET",
        url: `/api/assessments/${assessmentId}/${path}`,
        headers: { cookie: admin.cookie },
      });
      expect(response.statusCode, `${path}: ${response.body.slice(0, 200)}`).toBe(200);
      if (path.endsWith(".csv")) expect(response.body).toContain("3.3");
      else expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
    }
    const national = await signIn(server.app, "national");
    await server.api.as("national").published.importCsv({
      packId: "dti-province-2022",
      period: 2022,
      csv: readFileSync(new URL("../data/published/dti-results-2022.csv", import.meta.url), "utf8"),
    });
    const published = await server.app.inject({ method: "GET", url: "/api/rankings/2022/ranking.csv", headers: { cookie: admin.cookie } });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.body).toContain("Đà Nẵng");
    expect(
      (
        await server.app.inject({
          method: "GET",
          url: "/api/rankings/2022/ranking.xlsx?source=computed",
          headers: { cookie: admin.cookie },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await server.app.inject({
          method: "GET",
          url: "/api/rankings/2022/ranking.xlsx?source=computed",
          headers: { cookie: national.cookie },
        })
      ).statusCode,
    ).toBe(200);
  });
});
