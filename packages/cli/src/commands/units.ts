import type { Command } from "commander";
import { lineageOf, predecessorsOf, regions, unitsAt, type Region, type Unit } from "@dti/units";
import { writeJson, type CommandContext } from "../context";
import { CliError } from "../errors";
import { formatDate } from "../format/number";
import { renderTable } from "../format/table";
import { textKey } from "@dti/conventions";
import { parseDate, todayInVietnam } from "../options";

interface UnitsOptions {
  at?: string;
  region?: string;
  json?: boolean;
}

/** A region named by its id, Vietnamese or English name (case, diacritics and punctuation ignored). */
export function findRegion(name: string): Region {
  const key = textKey(name);
  const region = regions().find((r) => [r.id, r.name, r.nameEn].some((n) => textKey(n) === key));
  if (!region)
    throw new CliError(
      "USAGE",
      `--region "${name}" names no region; the regions are: ${regions()
        .map((r) => `${r.name} (${r.id})`)
        .join(", ")}`,
    );
  return region;
}

function unitJson(unit: Unit, regionOf: Map<string, Region>) {
  const lineage = lineageOf(unit.id);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName,
    region: { id: unit.region, name: regionOf.get(unit.region)?.name ?? unit.region },
    validFrom: unit.validFrom,
    validTo: unit.validTo ?? null,
    ...(lineage
      ? {
          lineage: lineage.kind,
          predecessors: predecessorsOf(unit.id).map((p) => ({ id: p.id, code: p.code, name: p.name, shortName: p.shortName })),
        }
      : {}),
  };
}

export function registerUnits(program: Command, ctx: CommandContext): void {
  program
    .command("units")
    .description(
      "the provinces and centrally-run cities valid on a date (63 until 2025-06-30, 34 from 2025-07-01), with what the 34 were formed from",
    )
    .option("--at <date>", "the date (YYYY-MM-DD); default: today in Vietnam", parseDate)
    .option("--region <name>", 'one socio-economic region, by name or id (e.g. "Đồng bằng sông Hồng", red-river-delta)')
    .option("--json", "print JSON on stdout")
    .action((options: UnitsOptions) => {
      const at = options.at ?? todayInVietnam();
      const region = options.region !== undefined ? findRegion(options.region) : undefined;
      const units = unitsAt(at, region ? { region: region.id } : {});
      const regionOf = new Map(regions().map((r) => [r.id, r]));
      if (options.json) {
        writeJson(ctx, {
          at,
          ...(region ? { region: { id: region.id, name: region.name } } : {}),
          count: units.length,
          units: units.map((u) => unitJson(u, regionOf)),
        });
        return;
      }
      const withLineage = units.some((u) => lineageOf(u.id) !== undefined);
      const rows = units.map((u) => {
        const lineage = lineageOf(u.id);
        const row = [
          u.code,
          u.name,
          regionOf.get(u.region)?.name ?? u.region,
          formatDate(u.validFrom),
          u.validTo ? formatDate(u.validTo) : "—",
        ];
        if (withLineage)
          row.push(
            !lineage
              ? ""
              : lineage.kind === "unchanged"
                ? `${predecessorsOf(u.id)
                    .map((p) => p.shortName)
                    .join(", ")} (giữ nguyên)`
                : predecessorsOf(u.id)
                    .map((p) => p.shortName)
                    .join(", "),
          );
        return row;
      });
      const head = ["Mã", "Tên", "Vùng", "Hiệu lực từ", "Đến", ...(withLineage ? ["Hình thành từ"] : [])];
      ctx.io.stdout(
        `Đơn vị hành chính cấp tỉnh ngày ${formatDate(at)}${region ? `, vùng ${region.name}` : ""}: ${units.length} đơn vị\n${renderTable(head, rows)}\n`,
      );
    });
}
