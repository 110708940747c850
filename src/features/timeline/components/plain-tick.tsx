/** What Recharts hands a custom tick renderer (the part we use). */
export interface TickProps {
  x: number | string;
  y: number | string;
  payload: { value: number };
}

/**
 * An axis label as a plain SVG <text>. Recharts' own tick text measures every
 * label in the DOM (a forced layout each); our ticks are computed to fit, so
 * nothing needs measuring.
 */
export function PlainTick({ x, y, text, anchor, dx = 0, dy = 0 }: TickProps & { text: string; anchor: 'start' | 'middle' | 'end'; dx?: number; dy?: number }) {
  return (
    <text x={Number(x) + dx} y={Number(y) + dy} textAnchor={anchor} fill="var(--muted)" fontSize={12}>
      {text}
    </text>
  );
}
