import { readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse";

// Not ../test/helpers: it loads the engine and exceljs, which this reader must do without.
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

const kinds = (text: string) => parseCsv(text).problems.map((p) => [p.kind, p.line, p.column ?? null]);

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and a BOM", () => {
    const table = parseCsv('\uFEFFcode,name,note\r\nHNI,"Hà Nội, thủ đô","say ""xin chào""\nline 2"\r\nDNG,Đà Nẵng,\r\n');
    expect(table.problems).toEqual([]);
    expect(table.header).toEqual(["code", "name", "note"]);
    expect(table.records).toEqual([
      { line: 2, cells: ["HNI", "Hà Nội, thủ đô", 'say "xin chào"\nline 2'] },
      { line: 4, cells: ["DNG", "Đà Nẵng", ""] },
    ]);
  });

  it("detects ';' and tab delimiters from the header, ignoring those inside quotes", () => {
    expect(parseCsv("code;I\nA;0,5\n")).toMatchObject({ delimiter: ";", records: [{ cells: ["A", "0,5"] }] });
    expect(parseCsv("code\tI\nA\t0.5")).toMatchObject({ delimiter: "\t", records: [{ cells: ["A", "0.5"] }] });
    expect(parseCsv('"a,b";c\n1;2\n')).toMatchObject({ delimiter: ";", header: ["a,b", "c"] });
  });

  it("skips blank lines (and lines of empty fields) and accepts a missing final line break", () => {
    expect(parseCsv("code,I\n\nA,1\n,\n\n").records).toEqual([{ line: 3, cells: ["A", "1"] }]);
    expect(parseCsv("code,I\nA,1").records).toHaveLength(1);
    expect(parseCsv("code,I\rA,1\r").records).toEqual([{ line: 2, cells: ["A", "1"] }]);
  });

  it("trims header names, not cells", () => {
    expect(parseCsv(" code , I \n A , 1 \n")).toMatchObject({ header: ["code", "I"], records: [{ cells: [" A ", " 1 "] }] });
  });

  it("reports every malformed row with its line: the text's problems first, then the field counts", () => {
    const table = parseCsv('code,I,II\nA,1\nB,1,2,3\nC,"open\n');
    expect(table.problems.map((p) => [p.kind, p.line, p.column ?? null])).toEqual([
      ["unclosed-quote", 4, 2],
      ["field-count", 2, null],
      ["field-count", 3, null],
    ]);
    expect(table.problems[1]).toMatchObject({
      message: { vi: "Dòng có 2 ô, dòng tiêu đề có 3 cột", en: "2 field(s) where the header has 3" },
      expected: { vi: "3 ô, ngăn cách bởi “,”", en: '3 fields separated by ","' },
    });
    expect(parseCsv("a\tb\n1\n").problems[0]!.expected).toEqual({ vi: "2 ô, ngăn cách bởi dấu tab", en: '2 fields separated by "\\t"' });
  });

  it("refuses a stray quote inside an unquoted field, with its line and column", () => {
    const table = parseCsv('code,I\nA,1"2\n');
    expect(kinds('code,I\nA,1"2\n')).toEqual([["stray-quote", 2, 2]]);
    expect(table.problems[0]!.message.en).toBe('a quote (") inside an unquoted field; quote the whole field and double the quote ("")');
    expect(table.problems[0]!.message.vi).toContain("Dấu ngoặc kép");
    // A quote after leading blanks opens a quoted field; one after a closed quoted field is text after it.
    expect(parseCsv('code,I\nA, "1,5"\n')).toMatchObject({ problems: [], records: [{ cells: ["A", "1,5"] }] });
    expect(kinds('code,I\nA,"1" "2"\n')).toEqual([
      ["text-after-quote", 2, 2],
      ["text-after-quote", 2, 2],
      ["text-after-quote", 2, 2],
    ]);
  });

  it("refuses text after a closing quote, and a quote never closed, where it opens", () => {
    expect(kinds('code,I\n"A"x,1\n')).toEqual([["text-after-quote", 2, 1]]);
    expect(parseCsv('code,I\n"A" ,1\n').problems).toEqual([]);
    expect(kinds('code,I,II\nA,1,"2\n\nB,3,4\n')).toEqual([["unclosed-quote", 2, 3]]);
  });

  it("refuses an empty file, and empty and repeated column names in the header", () => {
    expect(parseCsv("")).toEqual({
      delimiter: ",",
      header: [],
      records: [],
      problems: [
        {
          kind: "empty-file",
          line: 1,
          message: { vi: "Tệp rỗng: cần một dòng tiêu đề", en: "the file is empty: a header line is expected" },
        },
      ],
    });
    expect(kinds("\n \n")).toEqual([["empty-file", 1, null]]);
    const header = parseCsv("code,,I, I \nA,,1,2\n").problems;
    expect(header).toEqual([
      {
        kind: "empty-header",
        line: 1,
        column: 2,
        message: { vi: "Tên cột trống trong dòng tiêu đề", en: "empty column name in the header" },
      },
      {
        kind: "repeated-header",
        line: 1,
        column: 4,
        header: "I",
        message: { vi: "Cột “I” xuất hiện hai lần", en: 'column "I" appears twice' },
      },
    ]);
    expect(kinds("\ncode,code\n")).toEqual([["repeated-header", 2, 2]]);
  });

  it("gives every problem a message in Vietnamese (with diacritics) and English", () => {
    const problems = [...parseCsv('a,a,\n1"2,"x"y,3\n4\n"open').problems, ...parseCsv("").problems];
    expect(new Set(problems.map((p) => p.kind))).toEqual(
      new Set(["stray-quote", "text-after-quote", "unclosed-quote", "empty-file", "empty-header", "repeated-header", "field-count"]),
    );
    for (const p of problems) {
      expect(p.message.vi.normalize("NFD"), p.kind).toMatch(/[\u0300-\u036f]/);
      expect(p.message.en, p.kind).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("is the entry point @dti/spreadsheets/csv, which never loads exceljs: the reader loads no package, the writer only @dti/conventions (which has no dependency), the published-results reader only the pack's", async () => {
    const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { exports: Record<string, string> };
    const entry = join(PACKAGE_DIR, pkg.exports["./csv"]!);
    expect((await import(entry)) as object).toMatchObject({
      parseCsv,
      toCsv: expect.any(Function),
      BOM: "\uFEFF",
      readPublishedResultsCsv: expect.any(Function),
    });
    // Follow every import that stays at run time (not `import type`) from a file.
    const imports = (from: string) => {
      const packages = new Set<string>();
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const [, typeOnly, specifier] of readFileSync(file, "utf8").matchAll(
          /^(?:import|export)\s+(type\s)?[^;]*?from\s+"([^"]+)"/gm,
        )) {
          if (typeOnly) continue;
          if (specifier!.startsWith(".")) visit(resolve(dirname(file), specifier!.endsWith(".ts") ? specifier! : `${specifier}.ts`));
          else packages.add(specifier!);
        }
      };
      visit(from);
      return { files: [...seen].map((f) => relative(PACKAGE_DIR, f)).sort(), packages: [...packages].sort() };
    };
    expect(imports(join(PACKAGE_DIR, "src/csv/parse.ts")).packages).toEqual([]);
    expect(imports(join(PACKAGE_DIR, "src/csv/write.ts")).packages).toEqual(["@dti/conventions"]);
    const reached = imports(entry);
    expect(reached.files).toEqual([
      "src/csv/formula.ts",
      "src/csv/index.ts",
      "src/csv/parse.ts",
      "src/csv/published.ts",
      "src/csv/write.ts",
      "src/errors.ts",
      "src/pack.ts",
    ]);
    expect(reached.packages).toEqual(["@dti/conventions", "@dti/engine", "@dti/pack-sdk"]);
    // …and neither of those depends on exceljs, directly or through another workspace package.
    const dependsOnExceljs = (name: string, dir: string, path: string[] = []): boolean => {
      const manifestDir = join(dir, "node_modules", name);
      const manifest = JSON.parse(readFileSync(join(manifestDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
      const deps = Object.keys(manifest.dependencies ?? {});
      if (deps.includes("exceljs")) return true;
      return deps
        .filter((d) => d.startsWith("@dti/") && !path.includes(d))
        .some((d) => dependsOnExceljs(d, realpathSync(manifestDir), [...path, name]));
    };
    for (const name of reached.packages) expect(dependsOnExceljs(name, PACKAGE_DIR), name).toBe(false);
  });
});
