import { useMemo } from "react";
import { useChart } from "./use-chart";

export interface RadarSeries {
  name: string;
  values: number[];
}

/** Main indices on 0..1 as a radar (the table beside it carries the same figures for screen readers). */
export default function IndexRadar({
  axes,
  series,
  format,
  label,
}: {
  axes: string[];
  series: RadarSeries[];
  format: (v: number) => string;
  label: string;
}) {
  const option = useMemo(
    () => ({
      animation: false,
      color: ["#0b5cad", "#c2410c"],
      tooltip: { trigger: "item" as const, valueFormatter: (v: unknown) => (typeof v === "number" ? format(v) : String(v)) },
      legend: series.length > 1 ? { bottom: 0 } : undefined,
      radar: {
        indicator: axes.map((name) => ({ name, max: 1 })),
        radius: "65%",
        axisName: { color: "#1f2937", fontSize: 12 },
        splitNumber: 4,
      },
      series: [{ type: "radar" as const, data: series.map((s) => ({ name: s.name, value: s.values, areaStyle: { opacity: 0.15 } })) }],
    }),
    [axes, series, format],
  );
  const ref = useChart(option);
  return <div ref={ref} className="chart chart-radar" role="img" aria-label={label} />;
}
