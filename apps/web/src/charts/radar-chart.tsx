import { useId } from "react";

export interface RadarSeries {
  name: string;
  values: number[];
}

const COLORS = ["#0b5cad", "#c2410c"];
// Wider than high: the axis names are written beside the ends of the axes.
const WIDTH = 640;
const SIZE = 420;
const CX = WIDTH / 2;
const CY = SIZE / 2;
const RADIUS = SIZE * 0.32;
const RINGS = 4;

/** The point of value `v` (0..1) on axis `i` of `n`, the first axis pointing up. */
function point(i: number, n: number, v: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  return [CX + Math.cos(angle) * RADIUS * v, CY + Math.sin(angle) * RADIUS * v];
}

const polygon = (values: readonly number[], n: number) =>
  values
    .map((v, i) =>
      point(i, n, Math.max(0, Math.min(1, v)))
        .map((x) => x.toFixed(1))
        .join(","),
    )
    .join(" ");

/**
 * Main indices on 0..1 as a radar, drawn as plain SVG (the table beside it carries the same figures
 * for screen readers). Hand-written rather than ECharts: ECharts' core alone is about 150 KB of
 * gzipped JavaScript, half the scorecard's budget, for one polygon per series. Each point has a
 * tooltip (`<title>`) with its value; a legend when there are several series.
 */
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
  const id = useId();
  const n = axes.length;
  const legend = series.length > 1;
  const height = SIZE + (legend ? 28 : 0);
  return (
    <div className="chart chart-radar" role="img" aria-label={label}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" height="100%" aria-hidden="true" focusable="false">
        <g fill="none" stroke="#d1d5db">
          {Array.from({ length: RINGS }, (_, r) => (
            <polygon key={r} points={polygon(Array<number>(n).fill((r + 1) / RINGS), n)} />
          ))}
          {axes.map((_, i) => {
            const [x, y] = point(i, n, 1);
            return <line key={i} x1={CX} y1={CY} x2={x.toFixed(1)} y2={y.toFixed(1)} />;
          })}
        </g>
        {axes.map((name, i) => {
          const [x, y] = point(i, n, 1.12);
          const anchor = Math.abs(x - CX) < 1 ? "middle" : x > CX ? "start" : "end";
          return (
            <text
              key={`${id}-${i}`}
              x={x.toFixed(1)}
              y={y.toFixed(1)}
              textAnchor={anchor}
              dominantBaseline="middle"
              fontSize={12}
              fill="#1f2937"
            >
              {name.length > 28 ? `${name.slice(0, 27)}…` : name}
              <title>{name}</title>
            </text>
          );
        })}
        {series.map((s, k) => {
          const color = COLORS[k % COLORS.length]!;
          return (
            <g key={s.name}>
              <polygon points={polygon(s.values, n)} fill={color} fillOpacity={0.15} stroke={color} strokeWidth={2} />
              {s.values.map((v, i) => {
                const [x, y] = point(i, n, Math.max(0, Math.min(1, v)));
                return (
                  <circle key={i} cx={x.toFixed(1)} cy={y.toFixed(1)} r={4} fill={color}>
                    <title>{`${s.name} — ${axes[i]}: ${format(v)}`}</title>
                  </circle>
                );
              })}
            </g>
          );
        })}
        {legend &&
          series.map((s, k) => (
            <g key={`legend-${s.name}`} transform={`translate(${20 + k * 200}, ${SIZE + 8})`}>
              <rect width={14} height={14} fill={COLORS[k % COLORS.length]} />
              <text x={20} y={11} fontSize={12} fill="#1f2937">
                {s.name}
              </text>
            </g>
          ))}
      </svg>
    </div>
  );
}
