import { useCallback, useState } from 'react';
import type { MouseHandlerDataParam } from 'recharts';

function dayOf(state: MouseHandlerDataParam | undefined): number | null {
  const v = state?.activeLabel;
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** Drag across the plot to zoom to the dragged days (at least two days). */
export function useDragZoom(onZoom: (from: number, to: number) => void) {
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const onMouseDown = useCallback((s: MouseHandlerDataParam) => {
    const d = dayOf(s);
    if (d !== null) setDrag({ a: d, b: d });
  }, []);
  const onMouseMove = useCallback((s: MouseHandlerDataParam) => {
    const d = dayOf(s);
    if (d !== null) setDrag((cur) => (cur ? { a: cur.a, b: d } : cur));
  }, []);
  const onMouseUp = useCallback(() => {
    setDrag((cur) => {
      if (cur && Math.abs(cur.b - cur.a) >= 2) onZoom(Math.min(cur.a, cur.b), Math.max(cur.a, cur.b));
      return null;
    });
  }, [onZoom]);
  const cancel = useCallback(() => setDrag(null), []);
  return { drag, handlers: { onMouseDown, onMouseMove, onMouseUp, onMouseLeave: cancel } };
}
