import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { rankSensitivity, type SensitivityResult } from "@dti/engine";
import { writeJson, type CommandContext } from "../context";
import { formatValue } from "../format/number";
import { renderTable } from "../format/table";
import { parseCount, parsePeriod } from "../options";
import { packForPeriod } from "../scoring";
import { loadPackRef } from "../packs";
import { packNamedIn, readInputFile } from "../io/input-file";
import { scoreRequestFrom } from "../io/score-input";

interface SensitivityOptions {
  pack?: string;
  input: string;
  period?: number;
  runs: number;
  seed: number;
  lenient?: boolean;
  json?: boolean;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff)
    throw new InvalidArgumentError(`expected a whole number from 0 to 4294967295, got "${value}"`);
  return n;
}

const KIND = { weight: "trọng số / weight", threshold: "ngưỡng / threshold", normalisation: "chuẩn hóa / normalisation" } as const;

/** Rank bands as a table, then the alternatives by influence: Vietnamese first, English second. */
export function renderSensitivity(result: SensitivityResult): string {
  const comma = (x: number) => x.toLocaleString("vi-VN", { maximumFractionDigits: 2 });
  const value = (x: number | string) => (typeof x === "number" ? x.toLocaleString("vi-VN", { maximumFractionDigits: 4 }) : x);
  const lines = [
    `Độ nhạy của thứ hạng / Rank sensitivity: ${result.pack.id} ${result.pack.version}, năm ${result.period}, ${result.runs} lần rút ngẫu nhiên / runs, seed ${result.seed}, chế độ ${result.mode}`,
    `${result.note.vi}${result.note.en ? ` / ${result.note.en}` : ""}`,
    renderTable(
      ["Mã", "Tên", "DTI", "Hạng chính thức", "Khoảng hạng 5–95 %", "Trung vị", "Thấp nhất–cao nhất", "Giữ hạng"],
      result.units.map((u) => [
        u.code,
        u.name ?? "",
        formatValue(u.official.overall),
        u.official.rank,
        u.band.p5 === u.band.p95 ? String(u.band.p5) : `${u.band.p5}–${u.band.p95}`,
        u.band.median,
        u.band.min === u.band.max ? String(u.band.min) : `${u.band.min}–${u.band.max}`,
        `${comma(u.sameRank * 100)} %`,
      ]),
      ["left", "left", "right", "right", "right", "right", "right", "right"],
    ),
    "Khoảng hạng: phân vị 5 % và 95 % của thứ hạng qua các lần rút (hạng 1 là cao nhất) / rank band: 5th and 95th percentiles over the runs.",
    "",
    "Phương án làm thứ hạng thay đổi nhiều nhất (lần lượt từng phương án) / Alternatives that move ranks most (one at a time):",
    renderTable(
      ["Phương án", "Áp dụng cho", "Loại", "Chính thức → phương án", "TB |Δ hạng|", "Lớn nhất |Δ hạng|"],
      result.alternatives.map((a) => [
        a.id,
        a.indicator ?? a.index ?? "",
        KIND[a.kind],
        `${value(a.official)} → ${a.options.map(value).join("; ")}`,
        comma(a.influence.meanAbsRankChange),
        a.influence.maxAbsRankChange,
      ]),
      ["left", "left", "left", "left", "right", "right"],
    ),
    "TB |Δ hạng|: trung bình số bậc thay đổi của các đơn vị khi chỉ phương án đó thay đổi / mean places moved when only that alternative changes.",
    ...result.alternatives.map((a) => `  - ${a.id}: ${a.note.vi}${a.note.en ? ` / ${a.note.en}` : ""}${a.source ? ` (${a.source})` : ""}`),
  ];
  return `${lines.join("\n")}\n`;
}

export function registerSensitivity(program: Command, ctx: CommandContext): void {
  program
    .command("sensitivity")
    .description(
      "how stable each unit's rank is under the alternatives the pack declares (weights, thresholds, normalisations): rank bands over seeded random draws, and which alternatives move ranks most",
    )
    .option(
      "--pack <pack>",
      'installed pack id, pack directory or bundle file (default: the JSON input\'s "pack", else the pack for the period)',
    )
    .requiredOption("--input <file>", "raw inputs as for dti score: .json, or .csv (wide or long)")
    .option("--period <year>", "assessment year (required for CSV; overrides the JSON's period)", parsePeriod)
    .option("--runs <n>", "random draws of the alternatives (default 1000)", parseCount, 1000)
    .option("--seed <n>", "seed of the random draws (default 1): the same seed gives the same bands", parseSeed, 1)
    .option("--lenient", "score missing inputs 0 with a warning instead of refusing them")
    .option("--json", "print the result as JSON on stdout")
    .action(async (options: SensitivityOptions) => {
      const input = readInputFile(ctx.io.cwd, options.input);
      const reference = options.pack ?? packNamedIn(input);
      const period = options.period ?? (input.kind === "json" ? (input.data as { period?: number } | null)?.period : undefined);
      const loaded =
        reference !== undefined
          ? (await loadPackRef(reference, ctx.io, ctx.engine)).loaded
          : await packForPeriod(ctx, period, input.kind === "json" ? options.input : undefined);
      const { pack: _named, ...request } = scoreRequestFrom(input, loaded.pack, options.period);
      const result = rankSensitivity(ctx.engine, loaded, request, {
        runs: options.runs,
        seed: options.seed,
        mode: options.lenient ? "lenient" : "strict",
      });
      if (options.json) writeJson(ctx, result);
      else ctx.io.stdout(renderSensitivity(result));
    });
}
