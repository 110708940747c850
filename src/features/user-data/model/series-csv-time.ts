import { ZoneClock } from './series-zone-clock';

/** What a time field held: an instant with its offset, a local date-time, or a date alone. */
export const KIND_OFFSET = 0;
export const KIND_LOCAL = 1;
export const KIND_DATE = 2;

/** Why a time field was refused (see SeriesLineIssue). */
export type TimeError = 'time.empty' | 'time.invalid' | 'time.not-a-date' | 'time.not-in-zone';

function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Reads time fields by character codes, without regular expressions or substrings:
 * `YYYY-MM-DD` (or `YYYY/MM/DD`), optionally followed by `T` or a space and `HH:MM`, `:SS`,
 * a fraction of a second (kept to the millisecond), and an offset `Z`, `±HH:MM`, `±HHMM` or `±HH`.
 * Without an offset a date-time is a wall time in the chosen zone, and a date alone gets the
 * fix time there. After each `read` the fields below describe the row.
 */
export class TimeReader {
  /** Set when `read` returned NaN. */
  error: TimeError = 'time.invalid';
  kind = KIND_OFFSET;
  /** The written calendar date as YYYYMMDD and the written time of day in ms (the fix for a date). */
  dateKey = 0;
  timeOfDay = 0;
  private readonly clock: ZoneClock;

  constructor(zone: string, private readonly fixMs: number) {
    this.clock = new ZoneClock(zone);
  }

  read(s: string, start: number, end: number): number {
    while (start < end && (s.charCodeAt(start) === 32 || s.charCodeAt(start) === 9)) start++;
    while (end > start && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
    if (start === end) return this.fail('time.empty');
    if (end - start < 10) return this.fail('time.invalid');
    const y1 = d2(s, start);
    const y2 = d2(s, start + 2);
    const sep = s.charCodeAt(start + 4);
    const m = d2(s, start + 5);
    const d = d2(s, start + 8);
    if (y1 < 0 || y2 < 0 || m < 0 || d < 0 || (sep !== 45 && sep !== 47) || s.charCodeAt(start + 7) !== sep) return this.fail('time.invalid');
    const y = y1 * 100 + y2;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return this.fail('time.not-a-date');
    this.dateKey = y * 10000 + m * 100 + d;
    const dayMs = Date.UTC(y, m - 1, d);
    let i = start + 10;
    if (i === end) {
      this.kind = KIND_DATE;
      this.timeOfDay = this.fixMs;
      return this.local(dayMs + this.fixMs);
    }
    const t = s.charCodeAt(i);
    if (t !== 84 && t !== 116 && t !== 32) return this.fail('time.invalid');
    i++;
    const hh = d2(s, i);
    const mm = d2(s, i + 3);
    if (hh < 0 || mm < 0 || s.charCodeAt(i + 2) !== 58 || i + 5 > end) return this.fail('time.invalid');
    if (hh > 23 || mm > 59) return this.fail('time.not-a-date');
    let ms = hh * 3_600_000 + mm * 60_000;
    i += 5;
    if (i < end && s.charCodeAt(i) === 58) {
      const ss = d2(s, i + 1);
      if (ss < 0 || i + 3 > end) return this.fail('time.invalid');
      if (ss > 59) return this.fail('time.not-a-date');
      ms += ss * 1000;
      i += 3;
      if (i < end && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44)) {
        i++;
        let scale = 100;
        const from = i;
        for (let c = s.charCodeAt(i) - 48; i < end && c >= 0 && c <= 9; c = s.charCodeAt(++i) - 48) {
          ms += c * scale;
          scale /= 10;
        }
        if (i === from) return this.fail('time.invalid');
        ms = Math.floor(ms);
      }
    }
    this.timeOfDay = ms;
    if (i === end) {
      this.kind = KIND_LOCAL;
      return this.local(dayMs + ms);
    }
    this.kind = KIND_OFFSET;
    const z = s.charCodeAt(i);
    if ((z === 90 || z === 122) && i + 1 === end) return dayMs + ms;
    if (z !== 43 && z !== 45) return this.fail('time.invalid');
    const oh = d2(s, i + 1);
    let om = 0;
    if (i + 3 > end || oh < 0 || oh > 18) return this.fail('time.invalid');
    if (i + 3 !== end) {
      const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
      om = d2(s, i + 3 + colon);
      if (om < 0 || om > 59 || i + 5 + colon !== end) return this.fail('time.invalid');
    }
    const offset = (oh * 60 + om) * 60_000;
    return z === 43 ? dayMs + ms - offset : dayMs + ms + offset;
  }

  private local(wallMs: number): number {
    const t = this.clock.toInstant(wallMs);
    return Number.isNaN(t) ? this.fail('time.not-in-zone') : t;
  }

  private fail(code: TimeError): number {
    this.error = code;
    return NaN;
  }
}

/** Minutes of `HH:MM` (00:00–23:59), or -1. */
export function parseFixTime(text: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return -1;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? h * 60 + min : -1;
}
