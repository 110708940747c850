import { memo, useLayoutEffect, useRef } from 'react';
import { usePlotBox } from './plot-frame';
import type { ChartData } from '../model/chart-rows';
import { linePath } from '../model/line-path';

/**
 * The rate lines as one memoised SVG layer inside the PlotFrame: each line is
 * one <path> through its decimated observations. Recharts' own <Line> built
 * several objects per point on every render (≈13 µs a point here), which made
 * zooming a long history slow.
 */
interface Props {
  data: ChartData;
  from: number;
  to: number;
  /** Unique per chart on the page: the clip path's id. */
  clipId?: string;
  strokeWidth?: number;
}

export const LinesLayer = memo(function LinesLayer({ data, from, to, clipId = 'krw-plot-clip', strokeWidth = 1.5 }: Props) {
  const plot = usePlotBox();
  const group = useRef<SVGGElement>(null);
  // The path data is set on the elements, not passed as a prop: a path is tens of kilobytes, and
  // React would keep the last two renders' copies of every path alive in its fibers.
  useLayoutEffect(() => {
    if (!plot) return;
    for (const l of data.lines) {
      const scale = l.axis === 'right' ? data.right : data.left;
      const el = group.current?.querySelector(`path[data-line="${CSS.escape(l.key)}"]`);
      el?.setAttribute('d', scale ? linePath(l.t, l.values, from, to, scale.domain, plot, l.step) : '');
    }
  }, [data, from, to, plot]);
  if (!plot) return null;
  // CSS references, not UI text.
  const clip = `url(#${clipId})`;
  const colorOf = (colorVar: string) => `var(${colorVar})`;
  return (
    <g ref={group} className="rate-lines" clipPath={clip}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y - 1} width={plot.width} height={plot.height + 2} />
        </clipPath>
      </defs>
      {data.lines.map((l) => (
        <path
          key={l.key}
          className="rate-line"
          data-line={l.key}
          data-pair={l.id}
          data-source={l.source}
          fill="none"
          stroke={colorOf(l.colorVar)}
          strokeDasharray={l.dashed ? '6 4' : undefined}
          strokeWidth={strokeWidth}
          strokeLinejoin="round"
        />
      ))}
    </g>
  );
});
