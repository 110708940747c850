import type { Lang } from './lang';
import { DAY_MS, parseIsoDay } from '../lib/units';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * How a calendar date is written:
 * - `long`:  3 Dec 2024 · 2024년 12월 3일
 * - `short`: 2024-12-03 · 2024.12.03 (where space is short)
 * - `month`: Dec 2024 · 2024년 12월
 * - `monthOnly`: Dec · 12월 (a month tick inside a labelled year)
 * - `dayMonth`: 3 Dec · 12월 3일
 * - `year`: 2024 · 2024년
 */
export type DateStyle = 'long' | 'short' | 'month' | 'monthOnly' | 'dayMonth' | 'year';

/**
 * The UTC calendar date of `ms` (an instant, UTC ms) in `lang`. Written without Intl, so that it
 * costs nothing before the first paint and reads the same in every browser.
 */
export function dateText(ms: number, lang: Lang, style: DateStyle): string {
  const d = new Date(ms);
  if (!Number.isFinite(d.getTime())) return '';
  return partsText(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), lang, style);
}

/** `dateText` from calendar parts (month 0–11). */
export function partsText(y: number, m: number, day: number, lang: Lang, style: DateStyle): string {
  if (lang === 'ko') {
    switch (style) {
      case 'long':
        return `${y}년 ${m + 1}월 ${day}일`;
      case 'short':
        return `${y}.${pad2(m + 1)}.${pad2(day)}`;
      case 'month':
        return `${y}년 ${m + 1}월`;
      case 'monthOnly':
        return `${m + 1}월`;
      case 'dayMonth':
        return `${m + 1}월 ${day}일`;
      case 'year':
        return `${y}년`;
    }
  }
  switch (style) {
    case 'long':
      return `${day} ${MONTHS_EN[m]} ${y}`;
    case 'short':
      return `${y}-${pad2(m + 1)}-${pad2(day)}`;
    case 'month':
      return `${MONTHS_EN[m]} ${y}`;
    case 'monthOnly':
      return MONTHS_EN[m];
    case 'dayMonth':
      return `${day} ${MONTHS_EN[m]}`;
    case 'year':
      return String(y);
  }
}

/** A calendar date written YYYY-MM-DD, as `dateText` writes it; text that is not such a date stays as it is. */
export function isoDateText(iso: string, lang: Lang, style: DateStyle): string {
  const day = parseIsoDay(iso);
  return day === null ? iso : dateText(day * DAY_MS, lang, style);
}
