import { lineageOf, predecessorsOf, regions, unitsAt, type Region, type Unit } from "@dti/units";
import { textKey } from "@dti/conventions";
import { writeJson, type CommandContext } from "../context";
import { CliError } from "../errors";
import { formatDate } from "../format/number";
import { renderTable } from "../format/table";
import { both, say } from "../i18n/catalogue";
import type { Lang } from "../i18n/lang";
import { todayInVietnam } from "../options";

export interface UnitsOptions {
  at?: string;
  region?: string;
  json?: boolean;
}

/** A region's name in a language. */
function regionName(region: Region, lang: Lang): string {
  return lang === "en" ? region.nameEn : region.name;
}

/** A region named by its id, Vietnamese or English name (case, diacritics and punctuation ignored). */
export function findRegion(name: string): Region {
  const key = textKey(name);
  const region = regions().find((r) => [r.id, r.name, r.nameEn].some((n) => textKey(n) === key));
  if (!region)
    throw new CliError("USAGE", {
      vi: both("units.unknownRegion", {
        name,
        regions: regions()
          .map((r) => `${r.name} (${r.id})`)
          .join(", "),
      }).vi,
      en: both("units.unknownRegion", {
        name,
        regions: regions()
          .map((r) => `${r.nameEn} (${r.id})`)
          .join(", "),
      }).en,
    });
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

/** dti units: the provinces valid on a date, with what the 34 were formed from. Needs no pack and no engine. */
export function units(ctx: CommandContext, options: UnitsOptions): void {
  const lang = ctx.lang;
  const at = options.at ?? todayInVietnam();
  const region = options.region !== undefined ? findRegion(options.region) : undefined;
  const list = unitsAt(at, region ? { region: region.id } : {});
  const regionOf = new Map(regions().map((r) => [r.id, r]));
  if (options.json) {
    writeJson(ctx, {
      at,
      ...(region ? { region: { id: region.id, name: region.name } } : {}),
      count: list.length,
      units: list.map((u) => unitJson(u, regionOf)),
    });
    return;
  }
  const withLineage = list.some((u) => lineageOf(u.id) !== undefined);
  const rows = list.map((u) => {
    const lineage = lineageOf(u.id);
    const known = regionOf.get(u.region);
    const row = [
      u.code,
      u.name,
      known ? regionName(known, lang) : u.region,
      formatDate(u.validFrom),
      u.validTo ? formatDate(u.validTo) : "—",
    ];
    if (withLineage) {
      const names = predecessorsOf(u.id)
        .map((p) => p.shortName)
        .join(", ");
      row.push(!lineage ? "" : lineage.kind === "unchanged" ? `${names} (${say(lang, "units.unchanged")})` : names);
    }
    return row;
  });
  const head = [
    say(lang, "table.code"),
    say(lang, "table.name"),
    say(lang, "units.col.region"),
    say(lang, "units.col.from"),
    say(lang, "units.col.to"),
    ...(withLineage ? [say(lang, "units.col.formedFrom")] : []),
  ];
  const heading = say(lang, "units.heading", { date: formatDate(at), region: region ? regionName(region, lang) : "", count: list.length });
  ctx.io.stdout(`${heading}\n${renderTable(head, rows)}\n`);
}
