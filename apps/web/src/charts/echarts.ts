// ECharts' core and the SVG renderer, shared by every chart. Each chart registers only the chart
// type and components it draws (radar-chart.tsx, trend-chart.tsx, map/vietnam-map.tsx), so the
// scorecard's radar does not carry the map, the visual map or the line chart: each screen loads
// only its own (see test/unit/build-size.test.ts for the budgets).
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([SVGRenderer]);

export { echarts };
