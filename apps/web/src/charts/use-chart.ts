import { useEffect, useRef } from "react";
import { echarts } from "./echarts";

type Option = Parameters<ReturnType<typeof echarts.init>["setOption"]>[0];

/** An ECharts instance bound to a div: created once, updated with the option, disposed on unmount. */
export function useChart(option: Option) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    // SVG: crisp when printed, and the text stays text.
    chart.current = echarts.init(ref.current, undefined, { renderer: "svg" });
    const resize = () => chart.current?.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return ref;
}
