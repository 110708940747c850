import { memo } from 'react';
import type { UnixMs } from '../../../lib/units';
import { usePlotBox } from './plot-frame';
import { useT, type T } from '../../../i18n/use-t';
import type { Lang } from '../../../i18n/lang';
import type { Msg } from '../../../i18n/message';
import { sourceName } from '../../../i18n/labels';
import type { SourceId } from '../../../config/series';
import { isoDayText } from './chart-text';

/**
 * Where the shown source's data end: the instant of its last observation, and either the source
 * and its last date (ISO), which the layer words in the UI language, or the words themselves
 * (messages, or text already in the UI language).
 */
export type DataEnd =
  | {
      /** The instant of the source's last observation. */
      at: UnixMs;
      source: SourceId;
      /** The source's last date, YYYY-MM-DD. */
      asOf: string;
    }
  | {
      at: UnixMs;
      /** What to say on the empty span (its last date and where to get figures after it). */
      label: Msg | string;
      /** The same in a few words (the source and its last date), for a narrow span. */
      short: Msg | string;
    };

/**
 * The words for a data end: "No Federal Reserve H.10 figures after 2024-11-29: choose the live
 * ECB source, …" and its short form, in the UI language.
 */
export function dataEndWords(t: T, tm: (m: Msg | string) => string, end: DataEnd, lang: Lang): { label: string; short: string } {
  if (!('source' in end)) return { label: tm(end.label), short: tm(end.short) };
  const values = { source: sourceName(t, end.source), date: isoDayText(end.asOf, lang) };
  return { label: t('timeline.noData.label', { ...values, how: t(`timeline.noData.how.${end.source}`) }), short: t('timeline.noData.short', values) };
}

interface Props {
  from: UnixMs;
  to: UnixMs;
  end: DataEnd;
}

/**
 * Shades the part of the visible range after the source's last observation, with a label,
 * so an empty stretch of chart is explained rather than left blank. Nothing when the data
 * reach the right edge.
 */
export const NoDataLayer = memo(function NoDataLayer({ from, to, end }: Props) {
  const box = usePlotBox();
  const { t, tm, lang } = useT();
  if (!box || to <= from || end.at >= to) return null;
  const start = Math.max(from, end.at);
  const x = box.x + ((start - from) / (to - from)) * box.width;
  const w = box.x + box.width - x;
  if (w < 1) return null;
  // A wide span holds the whole label, wrapped to its width (about 6 px a character at 11 px).
  // A narrow one gets the short label (source and last date) beside it, right-aligned inside
  // the plot, so it is never cut off; the full text is always in the title and accessible label.
  const lineHeight = 14;
  const inside = w >= MIN_INSIDE;
  const { label, short } = dataEndWords(t, tm, end, lang);
  const lines = inside ? wrap(label, Math.floor((w - 12) / 6)).slice(0, 6) : wrap(short, SHORT_CHARS);
  const top = box.y + box.height - 8 - (lines.length - 1) * lineHeight;
  const tx = inside ? x + 6 : x - 6;
  const anchor = inside ? 'start' : 'end'; // an SVG keyword
  return (
    <g className="no-data" data-testid="no-data-span" aria-label={label} role="note">
      <rect className="no-data-span" x={x} y={box.y} width={w} height={box.height} />
      <title>{label}</title>
      <text className="no-data-label" x={tx} y={top} textAnchor={anchor}>
        {lines.map((l, i) => (
          <tspan key={i} x={tx} dy={i === 0 ? 0 : lineHeight}>
            {l}
          </tspan>
        ))}
      </text>
    </g>
  );
});

/** Narrower than this (px), the span shows the short label beside it instead of the full one inside. */
const MIN_INSIDE = 200;
/** Characters a line of the short label holds (about 150 px at 11 px). */
const SHORT_CHARS = 24;

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
