import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { usePlotBox } from './plot-frame';
import { timeAtX } from '../model/line-path';
import { useCrosshair, type CrosshairBus } from './crosshair-bus';

/** A drag shorter than this is a click, not a zoom. */
export const MIN_DRAG_PX = 4;
/** The narrowest range a drag zooms to: ten minutes (a few bars of 1-minute data). */
export const MIN_ZOOM_MS = 10 * 60_000;

interface Props {
  from: number;
  to: number;
  bus: CrosshairBus;
  onZoom: (from: number, to: number) => void;
}

interface Drag {
  a: number;
  b: number;
  xa: number;
  xb: number;
}

/**
 * Crosshair and drag-to-zoom over the plot: a transparent rect under the event
 * markers turns mouse x into an instant (UTC ms). A drag is followed on the window, so it
 * goes on over markers and past the plot's edge; a drag of at least MIN_DRAG_PX over at
 * least MIN_ZOOM_MS zooms. The crosshair hides while a drag goes on (and, see stale-hover.ts,
 * whenever the range changes under a still pointer).
 */
export function InteractionLayer({ from, to, bus, onZoom }: Props) {
  const plot = usePlotBox();
  const cross = useCrosshair(bus);
  const [drag, setDrag] = useState<Drag | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  if (!plot) return null;
  const xIn = (svg: Element, clientX: number) => clientX - svg.getBoundingClientRect().left;
  const clampX = (x: number) => Math.min(plot.x + plot.width, Math.max(plot.x, x));

  const startDrag = (e: MouseEvent<SVGRectElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const svg = e.currentTarget.ownerSVGElement!;
    const x = clampX(xIn(svg, e.clientX));
    // No crosshair while a drag goes on: its values would be of the range about to change.
    bus.set(null);
    let cur: Drag = { a: timeAtX(x, from, to, plot), b: timeAtX(x, from, to, plot), xa: x, xb: x };
    setDrag(cur);
    const move = (ev: globalThis.MouseEvent) => {
      const xb = clampX(xIn(svg, ev.clientX));
      cur = { ...cur, b: timeAtX(xb, from, to, plot), xb };
      setDrag(cur);
    };
    const up = () => {
      stop.current?.();
      setDrag(null);
      if (Math.abs(cur.xb - cur.xa) >= MIN_DRAG_PX && Math.abs(cur.b - cur.a) >= MIN_ZOOM_MS) onZoom(Math.min(cur.a, cur.b), Math.max(cur.a, cur.b));
    };
    stop.current = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      stop.current = null;
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  return (
    <g className="interaction-layer">
      {cross && <line x1={cross.x} x2={cross.x} y1={plot.y} y2={plot.y + plot.height} stroke="var(--muted)" strokeDasharray="3 3" pointerEvents="none" />}
      <rect
        className="plot-hit"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        fill="transparent"
        style={{ cursor: 'crosshair' }}
        onMouseMove={(e) => {
          if (stop.current) return; // dragging
          const svg = e.currentTarget.ownerSVGElement!;
          const r = svg.getBoundingClientRect();
          const x = e.clientX - r.left;
          bus.set({ at: timeAtX(x, from, to, plot), x, y: e.clientY - r.top });
        }}
        onMouseDown={startDrag}
        onMouseLeave={() => bus.set(null)}
      />
      {drag && drag.xa !== drag.xb && (
        <rect
          className="drag-area"
          x={Math.min(drag.xa, drag.xb)}
          y={plot.y}
          width={Math.abs(drag.xb - drag.xa)}
          height={plot.height}
          fill="var(--accent)"
          fillOpacity={0.15}
          pointerEvents="none"
        />
      )}
    </g>
  );
}
