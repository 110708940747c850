import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { plotBoxOf, type Margin } from '../model/chart-layout';
import type { PlotBox } from '../model/line-path';

const PlotBoxContext = createContext<PlotBox | undefined>(undefined);

/** The plot area (inside the margins) of the PlotFrame around a layer; undefined outside one. */
export function usePlotBox(): PlotBox | undefined {
  return useContext(PlotBoxContext);
}

/**
 * The SVG of the timeline chart and of the volatility pane, and the plot area its layers draw in
 * (axes, lines, crosshair and drag, markers: our own memoised layers, drawn from model/).
 * These charts used to sit in Recharts' LineChart, which here only laid out the plot box; its
 * store and chunk cost ~44 ms before the first paint (time to chart 297 → 253 ms median, 15
 * interleaved loads). Recharts draws the reaction charts, which load after the first paint.
 */
export function PlotFrame({ width, height, margin, label, children }: { width: number; height: number; margin: Margin; label?: string; children: ReactNode }) {
  const box = useMemo(() => plotBoxOf(width, height, margin), [width, height, margin]);
  return (
    <div className="plot-frame" style={{ position: 'relative', width, height }}>
      <svg className="plot-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-label={label} style={{ display: 'block' }}>
        <PlotBoxContext.Provider value={box}>{children}</PlotBoxContext.Provider>
      </svg>
    </div>
  );
}
