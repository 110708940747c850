import { memo } from 'react';
import { usePlotArea } from 'recharts';
import type { ChartData } from '../model/chart-rows';
import { linePath } from '../model/line-path';

/**
 * The rate lines as one memoised SVG layer inside the Recharts chart: each
 * line is one <path> through its decimated observations. Recharts' own <Line>
 * builds several objects per point on every render (≈13 µs a point here),
 * which made zooming a long history slow; axes, grid and layout stay Recharts'.
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
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <g className="rate-lines" clipPath={`url(#${clipId})`}>
      <defs>
        <clipPath id={clipId}>
          <rect x={plot.x} y={plot.y - 1} width={plot.width} height={plot.height + 2} />
        </clipPath>
      </defs>
      {data.lines.map((l) => {
        const scale = l.axis === 'right' ? data.right : data.left;
        if (!scale) return null;
        return (
          <path
            key={l.pair}
            className="rate-line"
            data-pair={l.pair}
            d={linePath(l.points, from, to, scale.domain, plot)}
            fill="none"
            stroke={`var(--pair-${l.pair})`}
            strokeWidth={strokeWidth}
            strokeLinejoin="round"
          />
        );
      })}
    </g>
  );
});
