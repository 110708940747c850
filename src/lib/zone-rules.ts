// Not from units.ts: units asks these rules first (wallTimeToInstant), so they must not import it.
const DAY_MS = 86_400_000;

/**
 * UTC offsets of the two zones whose fixes the app draws most (H.10 at noon New York, the ECB at
 * 14:15 Frankfurt) from their published daylight-saving rules, without Intl: the snapshot's four
 * pairs over 45 years are placed before the first paint, and an Intl time-zone lookup per stretch
 * of days costs tens of milliseconds there. Only wall times from 03:00 on are answered (a change
 * happens at 02:00 New York, 02:00/03:00 Berlin) on the day of a change, and only years the rules
 * below cover; anything else is null and the caller asks Intl. The events' zones without daylight
 * saving (Seoul, Tokyo, Pyongyang, …) are fixed offsets from a stated day. zone-rules.test.ts
 * checks every day 1976–2040 against date-fns-tz.
 */

function dayOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m, d) / DAY_MS;
}
/** The n-th Sunday (1-based) of month `m` (0-based) of year `y`, as an epoch day. */
function nthSunday(y: number, m: number, n: number): number {
  const first = dayOf(y, m, 1);
  const dow = new Date(first * DAY_MS).getUTCDay();
  return first + ((7 - dow) % 7) + (n - 1) * 7;
}
/** The last Sunday of month `m` of year `y`. */
function lastSunday(y: number, m: number): number {
  const last = dayOf(y, m + 1, 0);
  return last - new Date(last * DAY_MS).getUTCDay();
}

/** [first day of summer time, first day back on standard time) in New York (the US dates), or null. */
function newYorkSummer(y: number): [number, number] | null {
  if (y >= 2007) return [nthSunday(y, 2, 2), nthSunday(y, 10, 1)]; // 2nd Sunday of March – 1st Sunday of November
  if (y >= 1987) return [nthSunday(y, 3, 1), lastSunday(y, 9)]; // 1st Sunday of April – last Sunday of October
  if (y >= 1976) return [lastSunday(y, 3), lastSunday(y, 9)]; // last Sunday of April – last Sunday of October
  return null;
}

/** The same for Berlin (EU rules). */
function berlinSummer(y: number): [number, number] | null {
  if (y >= 1996) return [lastSunday(y, 2), lastSunday(y, 9)]; // last Sunday of March – last Sunday of October
  if (y >= 1981) return [lastSunday(y, 2), lastSunday(y, 8)]; // last Sunday of March – last Sunday of September
  return null;
}

/** London (and Brussels): the EU's dates since 1996 (changes at 01:00 UTC). */
function londonSummer(y: number): [number, number] | null {
  return y >= 1996 ? [lastSunday(y, 2), lastSunday(y, 9)] : null;
}

const RULES: Record<string, { summer: (y: number) => [number, number] | null; standard: number; daylight: number }> = {
  'America/New_York': { summer: newYorkSummer, standard: -300, daylight: -240 },
  'Europe/Berlin': { summer: berlinSummer, standard: 60, daylight: 120 },
  'Europe/London': { summer: londonSummer, standard: 0, daylight: 60 },
  // The other zones of built-in events, so that placing them asks Intl nothing before the first
  // paint: Los Angeles keeps the US dates (changes at 02:00 local, as New York), Brussels the EU's.
  'America/Los_Angeles': { summer: newYorkSummer, standard: -480, daylight: -420 },
  'Europe/Brussels': { summer: londonSummer, standard: 60, daylight: 120 },
};

type Rule = (typeof RULES)[string];
// Each rule's summer of a year, worked out once: a long daily history asks for the same year ~250 times.
const summers = new Map<Rule, Map<number, [number, number] | null>>();
function summerOf(rule: Rule, y: number): [number, number] | null {
  let years = summers.get(rule);
  if (!years) summers.set(rule, (years = new Map()));
  let s = years.get(y);
  if (s === undefined) years.set(y, (s = rule.summer(y)));
  return s;
}

/** Zones without daylight saving, from the first day (epoch day) their offset has held; before it, null. */
const FIXED: Record<string, { from: number; offset: number }[]> = {
  UTC: [{ from: -1e9, offset: 0 }],
  'Etc/UTC': [{ from: -1e9, offset: 0 }],
  'Asia/Seoul': [{ from: dayOf(1988, 9, 10), offset: 540 }], // no daylight saving since October 1988
  'Asia/Tokyo': [{ from: dayOf(1952, 0, 1), offset: 540 }],
  'Asia/Shanghai': [{ from: dayOf(1992, 0, 1), offset: 480 }],
  'Asia/Singapore': [{ from: dayOf(1982, 0, 1), offset: 480 }], // UTC+8 since 1 January 1982
  'Asia/Ho_Chi_Minh': [{ from: dayOf(1975, 5, 13), offset: 420 }],
  'Asia/Pyongyang': [
    { from: dayOf(1962, 0, 1), offset: 540 },
    { from: dayOf(2015, 7, 15), offset: 510 }, // "Pyongyang time", 15 August 2015 – 4 May 2018
    { from: dayOf(2018, 4, 5), offset: 540 },
  ],
};

/**
 * Minutes east of UTC in `zone` at wall time `minutes` after midnight of `day`; null when these
 * rules do not say (another zone, a year before its rules, or a wall time on the day of a change
 * before 03:00, where the change happens).
 */
export function ruleOffset(zone: string, day: number, minutes: number): number | null {
  if (minutes < 0 || minutes >= 24 * 60) return null;
  const fixed = FIXED[zone];
  if (fixed) {
    if (day < fixed[0].from) return null;
    let offset = fixed[0].offset;
    for (const f of fixed) if (day >= f.from) offset = f.offset;
    // Around a change of a fixed offset (at midnight, repeating or skipping the last half hour of the day before): ask Intl.
    return fixed.some((f, i) => i > 0 && (f.from === day || f.from === day + 1)) ? null : offset;
  }
  const rule = RULES[zone];
  if (!rule) return null;
  const summer = summerOf(rule, new Date(day * DAY_MS).getUTCFullYear());
  if (!summer) return null;
  if (minutes < 180 && (day === summer[0] || day === summer[1])) return null;
  return day >= summer[0] && day < summer[1] ? rule.daylight : rule.standard;
}

/**
 * ruleOffset for each of many days at one wall time, in one loop (NaN where ruleOffset says null):
 * each year's rule is looked up once, not once a day. For the zones with daylight-saving rules
 * (New York, Berlin, London, …); the fixed-offset zones day by day; null when these rules do not
 * know the zone.
 */
export function ruleOffsetsOf(zone: string, days: ArrayLike<number>, minutes: number): Float64Array | null {
  if (minutes < 0 || minutes >= 24 * 60) return null;
  if (Object.hasOwn(FIXED, zone)) return Float64Array.from(days, (day) => ruleOffset(zone, day, minutes) ?? NaN);
  const rule = Object.hasOwn(RULES, zone) ? RULES[zone] : undefined;
  if (!rule) return null;
  const out = new Float64Array(days.length);
  const early = minutes < 180;
  let yearStart = Infinity;
  let yearEnd = -Infinity;
  let summer: [number, number] | null = null;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day < yearStart || day >= yearEnd) {
      const y = new Date(day * DAY_MS).getUTCFullYear();
      yearStart = dayOf(y, 0, 1);
      yearEnd = dayOf(y + 1, 0, 1);
      summer = summerOf(rule, y);
    }
    if (!summer || (early && (day === summer[0] || day === summer[1]))) out[i] = NaN;
    else out[i] = day >= summer[0] && day < summer[1] ? rule.daylight : rule.standard;
  }
  return out;
}
