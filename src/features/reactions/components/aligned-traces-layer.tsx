import { useId, useMemo } from 'react';
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { AlignedWindows, Trace } from '../model';
import { urlRef } from './reaction-format';

/** Above the reference lines (zIndex `line`), below the mean (drawn at TRACES_Z + 1) and the hover layer. */
export const TRACES_Z = DefaultZIndexes.line + 1;

/**
 * The "M x,y L x,y …" of one trace, broken where a day has no value (as a Recharts line with
 * `connectNulls={false}`, linear).
 */
export function tracePath(ks: readonly number[], values: readonly (number | null)[], x: (k: number) => number, y: (v: number) => number): string {
  let d = '';
  let open = false;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v === null) {
      open = false;
      continue;
    }
    d += `${open ? 'L' : 'M'}${x(ks[j])},${y(v)}`;
    open = true;
  }
  return d;
}

/**
 * Every trace as a plain SVG path in one layer of the chart (its scales from Recharts' hooks),
 * clipped to the plot. One Recharts `<Line>` per trace (up to 150) made the chart's mount a task of
 * 0.25–0.3 s here (a store, selectors and an animation wrapper each); the drawing is the same.
 */
export function AlignedTracesLayer({ w, traces, opacity }: { w: AlignedWindows; traces: readonly Trace[]; opacity: (eventId: string) => number }) {
  const plot = usePlotArea();
  const clip = useId();
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const paths = useMemo(() => {
    if (!xs || !ys) return [];
    const x = (k: number) => xs(k) ?? 0;
    const y = (v: number) => ys(v) ?? 0;
    return traces.map(({ path: p }) => ({ id: p.eventId, d: tracePath(w.ks, p.values, x, y) }));
  }, [w, traces, xs, ys]);
  if (!plot) return null;
  return (
    <ZIndexLayer zIndex={TRACES_Z}>
      <g className="rx-traces">
        <clipPath id={clip}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
        {paths.map((p) => (
          <path key={p.id} className="aligned-trace" d={p.d} clipPath={urlRef(clip)} fill="none" stroke="var(--muted)" strokeOpacity={opacity(p.id)} strokeWidth={1} />
        ))}
      </g>
    </ZIndexLayer>
  );
}
