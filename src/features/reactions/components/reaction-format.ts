import { formatInTimeZone } from 'date-fns-tz';
import type { ReactionRow, T0Miss } from '../model';
import { formatDecimal } from '../../../lib/number-format';
import { seriesLabel, sourceFix } from '../../../i18n/labels';
import { msg, type Msg } from '../../../i18n/message';
import type { T } from '../../../i18n/use-t';
import type { UnixMs } from '../../../lib/units';

/** True minus sign: lines up with "+" in tabular figures and reads as a sign, not a dash. */
const MINUS = '\u2212';

/** "+0.42", "−1.30", "0.00"; "—" for a missing figure. */
export function signed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  const s = Math.abs(x).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${x < 0 ? MINUS : '+'}${s}`;
}

/** A level without sign: "1,197.90"; "—" when missing. */
export function level(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return formatDecimal(x, digits, digits);
}

/** A rate with 2 to 4 decimals: "1,119.12", "1,016.5501". */
export function rateText(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  return formatDecimal(x, 2, 4);
}

export type ZBand = 'ordinary' | 'noticeable' | 'unusual' | 'rare';

/** |z| < 1 ordinary, 1–2 noticeable, 2–3 unusual, ≥ 3 rare. */
export function zBand(z: number): ZBand {
  const a = Math.abs(z);
  if (a < 1) return 'ordinary';
  if (a < 2) return 'noticeable';
  if (a < 3) return 'unusual';
  return 'rare';
}

/** The z cell's class: its band (`rx-z-unusual`), or `rx-z-none` (a class name, not words). */
export const zClass = (x: number | null) => `num rx-z rx-z-${x === null ? 'none' : zBand(x)}`;

/** "+2.24σ — unusual relative to the previous 60 trading days" (`bars`: of an intraday series). */
export function zReading(z: number | null, bars = false): Msg {
  if (z === null || !Number.isFinite(z)) return msg(bars ? 'reactions.z.noneBars' : 'reactions.z.noneDaily');
  return msg('reactions.z.reading', {
    z: signed(z),
    band: msg(`reactions.z.band.${zBand(z)}`),
    context: msg(bars ? 'reactions.z.contextBars' : 'reactions.z.context'),
  });
}

/** "won weaker" for a rise, "won stronger" for a fall (KRW per unit of foreign currency); null for none. */
export function direction(x: number | null): Msg | null {
  if (x === null || !Number.isFinite(x) || x === 0) return null;
  return msg(x > 0 ? 'reactions.direction.weaker' : 'reactions.direction.stronger');
}

/** Why an event has no reaction in a series. */
export function statusText(status: T0Miss, firstIso: string | null, lastIso: string | null): Msg {
  const none = msg('reactions.status.noDate');
  switch (status) {
    case 'after-last':
      return msg('reactions.status.afterLast', { date: lastIso ?? none });
    case 'before-first':
      return msg('reactions.status.beforeFirst', { date: firstIso ?? none });
    case 'no-base':
      return msg('reactions.status.noBase', { date: firstIso ?? none });
    case 'no-data':
      return msg('reactions.status.noData');
  }
}

/** Short form for a table cell. */
export const STATUS_SHORT: Record<T0Miss, Msg> = {
  'after-last': msg('reactions.statusShort.afterLast'),
  'before-first': msg('reactions.statusShort.beforeFirst'),
  'no-base': msg('reactions.statusShort.noBase'),
  'no-data': msg('reactions.statusShort.noData'),
};

export const SEOUL = 'Asia/Seoul';

/** The viewer's IANA zone (Intl), or UTC when the runtime does not say. */
export function viewerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** "2016-01-06 12:00" in `tz`. */
export function inZone(ms: UnixMs, tz: string): string {
  return formatInTimeZone(ms, tz, 'yyyy-MM-dd HH:mm');
}

/** A span of time to the minute: "3 h 45 min", "45 min", "1 d 2 h", "0 min" (3시간 45분). */
export function durationText(ms: number): Msg {
  const total = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts: Msg[] = [];
  if (d) parts.push(msg('reactions.duration.d', { n: d }));
  if (h) parts.push(msg('reactions.duration.h', { n: h }));
  if (m || !parts.length) parts.push(msg('reactions.duration.min', { n: m }));
  // One to three parts, joined with a space in either language.
  return parts.length === 1 ? parts[0] : msg(`reactions.duration.join${parts.length}`, Object.fromEntries(parts.map((p, i) => [`p${i}`, p])));
}

/** The zones' cities with a name in the catalog (`reactions.city.<city>`). */
const CITIES = new Set(['Seoul', 'New_York', 'Los_Angeles', 'Ho_Chi_Minh', 'Pyongyang', 'Shanghai', 'Singapore', 'Tokyo', 'Berlin', 'Brussels', 'London', 'Kiritimati', 'Frankfurt', 'UTC']);

/** Readable zone name: "Asia/Seoul" → "Seoul" (서울), "America/New_York" → "New York"; another zone's city as it is written. */
export function zoneCity(tz: string): Msg | string {
  const city = tz.split('/').pop() ?? tz;
  return CITIES.has(city) ? msg(`reactions.city.${city}`) : city.replace(/_/g, ' ');
}

/**
 * The events to name as overlapping an event, from its rows (one per pair): every id the rows
 * list when their lists are whole; when a list was cut (many events in the window), the list of
 * the row with the most overlaps, and how many more that row counts.
 */
export function overlapNames(rows: readonly Pick<ReactionRow, 'overlapCount' | 'overlapWith'>[]): { ids: readonly string[]; more: number } {
  let top: (typeof rows)[number] | undefined;
  for (const r of rows) if (r.overlapCount > r.overlapWith.length && (!top || r.overlapCount > top.overlapCount)) top = r;
  if (top) return { ids: top.overlapWith, more: top.overlapCount - top.overlapWith.length };
  return { ids: [...new Set(rows.flatMap((r) => r.overlapWith))], more: 0 };
}

/** "a, b, c" or "a, b, c and 2,341 more": a row's overlapping event ids, for a tooltip. */
export function overlapTitle(r: Pick<ReactionRow, 'overlapCount' | 'overlapWith'>): Msg {
  const more = r.overlapCount - r.overlapWith.length;
  const ids = r.overlapWith.join(', ');
  return more > 0 ? msg('reactions.overlap.titleMore', { ids, more: formatDecimal(more, 0, 0) }) : msg('reactions.overlap.title', { ids });
}

/**
 * A row's line as the UI names it: a built-in pair in the active language (원/달러, with the
 * source's short name kept when the pair is shown twice), an imported series by its own name.
 */
export function lineName(t: T, r: Pick<ReactionRow, 'label' | 'meta'>): string {
  if (!r.meta.builtIn || !r.label.startsWith(r.meta.label)) return r.label;
  return seriesLabel(t, r.meta) + r.label.slice(r.meta.label.length);
}

/** A daily line's fix in words: a built-in source's (noon New York · 뉴욕 정오), an imported series' stated time and zone. */
export function fixName(t: T, r: Pick<ReactionRow, 'meta' | 'source'>): string {
  if (!r.meta.fix) return '';
  return r.meta.builtIn ? sourceFix(t, r.source) : r.meta.fix.label;
}

/** `var(--name)`: a CSS custom property's value, for SVG attributes. */
export const cssVar = (name: string) => `var(${name})`;
/** `url(#id)`: a reference to an SVG element, e.g. a clip path. */
export const urlRef = (id: string) => `url(#${id})`;
