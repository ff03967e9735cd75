import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { useMemo } from "react";
import { echarts } from "./echarts";
import { useChart } from "./use-chart";

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent]);

export interface TrendSeries {
  /** One series per framework: a line never joins two frameworks, so the break shows. */
  name: string;
  points: { year: number; value: number | null }[];
  dashed?: boolean;
}

export default function TrendChart({
  years,
  series,
  breaks,
  format,
  label,
  breakLabel,
}: {
  years: number[];
  series: TrendSeries[];
  breaks: number[];
  format: (v: number) => string;
  label: string;
  breakLabel: string;
}) {
  const option = useMemo(
    () => ({
      animation: false,
      color: ["#0b5cad", "#c2410c", "#15803d", "#7c3aed"],
      tooltip: { trigger: "axis" as const, valueFormatter: (v: unknown) => (typeof v === "number" ? format(v) : "—") },
      legend: { bottom: 0 },
      grid: { left: 56, right: 24, top: 24, bottom: 56 },
      xAxis: { type: "category" as const, data: years.map(String) },
      yAxis: { type: "value" as const, min: 0, max: 1, axisLabel: { formatter: (v: number) => format(v) } },
      series: series.map((s, i) => ({
        type: "line" as const,
        name: s.name,
        connectNulls: false,
        symbolSize: 8,
        lineStyle: s.dashed ? { type: "dashed" as const } : {},
        data: years.map((y) => s.points.find((p) => p.year === y)?.value ?? null),
        ...(i === 0 && breaks.length > 0
          ? {
              markLine: {
                symbol: "none",
                silent: true,
                lineStyle: { type: "dashed" as const, color: "#b91c1c", width: 2 },
                label: { formatter: breakLabel, color: "#b91c1c" },
                data: breaks.map((y) => ({ xAxis: String(y) })),
              },
            }
          : {}),
      })),
    }),
    [years, series, breaks, format, breakLabel],
  );
  const ref = useChart(option);
  return <div ref={ref} className="chart chart-trend" role="img" aria-label={label} />;
}
