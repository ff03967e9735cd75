import type { FeatureCollection, Geometry } from "geojson";
import { useMemo } from "react";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { MapChart, ScatterChart } from "echarts/charts";
import { GeoComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import { echarts } from "../charts/echarts";
import { useChart } from "../charts/use-chart";
import topoJson from "./data/vietnam.topo.json";

echarts.use([MapChart, ScatterChart, GeoComponent, VisualMapComponent, TooltipComponent]);

const topo = topoJson as unknown as Topology;

/** The archipelagos' labels, placed at their main islands (Phú Lâm, Trường Sa Lớn). */
export const ARCHIPELAGOS = [
  { id: "hoang-sa", name: "Quần đảo Hoàng Sa (Việt Nam)", coord: [112.3, 16.6] as [number, number] },
  { id: "truong-sa", name: "Quần đảo Trường Sa (Việt Nam)", coord: [114.2, 9.6] as [number, number] },
];

function geo(cohort: 63 | 34): FeatureCollection<Geometry, { name: string; label: string }> {
  const provinces = feature(topo, topo.objects[`p${cohort}`] as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const islands = feature(topo, topo.objects.islands as GeometryCollection<{ name: string }>) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  // ECharts matches data by properties.name: the unit id; the label is what people read.
  return {
    type: "FeatureCollection",
    features: [...provinces.features, ...islands.features].map((f) => ({
      ...f,
      properties: { name: String(f.id), label: f.properties.name },
    })),
  };
}

const registered = new Set<number>();
function register(cohort: 63 | 34): string {
  const name = `vn-${cohort}`;
  if (!registered.has(cohort)) {
    echarts.registerMap(name, geo(cohort) as never);
    registered.add(cohort);
  }
  return name;
}

export interface MapValue {
  unitId: string;
  name: string;
  value: number;
}

/** Provinces coloured by value (63 or 34 units), with Hoàng Sa and Trường Sa shown and named as Vietnam's. */
export default function VietnamMap({
  cohort,
  values,
  format,
  label,
  legend,
}: {
  cohort: 63 | 34;
  values: MapValue[];
  format: (v: number) => string;
  label: string;
  legend: [string, string];
}) {
  const option = useMemo(() => {
    const mapName = register(cohort);
    const names = new Map(values.map((v) => [v.unitId, v.name]));
    const nums = values.map((v) => v.value);
    const low = nums.length ? Math.min(...nums) : 0;
    const high = nums.length ? Math.max(...nums) : 1;
    // One value (or all equal): ECharts maps a zero-width range onto every region, those without a
    // value too; a narrow range around the value keeps them grey.
    const pad = Math.max(Math.abs(low) * 0.01, 0.0001);
    const [min, max] = low === high ? [low - pad, high + pad] : [low, high];
    return {
      animation: false,
      tooltip: {
        trigger: "item" as const,
        formatter: (p: { name: string; value?: number; seriesType?: string }) => {
          if (p.seriesType === "scatter") return p.name;
          const arch = ARCHIPELAGOS.find((a) => a.id === p.name);
          if (arch) return arch.name;
          return `${names.get(p.name) ?? p.name}: ${typeof p.value === "number" && !Number.isNaN(p.value) ? format(p.value) : "—"}`;
        },
      },
      visualMap: {
        min,
        max,
        left: 8,
        bottom: 8,
        text: legend,
        calculable: true,
        inRange: { color: ["#fde7c8", "#f59e0b", "#b45309", "#7c2d12"] },
        formatter: (v: number) => format(v),
        seriesIndex: 0,
      },
      geo: {
        map: mapName,
        roam: true,
        // Mainland and both archipelagos in view: the layout box is the map's own bounding box.
        layoutCenter: ["50%", "50%"],
        layoutSize: "96%",
        itemStyle: { areaColor: "#e5e7eb", borderColor: "#ffffff", borderWidth: 0.6 },
        emphasis: { itemStyle: { areaColor: "#93c5fd" }, label: { show: false } },
        regions: ARCHIPELAGOS.map((a) => ({ name: a.id, itemStyle: { areaColor: "#6b7280", borderColor: "#374151", borderWidth: 1.5 } })),
      },
      series: [
        { type: "map" as const, geoIndex: 0, data: values.map((v) => ({ name: v.unitId, value: v.value })) },
        {
          type: "scatter" as const,
          coordinateSystem: "geo" as const,
          symbol: "circle",
          symbolSize: 7,
          itemStyle: { color: "#374151" },
          label: { show: true, position: "right" as const, formatter: "{b}", color: "#111827", fontSize: 12, fontWeight: "bold" as const },
          data: ARCHIPELAGOS.map((a) => ({ name: a.name, value: a.coord })),
        },
      ],
    };
  }, [cohort, values, format, legend]);
  const ref = useChart(option);
  return <div ref={ref} className="chart chart-map" role="img" aria-label={label} />;
}
