import { memo } from 'react';
import { usePlotBox } from './plot-frame';
import type { AxisScale } from '../model/chart-rows';
import type { Tick } from '../../../lib/chart/time-ticks';

interface Props {
  from: number;
  to: number;
  /** Time-axis ticks; none draws no time axis. */
  xTicks?: readonly Tick[];
  left: AxisScale | null;
  /** The right axis (CNY/KRW's scale), drawn in `rightColor`. */
  right?: AxisScale | null;
  rightColor?: string;
  formatY: (v: number) => string;
}

const TICK = 6;
const GAP = 2;
const FONT = 12;

/**
 * Grid rows, the time axis and the value axes as one memoised SVG layer inside
 * the PlotFrame, from our own ticks and scales (model/time-ticks,
 * model/nice-ticks). Recharts' axes kept their settings in its store and
 * recomputed every selector when a zoom changed a domain, and measured their
 * labels with forced layouts; these redraw only their own few elements.
 */
export const AxesLayer = memo(function AxesLayer({ from, to, xTicks, left, right, rightColor = 'var(--muted)', formatY }: Props) {
  const plot = usePlotBox();
  if (!plot) return null;
  const x0 = plot.x;
  const x1 = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const xAt = (d: number) => x0 + ((d - from) / Math.max(1e-9, to - from)) * plot.width;
  const yAt = (s: AxisScale, v: number) => bottom - ((v - s.domain[0]) / Math.max(1e-9, s.domain[1] - s.domain[0])) * plot.height;
  // Ticks are keyed by position, not value: a zoom moves and relabels the same elements instead
  // of removing every tick and making new ones (less work and less garbage per zoom).
  return (
    <g className="chart-axes" fontSize={FONT}>
      {left && (
        <g className="chart-grid" stroke="var(--grid)">
          {left.ticks.map((v, i) => {
            const y = yAt(left, v);
            return <line key={i} x1={x0} x2={x1} y1={y} y2={y} />;
          })}
        </g>
      )}
      {xTicks && (
        <g className="time-axis">
          <line x1={x0} x2={x1} y1={bottom} y2={bottom} stroke="var(--muted)" />
          {xTicks.map((t, i) => {
            const x = xAt(t.at);
            return (
              <g key={i}>
                <line x1={x} x2={x} y1={bottom} y2={bottom + TICK} stroke="var(--muted)" />
                <text x={x} y={bottom + TICK + GAP + 14} textAnchor="middle" fill="var(--muted)">
                  {t.label}
                </text>
              </g>
            );
          })}
        </g>
      )}
      {left && <ValueAxis scale={left} x={x0} side="left" top={top} bottom={bottom} color="var(--muted)" yAt={yAt} format={formatY} />}
      {right && <ValueAxis scale={right} x={x1} side="right" top={top} bottom={bottom} color={rightColor} yAt={yAt} format={formatY} />}
    </g>
  );
});

interface AxisProps {
  scale: AxisScale;
  x: number;
  side: 'left' | 'right';
  top: number;
  bottom: number;
  color: string;
  yAt: (s: AxisScale, v: number) => number;
  format: (v: number) => string;
}

function ValueAxis({ scale, x, side, top, bottom, color, yAt, format }: AxisProps) {
  const dir = side === 'left' ? -1 : 1;
  // Class names and SVG keywords, not UI text.
  const className = `value-axis value-axis-${side}`;
  const anchor = side === 'left' ? 'end' : 'start';
  return (
    <g className={className}>
      <line x1={x} x2={x} y1={top} y2={bottom} stroke={color} />
      {scale.ticks.map((v, i) => {
        const y = yAt(scale, v);
        return (
          <g key={i}>
            <line x1={x} x2={x + dir * TICK} y1={y} y2={y} stroke={color} />
            <text x={x + dir * (TICK + GAP + 4)} y={y + 4} textAnchor={anchor} fill="var(--muted)">
              {format(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
