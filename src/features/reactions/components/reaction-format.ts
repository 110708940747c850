import { formatInTimeZone } from 'date-fns-tz';
import type { ReactionRow, T0Miss } from '../model';
import { formatDecimal } from '../../../lib/number-format';
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

export const Z_CONTEXT = 'relative to the previous 60 trading days';
/** The same for an intraday series, whose returns are bars. */
export const Z_CONTEXT_BARS = 'relative to the previous 60 bars';

/** "+2.24σ — unusual relative to the previous 60 trading days" (`bars`: of an intraday series). */
export function zReading(z: number | null, bars = false): string {
  if (z === null || !Number.isFinite(z)) {
    return `No z: fewer than 60 ${bars ? 'bar' : 'daily'} returns before T−1 (or a flat series), so there is no yardstick for this period.`;
  }
  return `${signed(z)}σ — ${zBand(z)} ${bars ? Z_CONTEXT_BARS : Z_CONTEXT}`;
}

/** "won weaker" for a rise, "won stronger" for a fall (KRW per unit of foreign currency). */
export function direction(x: number | null): string {
  if (x === null || !Number.isFinite(x) || x === 0) return '';
  return x > 0 ? 'won weaker' : 'won stronger';
}

/** Why an event has no reaction in a series, in words. */
export function statusText(status: T0Miss, firstIso: string | null, lastIso: string | null): string {
  switch (status) {
    case 'after-last':
      return `after the last observation of this source (${lastIso ?? 'none'})`;
    case 'before-first':
      return `before the first observation of this series (${firstIso ?? 'none'})`;
    case 'no-base':
      return `on the first observation of this series (${firstIso ?? 'none'}): there is no earlier rate (T−1) to compare with`;
    case 'no-data':
      return 'this series has no observations';
  }
}

/** Short form for a table cell. */
export const STATUS_SHORT: Record<T0Miss, string> = {
  'after-last': "after this source's data",
  'before-first': 'before first obs.',
  'no-base': 'no T−1',
  'no-data': 'no data',
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

/** A span of time to the minute: "3 h 45 min", "45 min", "1 d 2 h", "0 min". */
export function durationText(ms: number): string {
  const total = Math.round(Math.abs(ms) / 60_000);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  const parts = [d && `${d} d`, h && `${h} h`, m && `${m} min`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 min';
}

/** Readable zone name: "Asia/Seoul" → "Seoul", "America/New_York" → "New York". */
export function zoneCity(tz: string): string {
  const city = tz.split('/').pop() ?? tz;
  return city.replace(/_/g, ' ');
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
export function overlapTitle(r: Pick<ReactionRow, 'overlapCount' | 'overlapWith'>): string {
  const more = r.overlapCount - r.overlapWith.length;
  return `${r.overlapWith.join(', ')}${more > 0 ? ` and ${formatDecimal(more, 0, 0)} more` : ''}`;
}
