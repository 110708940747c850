import { DAY_MS, type EpochDay } from '../units';
import { partsText, type DateStyle } from '../../i18n/date-text';
import type { Lang } from '../../i18n/lang';

/** A time-axis tick: its instant (UTC ms) and label. */
export interface Tick {
  at: number;
  label: string;
}

const MONTH_STEPS = [1, 2, 3, 6];
const DAY_STEPS = [1, 2, 7, 14];
/** No time axis gets more ticks than this, however wide: every tick loop is bounded. */
export const MAX_TIME_TICKS = 100;
/** The days a Date can hold (±100,000,000 days around 1970-01-01); ticks are made only within them. */
const DATE_LIMIT_DAYS = 100_000_000;

function ymd(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
/** Day number of a calendar date; years 0–99 are those years, not 1900–1999 as Date.UTC reads them. */
function dayOf(y: number, m: number, d = 1): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return t.getTime() / DAY_MS;
}

/** Year steps 1, 2, 5, 10, 20, 50, 100, …: the first that fits `maxTicks` over `years`. */
function yearStep(years: number, maxTicks: number): number {
  let step = 1;
  for (let i = 0; years / step > maxTicks && i < 60; i++) step = [1, 2, 5][(i + 1) % 3] * 10 ** Math.floor((i + 1) / 3);
  return step;
}

/** A day tick: `3 Dec` · `12월 3일`; with its year `3 Dec 2024` · `2024.12.03` (short, where space is short). */
function dayLabel(y: number, m: number, d: number, withYear: boolean, lang: Lang): string {
  const style: DateStyle = withYear ? (lang === 'ko' ? 'short' : 'long') : 'dayMonth';
  return partsText(y, m, d, lang, style);
}

/**
 * A month tick: January is its year (`2024` · `2024년`); another month `Mar 2024` in English, and
 * in Korean `3월` inside a labelled year (`2024년 3월` at the first tick, so the year is always read).
 */
function monthLabel(y: number, m: number, first: boolean, lang: Lang): string {
  if (m === 0) return partsText(y, m, 1, lang, 'year');
  return partsText(y, m, 1, lang, lang === 'ko' && !first ? 'monthOnly' : 'month');
}

/**
 * Calendar-aligned ticks (days, months or years: the finest step that fits the width), labelled
 * in `lang` (English unless told).
 * Terminates for any input: no ticks for a non-finite range, none outside the days a Date can
 * hold, at most MAX_TIME_TICKS, and a span of less than a day counts as one day.
 */
export function dayTicks(from: EpochDay, to: EpochDay, widthPx: number, minGapPx = 80, lang: Lang = 'en'): Tick[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  const lo = Math.max(-DATE_LIMIT_DAYS, Math.min(from, to));
  const hi = Math.min(DATE_LIMIT_DAYS, Math.max(from, to));
  if (lo > hi) return [];
  const span = Math.max(1, hi - lo);
  const maxTicks = Math.min(MAX_TIME_TICKS, Math.max(2, Math.floor(widthPx / minGapPx) || 2));
  const [y0, m0] = ymd(lo);
  const [y1] = ymd(hi);
  const ticks: Tick[] = [];
  const dStep = span <= 62 ? DAY_STEPS.find((s) => span / s <= maxTicks) : undefined;
  if (dStep) {
    for (let d = lo; d <= hi && ticks.length < MAX_TIME_TICKS; d += dStep) {
      const [y, m, dd] = ymd(d);
      ticks.push({ at: d * DAY_MS, label: dayLabel(y, m, dd, ticks.length === 0 || dd <= dStep, lang) });
    }
    return ticks;
  }
  const mStep = MONTH_STEPS.find((s) => span / 30.44 / s <= maxTicks);
  if (mStep) {
    // At most 6 × MAX_TIME_TICKS + 2 months are walked: span / 30.44 / mStep fits maxTicks.
    for (let k = y0 * 12 + m0, n = 0; n < 6 * MAX_TIME_TICKS + 2 && ticks.length < MAX_TIME_TICKS; k++, n++) {
      const y = Math.floor(k / 12);
      const m = k - y * 12;
      const d = dayOf(y, m);
      if (d > hi) break;
      if (m % mStep === 0 && d >= lo) ticks.push({ at: d * DAY_MS, label: monthLabel(y, m, ticks.length === 0, lang) });
    }
    return ticks;
  }
  const yStep = yearStep(span / 365.25, maxTicks);
  for (let y = Math.ceil(y0 / yStep) * yStep; y <= y1 && ticks.length < MAX_TIME_TICKS; y += yStep) {
    const d = dayOf(y, 0);
    if (d >= lo && d <= hi) ticks.push({ at: d * DAY_MS, label: partsText(y, 0, 1, lang, 'year') });
  }
  return ticks;
}

const MINUTE = 60_000;
/** Sub-day steps: 1, 2, 5, 10, 15, 30 minutes; 1, 2, 3, 6, 12 hours. */
const CLOCK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720].map((m) => m * MINUTE);
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Ticks for a time axis of instants (UTC ms) `from`…`to`: calendar days, months or years for a
 * span of two days or more (dayTicks), else round clock times in UTC (labelled HH:MM, with the
 * date at the first tick and at each midnight, and "UTC" on the first). Bounded like dayTicks;
 * dates in `lang` (English unless told).
 */
export function timeTicks(from: number, to: number, widthPx: number, minGapPx = 80, lang: Lang = 'en'): Tick[] {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (hi - lo >= 2 * DAY_MS) return dayTicks((lo / DAY_MS) as EpochDay, (hi / DAY_MS) as EpochDay, widthPx, minGapPx, lang).filter((t) => t.at >= lo && t.at <= hi);
  if (Math.abs(lo) > DATE_LIMIT_DAYS * DAY_MS || Math.abs(hi) > DATE_LIMIT_DAYS * DAY_MS) return [];
  const maxTicks = Math.min(MAX_TIME_TICKS, Math.max(2, Math.floor(widthPx / minGapPx) || 2));
  const step = CLOCK_STEPS.find((s) => (hi - lo) / s <= maxTicks) ?? 720 * MINUTE;
  const ticks: Tick[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi && ticks.length < MAX_TIME_TICKS; t += step) {
    const d = new Date(t);
    const clock = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    const withDate = ticks.length === 0 || (d.getUTCHours() === 0 && d.getUTCMinutes() === 0);
    ticks.push({ at: t, label: withDate ? `${partsText(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), lang, 'dayMonth')} ${clock}${ticks.length === 0 ? ' UTC' : ''}` : clock });
  }
  return ticks;
}
