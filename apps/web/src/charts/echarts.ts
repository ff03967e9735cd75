// Only the parts of ECharts the app draws, so that the on-demand chunk stays small.
import { LineChart, MapChart, RadarChart, ScatterChart } from "echarts/charts";
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  RadarChart,
  LineChart,
  MapChart,
  ScatterChart,
  RadarComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  MarkLineComponent,
  MarkAreaComponent,
  VisualMapComponent,
  GeoComponent,
  SVGRenderer,
]);

export { echarts };
