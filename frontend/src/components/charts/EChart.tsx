import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';

interface EChartProps {
  option: EChartsCoreOption;
  /** Read by screen readers instead of the drawing. */
  label: string;
  height?: number;
}

const FALLBACK_WIDTH = 640;

/** Draws one ECharts option into a box that follows its container's width. */
export function EChart({ option, label, height = 260 }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // SVG stays sharp when zoomed and needs no canvas; a box not laid out yet gets a width to start with.
    const instance = echarts.init(element, null, {
      renderer: 'svg',
      width: element.clientWidth || FALLBACK_WIDTH,
      height,
    });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => instance.resize({ width: element.clientWidth || FALLBACK_WIDTH, height }));
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
