import { useCallback, useId, useMemo, useState, type MouseEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, DefaultZIndexes, Line, ReferenceLine, XAxis, YAxis, ZIndexLayer, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatDecimal } from '../../../lib/number-format';
import { niceTicks } from '../../../lib/chart/nice-ticks';
import type { AlignedWindows, Trace } from '../model';
import { useT } from '../../../i18n/use-t';
import { cssVar, signed, urlRef } from './reaction-format';
import { rich } from '../../../components/ui/rich-text';
import { dayLabel, relativeTicks } from './window-chart';
import { AlignedTracesLayer, TRACES_Z } from './aligned-traces-layer';

export interface TraceHover {
  eventId: string;
  k: number;
  value: number;
  /** Pixel position inside the chart box. */
  x: number;
  y: number;
}

export type Fit = 'core' | 'all';

/**
 * The y scale: 'all' spans every trace; 'core' spans the middle 90 % of all trace values, the
 * mean and its band (and 0), so one extreme event does not flatten the rest. `outside` counts
 * the traces that leave that scale (they are clipped, not dropped).
 */
export function traceScale(w: AlignedWindows, fit: Fit): { domain: [number, number]; ticks: number[]; outside: number } {
  // Events with the same T0 share one values array (alignedWindows): each distinct array is read
  // once, weighted by how many events have it, so 30,000 events on one day sort 31 values, not ~1 M.
  const weight = new Map<readonly (number | null)[], number>();
  for (const p of w.paths) weight.set(p.values, (weight.get(p.values) ?? 0) + 1);
  const xs: { v: number; n: number }[] = [];
  let total = 0;
  for (const [values, n] of weight) {
    for (const v of values) {
      if (v === null) continue;
      xs.push({ v, n });
      total += n;
    }
  }
  xs.sort((a, b) => a.v - b.v);
  // The value at rank r (0-based) of all values, every event's counted.
  const at = (r: number) => {
    let seen = 0;
    for (const x of xs) {
      seen += x.n;
      if (seen > r) return x.v;
    }
    return xs[xs.length - 1].v;
  };
  let lo = 0;
  let hi = 0;
  if (total) {
    const q = (f: number) => at(Math.round(f * (total - 1)));
    lo = Math.min(lo, fit === 'all' ? xs[0].v : q(0.05));
    hi = Math.max(hi, fit === 'all' ? xs[xs.length - 1].v : q(0.95));
  }
  for (const arr of [w.mean, w.lo, w.hi]) for (const v of arr) if (v !== null) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const nice = niceTicks(lo, hi, 6);
  const [a, b] = nice.domain;
  let outside = 0;
  for (const [values, n] of weight) if (values.some((v) => v !== null && (v < a || v > b))) outside += n;
  return { ...nice, outside };
}

interface Props {
  w: AlignedWindows;
  /** The traces drawn (tracesToDraw: one per distinct T0, at most MAX_DRAWN_TRACES). */
  traces: readonly Trace[];
  scale: { domain: [number, number]; ticks: number[] };
  /** CSS custom property of the series' colour. */
  colorVar: string;
  width: number;
  height: number;
  /** Trace highlighted from outside (the event list), when the mouse is not on one. */
  highlightId: string | null;
  label: (eventId: string) => string;
  onSelect: (id: string) => void;
}

type Row = { k: number; mean?: number; band?: [number, number] };

const MARGIN = { top: 10, right: 16, bottom: 4, left: 4 };
const HIT_PX = 18;

/** Squared distance from (px, py) to the segment a–b. */
function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/** Inside the chart: finds the trace nearest to the mouse, draws it on top, and selects its event on click. */
function HoverLayer({ w, traces, active, onHover, onSelect }: { w: AlignedWindows; traces: readonly Trace[]; active: string | null; onHover: (h: TraceHover | null) => void; onSelect: (id: string) => void }) {
  const plot = usePlotArea();
  const clip = useId();
  const xs = useXAxisScale();
  const ys = useYAxisScale();
  const pixels = useMemo(() => {
    if (!xs || !ys) return [];
    return traces.map(({ path: p }) => ({
      id: p.eventId,
      pts: p.values.map((v, j) => (v === null ? null : ([xs(w.ks[j]) ?? 0, ys(v) ?? 0, w.ks[j], v] as const))),
    }));
  }, [w, traces, xs, ys]);
  if (!plot) return null;
  const nearest = (mx: number, my: number) => {
    let best: TraceHover | null = null;
    let bestD = HIT_PX * HIT_PX;
    for (const p of pixels) {
      for (let j = 0; j < p.pts.length; j++) {
        const a = p.pts[j];
        if (!a) continue;
        const b = p.pts[j + 1] ?? a;
        const d = segDist2(mx, my, a[0], a[1], b[0], b[1]);
        if (d < bestD) {
          bestD = d;
          const near = Math.abs(mx - a[0]) <= Math.abs(mx - b[0]) ? a : b;
          best = { eventId: p.id, k: near[2], value: near[3], x: near[0], y: near[1] };
        }
      }
    }
    return best;
  };
  const move = (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (box) onHover(nearest(e.clientX - box.left, e.clientY - box.top));
  };
  const hot = active ? pixels.find((p) => p.id === active) : undefined;
  const path = hot?.pts
    .map((pt, j) => (pt ? `${j === 0 || !hot.pts[j - 1] ? 'M' : 'L'}${pt[0].toFixed(1)},${pt[1].toFixed(1)}` : ''))
    .join('');
  return (
    // Above the lines (Recharts draws them in their own layer), below the axes.
    <ZIndexLayer zIndex={DefaultZIndexes.line + 50}>
      <g className="rx-hover-layer">
        <clipPath id={clip}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
        {path && <path d={path} clipPath={urlRef(clip)} fill="none" stroke="var(--fg)" strokeWidth={2.2} pointerEvents="none" data-highlighted={active ?? undefined} />}
        <rect
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          style={{ cursor: active ? 'pointer' : 'crosshair' }}
          onMouseMove={move}
          onMouseLeave={() => onHover(null)}
          onClick={(e) => {
            const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
            const h = box ? nearest(e.clientX - box.left, e.clientY - box.top) : null;
            if (h) onSelect(h.eventId);
          }}
        />
      </g>
    </ZIndexLayer>
  );
}

/** Every event's path (thin), the mean (bold) and its 95 % band, with a named trace under the mouse. */
export function AlignedWindowsChart({ w, traces, scale, colorVar, width, height, highlightId, label, onSelect }: Props) {
  const { t } = useT();
  const [hover, setHoverState] = useState<TraceHover | null>(null);
  // Re-render only when the trace or the day under the mouse changes, not on every pixel.
  const setHover = useCallback(
    (h: TraceHover | null) => setHoverState((prev) => (prev && h && prev.eventId === h.eventId && prev.k === h.k ? prev : h)),
    [],
  );
  // Fewer traces can be drawn stronger without turning into a smear.
  const traceOpacity = traces.length <= 10 ? 0.75 : traces.length <= 30 ? 0.5 : 0.35;
  const sharing = useMemo(() => new Map(traces.map((t) => [t.path.eventId, t.events - 1])), [traces]);
  const rows = useMemo(
    () =>
      w.ks.map((k, j) => {
        const row: Row = { k };
        const m = w.mean[j];
        if (m !== null) row.mean = m;
        const a = w.lo[j];
        const b = w.hi[j];
        if (a !== null && b !== null) row.band = [a, b];
        return row;
      }),
    [w],
  );
  const from = w.ks[0];
  const to = w.ks[w.ks.length - 1];
  const active = hover?.eventId ?? highlightId;
  const traceOpacityOf = useCallback((id: string) => (active && active !== id ? traceOpacity * 0.45 : traceOpacity), [active, traceOpacity]);
  return (
    <div className="rx-aligned-chart" data-traces={w.paths.length} data-drawn={traces.length} onMouseLeave={() => setHover(null)}>
      <ComposedChart width={width} height={height} data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="k" type="number" domain={[from, to]} ticks={relativeTicks(from, to)} tickFormatter={dayLabel} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
        <YAxis width={56} domain={scale.domain} ticks={scale.ticks} allowDataOverflow tickFormatter={(v: number) => `${signed(v, 1)}%`} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
        <Area dataKey="band" stroke="none" fill={cssVar(colorVar)} fillOpacity={0.2} isAnimationActive={false} connectNulls={false} activeDot={false} />
        <ReferenceLine y={0} stroke="var(--muted)" strokeOpacity={0.8} />
        <ReferenceLine x={0} stroke="var(--fg)" strokeDasharray="4 3" strokeOpacity={0.7} label={{ value: 'T0', position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 11 }} />
        <AlignedTracesLayer w={w} traces={traces} opacity={traceOpacityOf} />
        <Line dataKey="mean" className="aligned-mean" zIndex={TRACES_Z + 1} stroke={cssVar(colorVar)} strokeWidth={3} dot={false} activeDot={false} isAnimationActive={false} connectNulls={false} />
        <HoverLayer w={w} traces={traces} active={active} onHover={setHover} onSelect={onSelect} />
      </ComposedChart>
      {hover && (
        <div className="chart-tooltip rx-trace-tip" role="status" style={{ left: Math.min(Math.max(8, hover.x + 12), Math.max(8, width - 290)), top: Math.max(0, hover.y - 56) }}>
          <div>
            {label(hover.eventId)}
            {(sharing.get(hover.eventId) ?? 0) > 0 && <span className="muted"> {t('reactions.alignedChart.sharing', { n: formatDecimal(sharing.get(hover.eventId)!, 0, 0) })}</span>}
          </div>
          <div className="muted small">
            {rich(t, 'reactions.alignedChart.tip', { k: dayLabel(hover.k), value: <strong className="num">{signed(hover.value)} %</strong> })}
          </div>
        </div>
      )}
    </div>
  );
}
