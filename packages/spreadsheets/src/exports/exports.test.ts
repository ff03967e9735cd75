import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import pack2022 from "@dti-packs/dti-province-2022";
import type { ScoreResult } from "@dti/contracts";
import { scorecardWorkbook } from "./scorecard";
import { rankingWorkbook } from "./ranking";
import { planWorkbook, type PlanItem } from "./plan";
import { planCsv, rankingCsv, scorecardCsv } from "./csv";
import { parseCsv } from "../csv/parse";
import { neutralizeFormula } from "../csv/formula";
import { engine, fullUnitCase, loaded2022, tempFiles } from "../test/helpers";

const files = tempFiles();
afterAll(() => files.cleanup());

let result: ScoreResult;
beforeAll(() => {
  result = engine.score(
    loaded2022,
    {
      period: 2022,
      units: [
        { code: "DNG", name: "Đà Nẵng", inputs: { households_total: 300000, "3.3.a": 210000 } },
        { code: "MAU", name: "Tỉnh mẫu (demo)", inputs: fullUnitCase().input },
      ],
    },
    { mode: "lenient", explain: false },
  );
});

/** The row of a sheet whose first cells are `start`, as plain values. */
function rowValues(sheet: ExcelJS.Worksheet, r: number): unknown[] {
  return (sheet.getRow(r).values as unknown[]).slice(1);
}

describe("scorecardWorkbook", () => {
  it("has Tổng hợp (units, overall, rank, pillars, main indices) with real numbers and Vietnamese-friendly formats", async () => {
    const workbook = await files.open(await scorecardWorkbook(result, pack2022));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết", "Cảnh báo"]);
    const summary = workbook.getWorksheet("Tổng hợp")!;
    expect(rowValues(summary, 5)).toEqual([
      "Xếp hạng",
      "Mã",
      "Tên đơn vị",
      "DTI",
      "Điểm",
      "Điểm tối đa",
      "Chính quyền số",
      "Kinh tế số",
      "Xã hội số",
      "I. Nhận thức số",
      "II. Thể chế số",
      "III. Hạ tầng số",
      "IV. Nhân lực số",
      "V. An toàn thông tin mạng",
      "VI. Hoạt động chính quyền số",
      "VII. Hoạt động kinh tế số",
      "VIII. Hoạt động xã hội số",
    ]);
    const mau = summary.getRow(6);
    expect(rowValues(summary, 6).slice(0, 3)).toEqual([1, "MAU", "Tỉnh mẫu (demo)"]);
    expect(mau.getCell(4).value).toBeCloseTo(0.62565, 12);
    expect(mau.getCell(4).numFmt).toBe("0.0000");
    expect(mau.getCell(5).value).toBeCloseTo(625.65, 10);
    expect(mau.getCell(5).numFmt).toBe("0.00");
    expect(mau.getCell(7).value).toBeCloseTo(446.65 / 700, 12);
    expect(mau.getCell(10).value).toBeCloseTo(0.725, 12);
    expect(rowValues(summary, 7).slice(0, 3)).toEqual([2, "DNG", "Đà Nẵng"]);
    expect(summary.getRow(5).getCell(1).font?.bold).toBe(true);
    expect(summary.getRow(5).getCell(1).fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(String(summary.getCell("A3").value)).toContain(loaded2022.ref.id);
  });

  it("has Chi tiết: every indicator of every unit with max, points, lost, status and provisional", async () => {
    const workbook = await files.open(await scorecardWorkbook(result, pack2022));
    const detail = workbook.getWorksheet("Chi tiết")!;
    expect(rowValues(detail, 4)).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Chỉ số chính",
      "Mã chỉ số",
      "Tên chỉ số",
      "Điểm tối đa",
      "Điểm",
      "Điểm bị mất",
      "Tỷ lệ đạt",
      "Trạng thái",
      "Tạm tính",
    ]);
    const rows = [];
    for (let r = 5; r <= detail.rowCount; r++) rows.push(rowValues(detail, r));
    expect(rows).toHaveLength(2 * pack2022.indicators.length);
    const row31 = rows.find((r) => r[0] === "MAU" && r[3] === "3.1")!;
    expect(row31).toEqual([
      "MAU",
      "Tỉnh mẫu (demo)",
      "III",
      "3.1",
      "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
      10,
      6,
      4,
      0.6,
      "Đã chấm",
      "Có",
    ]);
    expect(rows.find((r) => r[0] === "DNG" && r[3] === "1.1")!.slice(5, 10)).toEqual([10, 0, 10, 0, "Thiếu số liệu"]);
    expect(rows.find((r) => r[0] === "MAU" && r[3] === "9.1")![9]).toBe("Không tính điểm");
    expect(rows.map((r) => r[3]).slice(0, 3)).toEqual(["1.1", "1.2", "1.3"]);
    expect(detail.getRow(5).getCell(9).numFmt).toBe("0.0%");
  });

  it("says when a result was aggregated from main-index values (no indicator detail)", async () => {
    const aggregated = engine.aggregate(loaded2022, {
      period: 2022,
      rows: [
        {
          code: "DNG",
          name: "Đà Nẵng",
          indices: { I: 1, II: 0.9, III: 0.8253, IV: 0.8487, V: 0.7578, VI: 0.8575, VII: 0.7836, VIII: 0.5197 },
        },
      ],
    });
    const workbook = await files.open(await scorecardWorkbook(aggregated, loaded2022));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Chi tiết"]);
    expect(String(workbook.getWorksheet("Chi tiết")!.getCell("A3").value)).toContain("tổng hợp từ giá trị các chỉ số chính");
    expect(workbook.getWorksheet("Tổng hợp")!.getRow(6).getCell(4).value).toBeCloseTo(0.800175, 10);
  });
});

describe("rankingWorkbook", () => {
  it("is a ranked table of units with its title, printable", async () => {
    const workbook = await files.open(await rankingWorkbook(result, pack2022, { title: "Xếp hạng DTI 2022 (thử nghiệm)" }));
    const sheet = workbook.getWorksheet("Xếp hạng")!;
    expect(sheet.getCell("A1").value).toBe("Xếp hạng DTI 2022 (thử nghiệm)");
    expect(rowValues(sheet, 4).slice(0, 5)).toEqual(["Xếp hạng", "Mã", "Tên đơn vị", "DTI", "Chính quyền số"]);
    expect(rowValues(sheet, 5).slice(0, 3)).toEqual([1, "MAU", "Tỉnh mẫu (demo)"]);
    expect(rowValues(sheet, 6).slice(0, 3)).toEqual([2, "DNG", "Đà Nẵng"]);
    expect(sheet.getRow(6).getCell(4).value).toBeCloseTo(result.units.find((u) => u.code === "DNG")!.overall, 12);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
  });
});

const PLAN: PlanItem[] = [
  {
    indicatorCode: "3.3",
    indicatorName: "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang",
    task: "Phủ cáp quang đến các thôn, bản vùng sâu, vùng xa",
    currentValue: 0.6,
    targetValue: 0.8,
    targetPoints: 8,
    leadAgency: "Sở TTTT",
    cooperatingAgencies: ["Các doanh nghiệp viễn thông", "UBND các huyện, thành phố"],
    deadline: "2025-12-31",
    status: "in_progress",
    progress: 0.5,
  },
  {
    indicatorCode: "2.4",
    indicatorName: "Ban hành Kiến trúc Chính quyền điện tử",
    currentValue: false,
    targetValue: true,
    leadAgency: "Sở TTTT",
    deadline: "Quý IV/2025",
    status: "not_started",
  },
];

describe("planWorkbook", () => {
  it("is the Phụ lục 1 table (STT, task, agencies, deadline, status, progress), landscape A4, one page wide, header repeated", async () => {
    const workbook = await files.open(
      await planWorkbook(PLAN, {
        title: "Kế hoạch nâng cao Chỉ số chuyển đổi số (DTI) tỉnh mẫu năm 2025",
        subtitle: "(Kèm theo Kế hoạch số …/KH-UBND)",
      }),
    );
    const sheet = workbook.getWorksheet("Phụ lục 1")!;
    expect(sheet.getCell("A1").value).toBe("PHỤ LỤC 1");
    expect(sheet.getCell("A2").value).toBe("KẾ HOẠCH NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH MẪU NĂM 2025");
    expect(rowValues(sheet, 5)).toEqual([
      "STT",
      "Mã chỉ số",
      "Nhiệm vụ / Chỉ số",
      "Giá trị hiện tại",
      "Giá trị mục tiêu",
      "Điểm mục tiêu",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn",
      "Trạng thái",
      "Tiến độ",
      "Ghi chú",
    ]);
    const first = sheet.getRow(6);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toBe(
      "Phủ cáp quang đến các thôn, bản vùng sâu, vùng xa\n(Chỉ số 3.3: Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang)",
    );
    expect(first.getCell(8).value).toBe("Các doanh nghiệp viễn thông; UBND các huyện, thành phố");
    expect(first.getCell(9).value).toEqual(new Date(Date.UTC(2025, 11, 31)));
    expect(first.getCell(9).numFmt).toBe("dd/mm/yyyy");
    expect(first.getCell(10).value).toBe("Đang thực hiện");
    expect(first.getCell(11).value).toBe(0.5);
    expect(first.getCell(11).numFmt).toBe("0.0%");
    expect(rowValues(sheet, 7).slice(0, 5)).toEqual([2, "2.4", "Ban hành Kiến trúc Chính quyền điện tử", "Không", "Có"]);
    expect(sheet.getRow(7).getCell(9).value).toBe("Quý IV/2025");
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "5:5",
    });
  });
});

describe("CSV exports", () => {
  it("start with a BOM, separate with commas, write '.' decimals and quote what needs quoting", () => {
    for (const csv of [
      scorecardCsv(result, pack2022),
      scorecardCsv(result, pack2022, { table: "indicators" }),
      rankingCsv(result, pack2022),
      planCsv(PLAN),
    ]) {
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.endsWith("\r\n")).toBe(true);
    }
    const summary = parseCsv(scorecardCsv(result, pack2022));
    expect(summary.delimiter).toBe(",");
    expect(summary.header.slice(0, 7)).toEqual(["Xếp hạng", "Mã", "Tên đơn vị", "DTI", "Điểm", "Điểm tối đa", "Chính quyền số"]);
    expect(summary.records[0]!.cells.slice(0, 7)).toEqual(["1", "MAU", "Tỉnh mẫu (demo)", "0.6257", "625.65", "1000", "0.6381"]);
    const detail = parseCsv(scorecardCsv(result, pack2022, { table: "indicators" }));
    expect(detail.records.find((r) => r.cells[0] === "MAU" && r.cells[3] === "3.1")!.cells).toEqual([
      "MAU",
      "Tỉnh mẫu (demo)",
      "III",
      "3.1",
      "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
      "10",
      "6",
      "4",
      "0.6",
      "Đã chấm",
      "Có",
    ]);
    const plan = parseCsv(planCsv(PLAN));
    expect(plan.problems).toEqual([]);
    expect(plan.records[0]!.cells).toEqual([
      "1",
      "3.3",
      "Phủ cáp quang đến các thôn, bản vùng sâu, vùng xa\n(Chỉ số 3.3: Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang)",
      "0.6",
      "0.8",
      "8",
      "Sở TTTT",
      "Các doanh nghiệp viễn thông; UBND các huyện, thành phố",
      "2025-12-31",
      "Đang thực hiện",
      "0.5",
      "",
    ]);
    expect(planCsv(PLAN)).toContain('"Phủ cáp quang đến các thôn, bản vùng sâu, vùng xa\n(Chỉ số 3.3');
  });
});

describe("formula injection (OWASP CSV injection)", () => {
  const EVIL = ["=cmd|' /C calc'!A0", "+SUM(A1)", "-1+2", "@x", "\tX", "\r=1+1"];

  it("neutralizeFormula quotes text a spreadsheet would run, and leaves numbers and plain text alone", () => {
    expect(EVIL.map(neutralizeFormula)).toEqual(["'=cmd|' /C calc'!A0", "'+SUM(A1)", "'-1+2", "'@x", "'\tX", "'\r=1+1"]);
    for (const safe of ["-0.5", "-12", "+3", "0,5", "Sở TTTT", "", "a=b", "3.3", "'=already"]) expect(neutralizeFormula(safe)).toBe(safe);
  });

  const items: PlanItem[] = [
    {
      indicatorCode: "3.3",
      indicatorName: "=cmd|' /C calc'!A0",
      task: "+SUM(A1)",
      currentValue: -0.5,
      targetValue: "-1+2",
      targetPoints: -2,
      leadAgency: "@x",
      cooperatingAgencies: ["\tX"],
      deadline: '=HYPERLINK("http://evil.example","hạn")',
      status: "-0.5",
      progress: 0.25,
      note: "\r=1+1",
    },
  ];

  it("in every CSV export: text is quoted, numbers stay numbers (plan.csv)", () => {
    const csv = planCsv(items);
    const row = parseCsv(csv).records[0]!.cells;
    expect(row).toEqual([
      "1",
      "3.3",
      "'+SUM(A1)\n(Chỉ số 3.3: =cmd|' /C calc'!A0)",
      "-0.5",
      "'-1+2",
      "-2",
      "'@x",
      "'\tX",
      '\'=HYPERLINK("http://evil.example","hạn")',
      "-0.5",
      "0.25",
      "'\r=1+1",
    ]);
    // No field of the file starts with a formula character, quoted or not.
    for (const record of parseCsv(csv).records)
      for (const cell of record.cells) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it("in every .xlsx export: text cells are quoted, numeric cells stay numeric", async () => {
    const workbook = await files.open(await planWorkbook(items, { title: "=1+1 kế hoạch", subtitle: "@sub" }));
    const sheet = workbook.getWorksheet("Phụ lục 1")!;
    expect(sheet.getCell("A2").value).toBe("'=1+1 KẾ HOẠCH");
    expect(sheet.getCell("A3").value).toBe("'@sub");
    expect(rowValues(sheet, 6)).toEqual([
      1,
      "3.3",
      "'+SUM(A1)\n(Chỉ số 3.3: =cmd|' /C calc'!A0)",
      -0.5,
      "'-1+2",
      -2,
      "'@x",
      "'\tX",
      '\'=HYPERLINK("http://evil.example","hạn")',
      "-0.5",
      0.25,
      "'\n=1+1", // XML reads a carriage return back as a line feed; the quote is there
    ]);
    expect(typeof sheet.getCell("D6").value).toBe("number");

    // Names from a result (unit names come from the database) in scorecards and rankings.
    const evil = { ...result, units: result.units.map((u, k) => ({ ...u, name: EVIL[k]! })) };
    const ranking = (await files.open(await rankingWorkbook(evil, pack2022))).getWorksheet("Xếp hạng")!;
    const scorecard = (await files.open(await scorecardWorkbook(evil, pack2022))).getWorksheet("Tổng hợp")!;
    for (const sheet of [ranking, scorecard]) {
      const first = sheet.getColumn(3).values.filter((v): v is string => typeof v === "string");
      expect(first).toEqual(expect.arrayContaining(["'=cmd|' /C calc'!A0", "'+SUM(A1)"]));
    }
    expect(parseCsv(rankingCsv(evil, pack2022)).records.map((r) => r.cells[2])).toEqual(
      expect.arrayContaining(["'=cmd|' /C calc'!A0", "'+SUM(A1)"]),
    );
    expect(parseCsv(scorecardCsv(evil, pack2022, { table: "indicators" })).records.map((r) => r.cells[1])).toContain("'+SUM(A1)");
  });
});
