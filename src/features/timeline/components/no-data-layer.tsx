import { memo } from 'react';
import type { EpochDay } from '../../../lib/units';
import { usePlotBox } from './plot-frame';

export interface DataEnd {
  /** The source's last observation. */
  day: EpochDay;
  /** What to say on the empty span (its last date and where to get figures after it). */
  label: string;
}

interface Props {
  from: EpochDay;
  to: EpochDay;
  end: DataEnd;
}

/**
 * Shades the part of the visible range after the source's last observation, with a label,
 * so an empty stretch of chart is explained rather than left blank. Nothing when the data
 * reach the right edge.
 */
export const NoDataLayer = memo(function NoDataLayer({ from, to, end }: Props) {
  const box = usePlotBox();
  if (!box || to <= from || end.day >= to) return null;
  const start = Math.max(from, end.day);
  const x = box.x + ((start - from) / (to - from)) * box.width;
  const w = box.x + box.width - x;
  if (w < 1) return null;
  // The label goes inside the span, wrapped to its width (about 6 px a character at 11 px), at
  // most four lines; the full text is in the title and the accessible label.
  const lines = wrap(end.label, Math.max(12, Math.floor((w - 12) / 6))).slice(0, 4);
  const lineHeight = 14;
  const top = box.y + box.height - 8 - (lines.length - 1) * lineHeight;
  return (
    <g className="no-data" data-testid="no-data-span" aria-label={end.label} role="note">
      <rect className="no-data-span" x={x} y={box.y} width={w} height={box.height} />
      <title>{end.label}</title>
      <text className="no-data-label" x={x + 6} y={top}>
        {lines.map((l, i) => (
          <tspan key={i} x={x + 6} dy={i === 0 ? 0 : lineHeight}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
});

/** Splits a text into lines of at most `max` characters at spaces (a longer word gets its own line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
